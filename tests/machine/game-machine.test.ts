import { toDirectedGraph } from '@xstate/graph';
import { createActor, type SnapshotFrom } from 'xstate';
import { describe, expect, it } from 'vitest';
import { applyAction, createGame, legalMoves, playGame, type GameState, type Role, type UnsignedMove } from '../../src/engine';
import { gameMachine, replayActor, runToEnd, type RejectedEvent } from '../../src/machine';
import { config, scenario, seats, sign } from '../helpers';

const sc = scenario();

type Snapshot = SnapshotFrom<typeof gameMachine>;

/** Every atomic state of the machine, as "parent.child" paths, read from its definition. */
function atomicStates(): string[] {
  const out: string[] = [];
  const walk = (node: ReturnType<typeof toDirectedGraph>) => {
    if (node.children.length === 0) out.push(node.stateNode.path.join('.'));
    node.children.forEach(walk);
  };
  walk(toDirectedGraph(gameMachine));
  return out.sort();
}

function stateName(s: Snapshot): string {
  const v = s.value;
  return typeof v === 'string' ? v : Object.entries(v).map(([k, c]) => `${k}.${String(c)}`)[0] ?? '';
}

/** Plays a game through the actor, answering every human turn with the first legal move. */
function playThrough(humans: Role[], seed: number, visited: Set<string>): Snapshot {
  // Microsteps show the passing states too (routing, events, resolution) that no snapshot rests in.
  const actor = createActor(gameMachine, {
    inspect: (e) => {
      if (e.type === '@xstate.microstep' || e.type === '@xstate.snapshot') visited.add(stateName(e.snapshot as Snapshot));
    },
  });
  actor.start();
  visited.add(stateName(actor.getSnapshot()));
  actor.send({ type: 'START', scenario: sc, config: config(sc, { seed, seats: seats(humans) }) });
  for (let i = 0; i < 500 && !actor.getSnapshot().matches('debrief'); i++) {
    const game = actor.getSnapshot().context.game as GameState;
    if (game.phase === 'report') {
      actor.send(sign(actor, { type: 'CONTINUE' }));
      continue;
    }
    const role = humans.find((r) => legalMoves(game, sc, r).length > 0);
    const move = role && legalMoves(game, sc, role)[0];
    if (!role || !move) throw new Error(`stuck in ${game.phase}`);
    if (move.type === 'ELECT') actor.send(sign(actor, { type: 'ELECT' }));
    else if (move.type === 'CHOOSE_OPTION') actor.send(sign(actor, { type: 'CHOOSE_OPTION', option: 'C', lawEnforcement: false }));
    else if (move.type === 'RESOLVE_CARD') actor.send(sign(actor, { type: 'RESOLVE_CARD', card: move.card, option: move.options[0] ?? '' }));
    else actor.send(sign(actor, { type: 'DECIDE', role, actions: [], ...(move.stances.length ? { stance: move.stances[0] } : {}) }));
  }
  return actor.getSnapshot();
}

describe('the game machine', () => {
  it('reaches every one of its states in played games', () => {
    const visited = new Set<string>();
    for (let seed = 1; seed <= 8; seed++) playThrough(['mexico', 'us', 'sedena', 'semar', 'tco'], seed, visited);
    playThrough([], 1, visited);
    expect(atomicStates().filter((s) => !visited.has(s))).toEqual([]);
  });

  it('plays a computer-only game to the debrief in one step, identical to the engine alone', () => {
    const c = config(sc, { seed: 42, sexenios: 2 });
    const viaMachine = runToEnd(sc, c);
    expect(viaMachine.phase).toBe('debrief');
    expect(JSON.stringify(viaMachine)).toBe(JSON.stringify(playGame(sc, c)));
  });

  it('begins the next game from the debrief on START, the same game a fresh machine plays', () => {
    const actor = createActor(gameMachine).start();
    actor.send({ type: 'START', scenario: sc, config: config(sc, { seed: 5, sexenios: 1, seats: seats(['us']) }) });
    // The first game has moves of its own, which the next game must not inherit.
    for (let i = 0; i < 400 && !actor.getSnapshot().matches('debrief'); i++) {
      actor.send(sign(actor, actor.getSnapshot().context.game?.phase === 'report' ? { type: 'CONTINUE' } : { type: 'DELEGATE' }));
    }
    expect(actor.getSnapshot().matches('debrief')).toBe(true);
    expect(actor.getSnapshot().context.moves.length).toBeGreaterThan(0);
    const rejected: RejectedEvent[] = [];
    actor.on('rejected', (e) => rejected.push(e));
    const next = config(sc, { seed: 6, sexenios: 2 });
    actor.send({ type: 'START', scenario: sc, config: next });
    expect(rejected).toEqual([]);
    expect(actor.getSnapshot().matches('debrief')).toBe(true);
    expect(actor.getSnapshot().context.moves).toEqual([]);
    expect(JSON.stringify(actor.getSnapshot().context.game)).toBe(JSON.stringify(runToEnd(sc, next)));
    // A game with a person at the table, begun from the debrief, waits for that person.
    actor.send({ type: 'START', scenario: sc, config: config(sc, { seed: 3, seats: seats(['us']) }) });
    expect(actor.getSnapshot().matches('debrief')).toBe(false);
    expect(actor.getSnapshot().context.game?.year).toBe(2013);
  });

  it('waits for the humans and stops at the report until the table continues', () => {
    const actor = createActor(gameMachine).start();
    actor.send({ type: 'START', scenario: sc, config: config(sc, { seed: 3, seats: seats(['us']) }) });
    const answerCards = () => {
      while (actor.getSnapshot().matches({ years: 'cardChoice' })) {
        const [move] = legalMoves(actor.getSnapshot().context.game as GameState, sc, 'us');
        if (move?.type !== 'RESOLVE_CARD') throw new Error('expected a card choice for the US');
        actor.send(sign(actor, { type: 'RESOLVE_CARD', card: move.card, option: move.options[0] ?? '' }));
      }
    };
    answerCards();
    expect(actor.getSnapshot().matches({ years: 'decisions' })).toBe(true);
    expect(actor.getSnapshot().context.game?.pending[0]).toBe('us');
    actor.send(sign(actor, { type: 'DECIDE', role: 'us', actions: ['continuityPrograms'] }));
    expect(actor.getSnapshot().matches({ years: 'report' })).toBe(true);
    actor.send(sign(actor, { type: 'CONTINUE' }));
    expect(actor.getSnapshot().context.game?.year).toBe(2014);
    answerCards();
    expect(actor.getSnapshot().matches({ years: 'decisions' })).toBe(true);
  });

  /** A game with a human US, played up to the US's first yearly decision (its card choices answered). */
  function startAtUsDecision() {
    const actor = createActor(gameMachine).start();
    actor.send({ type: 'START', scenario: sc, config: config(sc, { seed: 3, seats: seats(['us']) }) });
    while (actor.getSnapshot().matches({ years: 'cardChoice' })) {
      const [move] = legalMoves(actor.getSnapshot().context.game as GameState, sc, 'us');
      if (move?.type !== 'RESOLVE_CARD') throw new Error('expected a card choice for the US');
      actor.send(sign(actor, { type: 'RESOLVE_CARD', card: move.card, option: move.options[0] ?? '' }));
    }
    expect(actor.getSnapshot().matches({ years: 'decisions' })).toBe(true);
    return actor;
  }

  describe('rejects illegal events without changing anything', () => {
    // Each move signed by the seat it would have to come from (the seat's right is tested below).
    const cases: [string, UnsignedMove, RegExp][] = [
      ['a choice out of turn', { type: 'DECIDE', role: 'mexico', actions: [] }, /computer/],
      ['an option outside the transition', { type: 'CHOOSE_OPTION', option: 'B' }, /.+/],
      ['an unknown option', { type: 'CHOOSE_OPTION', option: 'Z' as never }, /.+/],
      ['an action the team cannot afford', { type: 'DECIDE', role: 'us', actions: ['proposeCombinedCommand', 'institutionalizeLinkages', 'meridaFollowUp'] }, /not available|cost/],
      ['an action of another role', { type: 'DECIDE', role: 'us', actions: ['marineRaid'] }, /action of semar/],
      ['continuing when there is no report', { type: 'CONTINUE' }, /no report/],
      ['an election in the decisions phase', { type: 'ELECT', party: 'PRD' }, /.+/],
    ];
    it.each(cases)('%s', (_name, event, reason) => {
      const actor = startAtUsDecision();
      const before = actor.getSnapshot();
      const rejected: RejectedEvent[] = [];
      actor.on('rejected', (e) => rejected.push(e));
      actor.send(sign(actor, event));
      const after = actor.getSnapshot();
      expect(after.value).toEqual(before.value);
      expect(after.context.game).toBe(before.context.game);
      expect(rejected).toHaveLength(1);
      expect(rejected[0]?.reason).toMatch(reason);
    });
  });

  it('lets a human hand a turn to the computer', () => {
    const actor = startAtUsDecision();
    actor.send(sign(actor, { type: 'DELEGATE' }));
    expect(actor.getSnapshot().matches({ years: 'report' })).toBe(true);
  });

  it('resumes a saved game where it stood (its moves replayed, nothing else), and starts over on request', () => {
    const g = createGame(sc, config(sc, { seed: 9, seats: seats(['mexico']) }));
    const elected = applyAction(g, sc, { type: 'ELECT', party: 'PAN' });
    if (!elected.ok) throw new Error(elected.error);
    const replayed = replayActor(sc, { scenario: sc.id, config: g.config, moves: [{ type: 'ELECT', party: 'PAN', by: 'mexico' }] });
    if (!replayed.ok) throw new Error(replayed.error);
    const actor = replayed.value;
    expect(actor.getSnapshot().matches('transition')).toBe(true);
    expect(actor.getSnapshot().context.game).toEqual(elected.value);
    // A state cannot be handed to the machine: there is no RESUME (a game is its moves).
    const rejected: RejectedEvent[] = [];
    actor.on('rejected', (e) => rejected.push(e));
    actor.send({ type: 'RESUME', scenario: sc, game: g } as never);
    expect(actor.getSnapshot().context.game).toEqual(elected.value);
    actor.send({ type: 'NEW_GAME' });
    expect(actor.getSnapshot().matches('setup')).toBe(true);
    expect(actor.getSnapshot().context.game).toBeNull();
  });
});
