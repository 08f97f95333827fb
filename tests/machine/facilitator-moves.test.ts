import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { unsigned, type GameState, type PlayerMove } from '../../src/engine';
import { gameMachine, replayActor, type RejectedEvent } from '../../src/machine';
import { makeSave, parseSave } from '../../src/scenario';
import { config, scenario, seats, sign } from '../helpers';

// Issue 11: the control cell's acts are moves. They go through the machine like a player's, are
// recorded signed in the move list, and a save, a replay and a version-2 save (moves not signed
// yet) give the same game.

const sc = scenario('transition-2012');

function usGame(seed = 3) {
  const actor = createActor(gameMachine).start();
  actor.send({ type: 'START', scenario: sc, config: config(sc, { seed, seats: seats(['us']) }) });
  const game = () => actor.getSnapshot().context.game as GameState;
  const rejected: RejectedEvent[] = [];
  actor.on('rejected', (e) => rejected.push(e));
  const toDecision = () => {
    for (let i = 0; i < 20 && game().phase === 'cardChoice'; i++) {
      const pending = game().pendingChoices[0];
      const card = sc.deck.find((c) => c.id === pending?.card);
      actor.send(sign(actor, { type: 'RESOLVE_CARD', card: pending?.card ?? '', option: card?.choice?.options[0]?.id ?? '' }));
    }
  };
  return { actor, game, rejected, toDecision };
}

describe("the control cell's moves through the machine", () => {
  it('are played, recorded signed, and replay to the same game', () => {
    const { actor, game, rejected, toDecision } = usGame();
    toDecision();
    const card = game().deck.find((id) => !sc.deck.find((c) => c.id === id)?.choice) ?? '';
    const acts: PlayerMove[] = [
      { type: 'INJECT', card, reason: 'a test of the US', by: 'facilitator' },
      { type: 'OVERRIDE', track: 'sovereigntyTension', value: 60, reason: 'a leak', by: 'facilitator' },
      { type: 'SET_INTEL', level: 'functional', reason: 'the leak again', by: 'facilitator' },
    ];
    for (const move of acts) actor.send(move);
    expect(rejected).toEqual([]);
    expect(game().tracks.sovereigntyTension).toBe(60);
    expect(game().intelligenceSharing).toBe('functional');
    actor.send(sign(actor, { type: 'DECIDE', role: 'us', actions: [] }));
    actor.send(sign(actor, { type: 'CONTINUE' }));
    const { moves } = actor.getSnapshot().context;
    expect(moves.filter((m) => m.by === 'facilitator').map((m) => m.type)).toEqual(['INJECT', 'OVERRIDE', 'SET_INTEL']);
    const replayed = replayActor(sc, { scenario: sc.id, config: game().config, moves });
    if (!replayed.ok) throw new Error(replayed.error);
    expect(replayed.value.getSnapshot().context.game).toEqual(game());
    // Saved and read back: the same moves, the same game.
    const text = JSON.stringify(makeSave(sc.id, game().config, moves, '2026-11-28T00:00:00.000Z'));
    const parsed = parseSave(text, 'exercise.json');
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.value.moves).toEqual(moves);
  });

  it('are refused from a team, and without a reason, with the game unchanged', () => {
    const { actor, game, rejected, toDecision } = usGame();
    toDecision();
    const before = game();
    actor.send({ type: 'OVERRIDE', track: 'violence', value: 0, reason: 'we won', by: 'us' });
    actor.send({ type: 'OVERRIDE', track: 'violence', value: 0, reason: ' ', by: 'facilitator' });
    actor.send({ type: 'DECIDE', role: 'us', actions: [], by: 'mexico' });
    expect(rejected.map((r) => r.refusal.code)).toEqual(['notYourSeat', 'reasonRequired', 'notYourSeat']);
    expect(game()).toBe(before);
  });

  it('change who plays a role mid-game: a role handed to the computer is played at once', () => {
    const { actor, game, toDecision } = usGame(5);
    toDecision();
    expect(game().pending[0]).toBe('us');
    actor.send({ type: 'SET_SEATS', seats: seats([]), reason: 'the US team left', by: 'facilitator' });
    expect(game().config.seats.us).toBe('computer');
    // No one at the table: the computer plays on to the debrief.
    expect(game().phase).toBe('debrief');
  });
});

describe('a version-2 save (moves without their seat)', () => {
  it('is read, and its moves are signed as they are replayed: the same game', () => {
    const { actor, game, toDecision } = usGame(7);
    toDecision();
    actor.send(sign(actor, { type: 'DECIDE', role: 'us', actions: [] }));
    actor.send(sign(actor, { type: 'CONTINUE' }));
    toDecision();
    const { moves } = actor.getSnapshot().context;
    const v2 = { ...makeSave(sc.id, game().config, moves, '2025-01-01T00:00:00.000Z'), version: 2, moves: moves.map(unsigned) };
    const parsed = parseSave(JSON.stringify(v2), 'old.json');
    if (!parsed.ok) throw new Error(parsed.error);
    const replayed = replayActor(sc, { scenario: sc.id, config: parsed.value.config, moves: parsed.value.moves });
    if (!replayed.ok) throw new Error(replayed.error);
    expect(replayed.value.getSnapshot().context.game).toEqual(game());
    expect(replayed.value.getSnapshot().context.moves).toEqual(moves);
  });

  it('may not hold a facilitator act (version 2 had none)', () => {
    const v2 = { ...makeSave(sc.id, config(sc, { seed: 1 }), [], '2025-01-01T00:00:00.000Z'), version: 2, moves: [{ type: 'SET_INTEL', level: 'deep', reason: 'x' }] };
    expect(parseSave(JSON.stringify(v2), 'old.json')).toMatchObject({ ok: false, problem: { code: 'damaged' } });
  });
});
