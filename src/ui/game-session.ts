import { momentsBetween, prologue, signMove, type GameState, type Scenario, type UnsignedMove } from '../engine';
import type { GameAudio } from '../audio';
import type { Language, Translate } from '../i18n';
import { refusalMessage } from '../i18n/refusals';
import type { GameActor } from '../machine';
import type { Autosaving } from './autosaving';
import type { BoardCue, BoardRenderer } from './board/board';
import { boardCues } from './board-painter';
import { cuesFor, newEntries } from './cues';
import type { DebriefScreen } from './debrief-screen';
import { leadsToDebrief } from './dom/turn';
import type { Briefs, Teaching } from './teaching';

// The game being played in the browser: the machine the panels send their moves to, and what each
// of its snapshots sets going — the sounds and board animations of what the engine logged, the big
// moments to stage, the autosave, the debrief's comparisons made ready — before the app draws it.

export interface GameSessionDeps {
  readonly t: Translate;
  language(): Language;
  readonly teaching: Teaching;
  readonly debrief: DebriefScreen;
  readonly autosaving: Autosaving;
  /** The sound, if the first gesture has created it; and created now (a move is a gesture). */
  audio(): GameAudio | null;
  ensureAudio(): void;
  board(): BoardRenderer | null;
  showMessage(text: string | null, kind?: 'error' | 'info', details?: string): void;
  /** A game goes on screen. */
  onPlay(): void;
  /** A game was left: its notice about saving goes. */
  onStop(): void;
  render(): void;
  renderBoard(cues: readonly BoardCue[]): void;
}

export class GameSession {
  private machine: GameActor | null = null;
  private seenEntries = 0;
  /** The game state the big moments were last computed from. */
  private previousGame: GameState | null = null;

  constructor(private readonly deps: GameSessionDeps) {}

  /** The machine of the game being played, if any. */
  get actor(): GameActor | null {
    return this.machine;
  }

  /** The game being played, if any (a finished one too, at its debrief). */
  current(): { readonly game: GameState; readonly scenario: Scenario } | null {
    const { game, scenario } = this.machine?.getSnapshot().context ?? {};
    return game && scenario ? { game, scenario } : null;
  }

  /** Plays on with a started machine: a new game's, or the one a save was replayed into (`resumed`). */
  play(actor: GameActor, resumed: boolean, briefs: Briefs | null = null): void {
    const { deps } = this;
    this.stop();
    deps.showMessage(null);
    // The reason is the machine's code, told in the player's language; no English detail needed.
    actor.on('rejected', (e) => deps.showMessage(deps.t('errors.refusedBecause', { reason: refusalMessage(e.refusal, deps.language(), deps.t) })));
    this.machine = actor;
    deps.onPlay();
    const game = actor.getSnapshot().context.game;
    // A resumed game shows where it stands; only what happens from now on animates and sounds.
    this.seenEntries = resumed && game ? game.log.flat().length : 0;
    deps.autosaving.reset();
    // A game never opens cold: before the first human turn, what happened before it (the 2012
    // election and the new president's strategy, in a solo US game of transition-2012).
    const scenario = actor.getSnapshot().context.scenario;
    this.previousGame = game ?? null;
    const opening = game && scenario && !resumed ? prologue(game, scenario) : null;
    deps.teaching.begin(briefs, opening, scenario ?? null, game ?? null);
    // An engine error stops the machine (machine/failure.ts): say so, rather than leave a dead panel.
    actor.subscribe({
      next: () => this.onSnapshot(),
      error: (error) => deps.showMessage(deps.t('errors.gameStopped'), 'error', error instanceof Error ? error.message : String(error)),
    });
    this.onSnapshot();
  }

  /** Leaves the game (its save stays in the store): nothing of it stays on screen or plays on. */
  stop(): void {
    this.machine?.stop();
    this.machine = null;
    this.previousGame = null;
    this.deps.teaching.clear();
    this.deps.onStop();
    this.deps.debrief.clear();
    this.deps.board()?.hideOptions();
  }

  /**
   * Sends a panel's move, signed by the seat it must come from: at one screen, the table plays
   * every human seat (a facilitated exercise signs for each team apart: src/exercise).
   */
  send(move: UnsignedMove): void {
    this.deps.showMessage(null);
    this.deps.ensureAudio();
    const game = this.machine?.getSnapshot().context.game;
    if (game) this.machine?.send(signMove(game, move));
  }

  private onSnapshot(): void {
    const { deps } = this;
    const snapshot = this.machine?.getSnapshot();
    const game = snapshot?.context.game;
    if (!snapshot || !game || !snapshot.context.scenario) return;
    const entries = newEntries(game.log, this.seenEntries);
    this.seenEntries += entries.length;
    if (this.previousGame && this.previousGame !== game) deps.teaching.queue(momentsBetween(this.previousGame, game, snapshot.context.scenario));
    this.previousGame = game;
    deps.teaching.yearReached(game.year);
    const cues = cuesFor(entries);
    for (const cue of cues) deps.audio()?.play(cue);
    // Saved after every move and at every new phase; while the players read the last report, the
    // debrief's comparison worker starts loading.
    if (deps.autosaving.snapshot(game, snapshot.context.moves.length) && leadsToDebrief(game)) deps.debrief.prepare();
    deps.render();
    deps.renderBoard(boardCues(entries, cues));
  }
}
