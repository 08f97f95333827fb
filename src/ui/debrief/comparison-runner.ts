import type { GameState, Scenario } from '../../engine';
import { comparisonRequest, playComparisons, type ComparisonAnswer, type ComparisonData, type ComparisonProgress, type ComparisonRequest } from '../../sim/debrief-comparisons';

// Plays the debrief's comparisons (a few hundred games, most of a second of work) without freezing
// the page: in a Web Worker when the entry point can start one, otherwise on the page's own thread
// in slices with a pause for the page between them. A worker that fails to start or reports an
// error is dropped and the games are played here instead: the debrief never goes without them.

export interface ComparisonJob {
  /** The comparisons' numbers; never settles once cancelled. */
  readonly result: Promise<readonly ComparisonData[]>;
  /** Stops playing (a new game, or the page leaving the debrief): the worker is ended. */
  cancel(): void;
}

export interface ComparisonRunOptions {
  /** Starts the comparison worker (src/workers/comparison-worker.ts); absent where there are no workers. */
  readonly createWorker?: (() => Worker) | undefined;
  readonly onProgress: (progress: ComparisonProgress) => void;
  /** How long one slice of games on the page's thread may run before it yields (ms). */
  readonly sliceMs?: number;
  /** Set when the games were played on the page's thread (no worker, or the worker failed), with why. */
  readonly onFallback?: (reason: string) => void;
  /** How long the worker may stay silent (it reports its progress several times a second) before the page plays the games itself (ms). */
  readonly silenceMs?: number;
}

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function runComparisons(scenario: Scenario, request: ComparisonRequest, options: ComparisonRunOptions): ComparisonJob {
  let cancelled = false;
  let worker: Worker | null = null;
  let watchdog: ReturnType<typeof setTimeout> | undefined;
  const end = () => {
    clearTimeout(watchdog);
    worker?.terminate();
    worker = null;
  };

  /** On the page's thread, a slice of games at a time. */
  const here = async (why: string): Promise<readonly ComparisonData[]> => {
    options.onFallback?.(why);
    const steps = playComparisons(scenario, request);
    const sliceMs = options.sliceMs ?? 12;
    for (;;) {
      // The page first: it has just shown the debrief, and may have more to do between slices.
      await pause();
      if (cancelled) return new Promise<never>(() => {});
      const until = performance.now() + sliceMs;
      let next = steps.next();
      while (!next.done && performance.now() < until) next = steps.next();
      if (next.done) return next.value;
      options.onProgress(next.value);
    }
  };

  const inWorker = (create: () => Worker) =>
    new Promise<readonly ComparisonData[]>((resolve) => {
      let settled = false;
      const fallBack = (why: string) => {
        if (settled) return;
        settled = true;
        end();
        if (!cancelled) resolve(here(why));
      };
      try {
        worker = create();
      } catch (e) {
        fallBack(`the worker did not start: ${String(e)}`);
        return;
      }
      const silence = options.silenceMs ?? 10_000;
      const listen = () => {
        clearTimeout(watchdog);
        watchdog = setTimeout(() => fallBack(`the worker was silent for ${silence} ms`), silence);
      };
      worker.onmessage = (event: MessageEvent<ComparisonAnswer>) => {
        const answer = event.data;
        if (settled || cancelled) return;
        listen();
        if (answer.type === 'progress') options.onProgress({ done: answer.done, total: answer.total });
        else if (answer.type === 'error') fallBack(`the worker failed: ${answer.message}`);
        else {
          settled = true;
          end();
          resolve(answer.comparisons);
        }
      };
      worker.onerror = (event) => {
        event.preventDefault();
        fallBack(`the worker failed: ${event.message || 'it could not be loaded'}`);
      };
      worker.onmessageerror = () => fallBack('the worker sent a message that could not be read');
      worker.postMessage({ type: 'compare', request });
      listen();
    });

  const result = options.createWorker ? inWorker(options.createWorker) : here('no worker');
  return {
    result: result.then((value) => (cancelled ? new Promise<never>(() => {}) : value)),
    cancel() {
      cancelled = true;
      end();
    },
  };
}

interface Played {
  readonly game: GameState;
  readonly job: ComparisonJob;
  data: readonly ComparisonData[] | null;
  progress: ComparisonProgress | null;
}

/**
 * The comparisons of the finished game on screen: started when its debrief first opens, played
 * once, and kept, so that a new language or text size only words and draws them again.
 */
export class DebriefComparisons {
  private played: Played | null = null;
  /** A worker started ahead of the debrief, loading its code while the players read the last report. */
  private spare: Worker | null = null;

  constructor(
    private readonly options: {
      readonly createWorker?: (() => Worker) | undefined;
      readonly onProgress: (progress: ComparisonProgress) => void;
      /** The numbers have arrived for the game on screen. */
      readonly onResult: (comparisons: readonly ComparisonData[]) => void;
      readonly onError: (error: unknown) => void;
    },
  ) {}

  /** The game's comparisons: `data` when played, else the progress so far (null before the first report). */
  of(game: GameState, scenario: Scenario): { readonly data: readonly ComparisonData[] | null; readonly progress: ComparisonProgress | null } {
    if (this.played?.game === game) return this.played;
    this.clear();
    const played: Played = {
      game,
      data: null,
      progress: null,
      job: runComparisons(scenario, comparisonRequest(game, scenario), {
        createWorker: this.takeWorker(),
        onProgress: (progress) => {
          if (this.played !== played) return;
          played.progress = progress;
          this.options.onProgress(progress);
        },
      }),
    };
    this.played = played;
    played.job.result.then(
      (data) => {
        if (this.played !== played) return;
        played.data = data;
        this.options.onResult(data);
      },
      (error: unknown) => {
        if (this.played === played) this.options.onError(error);
      },
    );
    return played;
  }

  /**
   * Starts the worker before the debrief opens (at the last report): loading its code takes a
   * few tenths of a second, which the players spend reading.
   */
  prepare(): void {
    if (this.spare || !this.options.createWorker) return;
    try {
      const spare = this.options.createWorker();
      // A worker whose code fails to load says so once, perhaps before the debrief: it is dropped then.
      spare.onerror = (event) => {
        event.preventDefault();
        spare.terminate();
        if (this.spare === spare) this.spare = null;
      };
      this.spare = spare;
    } catch {
      // The debrief will try again, and fall back to the page if it must.
    }
  }

  private takeWorker(): (() => Worker) | undefined {
    const spare = this.spare;
    this.spare = null;
    return spare ? () => spare : this.options.createWorker;
  }

  /** Forgets the game (a new one starts) and stops any games still being played for it. */
  clear(): void {
    this.played?.job.cancel();
    this.played = null;
  }
}
