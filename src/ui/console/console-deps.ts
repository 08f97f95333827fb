import type { GameAudio } from '../../audio';
import type { Exercise } from '../../exercise';
import type { GameData, KeyValueStore } from '../types';
import type { RemoteExercise } from './remote';
import type { RoomTransport } from './transport';

// What the facilitator's console needs from the outside world: given by the entry point
// (index.ts) in the browser, faked by the tests.

export interface ConsoleDeps {
  readonly root: HTMLElement;
  readonly storage: KeyValueStore | null;
  loadData(): Promise<GameData>;
  /** Sound, created on the first gesture (the clock's end is announced with the 'alert' cue). */
  createAudio(): GameAudio | null;
  readonly transport: RoomTransport;
  /** ms since the epoch. */
  now(): number;
  newId(): string;
  newSeed(): number;
  /** Opens (or brings forward) the projector window. */
  openProjector(): void;
  /** Prints the report's HTML from a window of its own; false when the browser blocked the window. */
  printReport(html: string): boolean;
  download(name: string, text: string, type: string): void;
  /** Back to the one-screen game. */
  leave(): void;
  /** Calls `tick` every second (the browser's setInterval); returns how to stop. Tests drive `tick` themselves. */
  every?(ms: number, tick: () => void): () => void;
  /** A worker for the hot wash's controlled comparisons (played on the page, a slice at a time, without one). */
  readonly createComparisonWorker?: () => Worker;
  /**
   * A networked room's exercise (issue 12): the console then draws the room's exercise, sends the
   * control cell's commands there, and neither ticks the clock nor keeps the exercise in this
   * browser's storage (the room's server does both).
   */
  readonly remote?: RemoteExercise;
  /** "Run it over the network" (issue 12): makes a room of the exercise and opens the console on it; resolves with what went wrong, if anything. */
  runOnline?(exercise: Exercise): Promise<string | null>;
}
