import { applyAction, batchSeed, createGame, makeConfig, playGame, type GameState, type Scenario } from '../engine';
import { gameRunner } from '../machine';
import { runBatch } from './batch';

// Throughput of full two-sexenio games through the machine and through the engine alone, each a
// lean headless game (the batch mode), measured on one core after a warm-up; beside them the
// floor: a plain loop over typed arrays doing the same number of condition checks, track updates
// and random draws as the real game, which no implementation of these rules could beat by much.

export interface GameShape {
  readonly years: number;
  /** Per game: cards and levers whose conditions are checked, tracks changed, random draws taken. */
  readonly checks: number;
  readonly updates: number;
  readonly draws: number;
}

export interface BenchResult {
  readonly scenario: string;
  /** Games in each measurement of a path; each figure is the median of ROUNDS measurements. */
  readonly gamesPerRun: number;
  readonly machineGamesPerSec: number;
  readonly engineGamesPerSec: number;
  readonly floorGamesPerSec: number;
  /** machine time / engine time for the same games. */
  readonly machineOverEngine: number;
  /** floor rate / machine rate: how far the machine is from the typed-array floor. */
  readonly floorOverMachine: number;
  readonly floorOverEngine: number;
  readonly shape: GameShape;
  readonly batchGames: number;
  readonly batchSeconds: number | null;
}

function gamesPerSecond(play: () => void, games: number): number {
  const t0 = performance.now();
  for (let i = 0; i < games; i++) play();
  return games / ((performance.now() - t0) / 1000);
}

/**
 * What one game does, counted on a full game played one step at a time: the conditions checked
 * (each card still in the deck each year, each lever each decision), the track changes logged and
 * the random draws taken (the streams' counters, read before each new year clears them).
 */
export function measureShape(scenario: Scenario, seed: number): GameShape {
  let state: GameState = createGame(scenario, makeConfig(scenario, { seed, sexenios: 2 }));
  let checks = 0;
  let draws = 0;
  let years = 0;
  while (state.phase !== 'debrief') {
    if (state.phase === 'events') checks += state.deck.length;
    if (state.phase === 'decisions') checks += 8 * state.pending.length;
    if (state.phase === 'report' || state.phase === 'transition') draws += Object.values(state.draws).reduce((a, b) => a + b, 0);
    if (state.phase === 'report') years += 1;
    const next = applyAction(state, scenario, { type: 'AUTO' });
    if (!next.ok) throw new Error(next.error);
    state = next.value;
  }
  const updates = state.log.flat().filter((e) => e.type === 'track').length;
  return { years, checks, updates, draws };
}

/** The floor: the same counts of checks, updates and draws as a game, on typed arrays, with no rules. */
export function floorGame(shape: GameShape, seed: number, tracks: Float64Array, log: Int32Array): number {
  const perYear = (n: number) => Math.ceil(n / shape.years);
  let h = seed >>> 0;
  let eligible = 0;
  for (let y = 0; y < shape.years; y++) {
    for (let i = 0; i < perYear(shape.checks); i++) {
      const t = i % tracks.length;
      if ((tracks[t] as number) >= 20 && (tracks[(t + 3) % tracks.length] as number) <= 80) eligible++;
    }
    for (let i = 0; i < perYear(shape.updates); i++) {
      const t = i % tracks.length;
      const v = Math.min(100, Math.max(0, (tracks[t] as number) + ((h & 7) - 3.5) * 0.1));
      tracks[t] = Math.round(v * 10) / 10;
      log[i % log.length] = t;
    }
    for (let i = 0; i < perYear(shape.draws); i++) {
      h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
      h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
      h = (h ^ (h >>> 16)) >>> 0;
    }
  }
  return eligible + h;
}

/** Games each path plays before it is measured (see `runBench`). */
const WARM_UP_GAMES = 1500;
/**
 * Measurements of each path, taken in turn; the figures are their medians. Many short rounds rather
 * than a few long ones: on a shared machine a slow spell lasts seconds, and three rounds of two
 * thousand games put a whole spell on one path (the machine/engine ratio swung from 1.14 to 1.5
 * between runs of the same code); nine rounds of a thousand keep it near 1.1.
 */
const ROUNDS = 9;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

export function runBench(scenario: Scenario, games: number, batchGames: number): BenchResult {
  const config = (i: number) => makeConfig(scenario, { seed: batchSeed(2026, i), sexenios: 2 });
  const lean = { lean: true } as const;
  const shape = measureShape(scenario, batchSeed(2026, 0));
  const tracks = new Float64Array(11).fill(50);
  const log = new Int32Array(4096);
  let sink = 0;
  // The machine's games share one actor, as a batch's do (machine/run.ts `gameRunner`).
  const runner = gameRunner();
  const engineGame = (i: number) => playGame(scenario, config(i), lean);
  const machineGame = (i: number) => runner.play(scenario, config(i), lean);
  const floorRun = (i: number) => (sink += floorGame(shape, i, tracks, log));
  // Warm up every path so that the JIT has compiled them before we measure. A few hundred games
  // were not enough: V8 compiles the hot functions on a background thread, and the first couple of
  // thousand games after a 300-game warm-up ran at half the steady speed (more on a loaded machine),
  // which is not the speed of a batch.
  let i = 0;
  gamesPerSecond(() => engineGame(i++), WARM_UP_GAMES);
  i = 0;
  gamesPerSecond(() => machineGame(i++), WARM_UP_GAMES);
  i = 0;
  gamesPerSecond(() => floorRun(i++), WARM_UP_GAMES);
  // The paths take turns, round after round, so that a busy moment of a shared machine falls on all
  // of them rather than on one; each figure is the median of its rounds.
  const rates = { engine: [] as number[], machine: [] as number[], floor: [] as number[] };
  for (let round = 0; round < ROUNDS; round++) {
    i = 0;
    rates.engine.push(gamesPerSecond(() => engineGame(i++), games));
    i = 0;
    rates.machine.push(gamesPerSecond(() => machineGame(i++), games));
    i = 0;
    rates.floor.push(gamesPerSecond(() => floorRun(i++), Math.max(games, 5000)));
  }
  runner.stop();
  if (sink === 0.5) throw new Error('unreachable: keeps the floor loop from being optimized away');
  const engine = median(rates.engine);
  const machine = median(rates.machine);
  const floor = median(rates.floor);
  let batchSeconds: number | null = null;
  if (batchGames > 0) {
    const t0 = performance.now();
    runBatch(scenario, { runs: batchGames, seed: 1, strategies: [], sexenios: 2, usPolicy: 'recommended' });
    batchSeconds = Math.round((performance.now() - t0) / 10) / 100;
  }
  const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
  return {
    scenario: scenario.id,
    gamesPerRun: games,
    machineGamesPerSec: Math.round(machine),
    engineGamesPerSec: Math.round(engine),
    floorGamesPerSec: Math.round(floor),
    machineOverEngine: ratio(engine, machine),
    floorOverMachine: ratio(floor, machine),
    floorOverEngine: ratio(floor, engine),
    shape,
    batchGames,
    batchSeconds,
  };
}
