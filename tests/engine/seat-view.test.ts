import { describe, expect, it } from 'vitest';
import { applyAction, createGame, isComputerTurn, seatView, type GameState } from '../../src/engine';
import { config, scenario, seats } from '../helpers';

// What a seat may see of a game is decided in one place: the seed, this year's draws and the
// deck's order never reach a player or the room; the control cell's reasons stay with it; a team
// gets its menu of legal moves from the rules.

const sc = scenario('transition-2012');

function atUsDecision(): GameState {
  let s = createGame(sc, config(sc, { seed: 21, seats: seats(['us']) }));
  for (let i = 0; i < 100 && !(s.phase === 'decisions' && s.pending[0] === 'us'); i++) {
    const pending = s.pendingChoices[0];
    const card = sc.deck.find((c) => c.id === pending?.card);
    const cheapest = card?.choice?.options.find((o) => !o.effects.some((e) => e.op === 'capital' && e.value < -s.capital.us));
    const next = applyAction(s, sc, isComputerTurn(s) ? { type: 'AUTO' } : { type: 'RESOLVE_CARD', card: pending?.card ?? '', option: cheapest?.id ?? card?.choice?.options[0]?.id ?? '' });
    if (!next.ok) throw new Error(next.error);
    s = next.value;
  }
  return s;
}

describe('seatView', () => {
  it('gives the control cell the whole state', () => {
    const s = atUsDecision();
    expect(seatView(s, sc, 'facilitator')).toEqual({ seat: 'facilitator', game: s, menu: null });
  });

  it('keeps the seed, the draws and the deck from the room and the teams, and says only how many cards are left', () => {
    const s = atUsDecision();
    for (const seat of ['projector', 'observer', 'us', 'mexico'] as const) {
      const { game } = seatView(s, sc, seat);
      expect(Object.keys(game)).not.toContain('draws');
      expect(Object.keys(game)).not.toContain('deck');
      expect(Object.keys(game.config)).not.toContain('seed');
      expect('deckSize' in game && game.deckSize).toBe(s.deck.length);
      expect(game.tracks).toEqual(s.tracks);
    }
  });

  it("gives the team due its legal levers, and other teams and the room no menu to act on", () => {
    const s = atUsDecision();
    const us = seatView(s, sc, 'us').menu;
    expect(us?.due).toBe(true);
    expect(us?.actions.length).toBeGreaterThan(0);
    expect(us?.stances).toEqual([]);
    expect(seatView(s, sc, 'mexico').menu).toEqual({ due: false, actions: [], stances: [], cardOptions: [] });
    expect(seatView(s, sc, 'projector').menu).toBeNull();
  });

  it("strips the control cell's reasons from the log the room sees", () => {
    const s = atUsDecision();
    const ruled = applyAction(s, sc, { type: 'OVERRIDE', track: 'violence', value: 8000, reason: 'kept to the control cell' });
    if (!ruled.ok) throw new Error(ruled.error);
    expect(JSON.stringify(seatView(ruled.value, sc, 'projector').game.log)).not.toContain('kept to the control cell');
    expect(JSON.stringify(seatView(ruled.value, sc, 'facilitator').game.log)).toContain('kept to the control cell');
    // Chunks the control cell never touched are the same objects (nothing copied needlessly).
    expect(seatView(ruled.value, sc, 'projector').game.log[0]).toBe(ruled.value.log[0]);
  });
});
