import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { logEntries, momentsOf, readTrack, TRACK_NAMES, type LogEntry, type PlayerMove } from '../../src/engine';
import { applyCommand, createExercise, exerciseGame, type Exercise, type ExerciseCommand } from '../../src/exercise';
import { hotWash, RECOMMENDATIONS, type HotWash, type TimelineItem } from '../../src/exercise/hotwash';
import { listedObjective, objectiveMet, type ListedObjective } from '../../src/exercise/objectives';
import { sampleEventsList } from '../../src/i18n/exercise-events';
import { runToEnd } from '../../src/machine';
import { findQuote, normalizeText } from '../../src/scenario';
import { config, scenario } from '../helpers';
import { playedExercise, SETTINGS, T0, TEAMS } from './fixtures';

// The hot wash: every decision and card of the game, every inject, ruling and pause of the control
// cell, in the order they happened with their year and time; the tracks by year; each team's
// objectives; prompts from the paper's recommendations and the game's turning points; the notes.

const paper = normalizeText(readFileSync(new URL('../../scenarios/sources/downie-2011.txt', import.meta.url), 'utf8'));

/** What the game logged that the timeline must tell, as comparable keys, in order. */
function gameKeys(entries: readonly LogEntry[]): string[] {
  return entries.flatMap((e) => {
    switch (e.type) {
      case 'decision':
        return [`decision:${e.year}:${e.role}:${e.actions.join('+')}`];
      case 'cardChoice':
        return [`cardChoice:${e.year}:${e.card}:${e.choice}`];
      case 'strategy':
        return [`strategy:${e.year}:${e.strategy}`];
      case 'cardDrawn':
        return [`card:${e.year}:${e.card}`];
      default:
        return [];
    }
  });
}

function timelineKeys(items: readonly TimelineItem[]): string[] {
  return items.flatMap((i) => {
    switch (i.kind) {
      case 'decision':
        return [`decision:${i.year}:${i.role}:${i.actions.join('+')}`];
      case 'cardChoice':
        return [`cardChoice:${i.year}:${i.card}:${i.choice}`];
      case 'strategy':
        return [`strategy:${i.year}:${i.strategy}`];
      case 'card':
        return [`card:${i.year}:${i.card}`];
      default:
        return [];
    }
  });
}

describe('the hot wash of an exercise', () => {
  const { scenario: sc, exercise, game } = playedExercise();
  const hw = hotWash(exercise, game, sc);

  it('is a finished game with the team at the table', () => {
    expect(game.phase).toBe('debrief');
    expect(exercise.moves.length).toBeGreaterThan(10);
    expect(exerciseGame(sc, exercise).history).toEqual(game.history);
  });

  it("tells every decision and every card of the game, in the game's order", () => {
    const keys = gameKeys(logEntries(game));
    expect(keys.filter((k) => k.startsWith('decision')).length).toBeGreaterThan(20);
    expect(timelineKeys(hw.timeline)).toEqual(keys);
  });

  it("gives each decision the engine's reason and the team that played it", () => {
    const decisions = hw.timeline.filter((i): i is Extract<TimelineItem, { kind: 'decision' }> => i.kind === 'decision');
    for (const d of decisions) expect(d.reason, `${d.year} ${d.role}`).not.toBeNull();
    expect(decisions.filter((d) => d.role === 'us').every((d) => d.team === 'blue')).toBe(true);
    expect(decisions.filter((d) => d.role !== 'us').every((d) => d.team === null)).toBe(true);
  });

  it('tells the inject, the card it put in play, the pause and the ruling, with their reasons, in order', () => {
    const kinds = hw.timeline.map((i) => (i.kind === 'flow' ? `flow:${i.act}` : i.kind));
    const inject = kinds.indexOf('inject');
    expect(inject).toBeGreaterThan(0);
    expect(hw.timeline[inject]).toMatchObject({ kind: 'inject', year: 2015, by: 'facilitator', card: { kind: 'deck', card: 'hurricane-relief' }, planned: 'mel-hurricane', reason: 'the sample list, early', public: true });
    expect(hw.timeline[inject + 1]).toMatchObject({ kind: 'card', card: 'hurricane-relief', injected: true, year: 2015 });
    const pause = kinds.indexOf('flow:pause');
    const resume = kinds.indexOf('flow:resume');
    const ruling = kinds.indexOf('ruling');
    expect(inject).toBeLessThan(pause);
    expect(pause).toBeLessThan(resume);
    expect(resume).toBeLessThan(ruling);
    expect(hw.timeline[pause]).toMatchObject({ reason: 'Discuss the hurricane', year: 2015 });
    expect(hw.timeline[ruling]).toMatchObject({ kind: 'ruling', ruling: { kind: 'accept' }, reason: 'The relief goes ahead as drawn' });
    expect(kinds[0]).toBe('flow:setup');
    expect(kinds[kinds.length - 1]).toBe('flow:hotwash');
    // A note is told in the notes, not the timeline.
    expect(kinds).not.toContain('note');
  });

  it('gives every item its year and time, the time of the command that caused it, never going back', () => {
    let last = -Infinity;
    for (const item of hw.timeline) {
      expect(Number.isInteger(item.year)).toBe(true);
      expect(item.elapsedMs).toBe(item.at - T0 - 60_000);
      expect(item.at).toBeGreaterThanOrEqual(last);
      last = item.at;
    }
    // Each US decision carries the time of the move that played it.
    const moveTimes = new Set(exercise.log.filter((e) => e.kind === 'move').map((e) => e.at));
    for (const d of hw.timeline) if (d.kind === 'decision' && d.role === 'us') expect(moveTimes.has(d.at)).toBe(true);
  });

  it("tells the game's turning points: the election, the band crossings, the end of the term", () => {
    const moments = hw.timeline.flatMap((i) => (i.kind === 'moment' ? [i.moment] : []));
    const expected = momentsOf(logEntries(game), game, sc, sc.party).filter((m) => m.kind !== 'strategy');
    expect(moments).toEqual(expected);
    expect(moments.some((m) => m.kind === 'election')).toBe(true);
    expect(moments.some((m) => m.kind === 'sexenioEnd')).toBe(true);
  });

  it('has the tracks for the start and each played year', () => {
    expect(hw.tracks.map((r) => r.year)).toEqual([game.start.year, ...game.history.map((r) => r.year)]);
    const last = hw.tracks[hw.tracks.length - 1];
    for (const track of TRACK_NAMES) expect(last?.values[track]).toBe(readTrack(game.tracks, game.intelligenceSharing, track));
  });

  it("judges each team's listed objectives on the game, and leaves typed ones to the room", () => {
    const [blue] = hw.objectives;
    expect(blue?.team).toBe('blue');
    for (const o of blue?.objectives ?? []) {
      if (o.listed === null) {
        expect(o).toMatchObject({ id: 'typed-1', met: null, value: null });
        continue;
      }
      expect({ met: o.met, value: o.value }).toEqual(objectiveMet(listedObjective(o.listed) as ListedObjective, game));
    }
  });

  it("prompts discussion from the paper's five recommendations, quoted verbatim, with this game's numbers", () => {
    const recs = hw.prompts.flatMap((p) => (p.kind === 'recommendation' ? [p] : []));
    expect(recs.map((p) => p.recommendation)).toEqual([...RECOMMENDATIONS]);
    for (const p of recs) {
      expect(findQuote(paper, p.source.quote), p.source.quote).not.toBeNull();
      expect(p.source.section).toMatch(/^§4 /);
      expect(p.evidence.id).toBe(p.recommendation);
    }
    const institutions = recs.find((p) => p.evidence.id === 'institutionalize')?.evidence;
    expect(institutions).toMatchObject({ from: game.start.tracks.institutionalization, to: game.tracks.institutionalization });
  });

  it('prompts from the turning points, the released injects and the objectives not met', () => {
    const moments = hw.prompts.flatMap((p) => (p.kind === 'moment' ? [p.moment.kind] : []));
    expect(moments).toContain('election');
    expect(moments).toContain('strategy');
    expect(moments).not.toContain('sexenioEnd');
    const injects = hw.prompts.filter((p) => p.kind === 'inject');
    expect(injects).toEqual([expect.objectContaining({ inject: 'mel-hurricane', year: 2015, card: { kind: 'deck', card: 'hurricane-relief' } })]);
    const open = hw.prompts.flatMap((p) => (p.kind === 'objective' ? [p.objective.id] : []));
    const missed = (hw.objectives[0]?.objectives ?? []).filter((o) => o.met !== true).map((o) => o.id);
    expect(open).toEqual(missed);
    expect(open).toContain('typed-1');
  });

  it('keeps the notes with their time, team and objective', () => {
    expect(hw.notes).toEqual([
      { id: 'n1', year: 2015, at: T0 + 30 * 60_000, elapsedMs: 29 * 60_000, by: 'observer:Ana', team: 'blue', objective: 'typed-1', text: 'Blue argued for a Navy-only channel.' },
      { id: 'n2', year: 2017, at: T0 + 45 * 60_000, elapsedMs: 44 * 60_000, by: 'facilitator', team: null, objective: null, text: 'The room split on the combined command.' },
    ]);
  });

  it('sums up the exercise and its outcome', () => {
    expect(hw.exercise).toMatchObject({ id: 'ex-test', scenario: 'transition-2012', seed: 11, decide: 'inTurn', injects: { planned: 10, released: 1 } });
    expect(hw.exercise.endedAt).toBe(exercise.log[exercise.log.length - 1]?.at);
    expect(hw.outcome).toMatchObject({ year: game.year, finished: true });
  });

  it('is pure, plain data: the same every time, and the same through JSON', () => {
    const again: HotWash = hotWash(exercise, game, sc);
    expect(again).toEqual(hw);
    expect(JSON.parse(JSON.stringify(hw))).toEqual(hw);
  });
});

describe('the hot wash of an exercise played through its commands', () => {
  it('follows undo, a closed phase and a ruling to the game that stands', () => {
    const sc = scenario();
    const created = createExercise({
      id: 'cmd',
      title: 'Commands',
      scenario: sc,
      config: config(sc, { seed: 21 }),
      settings: SETTINGS,
      teams: [...TEAMS, { id: 'red', name: 'Red cell', role: 'tco', objectives: [] }],
      eventsList: sampleEventsList('en'),
      now: T0,
    });
    if (!created.ok) throw new Error(JSON.stringify(created.refusal));
    let exercise: Exercise = created.exercise;
    let now = T0;
    const send = (command: ExerciseCommand) => {
      now += 1000;
      const result = applyCommand(exercise, { kind: 'facilitator' }, command, { scenario: sc, now });
      if (!result.ok) throw new Error(`${command.type}: ${JSON.stringify(result.refusal)}`);
      exercise = result.exercise;
    };
    for (let i = 0; i < 300; i++) {
      const game = exerciseGame(sc, exercise);
      if (game.phase === 'debrief') break;
      if (game.year === 2014 && game.phase === 'decisions' && !exercise.log.some((e) => e.kind === 'undo')) {
        send({ type: 'rule', ruling: { kind: 'override', track: 'publicSupport', value: 45 }, reason: 'A rally the model does not see', public: true });
        send({ type: 'undo', reason: 'The ruling was premature' });
        continue;
      }
      if (game.year === 2016 && game.phase === 'decisions' && !exercise.log.some((e) => e.kind === 'skip')) {
        send({ type: 'skip', reason: 'Out of time for this round' });
        continue;
      }
      const move = (game.phase === 'report' ? { type: 'CONTINUE', by: 'facilitator' } : { type: 'DELEGATE', by: 'facilitator' }) as PlayerMove;
      send({ type: 'move', move });
    }
    const game = exerciseGame(sc, exercise);
    expect(game.phase).toBe('debrief');
    const hw = hotWash(exercise, game, sc);
    expect(timelineKeys(hw.timeline)).toEqual(gameKeys(logEntries(game)));
    const acts = hw.timeline.flatMap((i) => (i.kind === 'flow' ? [i.act] : i.kind === 'ruling' ? ['ruling'] : []));
    expect(acts).toEqual(expect.arrayContaining(['setup', 'ruling', 'undo', 'skip']));
    expect(hw.timeline.filter((i) => i.kind === 'inject').length).toBe(exercise.eventsList.filter((i) => i.released).length);
    let last = -Infinity;
    for (const item of hw.timeline) {
      expect(item.at).toBeGreaterThanOrEqual(last);
      last = item.at;
    }
  });
});

describe('the hot wash of a game it cannot follow move by move', () => {
  it('still tells every decision and card, after the set-up', () => {
    const sc = scenario();
    const cfg = config(sc, { seed: 3 });
    const game = runToEnd(sc, cfg);
    const { exercise } = playedExercise();
    const record: Exercise = { ...exercise, config: cfg, moves: [], log: exercise.log.slice(0, 1), eventsList: [] };
    const hw = hotWash(record, game, sc);
    expect(timelineKeys(hw.timeline)).toEqual(gameKeys(logEntries(game)));
    expect(hw.timeline[0]).toMatchObject({ kind: 'flow', act: 'setup' });
  });
});
