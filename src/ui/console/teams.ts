import { dueActor, signMove, type Card, type GameState, type PlayerMove, type UnsignedMove } from '../../engine';
import { secretTurn, type Team } from '../../exercise';
import { h } from '../dom/h';
import { decidePanel, reportPanel, seatMovePanel, type TurnContext } from '../dom/turn';
import { section, words, type RunContext } from './context';

// The teams at the console (issue 11, item 2). In turn: the due team's panel (the same panels as
// the one-screen game, dom/turn.ts), its move sent as that team. In secret: each team opens its own
// form, seals its decision and closes it again, so that the console never shows a sealed decision
// to the next team; when the last has sealed, the exercise reveals them all together.

export interface TeamsOptions {
  /** The team whose secret form is open, if any. */
  readonly secretOpen: string | null;
  openSecret(team: string | null): void;
  showPassage(card: Card): void;
  onError(message: string): void;
}

function turnContext(ctx: RunContext, game: GameState, send: (move: UnsignedMove) => void, o: TeamsOptions): TurnContext {
  return { game, scenario: ctx.scenario, t: ctx.t, language: ctx.language, send, showPassage: (card) => o.showPassage(card) };
}

function teamLine(ctx: RunContext, team: Team, text: string): HTMLElement {
  return h('p', { class: 'team-due', 'data-role': team.role }, h('strong', {}, team.name), ` (${ctx.t(`roles.${team.role}`)}) — ${text}`);
}

/** The due team's panel, its moves sent as that team (the report is closed by the control cell). */
function inTurn(ctx: RunContext, o: TeamsOptions): HTMLElement {
  const { game, exercise, t } = ctx;
  const c = words(t);
  if (game.phase === 'report') {
    // The report closes for the whole room: the control cell closes it.
    return reportPanel(turnContext(ctx, game, (move) => void ctx.command({ type: 'move', move: signMove(game, move) }), o));
  }
  const due = dueActor(game);
  const team = due && due !== 'system' ? exercise.teams.find((x) => x.role === due) : undefined;
  if (!team) return h('p', { role: 'status' }, c('computerPlays'));
  const send = (move: UnsignedMove) => void ctx.command({ type: 'move', move: signMove(game, move) }, { kind: 'team', team: team.id });
  const tc = turnContext(ctx, game, send, o);
  const panel = seatMovePanel(tc, team.role, (m) => o.onError(m)) ?? h('p', { role: 'status' }, t('turn.waiting'));
  return h('div', { class: 'team-turn' }, teamLine(ctx, team, c('decidesNow')), panel);
}

function secretRound(ctx: RunContext, o: TeamsOptions): HTMLElement {
  const { game, exercise, t } = ctx;
  const c = words(t);
  const deciding = exercise.teams.filter((team) => game.pending.includes(team.role) && game.config.seats[team.role] === 'human');
  const open = deciding.find((team) => team.id === o.secretOpen);
  if (open) {
    const send = (move: UnsignedMove) => {
      if (move.type !== 'DECIDE') return;
      const sealed: Extract<PlayerMove, { type: 'DECIDE' }> = { ...move, by: move.role };
      if (ctx.command({ type: 'seal', move: sealed }, { kind: 'team', team: open.id })) o.openSecret(null);
    };
    const tc = turnContext(ctx, secretTurn(game, open.role), send, o);
    return h('div', { class: 'team-turn secret-form' },
      teamLine(ctx, open, c('decidesInSecret')),
      h('p', { class: 'hint' }, c('secretHint')),
      decidePanel(tc, open.role, (m) => o.onError(m)),
      h('div', { class: 'actions' }, h('button', { type: 'button', class: 'secondary', onclick: () => o.openSecret(null) }, c('closeSecret'))));
  }
  return h('div', { class: 'secret-round' },
    h('p', {}, c('secretIntro')),
    h('ul', { class: 'secret-teams' },
      ...deciding.map((team) => {
        const sealed = team.id in exercise.sealed;
        return h('li', { class: sealed ? 'sealed' : 'waiting' },
          h('span', {}, h('strong', {}, team.name), ` (${t(`roles.${team.role}`)})`),
          sealed
            ? h('span', { class: 'status' }, `✓ ${c('sealed')}`)
            : h('button', { type: 'button', class: 'primary', onclick: () => o.openSecret(team.id) }, c('decideInSecret', { team: team.name })));
      })));
}

export function teamsSection(ctx: RunContext, o: TeamsOptions): HTMLElement {
  const { game, exercise, t } = ctx;
  const c = words(t);
  const body = game.phase === 'debrief'
    ? h('p', { role: 'status' }, c('gameOver'))
    : exercise.settings.decide === 'secret' && game.phase === 'decisions'
      ? secretRound(ctx, o)
      : inTurn(ctx, o);
  return section(c('teams'), 'console-teams',
    exercise.paused ? h('p', { class: 'hint paused-note' }, c('pausedTeams')) : null,
    body);
}
