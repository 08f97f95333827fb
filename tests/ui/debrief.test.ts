// @vitest-environment happy-dom
import { createActor } from 'xstate';
import { describe, expect, it, vi } from 'vitest';
import { makeConfig, playGame, relationshipBand, STRATEGY_TOKENS, TRACK_NAMES, type GameState, type StrategyToken } from '../../src/engine';
import { createStrings } from '../../src/i18n';
import { gameMachine } from '../../src/machine';
import { signed, tenths } from '../../src/ui/debrief/comparison-text';
import { comparisonRequest, computeComparisons } from '../../src/sim/debrief-comparisons';
import { buildDebrief, COMPARISON_SEEDS, labelComparisons, type Debrief, type DebriefComparison } from '../../src/ui/debrief/debrief-data';
import { debriefJson, debriefMarkdown } from '../../src/ui/debrief/export';
import { debriefPanel, showComparisonProgress, showComparisons } from '../../src/ui/dom/debrief';
import { scenario, seats, sign } from '../helpers';
import { expectAccessible } from './dom';
import { game, playUntil, sc } from './play';

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
    expect(line?.reason).toMatch(new RegExp(`^The ${strategy.party} president chose ${en(`strategyShort.${strategy.strategy}`)}: support for the strategy stood at \\d+%, violence at [\\d,]+ a year`));
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

  it('adds nothing over the computer playing its own strategy on its own seed', () => {
    const [strategy] = d.comparisons;
    expect(d.comparisons.map((c) => c.varies)).toEqual(['strategy']);
    expect(strategy?.bands[0]).toMatchObject({ key: d.chosen, kind: 'same', onYourSeed: d.tracks.relationship.at(-1) });
    expect(strategy?.added?.value).toBe(0);
    expect(dEs.yourGame.label).toBe('Su partida');
  });
});

/** Checks what every comparison must hold: one value per year, p10 <= median <= p90, and the added value. */
function expectWellFormed(debrief: Debrief, c: DebriefComparison): void {
  expect(c.seeds).toBe(COMPARISON_SEEDS);
  expect(c.yourFinal).toBe(debrief.tracks.relationship.at(-1));
  for (const b of c.bands) {
    for (const values of [b.median, b.p10, b.p90]) expect(values, b.key).toHaveLength(debrief.years.length);
    b.median.forEach((m, i) => {
      expect(b.p10[i], `${b.key} ${i}`).toBeLessThanOrEqual(m);
      expect(m, `${b.key} ${i}`).toBeLessThanOrEqual(b.p90[i] ?? Number.NaN);
    });
    // Every alternative starts from the scenario's opening position.
    expect(b.median[0], b.key).toBe(debrief.tracks.relationship[0]);
    expect(b.final.p10).toBeLessThanOrEqual(b.final.p50);
    expect(b.final.p50).toBeLessThanOrEqual(b.final.p90);
    expect(b.label).not.toMatch(RAW);
  }
  expect(c.added?.value).toBeCloseTo(c.yourFinal - (c.bands[0]?.onYourSeed ?? Number.NaN), 9);
  expect(c.percentile).toBeGreaterThanOrEqual(0);
  expect(c.percentile).toBeLessThanOrEqual(100);
}

/** The sentence the debrief shows for a strategy comparison, written out here to check the wording. */
const addedText = (c: DebriefComparison) => {
  const points = Math.round(c.added?.value ?? Number.NaN);
  const how = points === 0 ? 'level with' : `${Math.abs(points)} point${Math.abs(points) === 1 ? '' : 's'} ${points > 0 ? 'above' : 'below'}`;
  return `You finished ${how} the computer playing ${c.added?.against} on the same seed (better than ${c.percentile}% of its 50 games).`;
};

const finalOf = (g: GameState) => g.history.at(-1)?.relationship;

/** A game with a human Mexico: the players set the election (PRI), choose B, then leave every decision to the computer. */
function humanMexicoGame(): GameState {
  const actor = createActor(gameMachine).start();
  actor.send({ type: 'START', scenario: sc, config: makeConfig(sc, { seed: 5, seats: seats(['mexico']) }) });
  actor.send(sign(actor, { type: 'ELECT', party: 'PRI' }));
  actor.send(sign(actor, { type: 'CHOOSE_OPTION', option: 'B' }));
  for (let i = 0; i < 200 && !actor.getSnapshot().matches('debrief'); i++) actor.send(sign(actor, actor.getSnapshot().matches({ years: 'report' }) ? { type: 'CONTINUE' } : { type: 'DELEGATE' }));
  return actor.getSnapshot().context.game as GameState;
}

const played = humanMexicoGame();
const human = buildDebrief(played, sc, en, 'en');
const humanEs = buildDebrief(played, sc, es, 'es');

describe('the comparisons of a game with a human Mexico (transition-2012, seed 5)', () => {
  const [c] = human.comparisons;
  if (!c) throw new Error('no comparison');

  it('plays the computer with your own strategy first, then each other one, on the same 50 seeds', () => {
    expect(played.phase).toBe('debrief');
    expect(human.chosen).toBe('B');
    expect(human.comparisons.map((x) => x.varies)).toEqual(['strategy']);
    expect(c.bands.map((b) => b.key)).toEqual(['B', ...STRATEGY_TOKENS.filter((x) => x !== 'B')]);
    expect(c.bands.map((b) => b.kind)).toEqual(['same', 'other', 'other', 'other', 'other']);
    expect(c.bands[0]?.label).toBe('The computer playing B');
    expect(c.bands[1]?.label).toBe('Option A');
    expect(c.added?.against).toBe('B');
    expectWellFormed(human, c);
    expect(new Set(c.bands.map((b) => b.final.p50)).size).toBeGreaterThan(2);
  });

  it("reads each band's own-seed value from the computer-only replay of that seed and strategy", () => {
    for (const b of c.bands) {
      const replay = playGame(sc, makeConfig(sc, { seed: 5, fixedStrategies: [b.key as StrategyToken], fixedParties: ['PRI'] }));
      expect(finalOf(replay), b.key).toBe(b.onYourSeed);
    }
    // Leaving every decision to the computer after choosing B adds nothing on the same seed.
    expect(c.added?.value).toBe(0);
    expect(c.yourFinal).toBe(finalOf(played));
  });
});

describe('the comparisons of other games', () => {
  it('compares a US player with the three US policies', () => {
    const g = game(playUntil(['us'], 5, (x) => x.phase === 'debrief'));
    const debrief = buildDebrief(g, sc, en, 'en');
    expect(debrief.comparisons.map((x) => x.varies)).toEqual(['policy']);
    const [policy] = debrief.comparisons;
    if (!policy) throw new Error('no comparison');
    expect(policy.bands.map((b) => b.key)).toEqual(['recommended', 'passive', 'hawkish']);
    expect(policy.bands.map((b) => b.label)).toEqual(["The paper's recommended US policy", 'A passive US policy', 'A hawkish US policy']);
    expect(policy.added?.against).toBe("The paper's recommended US policy");
    expectWellFormed(debrief, policy);
    for (const b of policy.bands) {
      const replay = playGame(sc, makeConfig(sc, { seed: 5, usPolicy: b.key as 'recommended' | 'passive' | 'hawkish' }));
      expect(finalOf(replay), b.key).toBe(b.onYourSeed);
    }
  });

  it("compares both teams of a seminar, the US policies under the strategy Mexico's players chose", () => {
    const g = game(playUntil(['us', 'mexico'], 9, (x) => x.phase === 'debrief'));
    const debrief = buildDebrief(g, sc, en, 'en');
    expect(debrief.comparisons.map((x) => x.varies)).toEqual(['strategy', 'policy']);
    const [strategy, policy] = debrief.comparisons;
    expect(strategy?.bands[0]?.key).toBe('B');
    // Both references are the computer playing B with the recommended US policy on the same seed.
    expect(policy?.bands[0]?.onYourSeed).toBe(strategy?.bands[0]?.onYourSeed);
    expect(policy?.added?.value).toBe(strategy?.added?.value);
    for (const c of debrief.comparisons) expectWellFormed(debrief, c);
  });

  it('draws the historical path in calderon-2006, against the opening strategy and the others', () => {
    const calderon = scenario('calderon-2006');
    const g = playGame(calderon, makeConfig(calderon, { seed: 2, sexenios: 1 }));
    const debrief = buildDebrief(g, calderon, en, 'en');
    expect(debrief.years[0]).toBe(2006);
    const [strategy] = debrief.comparisons;
    if (!strategy) throw new Error('no comparison');
    expect(strategy.bands.map((b) => b.kind)).toEqual(['same', 'other', 'other', 'other', 'other', 'historical']);
    expect(strategy.bands[0]?.key).toBe(calderon.strategy);
    expect(strategy.bands.at(-1)?.label).toBe('What the actors did (historical decisions)');
    expectWellFormed(debrief, strategy);
    const history = playGame(calderon, makeConfig(calderon, { seed: 2, sexenios: 1, usPolicy: 'historical', mexicoPolicy: 'historical' }));
    expect(finalOf(history)).toBe(strategy.bands.at(-1)?.onYourSeed);
    expect(buildDebrief(g, calderon, es, 'es').comparisons[0]?.bands.at(-1)?.label).toBe('Lo que hicieron los actores (decisiones históricas)');
  });

  it('signs what your play added, in whole points', () => {
    expect([4.4, 3.6, -2.6, -0.4, 0].map(signed)).toEqual(['+4', '+4', '−3', '0', '0']);
  });
});

describe('the debrief exports', () => {
  const md = debriefMarkdown(d, en);

  it('writes a Markdown report with its headings, a row per track and every quote', () => {
    expect(md).toContain('# Debrief: The 2012 transition');
    for (const heading of ['## Every track over time', '## Your game against the computer: each strategy on the same 50 seeds', '## Decisions and their reasons', '## The events, with their sources']) expect(md).toContain(`\n${heading}\n`);
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
    expect(md).not.toMatch(RAW);
  });

  it('writes each comparison as a table of median, p10 and p90, with what your play added', () => {
    const report = debriefMarkdown(human, en);
    const [c] = human.comparisons;
    if (!c) throw new Error('no comparison');
    expect(report).toContain(`\n${addedText(c)}\n`);
    expect(report).toContain('| Alternative | Median | p10 | p90 | On your seed |\n|---|---:|---:|---:|---:|\n');
    expect(report).toContain(`| Your game | | | | ${tenths(c.yourFinal)} |`);
    for (const b of c.bands) {
      const r = Math.round;
      expect(report).toContain(`| ${b.label} | ${r(b.final.p50)} | ${r(b.final.p10)} | ${r(b.final.p90)} | ${tenths(b.onYourSeed)} |`);
    }
    expect(report).toContain('How this was measured: the computer played each choice on the same 50 seeds');
    expect(report).not.toMatch(RAW);
  });

  it('writes the report in Spanish when the game was in Spanish', () => {
    const mdEs = debriefMarkdown(dEs, es);
    expect(mdEs).toContain('# Balance final: La transición de 2012');
    expect(mdEs).toContain('## Su partida frente a la computadora: cada estrategia con las mismas 50 semillas');
    expect(mdEs).toContain('| Alternativa | Mediana | p10 | p90 | Con su semilla |');
    expect(mdEs).toContain('| Su partida | | | |');
    expect(mdEs).not.toMatch(RAW);
  });

  it('writes JSON that parses back to the same debrief, comparisons included', () => {
    expect(JSON.parse(debriefJson(d))).toEqual(d);
    const parsed = JSON.parse(debriefJson(human)) as Debrief;
    expect(parsed.comparisons).toEqual(human.comparisons);
    expect(parsed.comparisons[0]?.bands[0]).toMatchObject({ kind: 'same', median: human.comparisons[0]?.bands[0]?.median });
  });
});

describe('the debrief panel', () => {
  it('shows the summary, the comparison table, the decisions and the cards', () => {
    const actions = { exportMarkdown: vi.fn(), exportJson: vi.fn(), newGame: vi.fn() };
    const panel = debriefPanel(d, en, actions);
    expect(panel.querySelector('h2')?.textContent).toBe('Debrief');
    expect(panel.textContent).toContain(`The relationship ends ${d.finalBand}. Seed 5`);
    const [c] = d.comparisons;
    const rows = [...panel.querySelectorAll('table.comparison tbody tr')];
    expect(rows.map((r) => r.querySelector('th')?.textContent)).toEqual(['Your game', ...(c?.bands ?? []).map((b) => b.label)]);
    expect(rows[0]?.querySelector('td:last-child')?.textContent).toBe(tenths(d.tracks.relationship.at(-1) ?? -1));
    expect([...(rows[1]?.querySelectorAll('td') ?? [])].map((td) => td.textContent)).toEqual([
      String(Math.round(c?.bands[0]?.final.p50 ?? -1)),
      `${Math.round(c?.bands[0]?.final.p10 ?? -1)}–${Math.round(c?.bands[0]?.final.p90 ?? -1)}`,
      tenths(c?.bands[0]?.onYourSeed ?? -1),
    ]);
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

  it("says what the human player's play added, and how it was measured", () => {
    const panel = debriefPanel(human, en, { exportMarkdown: () => {}, exportJson: () => {}, newGame: () => {} });
    const [c] = human.comparisons;
    if (!c) throw new Error('no comparison');
    expect(panel.querySelector('.comparison h3')?.textContent).toBe('Your game against the computer: each strategy on the same 50 seeds');
    expect(panel.querySelector('.comparison p.added')?.textContent).toBe(addedText(c));
    expect(addedText(c)).toMatch(/^You finished (\d+ points? (above|below)|level with) the computer playing B on the same seed \(better than \d+% of its 50 games\)\.$/);
    expect(panel.querySelector('.comparison p.method')?.textContent).toMatch(/^How this was measured: .*same 50 seeds.*p10 to p90/);
    expect(panel.querySelectorAll('table.comparison tbody tr')).toHaveLength(6);
  });

  it('says it in Spanish', () => {
    const panel = debriefPanel(humanEs, es, { exportMarkdown: () => {}, exportJson: () => {}, newGame: () => {} });
    const [c] = humanEs.comparisons;
    expect(panel.querySelector('.comparison h3')?.textContent).toBe('Su partida frente a la computadora: cada estrategia con las mismas 50 semillas');
    const points = Math.round(c?.added?.value ?? Number.NaN);
    const how = points === 0 ? 'igual que' : `${Math.abs(points)} punto${Math.abs(points) === 1 ? '' : 's'} por ${points > 0 ? 'encima' : 'debajo'} de`;
    expect(panel.querySelector('.comparison p.added')?.textContent).toBe(`Terminó ${how} la computadora jugando B con la misma semilla (mejor que el ${c?.percentile}% de sus 50 partidas).`);
    expect([...panel.querySelectorAll('table.comparison thead th')].map((th) => th.textContent)).toEqual(['Alternativa', 'Mediana final', 'p10–p90 al final', 'Con su semilla']);
    expect(panel.querySelector('table.comparison tbody tr th')?.textContent).toBe('Su partida');
    expect(panel.querySelector('.comparison p.method')?.textContent).toMatch(/^Cómo se midió/);
    expect(panel.textContent).not.toMatch(RAW);
  });

  it('is in Spanish', () => {
    const panel = debriefPanel(dEs, es, { exportMarkdown: () => {}, exportJson: () => {}, newGame: () => {} });
    expect(panel.querySelector('h2')?.textContent).toBe('Balance final');
    expect(panel.textContent).toContain('Semilla 5');
    expect(panel.textContent).not.toMatch(RAW);
  });
});

describe('the debrief while its comparisons are played (in a worker)', () => {
  const noop = { exportMarkdown: () => {}, exportJson: () => {}, newGame: () => {} };
  const data = computeComparisons(sc, comparisonRequest(played, sc));

  it('words numbers played elsewhere as the page would have played and worded them', () => {
    expect(buildDebrief(played, sc, en, 'en', data)).toEqual(human);
    expect(buildDebrief(played, sc, es, 'es', data)).toEqual(humanEs);
    expect(labelComparisons(data, es)).toEqual(humanEs.comparisons);
    // Still being played: no comparisons yet, everything else in place.
    const pending = buildDebrief(played, sc, en, 'en', null);
    expect(pending).toEqual({ ...human, comparisons: [] });
  });

  it('shows everything else at once, a labelled progress bar where the comparisons go, and waits with the exports', () => {
    const panel = debriefPanel(buildDebrief(played, sc, en, 'en', null), en, noop, null);
    document.body.replaceChildren(panel);
    expect(panel.querySelector('h2')?.textContent).toBe('Debrief');
    expect(panel.querySelectorAll('ol.decisions > li')).toHaveLength(human.decisions.length);
    expect(panel.querySelectorAll('ol.cards > li')).toHaveLength(human.cards.length);
    expect(panel.querySelector('table.comparison')).toBeNull();
    expect(panel.querySelector('.comparisons')?.getAttribute('aria-busy')).toBe('true');
    const bar = panel.querySelector('progress') as HTMLProgressElement;
    expect(document.querySelector(`label[for="${bar.id}"]`)?.textContent).toBe("Playing the computer's games for the comparisons…");
    // Before the first report the bar is indeterminate.
    expect(bar.hasAttribute('value')).toBe(false);
    expect([...panel.querySelectorAll('button')].map((b) => [b.textContent, b.disabled])).toEqual([['Export the report (Markdown)', true], ['Export the data (JSON)', true], ['New game', false]]);
    expectAccessible(panel);

    showComparisonProgress(panel, { done: 125, total: 250 }, en);
    expect([bar.getAttribute('value'), bar.getAttribute('max')]).toEqual(['125', '250']);
    expect(panel.querySelector('.progress-count')?.textContent).toBe('125 of 250 games');

    showComparisons(panel, human, en);
    expect(panel.querySelector('progress')).toBeNull();
    expect(panel.querySelector('.comparisons')?.hasAttribute('aria-busy')).toBe(false);
    expect(panel.querySelectorAll('table.comparison tbody tr')).toHaveLength(6);
    expect([...panel.querySelectorAll('button')].every((b) => !b.disabled)).toBe(true);
    // The same panel as one drawn with the comparisons from the start.
    expect(panel.innerHTML.replace(/comparison-progress-\d+/g, '')).toBe(debriefPanel(human, en, noop).innerHTML);
  });

  it('says it in Spanish', () => {
    const panel = debriefPanel(buildDebrief(played, sc, es, 'es', null), es, noop, { done: 40, total: 250 });
    document.body.replaceChildren(panel);
    const bar = panel.querySelector('progress') as HTMLProgressElement;
    expect(document.querySelector(`label[for="${bar.id}"]`)?.textContent).toBe('La computadora está jugando las partidas de las comparaciones…');
    expect(panel.querySelector('.progress-count')?.textContent).toBe('40 de 250 partidas');
    expect(panel.textContent).not.toMatch(RAW);
  });
});
