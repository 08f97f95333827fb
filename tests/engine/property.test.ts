import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyAction,
  createGame,
  dueActor,
  legalMoves,
  NUMERIC_TRACKS,
  OPTION_IDS,
  PARTIES,
  ROLES,
  TRACK_BOUNDS,
  type GameAction,
  type GameState,
  type Role,
} from '../../src/engine';
import { config, scenario, seats } from '../helpers';

// Random legal play: every human seat picks uniformly among its legal moves, driven by fast-check's
// random numbers; the computer plays the rest. Nothing may throw, every track stays in bounds, and
// every card is in exactly one place.

const sc = scenario();
const allCards = sc.deck.map((c) => c.id).sort();

function randomMove(state: GameState, role: Role, pick: () => number): GameAction {
  const [move] = legalMoves(state, sc, role);
  const choose = <T,>(items: readonly T[]): T => items[Math.floor(pick() * items.length) % items.length] as T;
  if (!move) return { type: 'AUTO' };
  switch (move.type) {
    case 'ELECT':
      return pick() < 0.3 ? { type: 'ELECT' } : { type: 'ELECT', party: choose(PARTIES) };
    case 'CHOOSE_OPTION': {
      const option = choose(OPTION_IDS);
      return option === 'C' ? { type: 'CHOOSE_OPTION', option, lawEnforcement: pick() < 0.5 } : { type: 'CHOOSE_OPTION', option };
    }
    case 'RESOLVE_CARD':
      return { type: 'RESOLVE_CARD', card: move.card, option: choose(move.options) };
    case 'DECIDE': {
      let budget = move.budget;
      const actions: string[] = [];
      for (const a of move.actions) {
        if (a.cost <= budget && pick() < 0.5) {
          actions.push(a.id);
          budget -= a.cost;
        }
      }
      return move.stances.length ? { type: 'DECIDE', role, actions, stance: choose(move.stances) } : { type: 'DECIDE', role, actions };
    }
  }
}

function checkInvariants(state: GameState): void {
  for (const track of NUMERIC_TRACKS) {
    const [lo, hi] = TRACK_BOUNDS[track];
    expect(state.tracks[track]).toBeGreaterThanOrEqual(lo);
    expect(state.tracks[track]).toBeLessThanOrEqual(hi);
  }
  expect([...state.deck, ...state.drawn, ...state.discard].sort()).toEqual(allCards);
  for (const role of ROLES) expect(state.capital[role]).toBeGreaterThanOrEqual(0);
}

describe('random legal play', () => {
  it('never throws, keeps every track in bounds and never loses or duplicates a card', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 }),
        fc.subarray([...ROLES]),
        fc.integer({ min: 1, max: 3 }),
        fc.infiniteStream(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true })),
        (seed, humans, sexenios, stream) => {
          const numbers = stream[Symbol.iterator]();
          const pick = () => numbers.next().value as number;
          let state = createGame(sc, config(sc, { seed, sexenios, seats: seats(humans) }));
          let steps = 0;
          while (state.phase !== 'debrief') {
            const actor = dueActor(state);
            const action = actor && actor !== 'system' && state.config.seats[actor] === 'human' ? randomMove(state, actor, pick) : { type: 'AUTO' as const };
            const next = applyAction(state, sc, action);
            if (!next.ok) throw new Error(`legal move refused: ${next.error}`);
            state = next.value;
            checkInvariants(state);
            if (++steps > 2000) throw new Error('the game did not end');
          }
          expect(state.history).toHaveLength(6 * sexenios);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('refuses random illegal actions without changing anything', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.record({
          type: fc.constantFrom('ELECT', 'CHOOSE_OPTION', 'DECIDE', 'RESOLVE_CARD', 'RESOLVE_YEAR', 'END_REPORT', 'DRAW_EVENTS'),
          role: fc.constantFrom(...ROLES),
          option: fc.constantFrom('A', 'B', 'C', 'D', 'E'),
          actions: fc.array(fc.constantFrom('continuityPrograms', 'pushPoliceReform', 'marineRaid', 'nope', 'lieLow'), { maxLength: 4 }),
        }),
        (seed, raw) => {
          const state = createGame(sc, config(sc, { seed, seats: seats(['us', 'mexico']) }));
          const action = { ...raw, card: 'none', party: 'PRI' } as unknown as GameAction;
          const snapshot = JSON.stringify(state);
          const result = applyAction(state, sc, action);
          if (!result.ok) expect(result.error.length).toBeGreaterThan(5);
          expect(JSON.stringify(state)).toBe(snapshot);
        },
      ),
      { numRuns: 200 },
    );
  });
});
