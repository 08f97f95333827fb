import { dueActor, signMove, type Card, type GameState, type PlayerMove, type PublicGame, type Role, type Scenario, type SeatMenu, type UnsignedMove } from '../../engine';
import { secretTurn, type ExerciseCommand } from '../../exercise';
import type { Language, Translate } from '../../i18n';
import { h } from '../dom/h';
import { decidePanel, reportPanel, seatMovePanel, type TurnContext } from '../dom/turn';

// A team's decision form on its own device (issue 12): the same panels as the one-screen game and
// the console's teams (dom/turn.ts), drawn from the team's public view of the game and offered
// only when the engine's menu for its seat says it is due. Deciding in turn sends a `move`;
// deciding in secret sends a `seal`, as the console's secret form does (console/teams.ts).

export interface TeamFormContext {
  /** The game as the team sees it (no seed, no random draws, no order of the deck). */
  readonly game: PublicGame;
  readonly scenario: Scenario;
  readonly t: Translate;
  readonly language: Language;
  readonly role: Role;
  readonly decide: 'inTurn' | 'secret';
  /** The engine's menu for this team's seat (null when the view has none). */
  readonly menu: SeatMenu | null;
  /** This team's sealed decision this round, if any. */
  readonly sealed: unknown;
  command(command: ExerciseCommand): void;
  showPassage(card: Card): void;
  onError(message: string): void;
}

/**
 * The panels read the game through the engine's queries (legal moves, election odds, previews),
 * none of which reads what a team's view leaves out: the seed, the draws and the deck's order are
 * filled with nothing rather than guessed.
 */
export function panelGame(game: PublicGame): GameState {
  const { deckSize: _deckSize, ...rest } = game;
  return { ...rest, draws: {}, deck: [], config: { ...game.config, seed: 0 } } as GameState;
}

/** What the team may do now: a panel, or a line saying whom the room waits for. */
export function teamForm(ctx: TeamFormContext): HTMLElement {
  const { t, role } = ctx;
  const game = panelGame(ctx.game);
  const turn = (g: GameState, send: (move: UnsignedMove) => void): TurnContext => ({ game: g, scenario: ctx.scenario, t, language: ctx.language, send, showPassage: (card) => ctx.showPassage(card) });
  if (game.phase === 'debrief') return h('p', { role: 'status', class: 'net-wait' }, t('net.team.over'));
  // The report is the room's: any team closes it for everyone.
  if (game.phase === 'report') return reportPanel(turn(game, (move) => ctx.command({ type: 'move', move: signMove(game, move) })));
  if (ctx.decide === 'secret' && game.phase === 'decisions') {
    if (!game.pending.includes(role)) return h('p', { role: 'status', class: 'net-wait' }, t('net.team.notDeciding'));
    if (ctx.sealed) return h('p', { role: 'status', class: 'net-wait' }, t('net.team.sealedWait'));
    const send = (move: UnsignedMove) => {
      if (move.type !== 'DECIDE') return;
      const sealed: Extract<PlayerMove, { type: 'DECIDE' }> = { ...move, by: role };
      ctx.command({ type: 'seal', move: sealed });
    };
    return h('div', { class: 'net-secret' }, h('p', { class: 'hint' }, t('net.team.secretHint')), decidePanel(turn(secretTurn(game, role), send), role, ctx.onError));
  }
  const due = dueActor(game);
  if (!ctx.menu?.due || due !== role) {
    const who = due && due !== 'system' ? t(`roleInSentence.${due}`) : null;
    return h('p', { role: 'status', class: 'net-wait' }, who ? t('net.team.waitingFor', { role: who }) : t('net.team.waiting'));
  }
  const tc = turn(game, (move) => ctx.command({ type: 'move', move: signMove(game, move) }));
  return seatMovePanel(tc, role, ctx.onError) ?? h('p', { role: 'status', class: 'net-wait' }, t('turn.waiting'));
}
