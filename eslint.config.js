// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Lint, and the dependency direction of CONVENTIONS.md enforced as rules: each layer may import
// only the layers below it.

const thirdParty = {
  xstate: { group: ['xstate', 'xstate/*', '@xstate/*'], message: 'xstate belongs to src/machine.' },
  phaser: { group: ['phaser', 'phaser/*'], message: 'Phaser belongs to src/ui.' },
  howler: { group: ['howler'], message: 'howler belongs to src/audio.' },
  zod: { group: ['zod', 'zod/*'], message: 'Validation belongs to src/scenario.' },
  node: { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'worker_threads'], message: 'Only src/cli touches node built-ins.' },
};
const layer = (name, message) => ({ group: [`../${name}`, `../${name}/*`, `../../${name}`, `../../${name}/*`], message });
const layers = {
  scenario: layer('scenario', 'Scenario loading is for sim, cli and the entry points.'),
  machine: layer('machine', 'Only sim and ui drive the machine.'),
  sim: layer('sim', 'Batch runs are for the CLI.'),
  cli: layer('cli', 'Nothing imports the CLI.'),
  ui: layer('ui', 'Nothing imports the UI but src/main.ts.'),
  i18n: layer('i18n', 'Strings are for the UI.'),
  audio: layer('audio', 'Sound is for the UI.'),
  workers: layer('workers', 'Workers are started by src/main.ts, not imported.'),
  exercise: layer('exercise', 'Exercises are driven by the UI (and later the room server).'),
};
const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default defineConfig(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'tmp/**', 'test-results/**'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      ...restrict(thirdParty.xstate, thirdParty.phaser, thirdParty.howler, thirdParty.zod, thirdParty.node, ...Object.values(layers)),
      // Randomness and time live in the game state (CONVENTIONS: "Randomness").
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the game RNG in src/engine/rng.ts.' },
        { object: 'Date', property: 'now', message: 'The engine has no clock.' },
        { object: 'performance', property: 'now', message: 'The engine has no clock.' },
      ],
      'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='Date']", message: 'The engine has no clock.' }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'fetch', 'process', 'setTimeout', 'setInterval', 'requestAnimationFrame'],
    },
  },
  { files: ['src/scenario/**/*.ts'], rules: restrict(thirdParty.xstate, thirdParty.phaser, thirdParty.howler, thirdParty.node, layers.machine, layers.sim, layers.cli, layers.ui, layers.i18n, layers.audio, layers.workers) },
  { files: ['src/machine/**/*.ts'], rules: restrict(thirdParty.phaser, thirdParty.howler, thirdParty.zod, thirdParty.node, layers.scenario, layers.sim, layers.cli, layers.ui, layers.i18n, layers.audio, layers.workers, layers.exercise) },
  // A facilitated exercise (issue 11): pure data and commands over the machine and the engine, with
  // no clock of its own, no words (the UI words it) and no transport, so that one browser's console
  // and a room server share it.
  {
    files: ['src/exercise/**/*.ts'],
    rules: {
      ...restrict(thirdParty.phaser, thirdParty.howler, thirdParty.zod, thirdParty.node, layers.scenario, layers.sim, layers.cli, layers.ui, layers.i18n, layers.audio, layers.workers),
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'Ids and times come with the commands.' }, { object: 'Date', property: 'now', message: 'The time comes with the command.' }],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'sessionStorage', 'process', 'setTimeout', 'setInterval'],
    },
  },
  { files: ['src/sim/**/*.ts'], rules: restrict(thirdParty.phaser, thirdParty.howler, thirdParty.node, layers.cli, layers.ui, layers.i18n, layers.audio, layers.workers) },
  { files: ['src/cli/**/*.ts'], rules: restrict(thirdParty.phaser, thirdParty.howler, layers.ui, layers.audio, layers.workers) },
  // The room server (issue 12): Colyseus and Node around the pure host; transport only, so it may
  // use exercise, scenario (validation, the shipped scenarios), machine and engine, never the UI.
  { files: ['src/server/**/*.ts'], rules: restrict(thirdParty.phaser, thirdParty.howler, thirdParty.zod, layers.sim, layers.cli, layers.ui, layers.i18n, layers.audio, layers.workers) },
  { files: ['src/i18n/**/*.ts'], rules: restrict(thirdParty.xstate, thirdParty.phaser, thirdParty.howler, thirdParty.node, layers.scenario, layers.machine, layers.sim, layers.cli, layers.ui, layers.audio, layers.workers) },
  // The printed kit: pure HTML builders over the engine and the string tables; the CLI writes the file.
  { files: ['src/print/**/*.ts'], rules: { ...restrict(thirdParty.xstate, thirdParty.phaser, thirdParty.howler, thirdParty.zod, thirdParty.node, layers.scenario, layers.machine, layers.sim, layers.cli, layers.ui, layers.audio, layers.workers), 'no-restricted-globals': ['error', 'window', 'document', 'process'] } },
  { files: ['src/audio/**/*.ts'], rules: restrict(thirdParty.xstate, thirdParty.phaser, thirdParty.zod, thirdParty.node, layers.scenario, layers.machine, layers.sim, layers.cli, layers.ui, layers.i18n, layers.workers) },
  // The UI may use sim's controlled comparisons (the debrief replays games on the same seeds), but not batch runs.
  {
    files: ['src/ui/**/*.ts'],
    rules: restrict(thirdParty.zod, thirdParty.node, layers.scenario, layers.cli, layers.workers, {
      regex: '^(\\.\\./)+sim(/(?!(compare|debrief-comparisons)$).*)?$',
      message: 'Batch runs are for the CLI; the UI may use sim/compare and sim/debrief-comparisons only.',
    }),
  },
  // Web Workers (started by src/main.ts): the engine, the shipped scenarios and sim's comparisons,
  // in a scope with no page (no DOM, no storage), no Node and nothing of the UI.
  {
    files: ['src/workers/**/*.ts'],
    rules: {
      ...restrict(thirdParty.xstate, thirdParty.phaser, thirdParty.howler, thirdParty.node, layers.machine, layers.cli, layers.ui, layers.i18n, layers.audio, {
        regex: '^(\\.\\./)+sim(/(?!(compare|debrief-comparisons)$).*)?$',
        message: 'A worker plays comparisons: it may use sim/compare and sim/debrief-comparisons only.',
      }),
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'sessionStorage', 'process'],
    },
  },
);
