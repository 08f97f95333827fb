import { existsSync } from 'node:fs';
import { startRoomServer, type PageHandler } from './server';
import { staticFiles } from './static-files';

// The one command that serves the game and its rooms (issue 12):
//   npm run dev  → tsx src/server/main.ts --dev: vite in middleware mode (hot reload) + rooms, port 5173
//   npm start    → tsx src/server/main.ts: the built dist/ + rooms, port $PORT (8080)
//   --rooms-only → the rooms without pages (a room process behind a proxy that serves dist/ itself;
//                  the server's tests and the load measurement)
// Environment: PORT, HOST, CSD_DATA_DIR (the file journal, ./data/rooms), REDIS_URL (several
// processes share rooms through Redis), PUBLIC_ADDRESS (this process as clients reach it).
// It runs through tsx, like the other CLIs: the server shares the engine's TypeScript source, so a
// second build of it would only be one more thing to keep in step.

async function main(): Promise<void> {
  const dev = process.argv.includes('--dev');
  const roomsOnly = process.argv.includes('--rooms-only');
  const port = Number(process.env.PORT ?? (dev ? 5173 : 8080));
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${process.env.PORT}"`);
  const host = process.env.HOST ?? (dev ? 'localhost' : '0.0.0.0');
  const { createServer } = await import('node:http');
  const httpServer = createServer();
  let pages: PageHandler | undefined;
  let closeVite = async (): Promise<void> => undefined;
  if (roomsOnly) {
    pages = undefined;
  } else if (dev) {
    const { createServer: createVite } = await import('vite');
    const vite = await createVite({ server: { middlewareMode: { server: httpServer }, hmr: { server: httpServer } }, appType: 'spa' });
    pages = vite.middlewares;
    closeVite = () => vite.close();
  } else {
    if (!existsSync('dist/index.html')) throw new Error('dist/index.html is missing: run `npm run build` before `npm start`');
    pages = staticFiles('dist');
  }
  const running = await startRoomServer({
    port,
    host,
    httpServer,
    ...(pages ? { pages } : {}),
    ...(process.env.CSD_DATA_DIR ? { dataDir: process.env.CSD_DATA_DIR } : {}),
    ...(process.env.REDIS_URL ? { redisUrl: process.env.REDIS_URL } : {}),
    ...(process.env.PUBLIC_ADDRESS ? { publicAddress: process.env.PUBLIC_ADDRESS } : {}),
  });
  const shown = host === '0.0.0.0' ? 'localhost' : host;
  console.log(`${roomsOnly ? 'Room' : dev ? 'Development' : 'Game'} server with rooms at http://${shown}:${running.port}/${process.env.REDIS_URL ? ' (Redis)' : ''}`);
  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    void Promise.all([running.close(), closeVite()]).finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error((e as Error).message);
  process.exit(1);
});
