// Worker threads start without the TypeScript loader that `npm run sim` runs under: register it,
// then load the worker itself.
import { register } from 'tsx/esm/api';

register();
await import('./sim-worker.ts');
