// The game's type, self-hosted from @fontsource (SIL Open Font License): only the weights in use,
// latin subset (it holds all of Spanish: á é í ó ú ü ñ ¿ ¡ are in U+0000-00FF). Vite bundles the
// woff2 files as assets of the build, which the Content-Security-Policy's font-src 'self' allows.
import '@fontsource/ibm-plex-sans/latin-400.css';
import '@fontsource/ibm-plex-sans/latin-400-italic.css';
import '@fontsource/ibm-plex-sans/latin-600.css';
import '@fontsource/source-serif-4/latin-400.css';
import '@fontsource/source-serif-4/latin-400-italic.css';
import '@fontsource/source-serif-4/latin-600.css';
import '@fontsource/barlow-condensed/latin-500.css';
import '@fontsource/barlow-condensed/latin-600.css';
// The base stylesheet first, so that the stylesheets of the parts (app.ts, dom/turn.ts) come after
// it and refine it.
import './ui/styles.css';
import { createAudio } from './audio';
import { SOUND_URLS } from './audio/urls';
import { setStateFreezing } from './engine';
import type { Exercise } from './exercise';
import { App } from './ui/app';
import { readPrefs } from './ui/prefs';
import { pageStorage } from './ui/storage';

// Game states are deeply frozen in development, where a stray mutation should fail at once, and
// not in the production build, where freezing only costs time (engine/work.ts).
setStateFreezing(import.meta.env.DEV);

// The browser entry: the app shell shows at once; the board (Phaser) and the game's data
// (scenarios, the paper's text) load in their own chunks when first needed, and the debrief's
// comparisons are played in a Web Worker of their own.

// A store that refuses writes may still hold the player's save: it is read all the same (storage.ts).
const { store } = pageStorage();
const root = document.getElementById('app');
if (!root) throw new Error('index.html has no #app');

// The windows of a facilitated exercise (issue 11) have routes of their own, and so have the pages
// of a networked room (issue 12): `?join=CODE` (a player's page), `?view=projector&room=CODE` and
// `?view=console&room=CODE`; the default is the game. The networked pages load in their own chunk,
// so that solo and hot-seat play never load the room's client.
const params = new URLSearchParams(window.location.search);
const view = params.get('view');
const room = params.get('room');
const join = params.get('join');
const browserLanguage = navigator.language.toLowerCase().startsWith('es') ? 'es' : 'en';
const loadData = () => import('./data').then((m) => m.loadGameData());
const loadBoard = (stage: HTMLElement) => import('./ui/board/phaser-board').then((b) => b.createPhaserBoard(stage));
const loadNet = () => import('./ui/net');
// Each tab keeps its own reconnection token, so that two tabs of one browser are two players.
const session = pageStorage(() => globalThis.sessionStorage).store;
const netDeps = () => ({ root, storage: store, session, language: readPrefs(store, browserLanguage).language, href: window.location.href, loadData, loadBoard });
const consoleDeps = {
  root,
  storage: store,
  language: browserLanguage,
  loadData,
  createAudio: () => createAudio({ urls: SOUND_URLS, storage: store }),
  // The hot wash's controlled comparisons, played off the page's thread as the debrief's are.
  createComparisonWorker: () => new Worker(new URL('./workers/comparison-worker.ts', import.meta.url), { type: 'module', name: 'comparisons' }),
} as const;

if (join !== null) {
  // A player's own screen keeps the text size this browser chose (A−/A+ in the game), as the console does.
  document.documentElement.style.setProperty('--text-scale', String(readPrefs(store, browserLanguage).textScale));
  void loadNet().then((net) => net.startJoin({ ...netDeps(), code: join || null }));
} else if (view === 'console' && room) {
  void loadNet().then((net) => net.connectConsole({ ...netDeps(), code: room })).then((remote) => {
    if (remote) return import('./ui/console').then((m) => m.startConsole({ ...consoleDeps, remote, projectorUrl: `?view=projector&room=${encodeURIComponent(room)}` }));
  });
} else if (view === 'console') {
  // "Run it over the network": a room made of the console's exercise, and the console reopened on it.
  const runOnline = (exercise: Exercise) => loadNet().then((net) => net.createRoom(netDeps(), exercise).then((code) => {
    window.location.assign(`?view=console&room=${encodeURIComponent(code)}`);
    return null;
  }, (error: unknown) => net.createProblem(error, netDeps().language)));
  void import('./ui/console').then((m) => m.startConsole({ ...consoleDeps, runOnline }));
} else if (view === 'projector' && room) {
  void loadNet().then((net) => net.startNetProjector({ ...netDeps(), code: room }));
} else if (view === 'projector') {
  void import('./ui/console').then((m) => m.startProjector({ root, storage: store, language: browserLanguage, loadData, loadBoard }));
} else {
  const app = new App(
    {
      root,
      storage: store,
      loadData,
      loadBoard: (stage) => import('./ui/board/phaser-board').then((m) => m.createPhaserBoard(stage)),
      prefetch: () => void import('./ui/map/load-map').then((m) => m.prefetchBorderMap()),
      createAudio: () => createAudio({ urls: SOUND_URLS, storage: store }),
      // The debrief's comparisons are played in a worker, so the page stays responsive meanwhile.
      createComparisonWorker: () => new Worker(new URL('./workers/comparison-worker.ts', import.meta.url), { type: 'module', name: 'comparisons' }),
      newSeed: () => Math.floor(Math.random() * 1_000_000),
      now: () => new Date().toISOString(),
      openConsole: () => window.location.assign('?view=console'),
      // The browser's Back from a game returns to the title rather than leave the page (ui/screen-history.ts).
      history: window.history,
    },
    browserLanguage,
  );
  app.start();
}
