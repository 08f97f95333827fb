import type { Phase } from '../engine';
import { TIMED_PHASES, type Clock, type ExerciseSettings, type TimedPhase } from './types';

// The exercise's clock: a countdown per phase, as plain numbers (ms since the epoch, from the
// console's clock; the exercise itself never reads a clock). It restarts when the game's phase or
// year changes, stops while the exercise is paused, and can be extended.

function timed(phase: Phase): phase is TimedPhase {
  return (TIMED_PHASES as readonly Phase[]).includes(phase);
}

/** The clock of a phase that starts now. */
export function startClock(phase: Phase, year: number, settings: ExerciseSettings, now: number): Clock {
  const seconds = timed(phase) ? settings.phaseSeconds[phase] : 0;
  return { phase, year, startedAt: now, lengthMs: Math.max(0, seconds) * 1000, pausedMs: 0, expired: false };
}

/** The same clock if the game is still in its phase and year, else a new one. */
export function followGame(clock: Clock, phase: Phase, year: number, settings: ExerciseSettings, now: number): Clock {
  return clock.phase === phase && clock.year === year ? clock : startClock(phase, year, settings, now);
}

export interface ClockReading {
  /** Time left, never below 0; null when the phase is not timed. */
  readonly remainingMs: number | null;
  readonly elapsedMs: number;
  readonly running: boolean;
  /** The time is up (whether or not the end has been announced yet). */
  readonly up: boolean;
}

/** What the clock shows at `now`; `pausedSince`: the exercise is paused since then. */
export function readClock(clock: Clock, now: number, pausedSince: number | null): ClockReading {
  const until = pausedSince === null ? now : Math.min(now, Math.max(pausedSince, clock.startedAt));
  const elapsedMs = Math.max(0, until - clock.startedAt - clock.pausedMs);
  if (clock.lengthMs <= 0) return { remainingMs: null, elapsedMs, running: pausedSince === null, up: false };
  const remainingMs = Math.max(0, clock.lengthMs - elapsedMs);
  return { remainingMs, elapsedMs, running: pausedSince === null && remainingMs > 0, up: remainingMs === 0 };
}

/** The clock after a pause from `since` to `now`: the paused time does not count. */
export function afterPause(clock: Clock, since: number, now: number): Clock {
  const from = Math.max(since, clock.startedAt);
  return { ...clock, pausedMs: clock.pausedMs + Math.max(0, now - from) };
}

/** The clock with `seconds` more; an expired clock runs again. */
export function extended(clock: Clock, seconds: number, now: number, pausedSince: number | null): Clock {
  const reading = readClock(clock, now, pausedSince);
  // An untimed phase, or one whose time is up, gets its extension from now.
  const base = clock.lengthMs <= 0 || reading.up ? reading.elapsedMs : clock.lengthMs;
  return { ...clock, lengthMs: base + seconds * 1000, expired: false };
}

/** mm:ss (or h:mm:ss), for the console and the projector. */
export function formatClock(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
}
