// @vitest-environment happy-dom
import { createActor } from 'xstate';
import { describe, expect, it, vi } from 'vitest';
import { makeConfig, playGame, relationshipBand, STRATEGY_TOKENS, TRACK_NAMES, type GameState } from '../../src/engine';
import { createStrings } from '../../src/i18n';
import { gameMachine } from '../../src/machine';
import { buildDebrief, counterfactualRuns } from '../../src/ui/debrief/debrief-data';
import { debriefJson, debriefMarkdown } from '../../src/ui/debrief/export';
import { debriefPanel } from '../../src/ui/dom/debrief';
import { scenario, seats } from '../helpers';
import { sc } from './play';

// The debrief of a finished game: what the players read at the end and take away as a report.

const en = createStrings('en').t;
const es = createStrings('es').t;

const finished = playGame(sc, makeConfig(sc, { seed: 5 }));
const d = buildDebrief(finished, sc, en, 'en');
const dEs = buildDebrief(finished, sc, es, 'es');
const entries = finished.log.flat();
const deck = new Map(sc.deck.map((c) => [c.id, c]));

/** Text a player should never see: untranslated keys, placeholders, missing values. */
const RAW = /\{\{|\bai\.|strategyShort\.|factors\.|situations\.|missions\.|reasons\.|undefined|NaN/;

describe('buildDebrief on a finished computer-played game (transition-2012, seed 5)', () => {
  it('has one value per track for the start and each played year', () => {
    expect(d.scenarioTitle).toBe('The 2012 transition');
    expect(d.seed).toBe(5);
    expect(d.years).toEqual([2012, 2013, 2014, 2015, 2016, 2017, 2018]);
    expect(Object.keys(d.tracks).sort()).toEqual([...TRACK_NAMES].sort());
    for (const name of TRACK_NAMES) expect(d.tracks[name], name).toHaveLength(d.years.length);
    expect(d.tracks.relationship).toEqual([finished.start, ...finished.history].map((r) => r.relationship));
    expect(d.tracks.violence).toEqual([finished.start, ...finished.history].map((r) => r.tracks.violence));
    for (const v of d.tracks.intelligenceSharing) expect([0, 1, 2, 3]).toContain(v);
    expect(d.finalBand).toBe(en(`bands.${relationshipBand(finished.history.at(-1)?.relationship ?? -1)}`));
  });

  it("lists the transition's strategy with a readable reason", () => {
    const strategy = entries.find((e) => e.type === 'strategy');
    if (strategy?.type !== 'strategy') throw new Error('no strategy entry');
    const line = d.decisions.find((x) => x.year === 2012 && x.role === 'mexico');
    expect(line?.what).toBe(en(`strategies.${strategy.strategy}`));
    expect(line?.by).toBe('by the computer');
    expect(line?.reason).toMatch(new RegExp(`^The ${strategy.party} president chose ${strategy.strategy}: support for the strategy stood at \\d+%, violence at [\\d,]+ a year`));
    expect(line?.reason).not.toMatch(RAW);
    expect(d.chosen).toBe(strategy.strategy);
  });

  it('gives every decision what was done and why, in words', () => {
    const logged = entries.filter((e) => e.type === 'decision' || e.type === 'strategy' || e.type === 'cardChoice');
    expect(d.decisions).toHaveLength(logged.length);
    for (const x of [...d.decisions, ...dEs.decisions]) {
      expect(x.what).not.toBe('');
      expect(x.reason).not.toBe('');
      expect(`${x.what} ${x.reason} ${x.by}`).not.toMatch(RAW);
    }
    expect(dEs.decisions[0]?.by).toBe('por la computadora');
  });

  it("names a card choice by the option's label, not its id", () => {
    const choices = entries.filter((e) => e.type === 'cardChoice');
    expect(choices.length).toBeGreaterThan(0);
    for (const e of choices) {
      if (e.type !== 'cardChoice') continue;
      const card = deck.get(e.card);
      const label = card?.choice?.options.find((o) => o.id === e.choice)?.label.en;
      const line = d.decisions.find((x) => x.year === e.year && x.what.startsWith(`${card?.title.en}: `));
      expect(line?.what).toBe(`${card?.title.en}: ${label}`);
      expect(line?.reason).toContain(`"${label}"`);
      expect(line?.reason).not.toContain(`"${e.choice}"`);
    }
  });

  it('lists the cards drawn, in order, with their quotes and the choice made', () => {
    const drawn = entries.filter((e) => e.type === 'cardDrawn');
    expect(d.cards.map((c) => `${c.year}:${c.id}`)).toEqual(drawn.map((e) => (e.type === 'cardDrawn' ? `${e.year}:${e.card}` : '')));
    for (const c of d.cards) {
      const card = deck.get(c.id);
      expect(c.title).toBe(card?.title.en);
      expect(c.quote).toBe(card?.citation.quote);
      expect(c.section).toBe(card?.citation.section);
      if (card?.choice) expect(card.choice.options.map((o) => o.label.en)).toContain(c.choice);
      else expect(c.choice).toBeNull();
    }
    expect(dEs.cards.map((c) => c.title)).toEqual(d.cards.map((c) => deck.get(c.id)?.title.es));
  });

  it('compares your game with the four other options on the same seed', () => {
    const others = STRATEGY_TOKENS.filter((x) => x !== d.chosen);
    expect(d.counterfactual.map((s) => s.label)).toEqual(['Your game', ...others.map((x) => `Option ${en(`strategyShort.${x}`)}`)]);
    expect(d.counterfactual[0]?.values).toEqual(d.tracks.relationship);
    for (const s of d.counterfactual) {
      expect(s.values).toHaveLength(d.years.length);
      expect(s.values[0]).toBe(d.tracks.relationship[0]);
    }
    expect(new Set(d.counterfactual.map((s) => s.values.at(-1))).size).toBeGreaterThan(2);
    expect(dEs.counterfactual[0]?.label).toBe('Su partida');
  });

  it('reproduces a computer-played game exactly when the same seed replays its election and option', () => {
    // Every election and transition takes the same RNG draws whoever decides, so fixing the
    // result in the replay keeps the events in step.
    expect(d.chosen).not.toBeNull();
    expect(counterfactualRuns(finished, sc).get(d.chosen ?? "A")).toEqual(d.tracks.relationship);
  });

  it('reproduces your game when the same seed replays the same election and option', () => {
    const actor = createActor(gameMachine).start();
    actor.send({ type: 'START', scenario: sc, config: makeConfig(sc, { seed: 5, seats: seats(['mexico']) }) });
    actor.send({ type: 'ELECT', party: 'PRI' });
    actor.send({ type: 'CHOOSE_OPTION', option: 'C', lawEnforcement: true });
    for (let i = 0; i < 200 && !actor.getSnapshot().matches('debrief'); i++) actor.send(actor.getSnapshot().matches({ years: 'report' }) ? { type: 'CONTINUE' } : { type: 'DELEGATE' });
    const played = actor.getSnapshot().context.game as GameState;
    expect(played.phase).toBe('debrief');
    const debrief = buildDebrief(played, sc, en, 'en');
    expect(debrief.chosen).toBe('C+LE');
    expect(counterfactualRuns(played, sc).get('C+LE')).toEqual(debrief.counterfactual[0]?.values);
    expect(debrief.decisions.find((x) => x.year === 2012)?.by).toBe('by the players');
  });

  it('has only your game in a scenario that opens after the transition', () => {
    const calderon = scenario('calderon-2006');
    const g = playGame(calderon, makeConfig(calderon, { seed: 2, sexenios: 1 }));
    const debrief = buildDebrief(g, calderon, en, 'en');
    expect(debrief.counterfactual.map((s) => s.label)).toEqual(['Your game']);
    expect(debrief.years[0]).toBe(2006);
  });
});

describe('the debrief exports', () => {
  const md = debriefMarkdown(d, en);

  it('writes a Markdown report with its headings, a row per track and every quote', () => {
    expect(md).toContain('# Debrief: The 2012 transition');
    for (const heading of ['## Every track over time', '## What your choice changed', '## Decisions and their reasons', '## The events, with their sources']) expect(md).toContain(`\n${heading}\n`);
    expect(md).toContain(`Seed: 5 · Final relationship: ${d.finalBand}`);
    expect(md).toContain(`| Track | ${d.years.join(' | ')} |`);
    const rows = md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Track') && !l.startsWith('| |'));
    for (const track of TRACK_NAMES) {
      const row = rows.find((l) => l.startsWith(`| ${en(`tracks.${track}`)} |`));
      expect(row, track).toBeDefined();
      expect(row?.split(' | ')).toHaveLength(d.years.length + 1);
    }
    expect(rows.find((l) => l.startsWith('| Violence'))).toMatch(/\d,\d{3}/);
    expect(rows.find((l) => l.startsWith('| Intelligence sharing'))).toMatch(/routine|deep|functional|none/);
    for (const c of d.cards) expect(md).toContain(`> “${c.quote}”`);
    for (const s of d.counterfactual) expect(md).toContain(`| ${s.label} |`);
    expect(md).not.toMatch(RAW);
  });

  it('writes the report in Spanish when the game was in Spanish', () => {
    const mdEs = debriefMarkdown(dEs, es);
    expect(mdEs).toContain('# Balance final: La transición de 2012');
    expect(mdEs).toContain('## Qué cambió su decisión');
    expect(mdEs).toContain('| Su partida |');
    expect(mdEs).not.toMatch(RAW);
  });

  it('writes JSON that parses back to the same debrief', () => {
    expect(JSON.parse(debriefJson(d))).toEqual(d);
  });
});

describe('the debrief panel', () => {
  it('shows the summary, the counterfactual table, the decisions and the cards', () => {
    const actions = { exportMarkdown: vi.fn(), exportJson: vi.fn(), newGame: vi.fn() };
    const panel = debriefPanel(d, en, actions);
    expect(panel.querySelector('h2')?.textContent).toBe('Debrief');
    expect(panel.textContent).toContain(`The relationship ends ${d.finalBand}. Seed 5`);
    const rows = [...panel.querySelectorAll('table.counterfactual tbody tr')];
    expect(rows.map((r) => r.querySelector('th')?.textContent)).toEqual(d.counterfactual.map((s) => s.label));
    expect(rows[0]?.querySelector('td')?.textContent).toBe(String(Math.round(d.tracks.relationship.at(-1) ?? -1)));
    expect(panel.querySelectorAll('ol.decisions > li')).toHaveLength(d.decisions.length);
    expect(panel.querySelectorAll('ol.cards blockquote')).toHaveLength(d.cards.length);
    expect(panel.textContent).not.toMatch(RAW);
    const buttons = [...panel.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent)).toEqual(['Export the report (Markdown)', 'Export the data (JSON)', 'New game']);
    buttons.forEach((b) => b.click());
    expect(actions.exportMarkdown).toHaveBeenCalledOnce();
    expect(actions.exportJson).toHaveBeenCalledOnce();
    expect(actions.newGame).toHaveBeenCalledOnce();
  });

  it('is in Spanish', () => {
    const panel = debriefPanel(dEs, es, { exportMarkdown: () => {}, exportJson: () => {}, newGame: () => {} });
    expect(panel.querySelector('h2')?.textContent).toBe('Balance final');
    expect(panel.textContent).toContain('Semilla 5');
    expect(panel.textContent).not.toMatch(RAW);
  });
});
