import type { GameConfig, Localized, PlayerMove, Scenario, UnsignedMove } from '../engine';
import type { Exercise } from '../exercise';

// What the UI needs from outside it, handed in by the entry point (src/main.ts): the UI never
// loads files or validates untrusted input itself.

export interface SaveData {
  readonly scenario: string;
  readonly config: GameConfig;
  readonly moves: readonly PlayerMove[];
  readonly savedAt: string;
}

/** What is wrong with a save file, as a code the interface words in the player's language. */
export interface SaveProblem {
  readonly code: 'notJson' | 'notSave' | 'noVersion' | 'versionText' | 'version' | 'oldVersion' | 'damaged' | 'scenario';
  readonly values: Readonly<Record<string, string>>;
}

/** A save as read: an older save's moves may not be signed yet (the replay signs them). */
export interface LoadedSave extends Omit<SaveData, 'moves'> {
  readonly moves: readonly (PlayerMove | UnsignedMove)[];
}

export type SaveParse = { readonly ok: true; readonly value: LoadedSave } | { readonly ok: false; readonly error: string; readonly problem: SaveProblem };

/** One of the paper's slips where it appears in a passage (DESIGN §3 errata), shown marked. */
export interface PassageSlip {
  /** The words as the paper prints them. */
  readonly slip: string;
  readonly erratum: string;
  readonly correction: Localized;
  readonly note: Localized;
}

export type PassagePiece = string | PassageSlip;

/** A cited passage, cleaned for reading: the text before the quote, the quote, the text after. */
export interface Passage {
  readonly before: readonly PassagePiece[];
  readonly quote: readonly PassagePiece[];
  readonly after: readonly PassagePiece[];
}

/** The game's data, loaded when the first screen that needs it opens. */
export interface GameData {
  readonly scenarios: readonly Scenario[];
  /** Validates a save file's text (from storage or an imported file). */
  parseSave(text: string, name: string): SaveParse;
  /**
   * Checks an exercise (a file the console imports, or the one stored in this browser) field by
   * field, as a room checks one it is made with; `problem` names the field that was wrong.
   */
  parseExercise(value: unknown): { readonly ok: true; readonly exercise: Exercise } | { readonly ok: false; readonly problem: string };
  /** The save file's text for a game. */
  serializeSave(save: SaveData): string;
  /** The cited passage of the paper around a card's quote. */
  passage(quote: string): Passage | null;
}

/**
 * A key-value store that may be missing or refuse writes (private browsing, quotas). `key` and
 * `length` when it can list its keys (a page's Storage can), to find what a damaged index lost.
 */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> & Partial<Pick<Storage, 'key' | 'length'>>;
