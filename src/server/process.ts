import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

// A room server in a process of its own (`main.ts --rooms-only` through tsx), for the tests that
// kill one mid-game or run two side by side, and for the load measurement.

export interface RoomProcess {
  readonly port: number;
  readonly child: ChildProcess;
  /** Everything it printed, for a failing test's message. */
  output(): string;
  /** Stops it: SIGKILL for a crash (nothing flushed, no shutdown), SIGTERM for a clean stop. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** A port free on 127.0.0.1 now (the system picks it), for a server a test or the load test starts. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));

export function spawnRoomServer(port: number, env: Record<string, string>, readyMs = 30_000): Promise<RoomProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, '--rooms-only'], {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const room: RoomProcess = {
    port,
    child,
    output: () => output,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
  return new Promise((done, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`room server on port ${port} not ready within ${readyMs} ms:\n${output}`));
    }, readyMs);
    const read = (chunk: Buffer): void => {
      output += chunk.toString();
      if (/server with rooms at/.test(output)) {
        clearTimeout(timer);
        done(room);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`room server on port ${port} exited (${code}) before it was ready:\n${output}`));
    });
  });
}
