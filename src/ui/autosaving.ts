import type { GameState } from '../engine';
import type { Translate } from '../i18n';
import type { GameActor } from '../machine';
import { AUTOSAVE_KEY, SLOTS_KEY, UNREADABLE_KEY, type Autosave } from './autosave';
import type { SaveKeeper } from './save-keeper';
import { renderSaveNotice } from './save-notice';
import type { GameData, SaveData } from './types';

// The game being played, saved as it goes: after every move (a seminar's teams confirm theirs one
// after another in one phase) and at every new phase (the computer's moves are not the players',
// but move the game on); the notice when it cannot be (another tab's save in the way, a full
// store); and other tabs' writes to the store, heard as they come.

export interface AutosavingDeps {
  /** This tab's autosave, and another tab's in its way (save-keeper.ts). */
  readonly saves: SaveKeeper;
  /** Where the notice about saving is shown. */
  readonly notice: HTMLElement;
  readonly t: Translate;
  /** The machine of the game being played. */
  actor(): GameActor | null;
  /** The game's data, once loaded (it writes the save file's text). */
  data(): GameData | null;
  now(): string;
  /** Whether the title screen is on (it lists what the store holds), and drawing it again. */
  onTitle(): boolean;
  renderTitle(): void;
  /** Loads another tab's save over this tab's game (its notice's "Load the other tab's game"). */
  loadOther(other: Autosave): void;
  /** Offers this tab's game as a file (when the store refuses it). */
  download(): void;
}

export class Autosaving {
  private lastPhase = '';
  private savedMoves = -1;

  constructor(private readonly deps: AutosavingDeps) {}

  /** A game starts (or is resumed): its first snapshot is saved. */
  reset(): void {
    this.lastPhase = '';
    this.savedMoves = -1;
    this.deps.saves.conflict = null;
  }

  /** A snapshot of the game: saved if a move or the phase is new; true when the phase is new. */
  snapshot(game: GameState, moves: number): boolean {
    const phaseChanged = game.phase !== this.lastPhase;
    if (!phaseChanged && moves === this.savedMoves) return false;
    this.lastPhase = game.phase;
    this.savedMoves = moves;
    // A finished game's save is kept until a new game starts: a reload returns to its debrief.
    this.save(game.phase === 'debrief');
    return phaseChanged;
  }

  /** The game being played as its save, stamped now. */
  record(): SaveData | null {
    const { game, scenario, moves } = this.deps.actor()?.getSnapshot().context ?? {};
    if (!game || !scenario || !moves) return null;
    return { scenario: scenario.id, config: game.config, moves, savedAt: this.deps.now() };
  }

  moves(): readonly unknown[] | null {
    return this.deps.actor()?.getSnapshot().context.moves ?? null;
  }

  private save(finished = false): void {
    const save = this.record();
    const data = this.deps.data();
    if (!save || !data) return;
    this.deps.saves.write(save.moves, () => data.serializeSave(save), finished);
    this.renderNotice();
  }

  /** The standing notice about saving: another tab's save in the way, or a save that failed. */
  renderNotice(): void {
    const { deps } = this;
    renderSaveNotice(deps.notice, {
      t: deps.t,
      saves: deps.saves,
      moves: this.moves()?.length ?? null,
      keepThis: () => this.keepThisGame(),
      loadOther: (other) => deps.loadOther(other),
      download: () => deps.download(),
    });
  }

  /** Another tab wrote to the store. */
  onStorage(event: StorageEvent): void {
    if (event.key !== null && event.key !== AUTOSAVE_KEY && event.key !== UNREADABLE_KEY && event.key !== SLOTS_KEY) return;
    // The title offers what the store holds now.
    if (this.deps.onTitle()) return this.deps.renderTitle();
    const game = this.deps.actor()?.getSnapshot().context.game;
    if (!game || game.phase === 'debrief') return;
    this.deps.saves.check(this.moves());
    this.renderNotice();
  }

  /** The player keeps this tab's game: the other tab's save is replaced, knowingly. */
  private keepThisGame(): void {
    this.deps.saves.keepMine();
    this.save();
  }
}
