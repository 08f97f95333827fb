import type { GameState } from '../../../src/engine';
import { applyCommand, createExercise, exerciseGame, exerciseView, type Exercise, type ExerciseCommand, type ExerciseSeat, type Team } from '../../../src/exercise';
import type { ClientMessage, Lobby, PlayerInfo, ServerMessage } from '../../../src/exercise/protocol';
import type { ClientBody, LinkStatus, NetLink, ViewMessage } from '../../../src/ui/net/link';
import { teamObjective } from '../../../src/i18n/exercise-objectives';
import { config, scenario } from '../../helpers';

// A networked room's outside world for the screens' tests: a real exercise (the real scenario,
// engine and commands), the views the room would send each seat (exercise/view.ts), and a fake
// link that records what a screen sends and delivers what the test says the room sent.

export const T0 = Date.UTC(2026, 2, 9, 9, 0, 0);
export const SCENARIO = scenario();

export const TEAMS: readonly Team[] = [
  { id: 'blue', name: 'Blue cell', role: 'us', objectives: [teamObjective('us-collaborative', 'en'), { id: 'typed-1', text: 'Keep the Navy channel open' }] },
  { id: 'navy', name: 'Navy desk', role: 'semar', objectives: [] },
];

/** A new exercise with two teams, played by the control cell to the first decisions round. */
export function exerciseAtDecisions(decide: 'inTurn' | 'secret', decisionsSeconds = 0): Exercise {
  const made = createExercise({
    id: 'ex-net',
    title: 'Border seminar',
    scenario: SCENARIO,
    config: config(SCENARIO, { seed: 11 }),
    settings: { decide, phaseSeconds: { election: 0, transition: 0, cardChoice: 0, decisions: decisionsSeconds, report: 0 }, autoClose: false },
    teams: TEAMS,
    eventsList: [],
    now: T0,
  });
  if (!made.ok) throw new Error(`the fixture's exercise was refused: ${JSON.stringify(made.refusal)}`);
  let exercise = made.exercise;
  for (let i = 0; i < 50; i++) {
    const game = exerciseGame(SCENARIO, exercise);
    if (game.phase === 'decisions') return exercise;
    const move = game.phase === 'report' ? { type: 'CONTINUE', by: 'facilitator' } : { type: 'DELEGATE', by: 'facilitator' };
    exercise = run(exercise, { kind: 'facilitator' }, { type: 'move', move } as ExerciseCommand);
  }
  throw new Error('the fixture never reached a round of decisions');
}

export function run(exercise: Exercise, seat: ExerciseSeat, command: ExerciseCommand): Exercise {
  const result = applyCommand(exercise, seat, command, { scenario: SCENARIO, now: T0 });
  if (!result.ok) throw new Error(`the fixture's command was refused: ${JSON.stringify(result.refusal)}`);
  return result.exercise;
}

export function gameOf(exercise: Exercise): GameState {
  return exerciseGame(SCENARIO, exercise);
}

export const LOBBY: Lobby = { code: 'K7M2PQ', title: 'Border seminar', teams: TEAMS.map((t) => ({ id: t.id, name: t.name, role: t.role, players: 0 })) };

export function player(id: string, name: string, over: Partial<PlayerInfo> = {}): PlayerInfo {
  return { id, name, claim: null, seat: null, status: 'waiting', connected: true, ...over };
}

/** The view message the room sends `seat` of `exercise`. */
export function viewFor(exercise: Exercise, seat: ExerciseSeat, seq: number, you: PlayerInfo, extra: Partial<ViewMessage> = {}): ViewMessage {
  return { type: 'view', seq, you, lobby: LOBBY, view: exerciseView(exercise, gameOf(exercise), SCENARIO, seat, T0), ...extra };
}

/** A link whose room is the test: what the screen sends is recorded; `deliver` is the room answering. */
export class FakeLink implements NetLink {
  seq = 0;
  status: LinkStatus = 'open';
  readonly sent: ClientMessage[] = [];
  private last: ViewMessage | null = null;
  private readonly handlers = new Set<(m: ServerMessage) => void>();
  private readonly statusHandlers = new Set<(s: LinkStatus) => void>();
  left = false;

  constructor(readonly code = 'K7M2PQ') {}

  latest(): ViewMessage | null {
    return this.last;
  }

  send(body: ClientBody): number {
    const id = this.sent.length + 1;
    this.sent.push({ ...body, id } as ClientMessage);
    return id;
  }

  subscribe(handler: (m: ServerMessage) => void): () => void {
    this.handlers.add(handler);
    return () => void this.handlers.delete(handler);
  }

  onStatus(handler: (s: LinkStatus) => void): () => void {
    this.statusHandlers.add(handler);
    return () => void this.statusHandlers.delete(handler);
  }

  leave(): void {
    this.left = true;
  }

  deliver(message: ServerMessage): void {
    if (message.type === 'view') {
      this.seq = message.seq;
      this.last = message;
    }
    for (const h of [...this.handlers]) h(message);
  }

  setStatus(status: LinkStatus): void {
    this.status = status;
    for (const h of [...this.statusHandlers]) h(status);
  }
}
