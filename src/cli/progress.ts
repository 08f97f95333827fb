// A progress bar for long batches, on standard error: it appears only once a batch has run for a
// second (a short batch prints nothing extra), redraws at most ten times a second, and ends with a
// newline so that whatever is printed next starts on a line of its own.

export interface ProgressBar {
  /** Games finished so far; cheap enough to call after every game. */
  update(done: number): void;
  /** Draws the finished bar and the newline, if the bar was ever shown. */
  finish(): void;
}

export interface ProgressBarOptions {
  readonly total: number;
  readonly write: (text: string) => void;
  /** Milliseconds, e.g. performance.now. */
  readonly now: () => number;
  /** Terminal width, if known (0 or undefined: 80). */
  readonly columns?: number;
  readonly delayMs?: number;
  readonly intervalMs?: number;
}

/**
 * How long a batch runs before its bar appears: a second, or CSD_PROGRESS_DELAY_MS when that is a
 * whole number of milliseconds (0: at once, for the tests of the bar on a terminal, whose batches
 * may finish within a second on a fast machine).
 */
export function progressDelay(env: string | undefined): number {
  const ms = env === undefined || env.trim() === '' ? NaN : Number(env);
  return Number.isInteger(ms) && ms >= 0 ? ms : 1000;
}

/** Only on a terminal, and never with --json, whose output may be piped on with standard error still on the screen. */
export function wantsProgressBar(json: boolean, stderrIsTty: boolean | undefined): boolean {
  return !json && stderrIsTty === true;
}

const count = (n: number) => n.toLocaleString('en-US');

function duration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}

export function progressLine(done: number, total: number, elapsedMs: number, columns?: number): string {
  const fraction = total > 0 ? Math.min(1, done / total) : 1;
  const left = done > 0 && done < total ? `, ${duration((elapsedMs / done) * (total - done))} left` : '';
  const text = ` ${Math.floor(fraction * 100)}% ${count(done)}/${count(total)} games${left}`;
  const width = Math.max(10, Math.min(40, (columns || 80) - text.length - 8));
  const filled = Math.round(fraction * width);
  return `sim [${'#'.repeat(filled)}${'.'.repeat(width - filled)}]${text}`;
}

export function progressBar(options: ProgressBarOptions): ProgressBar {
  const delay = options.delayMs ?? 1000;
  const interval = options.intervalMs ?? 100;
  const start = options.now();
  let lastDraw = Number.NEGATIVE_INFINITY;
  let shown = false;
  let latest = 0;
  // \r returns to the start of the line and ESC[K clears what a longer previous line left behind.
  const draw = (done: number, t: number) => options.write(`\r${progressLine(done, options.total, t - start, options.columns)}\x1b[K`);
  return {
    update(done) {
      latest = done;
      const t = options.now();
      if (t - start < delay || t - lastDraw < interval) return;
      lastDraw = t;
      shown = true;
      draw(done, t);
    },
    finish() {
      if (!shown) return;
      draw(Math.max(latest, options.total), options.now());
      options.write('\n');
      shown = false;
    },
  };
}
