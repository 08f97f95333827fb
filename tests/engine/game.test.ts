import { describe, expect, it } from 'vitest';
import {
  applyAction,
  createGame,
  dueActor,
  electionWeights,
  legalMoves,
  playComputerTurns,
  playGame,
  MODEL,
  ROLES,
  type GameAction,
  type GameState,
} from '../../src/engine';
import { fullLog } from '../../src/engine/log';
import { config, scenario, seats } from '../helpers';

const sc = scenario();

function apply(state: GameState, action: GameAction): GameState {
  const r = applyAction(state, sc, action);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

/** A game where Mexico and the US are human, advanced to the first decisions phase. */
function humanGameAtDecisions(): GameState {
  let g = createGame(sc, config(sc, { seats: seats(['mexico', 'us']), seed: 5 }));
  g = apply(g, { type: 'ELECT', party: 'PRI' });
  g = apply(g, { type: 'CHOOSE_OPTION', option: 'B' });
  g = apply(g, { type: 'DRAW_EVENTS' });
  while (g.phase === 'cardChoice') g = apply(g, { type: 'AUTO' });
  return g;
}

describe('a game from the opening to the debrief', () => {
  it('opens transition-2012 on the 2012 election, Calderón\'s option A in force', () => {
    const g = createGame(sc, config(sc));
    expect(g.phase).toBe('election');
    expect(g.year).toBe(2012);
    expect(g.strategy).toEqual({ option: 'A', lawEnforcement: false });
    expect(dueActor(g)).toBe('mexico');
  });

  it('plays two sexenios with every role computer-played', () => {
    const g = playGame(sc, config(sc, { sexenios: 2, seed: 11 }));
    expect(g.phase).toBe('debrief');
    expect(g.history.map((r) => r.year)).toEqual([2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
    expect(fullLog(g).filter((e) => e.type === 'election')).toHaveLength(2);
    expect(fullLog(g).filter((e) => e.type === 'strategy')).toHaveLength(2);
  });

  it('gives the identical game for the same seed and decisions', () => {
    const a = playGame(sc, config(sc, { sexenios: 2, seed: 99 }));
    const b = playGame(sc, config(sc, { sexenios: 2, seed: 99 }));
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(JSON.stringify(playGame(sc, config(sc, { sexenios: 2, seed: 100 })))).not.toBe(JSON.stringify(a));
  });

  it('logs every change of every track: replaying the log reproduces the final values', () => {
    const g = playGame(sc, config(sc, { sexenios: 2, seed: 3 }));
    const values: Record<string, unknown> = { ...g.start.tracks, intelligenceSharing: g.start.intelligenceSharing };
    for (const e of fullLog(g)) {
      if (e.type !== 'track') continue;
      expect(values[e.track]).toBe(e.from);
      values[e.track] = e.to;
    }
    expect(values).toEqual({ ...g.tracks, intelligenceSharing: g.intelligenceSharing });
  });

  it('never loses or duplicates a card', () => {
    const g = playGame(sc, config(sc, { sexenios: 3, seed: 4 }));
    const all = [...g.deck, ...g.drawn, ...g.discard].sort();
    expect(all).toEqual(sc.deck.map((c) => c.id).sort());
  });

  it('follows the fixed strategies and parties of a run', () => {
    const g = playGame(sc, config(sc, { sexenios: 2, fixedStrategies: ['D', 'C+LE'], fixedParties: ['PRD', 'PAN'] }));
    const strategies = fullLog(g).flatMap((e) => (e.type === 'strategy' ? [[e.strategy, e.party, e.by]] : []));
    expect(strategies).toEqual([['D', 'PRD', 'fixed'], ['C+LE', 'PAN', 'fixed']]);
  });
});

describe('refusals leave the state unchanged', () => {
  const g = humanGameAtDecisions();
  it.each<[string, GameAction, RegExp]>([
    ['a choice out of turn', { type: 'DECIDE', role: 'us', actions: [] }, /mexico's turn/],
    ['an option outside the transition', { type: 'CHOOSE_OPTION', option: 'A' }, /not allowed in the decisions phase/],
    ['an unknown action', { type: 'DECIDE', role: 'mexico', actions: ['bribeEveryone'] }, /unknown action "bribeEveryone"/],
    ['another role\'s action', { type: 'DECIDE', role: 'mexico', actions: ['continuityPrograms'] }, /action of us, not of mexico/],
    ['an action chosen twice', { type: 'DECIDE', role: 'mexico', actions: ['publicMessaging', 'publicMessaging'] }, /chosen twice/],
    ['more than Mexico can afford', { type: 'DECIDE', role: 'mexico', actions: ['pushPoliceReform', 'socialPrograms'] }, /cost 4 but mexico has 3/],
    ['a stance from the wrong role', { type: 'DECIDE', role: 'mexico', actions: [], stance: 'sideways' as never }, /stance "sideways"/],
    ['drawing twice', { type: 'DRAW_EVENTS' }, /not allowed in the decisions phase/],
  ])('refuses %s', (_name, action, message) => {
    const r = applyAction(g, sc, action);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  it('refuses an unknown option and C without its sub-choice', () => {
    let t = createGame(sc, config(sc, { seats: seats(['mexico']) }));
    t = apply(t, { type: 'ELECT' });
    const unknown = applyAction(t, sc, { type: 'CHOOSE_OPTION', option: 'E' as never });
    expect(unknown.ok || unknown.error).toMatch(/unknown option "E"/);
    const noSub = applyAction(t, sc, { type: 'CHOOSE_OPTION', option: 'C' });
    expect(noSub.ok || noSub.error).toMatch(/law-enforcement component/);
    const withSub = apply(t, { type: 'CHOOSE_OPTION', option: 'C', lawEnforcement: true });
    expect(withSub.strategy).toEqual({ option: 'C', lawEnforcement: true });
  });

  it('offers a role exactly what it may do, and nothing when it is not its turn', () => {
    const [move] = legalMoves(g, sc, 'mexico');
    expect(move?.type).toBe('DECIDE');
    if (move?.type === 'DECIDE') {
      expect(move.budget).toBe(3);
      expect(move.actions.map((a) => a.id)).toContain('pushPoliceReform');
      expect(move.stances).toEqual(['open', 'guarded', 'closed']);
    }
    expect(legalMoves(g, sc, 'us')).toEqual([]);
  });

  it('spends capital, applies effects and passes the turn on', () => {
    const next = apply(g, { type: 'DECIDE', role: 'mexico', actions: ['pushPoliceReform'], stance: 'guarded' });
    expect(next.capital.mexico).toBe(g.capital.mexico - 2);
    expect(next.tracks.policeCapacity).toBeGreaterThan(g.tracks.policeCapacity);
    expect(next.stance).toBe('guarded');
    expect(next.pending[0]).toBe('sedena');
    const atUs = playComputerTurns(next, sc);
    expect(dueActor(atUs)).toBe('us');
  });

  it('refuses US offers needing consent once Mexico closes the door', () => {
    let t = apply(g, { type: 'DECIDE', role: 'mexico', actions: [], stance: 'closed' });
    t = playComputerTurns(t, sc);
    const r = applyAction(t, sc, { type: 'DECIDE', role: 'us', actions: ['institutionalizeLinkages'] });
    expect(r.ok || r.error).toMatch(/not available now/);
    expect(apply(t, { type: 'DECIDE', role: 'us', actions: ['stopGunsAndCash'] }).phase).toBe('resolution');
  });
});

describe('card choices', () => {
  it('offers and accepts only the options the choosing role can afford', () => {
    const card = sc.deck.find((c) => c.id === 'aid-delivery-delays');
    if (!card?.choice) throw new Error('the test needs aid-delivery-delays');
    let g = createGame(sc, config(sc, { seats: seats(['us']) }));
    g = { ...g, phase: 'cardChoice', year: 2013, pendingChoices: [{ card: card.id, role: 'us' }], deck: g.deck.filter((id) => id !== card.id), drawn: [card.id] };
    const broke = { ...g, capital: { ...g.capital, us: 0 } };
    expect(legalMoves(broke, sc, 'us')).toEqual([{ type: 'RESOLVE_CARD', card: card.id, options: ['let-it-run'] }]);
    const refused = applyAction(broke, sc, { type: 'RESOLVE_CARD', card: card.id, option: 'expedite' });
    expect(refused.ok || refused.error).toMatch(/"expedite" costs 1 political capital but us has 0/);
    const rich = { ...g, capital: { ...g.capital, us: 2 } };
    const paid = apply(rich, { type: 'RESOLVE_CARD', card: card.id, option: 'expedite' });
    expect(paid.capital.us).toBe(1);
    expect(paid.phase).toBe('decisions');
  });
});

describe('elections', () => {
  it('favours the PRI in 2012 (fn 28) and punishes an unpopular incumbent', () => {
    const g = createGame(sc, config(sc));
    const w = electionWeights(g, sc);
    expect(w.PRI).toBeGreaterThan(w.PAN);
    expect(w.PRI).toBeGreaterThan(w.PRD);
    const popular = electionWeights({ ...g, tracks: { ...g.tracks, publicSupport: 80, violence: 3000 } }, sc);
    expect(popular.PAN).toBeGreaterThan(w.PAN);
  });

  it('lets the player choose the party, or draws it by weight', () => {
    const g = createGame(sc, config(sc, { seats: seats(['mexico']) }));
    expect(apply(g, { type: 'ELECT', party: 'PRD' }).party).toBe('PRD');
    const drawn = new Set(Array.from({ length: 60 }, (_, seed) => apply(createGame(sc, config(sc, { seed, seats: seats(['mexico']) })), { type: 'ELECT' }).party));
    expect(drawn.size).toBeGreaterThan(1);
  });
});

describe('political capital', () => {
  it("renews every role's capital when a year begins: the year's allowance plus what little carries over", () => {
    // Each role is renewed by name in beginYear (game.ts): a role missing there would keep last year's.
    let g = playComputerTurns(createGame(sc, config(sc, { seats: seats(['mexico']), seed: 11 })), sc);
    while (g.phase !== 'report') g = g.phase === 'decisions' && dueActor(g) === 'mexico' ? apply(g, { type: 'DECIDE', role: 'mexico', actions: [] }) : apply(g, { type: 'AUTO' });
    const before = g.capital;
    g = apply(g, { type: 'END_REPORT' });
    expect(g.phase).toBe('events');
    for (const role of ROLES) expect([role, g.capital[role]]).toEqual([role, MODEL.capitalPerYear[role] + Math.min(MODEL.capitalCarryOver, before[role])]);
  });
});
