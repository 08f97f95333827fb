import { dueActor, type Card, type GameState, type Scenario, type UnsignedMove } from '../engine';
import type { Language, Translate } from '../i18n';
import { replayActor, type GameActor, type PlayerMove } from '../machine';
import { showPassage } from './dom/passage';
import { h } from './dom/h';
import { reportPanel, seatMovePanel, type TurnContext } from './dom/turn';
import { undoableMoves } from './dom/undo';
import { softHyphenate } from './soft-hyphens';
import type { Passage } from './types';

// A year's panels in the browser game (the election, the transition, a card's choice, a team's
// decisions, the report), the undo of the last decision, and what the board's cards do when
// clicked. Each panel offers the moves the engine lists and sends the player's choice on.

export interface TurnScreenDeps {
  readonly t: Translate;
  language(): Language;
  /** The side panel (an option card clicked on the board reads its form). */
  readonly panel: HTMLElement;
  /** The dialog a card's passage opens in. */
  readonly dialog: HTMLDialogElement;
  /** The machine of the game being played. */
  actor(): GameActor | null;
  /** The cited passage of the paper around a card's quote, once the data has loaded. */
  passage(quote: string): Passage | null;
  /** Sends a panel's move to the machine. */
  send(move: UnsignedMove): void;
  /** Plays on with a machine the game was replayed into (the undo). */
  replay(actor: GameActor): void;
  openGlossary(entryId?: string): void;
  showMessage(text: string | null, kind?: 'error' | 'info', details?: string): void;
  /** A brief or a big moment is on the panel, not a turn. */
  reading(): boolean;
}

export class TurnScreen {
  constructor(private readonly deps: TurnScreenDeps) {}

  /** The panel of the game's phase (the debrief is the debrief screen's). */
  panel(game: GameState, scenario: Scenario): HTMLElement {
    const t = this.deps.t;
    const ctx = this.context(game, scenario);
    const actor = dueActor(game);
    const waiting = () => h('p', { role: 'status' }, t('turn.waiting'));
    if (game.phase === 'report') return reportPanel(ctx);
    // The seat's move, as a team's own screen and the console offer it; the year's decisions are
    // the due role's (the other phases' panels are the same whoever is due).
    const role = actor && actor !== 'system' ? actor : null;
    if (game.phase === 'decisions' && !role) return waiting();
    return seatMovePanel(ctx, role ?? 'mexico', (m) => this.deps.showMessage(m)) ?? waiting();
  }

  private context(game: GameState, scenario: Scenario): TurnContext {
    const { deps } = this;
    return {
      game,
      scenario,
      t: deps.t,
      language: deps.language(),
      send: (move) => deps.send(move),
      showPassage: (card: Card) => this.showPassage(card),
      openGlossary: (id) => deps.openGlossary(id),
      canUndo: this.undoable() !== null,
      undo: () => this.undoLastDecision(),
    };
  }

  private showPassage(card: Card): void {
    showPassage(this.deps.dialog, card, this.deps.passage(card.citation.quote), this.deps.t, this.deps.language());
    if (this.deps.language() === 'es') softHyphenate(this.deps.dialog);
  }

  /** The moves of this game without the last decision of the year, when there is one to take back. */
  private undoable(): PlayerMove[] | null {
    const snapshot = this.deps.actor()?.getSnapshot();
    return snapshot ? undoableMoves(snapshot.context) : null;
  }

  /** Takes back the last decision of this year: the same game, replayed without it. */
  private undoLastDecision(): void {
    const snapshot = this.deps.actor()?.getSnapshot();
    const { game, scenario } = snapshot?.context ?? {};
    const moves = this.undoable();
    if (!game || !scenario || !moves) return;
    const replayed = replayActor(scenario, { scenario: scenario.id, config: game.config, moves });
    if (!replayed.ok) {
      this.deps.showMessage(this.deps.t('errors.gameStopped'), 'error', replayed.error);
      return;
    }
    // Resumed: nothing re-animates; the shorter move list is autosaved.
    this.deps.replay(replayed.value);
  }

  /** A card clicked on the board: its text and the paper's passage, as "Read the passage" does. */
  openCard(cardId: string): void {
    const card = this.deps.actor()?.getSnapshot().context.scenario?.deck.find((c) => c.id === cardId);
    if (card) this.showPassage(card);
  }

  /** An option card clicked on the board at the transition: the same as its button in the panel. */
  chooseOption(option: string): void {
    const game = this.deps.actor()?.getSnapshot().context.game;
    if (game?.phase !== 'transition' || game.config.seats.mexico !== 'human' || this.deps.reading()) return;
    if (option !== 'A' && option !== 'B' && option !== 'C' && option !== 'D') return;
    const withLe = this.deps.panel.querySelector<HTMLInputElement>('input[name="law-enforcement"][value="with"]');
    this.deps.send(option === 'C' ? { type: 'CHOOSE_OPTION', option, lawEnforcement: withLe?.checked !== false } : { type: 'CHOOSE_OPTION', option });
  }
}
