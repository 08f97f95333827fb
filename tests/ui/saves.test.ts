import { describe, expect, it } from 'vitest';
import { loadGameData } from '../../src/data';
import { createStrings } from '../../src/i18n';
import { replay, type PlayerMove } from '../../src/machine';
import { normalizeText, passageText, SAVE_FORMAT, SAVE_VERSION } from '../../src/scenario';
import type { SaveData } from '../../src/ui/types';
import { scenario, sign } from '../helpers';
import type { UnsignedMove } from '../../src/engine';
import { at, game, playUntil, sc, step } from './play';

// Save files: what the game writes, what it refuses to read, and that loading one rebuilds the
// very game that was saved (a game is a seed plus the players' moves).

const data = loadGameData();

/** A game with two human teams, played into the fourth year, some turns handed to the computer. */
function recorded() {
  const actor = playUntil(['us', 'mexico'], 11, at('election'));
  actor.send(sign(actor, { type: 'ELECT', party: 'PAN' }));
  actor.send(sign(actor, { type: 'CHOOSE_OPTION', option: 'C', lawEnforcement: true }));
  for (let i = 0; i < 400 && game(actor).year < 2016; i++) {
    if (i % 5 === 3 && game(actor).phase !== 'report') actor.send(sign(actor, { type: 'DELEGATE' }));
    else step(actor);
  }
  const snapshot = actor.getSnapshot();
  const g = game(actor);
  const save: SaveData = { scenario: sc.id, config: g.config, moves: snapshot.context.moves, savedAt: '2025-03-09T22:15:00.000Z' };
  return { actor, game: g, save };
}

const original = recorded();
const text = data.serializeSave(original.save);
const parse = (json: unknown, name = 'game.json') => data.parseSave(typeof json === 'string' ? json : JSON.stringify(json), name);
const good = () => JSON.parse(text) as Record<string, unknown> & { moves: Record<string, unknown>[] };

describe('loadGameData', () => {
  it('has the shipped scenarios, validated', () => {
    expect(data.scenarios.map((s) => s.id).sort()).toEqual(['calderon-2006', 'transition-2012', 'window-2011']);
    for (const s of data.scenarios) expect(s.deck.length).toBeGreaterThan(20);
  });

  it("finds every card's quote in the paper, to show the passage around it", () => {
    for (const s of data.scenarios) {
      for (const card of s.deck) {
        const passage = data.passage(card.citation.quote);
        expect(passage, `${s.id}/${card.id}`).not.toBeNull();
        expect(normalizeText(passageText(passage?.quote ?? [])).text).toBe(normalizeText(card.citation.quote).text);
        expect(passageText(passage?.before ?? []).length + passageText(passage?.after ?? []).length).toBeGreaterThan(0);
      }
    }
    expect(data.passage('words that are nowhere in the paper at all')).toBeNull();
  });
});

describe('a save file', () => {
  it('round-trips through its text', () => {
    const parsed = data.parseSave(text, 'game.json');
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.value).toEqual({ format: SAVE_FORMAT, version: SAVE_VERSION, ...original.save, moves: [...original.save.moves] });
    // A save of this version: every move is signed by its seat.
    const signed = parsed.value.moves.filter((m): m is PlayerMove => 'by' in m);
    expect(signed).toHaveLength(parsed.value.moves.length);
    expect(data.serializeSave({ ...parsed.value, moves: signed })).toBe(text);
  });

  it('records only the players’ moves, DELEGATE and CONTINUE included', () => {
    const types = new Set(original.save.moves.map((m) => m.type));
    for (const type of ['ELECT', 'CHOOSE_OPTION', 'DECIDE', 'CONTINUE', 'DELEGATE']) expect(types).toContain(type);
  });

  it.each([
    ['text that is not JSON', '{"format": "critical-strat', 'game.json is not a save file: it is not valid JSON'],
    ['an empty file', '', 'game.json is not a save file: it is not valid JSON'],
    ['JSON of something else', { name: 'my-app', version: '1.0.0' }, 'game.json is not a Critical Strategic Decisions save file'],
    ['a JSON array', [1, 2, 3], 'game.json is not a Critical Strategic Decisions save file'],
    ['null', 'null', 'game.json is not a Critical Strategic Decisions save file'],
    ['a newer version', { ...good(), version: 4 }, 'game.json was saved by version 4 of the game, which this version cannot read'],
    ['a version-1 save, from before the named random streams', { ...good(), version: 1 }, 'game.json was saved by version 1 of the game; since version 2 each kind of chance has its own random stream, so its moves would replay into a different game'],
    ['a version that is not a number', { ...good(), version: { toString: 1 } }, 'game.json does not say which version of the game saved it'],
    ['a version that is a list', { ...good(), version: [2] }, 'game.json does not say which version of the game saved it'],
    ['a version that is a number written as text', { ...good(), version: '2' }, 'game.json is damaged: its version is the text "2" where the game writes a number'],
    // Not "saved by version 3": that is this version, which would seem to refuse its own save.
    ['the current version written as text', { ...good(), version: '3' }, 'game.json is damaged: its version is the text "3" where the game writes a number'],
    ['a huge version string', { ...good(), version: 'x'.repeat(100000) }, `game.json is damaged: its version is the text "${'x'.repeat(24)}…" where the game writes a number`],
    ['a seed out of range', { ...good(), config: { ...(good().config as object), seed: -4 } }, /^game\.json is damaged: config\.seed: /],
    ['a missing seat', { ...good(), config: { ...(good().config as object), seats: { us: 'human' } } }, /^game\.json is damaged: config\.seats\.\w+: /],
    ['an extra field', { ...good(), cheat: true }, /^game\.json is damaged: \(top level\): .*cheat/],
    ['a move of an unknown kind', { ...good(), moves: [...good().moves.slice(0, 3), { type: 'WIN' }] }, /^game\.json is damaged: moves\[3\]\.type: /],
    ['a DECIDE without its actions', { ...good(), moves: [...good().moves.slice(0, 2), { type: 'DECIDE', role: 'us' }] }, /^game\.json is damaged: moves\[2\]\.actions: /],
    ['an unknown party', { ...good(), moves: [{ type: 'ELECT', party: 'XYZ' }] }, /^game\.json is damaged: moves\[0\]\.party: /],
    ['a scenario this game does not have', { ...good(), scenario: 'mars-2040' }, 'game.json is for a scenario this game does not have: "mars-2040"'],
  ])('is refused when it is %s, with a message naming what is wrong', (_what, content, message) => {
    const parsed = parse(content);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      if (typeof message === 'string') expect(parsed.error).toBe(message);
      else expect(parsed.error).toMatch(message);
    }
  });
});

describe('a version written as text', () => {
  it('is named as such in both languages, never as "version 3"', () => {
    const parsed = parse({ ...good(), version: '3' });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problem).toEqual({ code: 'versionText', values: { name: 'game.json', version: '"3"' } });
    const words = (language: 'en' | 'es') => createStrings(language).t(`errors.save.${parsed.problem.code}`, { ...parsed.problem.values });
    expect(words('en')).toBe('game.json is damaged: its version is the text "3" where the game writes a number');
    expect(words('es')).toBe('game.json está dañado: su versión es el texto "3" donde el juego escribe un número');
  });
});

describe('replaying a save', () => {
  it('rebuilds exactly the game that was saved', () => {
    const replayed = replay(sc, original.save);
    if (!replayed.ok) throw new Error(replayed.error);
    expect(replayed.value.context.game).toEqual(original.game);
    expect(JSON.stringify(replayed.value.context.game)).toBe(JSON.stringify(original.game));
    expect(replayed.value.context.moves).toEqual(original.save.moves);
    expect(replayed.value.value).toEqual(original.actor.getSnapshot().value);
  });

  it('rebuilds it from the saved text too', () => {
    const parsed = data.parseSave(text, 'game.json');
    if (!parsed.ok) throw new Error(parsed.error);
    const replayed = replay(sc, parsed.value);
    expect(replayed.ok && JSON.stringify(replayed.value.context.game)).toBe(JSON.stringify(original.game));
  });

  it('rebuilds a finished game to the same debrief', () => {
    const actor = playUntil(['us'], 3, () => false);
    const g = game(actor);
    expect(g.phase).toBe('debrief');
    const replayed = replay(sc, { scenario: sc.id, config: g.config, moves: actor.getSnapshot().context.moves });
    expect(replayed.ok && replayed.value.context.game).toEqual(g);
  });

  const refusedCases: [string, (moves: PlayerMove[]) => (PlayerMove | UnsignedMove)[], RegExp][] = [
    ['a DECIDE for a role the computer plays', (m) => [...m.slice(0, 2), { type: 'DECIDE', role: 'tco', actions: [] }], /^move 3 of 3 \(DECIDE\) was refused: tco is played by the computer$/],
    ['an action that does not exist', (m) => [...beforeDecision(m), { type: 'DECIDE', role: 'mexico', actions: ['nukeTheMoon'] }], /^move \d+ of \d+ \(DECIDE\) was refused: unknown action "nukeTheMoon"$/],
    ['an action of another team', (m) => [...beforeDecision(m), { type: 'DECIDE', role: 'mexico', actions: ['marineRaid'] }], /^move \d+ of \d+ \(DECIDE\) was refused: "marineRaid" is an action of semar, not of mexico$/],
    ['a decision over budget', (m) => [...beforeDecision(m), { type: 'DECIDE', role: 'mexico', actions: ['passStatePoliceBill', 'pushPoliceReform', 'socialPrograms'] }], /^move \d+ of \d+ \(DECIDE\) was refused: the actions cost 7 but mexico has \d political capital$/],
    ['a report closed before it opened', (m) => [...m.slice(0, 2), { type: 'CONTINUE' }], /^move 3 of 3 \(CONTINUE\) was refused: there is no report to close/],
    ['a second election', (m) => [m[0] as PlayerMove, m[0] as PlayerMove], /^move 2 of 2 \(ELECT\) was refused/],
  ];

  it.each(refusedCases)('refuses a save with %s, naming the move', (_what, edit, message) => {
    const moves = edit([...original.save.moves]);
    const replayed = replay(sc, { ...original.save, moves });
    expect(replayed.ok).toBe(false);
    if (!replayed.ok) expect(replayed.error).toMatch(message);
  });

  it('refuses a save for another scenario', () => {
    const replayed = replay(scenario('calderon-2006'), original.save);
    expect(replayed).toEqual({ ok: false, error: 'the save is for scenario "transition-2012", not "calderon-2006"' });
  });
});

/** The moves up to Mexico's first decision, which the test replaces. */
function beforeDecision(moves: readonly PlayerMove[]): PlayerMove[] {
  const index = moves.findIndex((m) => m.type === 'DECIDE' && m.role === 'mexico');
  if (index < 0) throw new Error('Mexico never decided');
  return moves.slice(0, index);
}
