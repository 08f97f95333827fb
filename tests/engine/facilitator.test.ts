import { describe, expect, it } from 'vitest';
import { applyAction, createGame, headlineRelationship, isComputerTurn, type FacilitatorAction, type GameState, type LogEntry } from '../../src/engine';
import { config, scenario, seats } from '../helpers';

// Issue 11: the control cell's acts are engine actions — each with a required reason, a
// `facilitator` entry in the log and its own cause on every track it moves — so a save, a replay,
// an undo and a fork keep them.

const sc = scenario('transition-2012');

/** A game with the US played by a person, at its first decision (the computer plays the rest). */
function atUsDecision(seed = 3): GameState {
  let state = createGame(sc, config(sc, { seed, seats: seats(['us']) }));
  for (let i = 0; i < 200 && !(state.phase === 'decisions' && state.pending[0] === 'us'); i++) {
    const next = applyAction(state, sc, isComputerTurn(state) ? { type: 'AUTO' } : cardAnswer(state));
    if (!next.ok) throw new Error(next.error);
    state = next.value;
  }
  expect(state.phase).toBe('decisions');
  return state;
}

function cardAnswer(state: GameState) {
  const pending = state.pendingChoices[0];
  const card = sc.deck.find((c) => c.id === pending?.card);
  return { type: 'RESOLVE_CARD' as const, card: pending?.card ?? '', option: card?.choice?.options[0]?.id ?? '' };
}

function act(state: GameState, action: FacilitatorAction): GameState {
  const next = applyAction(state, sc, action);
  if (!next.ok) throw new Error(next.error);
  return next.value;
}

const latest = (state: GameState): readonly LogEntry[] => state.log[state.log.length - 1] ?? [];
const facilitatorEntries = (state: GameState) => latest(state).filter((e): e is Extract<LogEntry, { type: 'facilitator' }> => e.type === 'facilitator');

describe("the control cell's acts", () => {
  it('injects a card of the deck: drawn now, its effects applied by the card, the reason logged', () => {
    const state = atUsDecision();
    const card = sc.deck.find((c) => state.deck.includes(c.id) && !c.choice && c.effects.some((e) => e.op === 'add'));
    if (!card) throw new Error('no plain card left in the deck');
    const after = act(state, { type: 'INJECT', card: card.id, reason: 'test the US response' });
    expect(after.deck).not.toContain(card.id);
    expect(after.drawn).toContain(card.id);
    expect(facilitatorEntries(after)).toEqual([expect.objectContaining({ act: 'inject', card: card.id, reason: 'test the US response' })]);
    expect(latest(after)).toContainEqual({ type: 'cardDrawn', year: state.year, card: card.id, scheduled: false });
    expect(latest(after).some((e) => e.type === 'track' && e.cause.kind === 'card' && e.cause.id === card.id)).toBe(true);
    // The decisions go on where they stood.
    expect(after.phase).toBe('decisions');
    expect(after.pending).toEqual(state.pending);
  });

  it("injects a card with a choice during the decisions: the choice is answered, then the decisions go on where they stood", () => {
    const state = atUsDecision();
    const card = sc.deck.find((c) => state.deck.includes(c.id) && c.choice?.role === 'us');
    if (!card?.choice) throw new Error('no US choice card left');
    const after = act(state, { type: 'INJECT', card: card.id, reason: 'a crisis for the US team' });
    expect(after.phase).toBe('cardChoice');
    expect(after.pendingChoices).toEqual([{ card: card.id, role: 'us' }]);
    const answered = applyAction(after, sc, { type: 'RESOLVE_CARD', card: card.id, option: card.choice.options[0]?.id ?? '' });
    if (!answered.ok) throw new Error(answered.error);
    expect(answered.value.phase).toBe('decisions');
    // Not reset to the whole order: the roles that had decided do not decide again.
    expect(answered.value.pending).toEqual(state.pending);
  });

  it('refuses a card already played, an unknown one, and an inject outside a year of play', () => {
    const state = atUsDecision();
    const played = state.drawn[0] ?? state.discard[0];
    if (played) expect(applyAction(state, sc, { type: 'INJECT', card: played, reason: 'again' })).toMatchObject({ ok: false, refusal: { code: 'cardPlayed' } });
    expect(applyAction(state, sc, { type: 'INJECT', card: 'no-such-card', reason: 'x' })).toMatchObject({ ok: false, refusal: { code: 'unknownCard' } });
    const start = createGame(sc, config(sc, { seed: 3, seats: seats(['mexico']) }));
    expect(start.phase).toBe('election');
    expect(applyAction(start, sc, { type: 'INJECT', card: start.deck[0] ?? '', reason: 'too early' })).toMatchObject({ ok: false, refusal: { code: 'wrongPhase' } });
  });

  it('needs a reason for every act, and changes nothing without one', () => {
    const state = atUsDecision();
    const acts: FacilitatorAction[] = [
      { type: 'INJECT', card: state.deck[0] ?? '', reason: '' },
      { type: 'INJECT_CUSTOM', title: 'Storm', text: '', effects: [], reason: '  ' },
      { type: 'OVERRIDE', track: 'violence', value: 5000, reason: '' },
      { type: 'SET_INTEL', level: 'deep', reason: '' },
      { type: 'CANCEL_CARD', card: state.drawn[0] ?? '', reason: '' },
      { type: 'SET_SEATS', seats: state.config.seats, reason: '' },
    ];
    for (const a of acts) expect(applyAction(state, sc, a), a.type).toMatchObject({ ok: false, refusal: { code: 'reasonRequired', action: a.type } });
  });

  it.each([
    ['a zero-width space', '\u200B'],
    ['joiners, a word joiner and a byte-order mark', '\u200C\u200D\u2060\uFEFF'],
    ['no-break and em spaces', '\u00A0\u2003\u3000'],
    ['a right-to-left override', '\u202E'],
    ['a Hangul filler and a blank Braille pattern', '\u3164\u2800'],
    ['a tab and a line break', '\t\n'],
  ])('refuses a reason of only invisible characters (%s) and changes nothing', (_name, reason) => {
    const state = atUsDecision();
    const result = applyAction(state, sc, { type: 'OVERRIDE', track: 'violence', value: 5000, reason });
    expect(result).toMatchObject({ ok: false, refusal: { code: 'reasonRequired', action: 'OVERRIDE' } });
  });

  it('takes a reason with something to read among invisible characters', () => {
    const after = act(atUsDecision(), { type: 'OVERRIDE', track: 'violence', value: 5000, reason: '\u200Bfix\u200B' });
    expect(facilitatorEntries(after)).toEqual([expect.objectContaining({ act: 'override', reason: '\u200Bfix\u200B' })]);
  });

  it('injects a card written on the spot: its effects carry the control cell as their cause', () => {
    const state = atUsDecision();
    const after = act(state, { type: 'INJECT_CUSTOM', title: 'A hurricane hits Veracruz', text: 'The Navy leads the relief.', effects: [{ track: 'relationship.semar', value: 4 }, { track: 'publicSupport', value: 2 }], reason: 'disaster relief inject' });
    expect(after.tracks['relationship.semar']).toBeCloseTo(state.tracks['relationship.semar'] + 4);
    expect(facilitatorEntries(after)).toEqual([expect.objectContaining({ act: 'injectCustom', title: 'A hurricane hits Veracruz', reason: 'disaster relief inject' })]);
    const causes = latest(after).flatMap((e) => (e.type === 'track' ? [e.cause] : []));
    expect(causes).toContainEqual({ kind: 'facilitator', act: 'inject', id: 'custom:A hurricane hits Veracruz', reason: 'disaster relief inject' });
    expect(applyAction(state, sc, { type: 'INJECT_CUSTOM', title: ' ', text: '', effects: [], reason: 'x' })).toMatchObject({ ok: false, refusal: { code: 'injectNeedsTitle' } });
    expect(applyAction(state, sc, { type: 'INJECT_CUSTOM', title: 'Big', text: '', effects: [{ track: 'violence', value: 1000 }], reason: 'x' })).toMatchObject({ ok: false, refusal: { code: 'badEffect' } });
  });

  it('overrides a track within its bounds (the headline sets both services), and intelligence sharing', () => {
    const state = atUsDecision();
    const headline = act(state, { type: 'OVERRIDE', track: 'relationship', value: 70, reason: 'the ministers met' });
    expect(headlineRelationship(headline.tracks)).toBeCloseTo(70);
    expect(headline.tracks['relationship.sedena']).toBe(70);
    const clamped = act(state, { type: 'OVERRIDE', track: 'publicSupport', value: 400, reason: 'a landslide' });
    expect(clamped.tracks.publicSupport).toBe(100);
    const intel = act(state, { type: 'SET_INTEL', level: 'none', reason: 'a leak' });
    expect(intel.intelligenceSharing).toBe('none');
    expect(latest(intel)).toContainEqual(expect.objectContaining({ type: 'track', track: 'intelligenceSharing', to: 'none', cause: expect.objectContaining({ kind: 'facilitator', act: 'override' }) }));
  });

  it("cancels what a card drawn this year did to the tracks", () => {
    const state = atUsDecision();
    const card = sc.deck.find((c) => state.deck.includes(c.id) && !c.choice && c.effects.every((e) => e.op === 'add'));
    if (!card) throw new Error('no plain card left');
    const injected = act(state, { type: 'INJECT', card: card.id, reason: 'in' });
    const cancelled = act(injected, { type: 'CANCEL_CARD', card: card.id, reason: 'the room judged it implausible' });
    for (const [track, value] of Object.entries(state.tracks)) expect(cancelled.tracks[track as keyof GameState['tracks']], track).toBeCloseTo(value);
    expect(facilitatorEntries(cancelled).map((e) => e.act)).toEqual(['inject', 'cancel']);
    expect(applyAction(state, sc, { type: 'CANCEL_CARD', card: 'never-drawn', reason: 'x' })).toMatchObject({ ok: false, refusal: { code: 'cardNotThisYear' } });
  });

  it('changes who plays each role, in the config, and logs it', () => {
    const state = atUsDecision();
    const after = act(state, { type: 'SET_SEATS', seats: seats(['us', 'mexico']), reason: 'a second team arrived' });
    expect(after.config.seats.mexico).toBe('human');
    expect(after.config.seed).toBe(state.config.seed);
    expect(facilitatorEntries(after)).toEqual([expect.objectContaining({ act: 'seats', reason: 'a second team arrived' })]);
    expect(applyAction(state, sc, { type: 'SET_SEATS', seats: { ...state.config.seats, us: 'robot' as never }, reason: 'x' })).toMatchObject({ ok: false, refusal: { code: 'badSeats' } });
  });
});
