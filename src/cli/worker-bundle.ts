import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

// Batch workers start from one prebuilt JavaScript file, so that a worker does not load a
// TypeScript loader and transpile the engine, the machine and their libraries each time it starts
// (the CLI itself still runs under tsx). The file is built here, lazily, by esbuild, which is
// always installed where the CLI runs because tsx runs on it. It is rebuilt whenever a source file
// it was built from has changed since (a freshness check on every input's size and modification
// time), so a worker can never play an older engine than the main thread: a build step that
// someone might forget (a `presim` script covers `npm run sim` but not the tests or `npm test`)
// would allow that. It lives in node_modules/.cache, which git, eslint, vitest and tsc all skip.

const ROOT = resolve(import.meta.dirname, '../..');
const ENTRY = 'src/cli/sim-worker.ts';
const OUT_DIR = join(ROOT, 'node_modules/.cache/csd-sim-worker');
const BUNDLE = join(OUT_DIR, 'sim-worker.mjs');
const STAMP = join(OUT_DIR, 'inputs.json');
/** Change when the build options below change, so that old bundles are rebuilt. */
const RECIPE = 'esm-node20-bundle-1';

interface Stamp {
  readonly recipe: string;
  /** Each input file (relative to the repository) with its "size:mtime" when the bundle was built. */
  readonly inputs: Readonly<Record<string, string>>;
}

function fingerprint(file: string): string | null {
  try {
    const s = statSync(join(ROOT, file));
    return `${s.size}:${s.mtimeMs}`;
  } catch {
    return null;
  }
}

function isFresh(): boolean {
  let stamp: Stamp;
  try {
    stamp = JSON.parse(readFileSync(STAMP, 'utf8')) as Stamp;
    statSync(BUNDLE);
  } catch {
    return false;
  }
  return stamp.recipe === RECIPE && Object.entries(stamp.inputs).every(([file, print]) => fingerprint(file) === print);
}

/** The path of the worker bundle, built first if it is missing or older than its sources. */
export async function simWorkerBundle(): Promise<string> {
  if (isFresh()) return BUNDLE;
  const esbuild = await import('esbuild');
  mkdirSync(OUT_DIR, { recursive: true });
  // Written under a temporary name and renamed into place, so that two batches building at once
  // (parallel test files) never start a worker from a half-written file.
  const tmp = `${BUNDLE}.${process.pid}.tmp`;
  const startedAt = Date.now();
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: [ENTRY],
    outfile: tmp,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    metafile: true,
    logLevel: 'silent',
    // Some bundled CommonJS code may `require` a built-in; an ES module has no `require` of its own.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
  renameSync(tmp, BUNDLE);
  const inputs: Record<string, string> = {};
  let changedMeanwhile = false;
  for (const file of Object.keys(result.metafile.inputs)) {
    const print = fingerprint(file);
    inputs[file] = print ?? 'missing';
    // A file saved while the build read it may be in the bundle in its older form: mark the stamp
    // stale so that the next batch builds again.
    if (print === null || Number(print.split(':')[1]) >= startedAt) changedMeanwhile = true;
  }
  const stamp: Stamp = { recipe: changedMeanwhile ? 'stale' : RECIPE, inputs };
  const stampTmp = `${STAMP}.${process.pid}.tmp`;
  writeFileSync(stampTmp, JSON.stringify(stamp));
  renameSync(stampTmp, STAMP);
  return BUNDLE;
}
