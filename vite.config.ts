import { defineConfig, type Plugin } from 'vite';

/**
 * The Content-Security-Policy of the built page. Everything the game loads is its own: scripts,
 * the stylesheet, the web worker, sounds and the map are files of the build, and no code is
 * compiled from strings (no eval, no `new Function`: Phaser 4 and xstate need neither, and
 * tests/e2e/csp.e2e.ts plays a game under this policy to keep it so).
 *
 * - img-src data: blob: — Phaser builds its default textures from data: URLs and may decode
 *   loaded images through blob: URLs; the favicon is `data:,`.
 * - media-src data: blob: — howler unlocks HTML5 audio with a data: URL.
 * - worker-src blob: — a bundler may inline a worker as a blob: URL; ours is a file today.
 * - style-src 'self' — the stylesheet is a file, and the code styles elements through the CSSOM
 *   (element.style, and h() sets a `style` attribute through el.style.cssText), which CSP does
 *   not restrict; no inline style is allowed.
 * - connect-src 'self' — the sounds are fetched from the page's own origin. A networked mode
 *   will need its WebSocket origin here (e.g. `connect-src 'self' wss://game.example`; in CSP
 *   Level 3 'self' also matches ws:/wss: to the page's own host).
 * - frame-ancestors, report-uri and sandbox are ignored in a <meta> policy (Chromium logs an error
 *   for frame-ancestors), so they are not set here; a server can send them as headers.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * Puts the policy into the built index.html right after <meta charset>, before anything it
 * governs. Only at build: the dev server injects inline scripts (its HMR client) that it would block.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const charset = /<meta charset="[^"]*"\s*\/?>/i;
        if (!charset.test(html)) throw new Error('index.html: no <meta charset> to put the Content-Security-Policy after');
        return html.replace(charset, (tag) => `${tag}\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`);
      },
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [contentSecurityPolicy()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
  },
});
