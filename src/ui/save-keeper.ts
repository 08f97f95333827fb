import { clearAutosave, discardUnreadable, readAutosave, readUnreadable, setAsideAutosave, supersedes, unwrapAutosave, wrapAutosave, writeAutosave, type Autosave } from './autosave';
import type { KeyValueStore } from './types';

// This tab's autosave (see autosave.ts for the stored format): the game it plays, and what it last
// knew the store to hold — its own last write, or the save that was there when the player started
// or loaded a game. Anything else found there is another tab's, and is never replaced without
// asking: it becomes the `conflict`, and the app asks the player. No DOM here.

/** The moves of this tab's game, in the order played. */
type Moves = readonly unknown[];

export class SaveKeeper {
  private gameId: string | null = null;
  private lastSeen: string | null = null;
  /** Another tab's save that this tab would overwrite with loss: the player chooses. */
  conflict: Autosave | null = null;
  /** The last write was refused (a full or blocked store). */
  failed = false;
  /** An unreadable autosave the store would not let us set aside: kept here, not offered. */
  private heldUnreadable: string | null = null;

  constructor(private readonly store: KeyValueStore | null, readonly tabId: string) {}

  /** The id of the game this tab saves, once one is started or loaded. */
  get game(): string | null {
    return this.gameId;
  }

  /**
   * A new game (or a loaded file) in this tab: what the store holds now, the player has seen (the
   * title offered it) and chose not to play, so this tab's saves may replace it; unless another
   * tab's save is already waiting for the player's answer.
   */
  adopt(gameId: string, seen?: string): void {
    this.gameId = gameId;
    if (seen !== undefined) this.lastSeen = seen;
    else if (!this.conflict) this.lastSeen = readAutosave(this.store);
  }

  /**
   * Whether the store holds another tab's save that this tab's would replace with loss: a
   * different game, or a line of this game this tab does not contain. A save this tab wrote or
   * knowingly replaces, or that this tab's game continues, is no conflict. Updates `conflict`.
   */
  check(moves: Moves | null): Autosave | null {
    const raw = readAutosave(this.store);
    if (raw === null || raw === this.lastSeen || !moves || !this.gameId) return (this.conflict = null);
    const stored = unwrapAutosave(raw);
    return (this.conflict = supersedes({ game: this.gameId, moves }, stored) ? null : stored);
  }

  /** Writes this tab's save unless that would replace another tab's with loss. */
  write(moves: Moves, saveText: () => string, finished = false): void {
    if (!this.gameId || this.check(moves)) return;
    const raw = wrapAutosave(saveText(), { game: this.gameId, tab: this.tabId, finished });
    this.failed = !writeAutosave(this.store, raw);
    if (!this.failed) this.lastSeen = raw;
  }

  /** The player keeps this tab's game: the other tab's save will be replaced, knowingly. */
  keepMine(): void {
    this.lastSeen = readAutosave(this.store);
    this.conflict = null;
  }

  /** A game ended in this tab (a new one, or the title): no write has failed for the next. */
  stop(): void {
    this.failed = false;
  }

  /** Keeps an autosave that cannot be played out of the way, where the player can still fetch it. */
  setAside(raw: string, moves: Moves | null): void {
    this.heldUnreadable = setAsideAutosave(this.store, raw) ? null : raw;
    if (this.conflict?.raw === raw) this.check(moves);
  }

  /** The unreadable save set aside (in the store, or held here when the store refused it). */
  unreadable(): string | null {
    return readUnreadable(this.store) ?? this.heldUnreadable;
  }

  /** The autosave to offer on the title: not one that is known to be unreadable. */
  offered(): Autosave | null {
    const raw = readAutosave(this.store);
    return raw !== null && raw !== this.heldUnreadable ? unwrapAutosave(raw) : null;
  }

  discardUnreadable(): void {
    discardUnreadable(this.store);
    if (this.heldUnreadable !== null && readAutosave(this.store) === this.heldUnreadable) clearAutosave(this.store);
    this.heldUnreadable = null;
  }
}
