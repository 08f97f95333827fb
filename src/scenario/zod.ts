import { z } from 'zod';

// zod, configured once for every schema of the game. zod probes whether it may compile validators
// with `new Function` when the first schema is built; the page's Content-Security-Policy forbids
// that (no eval), so it is told not to try before any schema exists (the same checks, interpreted).
// Every module of ours that builds a schema imports zod from here.
z.config({ jitless: true });

export { z };
