import type { GameConfig, Result, Scenario } from '../engine';
import type { PlayerMove } from '../machine';

// What the UI needs from outside it, handed in by the entry point (src/main.ts): the UI never
// loads files or validates untrusted input itself.

export interface SaveData {
  readonly scenario: string;
  readonly config: GameConfig;
  readonly moves: readonly PlayerMove[];
  readonly savedAt: string;
}

export interface Passage {
  readonly before: string;
  readonly quote: string;
  readonly after: string;
}

/** The game's data, loaded when the first screen that needs it opens. */
export interface GameData {
  readonly scenarios: readonly Scenario[];
  /** Validates a save file's text (from storage or an imported file). */
  parseSave(text: string, name: string): Result<SaveData>;
  /** The save file's text for a game. */
  serializeSave(save: SaveData): string;
  /** The cited passage of the paper around a card's quote. */
  passage(quote: string): Passage | null;
}

/** A key-value store that may be missing or refuse writes (private browsing, quotas). */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
