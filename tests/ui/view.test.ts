import { describe, expect, it } from 'vitest';
import { createGame, NUMERIC_TRACKS, type GameState } from '../../src/engine';
import { createStrings } from '../../src/i18n';
import { boardView, type BoardView } from '../../src/ui/view/board-view';
import { config, seats } from '../helpers';
import { at, game, playUntil, sc } from './play';

// The board draws boardView and nothing else: what it says is what the player reads on the board.

const en = createStrings('en').t;
const es = createStrings('es').t;

const fresh = createGame(sc, config(sc, { seed: 5, seats: seats(['us']) }));
/** The US plays; stopped at the report of the third year (2015). */
const reportActor = playUntil(['us'], 5, at('report', 2015));
const report = game(reportActor);
/** The same game one step on: the decisions of 2016. */
const decisionsActor = playUntil(['us'], 5, at('decisions', 2016));
const decisions = game(decisionsActor);

function gauge(view: BoardView, track: string) {
  const g = view.gauges.find((x) => x.track === track);
  if (!g) throw new Error(`no gauge ${track}`);
  return g;
}

describe('boardView of a fresh transition-2012 game', () => {
  const view = boardView(fresh, sc, en, 'en');

  it('shows the 2012 election with the relationship the scenario starts from', () => {
    expect(view.scenarioTitle).toBe('The 2012 transition');
    expect(view.year).toBe(2012);
    expect(view.phase).toBe('election');
    expect(view.phaseLabel).toBe('election');
    expect(view.termLabel).toBe('Election year 2012');
    // Headline = 0.6 SEDENA + 0.4 SEMAR (DESIGN §2.1): 0.6 × 47 + 0.4 × 70.
    expect(view.relationship).toEqual({ headline: 56.2, sedena: 47, semar: 70, band: 'Collaborative', bandLabel: 'Collaborative' });
    expect(view.party).toBe('PAN');
    expect(view.strategy).toBe('A');
    expect(view.strategyLabel).toBe('A: stay the course (military lead)');
    expect(view.missionLabel).toBe('the military leads the fight');
    expect(view.intelligenceLabel).toBe('routine');
    expect(view.cards).toEqual([]);
  });

  it('has eight gauges, each filled in 0..1, with violence in thousands and no trend yet', () => {
    expect(view.gauges.map((g) => g.track)).toEqual(['personalTies', 'sovereigntyTension', 'usCommitment', 'violence', 'tcoPower', 'publicSupport', 'policeCapacity', 'ruleOfLaw']);
    for (const g of view.gauges) {
      expect(g.fill).toBeGreaterThanOrEqual(0);
      expect(g.fill).toBeLessThanOrEqual(1);
      expect(g.value).toBe(fresh.tracks[g.track]);
      expect(g.trend).toBe(0);
      expect(g.label).toBe(en(`trackShort.${g.track}`));
    }
    expect(gauge(view, 'violence')).toMatchObject({ display: '12,200', fill: 0.61, good: false });
    expect(gauge(view, 'tcoPower')).toMatchObject({ display: '59', fill: 0.59, good: false });
    expect(gauge(view, 'publicSupport')).toMatchObject({ display: '38', good: true });
  });

  it('starts the timeline at the scenario year only', () => {
    expect(view.timeline).toEqual([{ year: 2012, relationship: 56.2, sedena: 47, semar: 70, institutionalization: 41 }]);
  });

  it('is in Spanish when the player chose Spanish', () => {
    const v = boardView(fresh, sc, es, 'es');
    expect(v.scenarioTitle).toBe('La transición de 2012');
    expect(v.termLabel).toBe('Año electoral 2012');
    expect(v.relationship.bandLabel).toBe('Colaborativa');
    expect(v.strategyLabel).toBe('A: mantener el rumbo (mando militar)');
    expect(v.phaseLabel).not.toBe('election');
    expect(gauge(v, 'violence')).toMatchObject({ label: 'Violencia', display: '12,200' });
    expect(v.labels['band.Integrated']).toBe('Integrada');
  });
});

describe('boardView after some years', () => {
  it('reports the year, the term and the new strategy', () => {
    const view = boardView(report, sc, en, 'en');
    expect(view.year).toBe(2015);
    expect(view.termLabel).toBe('Sexenio 1, year 3 of 6');
    expect(boardView(report, sc, es, 'es').termLabel).toBe('Sexenio 1, año 3 de 6');
    const token = view.strategy;
    expect(token).not.toBeNull();
    expect(view.strategyLabel).toBe(en(`strategies.${token}`));
    expect(boardView(report, sc, es, 'es').strategyLabel).toBe(es(`strategies.${token}`));
    expect(view.strategyLabel).not.toBe(boardView(report, sc, es, 'es').strategyLabel);
  });

  it('shows the headline, its band and the two services as the game has them', () => {
    const view = boardView(report, sc, en, 'en');
    const last = report.history[report.history.length - 1];
    expect(view.relationship.headline).toBe(last?.relationship);
    expect(view.relationship.sedena).toBe(report.tracks['relationship.sedena']);
    expect(view.relationship.semar).toBe(report.tracks['relationship.semar']);
    expect(view.relationship.bandLabel).toBe(en(`bands.${view.relationship.band}`));
  });

  it('has a timeline point for the start and for each played year', () => {
    const view = boardView(report, sc, en, 'en');
    expect(view.timeline.map((p) => p.year)).toEqual([2012, 2013, 2014, 2015]);
    report.history.forEach((r, i) => {
      expect(view.timeline[i + 1]).toEqual({ year: r.year, relationship: r.relationship, sedena: r.tracks['relationship.sedena'], semar: r.tracks['relationship.semar'], institutionalization: r.tracks.institutionalization });
    });
  });

  it('names the cards drawn this year in the chosen language', () => {
    expect(report.drawn.length).toBeGreaterThan(0);
    const byId = new Map(sc.deck.map((c) => [c.id, c]));
    expect(boardView(report, sc, en, 'en').cards).toEqual(report.drawn.map((id) => ({ id, title: byId.get(id)?.title.en })));
    expect(boardView(report, sc, es, 'es').cards).toEqual(report.drawn.map((id) => ({ id, title: byId.get(id)?.title.es })));
    expect(boardView(report, sc, es, 'es').cards[0]?.title).not.toBe(boardView(report, sc, en, 'en').cards[0]?.title);
  });

  it('shows in the report how each gauge moved over the year just played', () => {
    const view = boardView(report, sc, en, 'en');
    const yearStart = report.history[report.history.length - 2]?.tracks ?? report.start.tracks;
    expectTrends(view, report, yearStart);
    expect(view.gauges.some((g) => g.trend !== 0)).toBe(true);
  });

  it('shows during a year how each gauge moved since the last year ended', () => {
    const view = boardView(decisions, sc, en, 'en');
    const lastYear = decisions.history[decisions.history.length - 1]?.tracks;
    if (!lastYear) throw new Error('no history');
    expectTrends(view, decisions, lastYear);
    expect(view.cards.length).toBe(decisions.drawn.length);
    expect(view.termLabel).toBe('Sexenio 1, year 4 of 6');
  });

  it('formats violence with a thousands separator in both languages', () => {
    for (const [t, lang] of [[en, 'en'], [es, 'es']] as const) {
      const display = gauge(boardView(report, sc, t, lang), 'violence').display;
      expect(display).toBe(Math.round(report.tracks.violence).toLocaleString('en-US'));
      expect(display).toMatch(/^\d{1,2},\d{3}$/);
    }
  });

  it('keeps every gauge fill within 0..1 whatever the tracks say', () => {
    const extreme: GameState = { ...report, tracks: { ...report.tracks, violence: 60000, tcoPower: 100, publicSupport: 0 } };
    const view = boardView(extreme, sc, en, 'en');
    expect(gauge(view, 'violence').fill).toBe(1);
    expect(gauge(view, 'tcoPower').fill).toBe(1);
    expect(gauge(view, 'publicSupport').fill).toBe(0);
    expect(gauge(view, 'violence').display).toBe('60,000');
  });
});

function expectTrends(view: BoardView, g: GameState, reference: GameState['tracks']): void {
  for (const gauge of view.gauges) {
    expect(NUMERIC_TRACKS).toContain(gauge.track);
    const delta = g.tracks[gauge.track] - reference[gauge.track];
    expect(gauge.trend, gauge.track).toBe(Math.abs(delta) < 0.05 ? 0 : Math.sign(delta));
  }
}
