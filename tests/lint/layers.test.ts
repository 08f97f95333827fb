import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The dependency direction of CONVENTIONS.md is enforced by lint rules; these cases make sure the
// rules bite.

const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('layering rules', () => {
  it.each([
    ['src/engine/x.ts', "import { createActor } from 'xstate';\nexport const a = createActor;", /xstate belongs to src\/machine/],
    ['src/engine/x.ts', "import * as Phaser from 'phaser';\nexport const a = Phaser;", /Phaser belongs to src\/ui/],
    ['src/engine/x.ts', 'export const r = Math.random();', /game RNG/],
    ['src/engine/x.ts', 'export const t = Date.now();', /no clock/],
    ['src/engine/x.ts', 'export const d = document.title;', /no-restricted-globals/],
    ['src/engine/x.ts', "import { gameMachine } from '../machine';\nexport const m = gameMachine;", /Only sim and ui drive the machine/],
    ['src/machine/x.ts', "import { shippedScenario } from '../scenario';\nexport const s = shippedScenario;", /Scenario loading is for/],
    ['src/ui/x.ts', "import { runBatch } from '../sim/batch';\nexport const b = runBatch;", /Batch runs are for the CLI/],
    ['src/ui/debrief/x.ts', "import { runBatch } from '../../sim/batch';\nexport const b = runBatch;", /Batch runs are for the CLI/],
    ['src/sim/x.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;", /Only src\/cli touches node/],
    ['src/ui/x.ts', "import { answerComparison } from '../workers/answer-comparison';\nexport const a = answerComparison;", /Workers are started by src\/main\.ts/],
    ['src/workers/x.ts', "import { App } from '../ui/app';\nexport const a = App;", /Nothing imports the UI/],
    ['src/workers/x.ts', "import { main } from '../cli/sim';\nexport const m = main;", /Nothing imports the CLI/],
    ['src/workers/x.ts', "import { parentPort } from 'node:worker_threads';\nexport const p = parentPort;", /Only src\/cli touches node/],
    ['src/workers/x.ts', "import { runBatch } from '../sim/batch';\nexport const b = runBatch;", /may use sim\/compare and sim\/debrief-comparisons only/],
    ['src/workers/x.ts', 'export const d = document.title;', /no-restricted-globals/],
  ])('%s: refuses %j', async (file, code, message) => {
    expect((await problems(file, code)).join('\n')).toMatch(message);
  });

  it('accepts what the layers may use', async () => {
    expect(await problems('src/machine/x.ts', "import { createActor } from 'xstate';\nimport { createGame } from '../engine';\nexport const a = [createActor, createGame];")).toEqual([]);
    expect(await problems('src/engine/x.ts', "import { produce } from 'immer';\nexport const p = produce;")).toEqual([]);
    expect(await problems('src/ui/debrief/x.ts', "import { compare } from '../../sim/compare';\nexport const c = compare;")).toEqual([]);
    expect(await problems('src/ui/debrief/x.ts', "import { playComparisons } from '../../sim/debrief-comparisons';\nexport const p = playComparisons;")).toEqual([]);
    expect(
      await problems(
        'src/workers/x.ts',
        "import { playGame } from '../engine';\nimport { shippedScenario } from '../scenario/catalog';\nimport { compare } from '../sim/compare';\nimport { computeComparisons } from '../sim/debrief-comparisons';\nexport const w = [playGame, shippedScenario, compare, computeComparisons, self];",
      ),
    ).toEqual([]);
  });
});
