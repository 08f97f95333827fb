import { batchSeed, makeConfig, playGame, type Scenario } from '../engine';
import { runToEnd } from '../machine';
import { runBatch } from './batch';

// Throughput of full two-sexenio games through the machine and through the engine alone (the floor),
// measured on one core after a warm-up, and the wall time of a large batch run.

export interface BenchResult {
  readonly scenario: string;
  readonly gamesPerRun: number;
  readonly machineGamesPerSec: number;
  readonly engineGamesPerSec: number;
  /** machine time / engine time for the same games; the target is at most 3. */
  readonly machineOverEngine: number;
  readonly batchGames: number;
  readonly batchSeconds: number | null;
}

function gamesPerSecond(play: () => void, games: number): number {
  const t0 = performance.now();
  for (let i = 0; i < games; i++) play();
  return games / ((performance.now() - t0) / 1000);
}

export function runBench(scenario: Scenario, games: number, batchGames: number): BenchResult {
  const config = (i: number) => makeConfig(scenario, { seed: batchSeed(2026, i), sexenios: 2 });
  let i = 0;
  let j = 0;
  // Warm up both paths so that the JIT has compiled them before we measure.
  gamesPerSecond(() => playGame(scenario, config(i++)), Math.min(300, games));
  gamesPerSecond(() => runToEnd(scenario, config(j++)), Math.min(300, games));
  i = 0;
  j = 0;
  const engine = gamesPerSecond(() => playGame(scenario, config(i++)), games);
  const machine = gamesPerSecond(() => runToEnd(scenario, config(j++)), games);
  let batchSeconds: number | null = null;
  if (batchGames > 0) {
    const t0 = performance.now();
    runBatch(scenario, { runs: batchGames, seed: 1, strategies: [], sexenios: 2, usPolicy: 'recommended' });
    batchSeconds = Math.round((performance.now() - t0) / 10) / 100;
  }
  return {
    scenario: scenario.id,
    gamesPerRun: games,
    machineGamesPerSec: Math.round(machine),
    engineGamesPerSec: Math.round(engine),
    machineOverEngine: Math.round((engine / machine) * 100) / 100,
    batchGames,
    batchSeconds,
  };
}
