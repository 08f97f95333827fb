import { describe, expect, it } from 'vitest';
import { TRACK_NAMES } from '../../src/engine';
import { exerciseGame, type Exercise } from '../../src/exercise';
import { hotWash } from '../../src/exercise/hotwash';
import { createStrings, LANGUAGES } from '../../src/i18n';
import { comparisonRequest, computeComparisons } from '../../src/sim/debrief-comparisons';
import { comparisonTitle, methodNote } from '../../src/ui/debrief/comparison-text';
import { buildDebrief } from '../../src/ui/debrief/debrief-data';
import { comparisonMarkdown } from '../../src/ui/debrief/export';
import { EXERCISE_REPORT } from '../../src/i18n/exercise-report';
import { exerciseJson, lineChartSvg, reportHtml, reportMarkdown, reportWords, timelineRow, tracksCsv } from '../../src/ui/exercise-report';
import { playedExercise } from '../exercise/fixtures';

// The after-action report's renderers: Markdown, CSV of the tracks, the exercise as JSON, and the
// printable HTML with its charts; every word from the string tables, in English and in Spanish.

const { scenario: sc, exercise, game } = playedExercise();
const hw = hotWash(exercise, game, sc);
const en = EXERCISE_REPORT.en;
const es = EXERCISE_REPORT.es;
const sectionTitles = (s: typeof en) => Object.values(s.sections);

describe('the Markdown report', () => {
  const md = { en: reportMarkdown(hw, sc, 'en'), es: reportMarkdown(hw, sc, 'es') };

  it('has each section, in order, under its title', () => {
    for (const language of LANGUAGES) {
      const s = EXERCISE_REPORT[language];
      const titles = [s.sections.summary, s.sections.timeline, s.sections.tracks, s.sections.objectives, s.sections.prompts, s.sections.notes];
      const at = titles.map((t) => md[language].indexOf(`\n## ${t}\n`));
      for (const [i, position] of at.entries()) expect(position, `${language}: ${titles[i]}`).toBeGreaterThan(0);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
      expect(md[language].startsWith(`# ${s.documentTitle}: ${exercise.title}\n`)).toBe(true);
    }
  });

  it('has a timeline row for every item, and the rest of the hot wash', () => {
    const rows = md.en.split('\n').filter((l) => /^\| T\+/.test(l));
    expect(rows.length).toBe(hw.timeline.length);
    expect(md.en).toContain('Inject: Hurricane relief across the border');
    expect(md.en).toContain('Discuss the hurricane');
    expect(md.en).toContain('Blue argued for a Navy-only channel.');
    expect(md.en).toContain('“Such institutionalized arrangements help mitigate and dampen the impact of changes resulting from political transitions.”');
    expect(md.en).toContain(`**${en.objectives.forTheRoom}**: Keep the Navy channel open whatever happens`);
  });

  it('in Spanish has no English section title or label', () => {
    const english = [
      en.documentTitle,
      ...sectionTitles(en),
      ...Object.values(en.columns),
      en.summary.scenario,
      en.summary.teams,
      en.summary.decideLabel,
      en.summary.duration,
      en.prompts.fromPaper,
      en.prompts.fromGame,
      en.prompts.fromInjects,
      en.who.controlCell,
      en.timeline.byComputer,
      ...Object.values(en.prompts.recommendation).map((r) => r.title),
    ];
    // As whole words: Spanish "Resultado" holds the English "Result".
    for (const text of english) expect(md.es, text).not.toMatch(new RegExp(`(^|[^\\p{L}])${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^\\p{L}]|$)`, 'u'));
    // Every section but the charts, which only the printed report has.
    for (const text of sectionTitles(es).filter((t) => t !== es.sections.charts)) expect(md.es).toContain(`## ${text}`);
    expect(md.es).toContain(es.timeline.inject('Ayuda ante un huracán en la frontera'));
  });

  it("words a pause the room made for a lost connection in the report's language", () => {
    const team = exercise.teams[0]!;
    const record: Exercise = { ...exercise, log: exercise.log.map((e) => (e.kind === 'pause' ? { ...e, reason: `${team.name} lost its connection`, detail: { dropped: team.id } } : e)) };
    const text = reportMarkdown(hotWash(record, game, sc), sc, 'es');
    expect(text).toContain(`${team.name} perdió la conexión`);
    expect(text).not.toContain('lost its connection');
  });

  it('keeps a table intact when a note or a reason holds a pipe or a line break', () => {
    const record: Exercise = { ...exercise, log: exercise.log.map((e) => (e.kind === 'pause' ? { ...e, reason: 'a | b\nc' } : e)) };
    const text = reportMarkdown(hotWash(record, game, sc), sc, 'en');
    expect(text).toContain('a \\| b c');
  });
});

describe('the CSV of the tracks', () => {
  it('has one row per year and one column per track', () => {
    for (const language of LANGUAGES) {
      const lines = tracksCsv(hw, language).trimEnd().split('\r\n');
      expect(lines.length).toBe(1 + hw.tracks.length);
      const rows = lines.map((l) => l.split(','));
      for (const row of rows) expect(row.length).toBe(1 + TRACK_NAMES.length);
      expect(rows.slice(1).map((r) => Number(r[0]))).toEqual(hw.tracks.map((t) => t.year));
      expect(new Set(rows.slice(1).map((r) => r[0])).size).toBe(hw.tracks.length);
      for (const row of rows.slice(1)) for (const value of row) expect(Number.isFinite(Number(value)), value).toBe(true);
    }
  });

  it('holds the values of the hot wash, headed in the language', () => {
    const [header, first] = tracksCsv(hw, 'es').split('\r\n').map((l) => l.split(','));
    expect(header?.[0]).toBe(es.columns.year);
    expect(header).toContain('Relación');
    const start = hw.tracks[0];
    expect(first).toEqual([String(start?.year), ...TRACK_NAMES.map((t) => String(start?.values[t]))]);
  });
});

describe('the JSON export', () => {
  it('is the whole exercise, and replays to the same game', () => {
    const parsed = JSON.parse(exerciseJson(exercise)) as Exercise;
    expect(parsed).toEqual(exercise);
    const replayed = exerciseGame(sc, parsed);
    expect(replayed.history).toEqual(game.history);
    expect(replayed.log).toEqual(game.log);
    expect(hotWash(parsed, replayed, sc)).toEqual(hw);
  });
});

describe('the printable report', () => {
  const html = { en: reportHtml(hw, sc, 'en'), es: reportHtml(hw, sc, 'es') };

  it('is one self-contained document with a page break before each section', () => {
    for (const language of LANGUAGES) {
      const doc = html[language];
      expect(doc.startsWith('<!doctype html>')).toBe(true);
      expect(doc).toContain(`<html lang="${language}">`);
      expect(doc).toContain('break-before: page');
      expect(doc).not.toMatch(/<script|<link |src="http|href="http/);
      expect(doc.match(/<section/g)?.length).toBe(7);
      for (const title of sectionTitles(EXERCISE_REPORT[language])) expect(doc).toContain(`<h2>${title.replace(/'/g, '&#39;')}</h2>`);
    }
  });

  it('draws the tracks as inline SVG charts', () => {
    const charts = html.en.match(/<svg [^>]*role="img"/g) ?? [];
    expect(charts.length).toBe(5);
    expect(html.en).toContain(`<title>${en.charts.relationship}</title>`);
    expect(html.es).toContain(`<title>${es.charts.relationship}</title>`);
    // The relationship chart shades the six bands.
    expect(html.en).toContain('>Institutionalized</text>');
  });

  it('escapes what people typed', () => {
    const record: Exercise = { ...exercise, title: 'Fish & <chips>', notes: [{ ...(exercise.notes[0] as Exercise['notes'][number]), text: '<img src=x onerror=alert(1)>' }] };
    const doc = reportHtml(hotWash(record, game, sc), sc, 'en');
    expect(doc).toContain('Fish &amp; &lt;chips&gt;');
    expect(doc).not.toContain('<img');
    expect(doc).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('in Spanish has no English section title', () => {
    for (const title of [en.documentTitle, ...sectionTitles(en), ...Object.values(en.charts)]) expect(html.es, title).not.toContain(title.replace(/'/g, '&#39;'));
  });

  it('words every timeline item', () => {
    for (const language of LANGUAGES) {
      const w = reportWords(hw, sc, language);
      for (const item of hw.timeline) {
        const row = timelineRow(w, item);
        expect(row.what, `${language} ${item.kind}`).not.toBe('');
        expect(row.what).not.toMatch(/undefined|\b(actions|roles|tracks|strategies|reasons)\./);
        expect(row.why).not.toMatch(/undefined|\breasons\./);
      }
    }
  });
});

describe('lineChartSvg', () => {
  it('draws one path per series, a point per year, and a legend', () => {
    const svg = lineChartSvg({
      title: 'T <1>',
      years: [2012, 2013, 2014],
      series: [
        { label: 'a', values: [1, 2, 3], color: '#000' },
        { label: 'b', values: [3, 2, 1], color: '#111', dashed: true, steps: true },
      ],
      min: 0,
      max: 4,
      ticks: [{ value: 0, label: '0' }],
    });
    expect(svg.match(/<path /g)?.length).toBe(2);
    expect(svg.match(/<circle /g)?.length).toBe(6);
    expect(svg).toContain('stroke-dasharray');
    expect(svg).toContain('<title>T &lt;1&gt;</title>');
    expect(svg).toMatch(/d="M[\d.]+,[\d.]+H[\d.]+V[\d.]+/);
  });
});

describe('the controlled comparison in the printable report', () => {
  // The hot wash's comparisons as the console has them once played (here on 4 seeds, to be quick).
  const data = computeComparisons(sc, comparisonRequest(game, sc, 4));
  const debrief = { en: buildDebrief(game, sc, createStrings('en').t, 'en', data), es: buildDebrief(game, sc, createStrings('es').t, 'es', data) };
  const html = {
    en: reportHtml(hw, sc, 'en', { kind: 'ready', debrief: debrief.en }),
    es: reportHtml(hw, sc, 'es', { kind: 'ready', debrief: debrief.es }),
  };
  const sectionOf = (doc: string, title: string) => doc.slice(doc.indexOf(`<h2>${title}</h2>`), doc.indexOf('</section>', doc.indexOf(`<h2>${title}</h2>`)));

  it('comes after the tracks, as a section of its own, in both languages', () => {
    expect(data.length).toBeGreaterThan(0);
    for (const language of LANGUAGES) {
      const { t } = createStrings(language);
      const title = t('exercise.console.comparisonsTitle');
      const doc = html[language];
      expect(doc.match(/<section/g)?.length).toBe(8);
      const at = (heading: string) => doc.indexOf(`<h2>${heading.replace(/'/g, '&#39;')}</h2>`);
      expect(at(title)).toBeGreaterThan(at(EXERCISE_REPORT[language].sections.tracks));
      expect(at(title)).toBeLessThan(at(EXERCISE_REPORT[language].sections.objectives));
      expect(at(EXERCISE_REPORT[language].sections.tracks)).toBeGreaterThan(0);
      const part = sectionOf(doc, title);
      expect(part).toContain(`<th>${t('debrief.alternative')}</th>`);
      expect(part).toContain(`<th class="num">${t('debrief.median')}</th><th class="num">p10</th><th class="num">p90</th>`);
    }
  });

  it('has the same values and spread as the Markdown export, with a shaded p10–p90 band per alternative', () => {
    const part = sectionOf(html.en, 'The controlled comparison of options');
    const { t } = createStrings('en');
    for (const c of debrief.en.comparisons) {
      const markdown = comparisonMarkdown(c, debrief.en, t);
      for (const b of c.bands) {
        // | label | median | p10 | p90 | on your seed |, as the Markdown has it.
        const row = markdown.find((l) => l.startsWith(`| ${b.label} | ${Math.round(b.final.p50)} |`));
        expect(row, b.label).toBeDefined();
        const [, , p50, p10, p90] = (row ?? '').split('|').map((x) => x.trim());
        expect(part).toContain(`<td>${b.label.replace(/'/g, '&#39;')}</td><td class="num">${p50}</td><td class="num">${p10}</td><td class="num">${p90}</td>`);
        // The medians by year, each with its spread.
        expect(part).toContain(`${Math.round(b.median[0] ?? 0)} <span class="spread">(${Math.round(b.p10[0] ?? 0)}–${Math.round(b.p90[0] ?? 0)})</span>`);
      }
      expect(part).toContain(comparisonTitle(c, t));
      expect(part).toContain(methodNote(c, t).replace(/'/g, '&#39;'));
    }
    const bands = debrief.en.comparisons.reduce((n, c) => n + c.bands.length, 0);
    expect(part.match(/<polygon [^>]*class="spread"/g)?.length).toBe(bands);
  });

  it('in Spanish is worded in Spanish', () => {
    const part = sectionOf(html.es, 'La comparación controlada de opciones');
    for (const english of ['Alternative', 'Median', 'On your seed', 'Your game', 'How this was measured']) expect(part, english).not.toMatch(new RegExp(`\\b${english}\\b`));
    expect(part).toContain(debrief.es.comparisons[0]?.bands[0]?.label ?? '?');
  });

  it('says so when the comparison was still being played', () => {
    for (const language of LANGUAGES) {
      const doc = reportHtml(hw, sc, language, { kind: 'pending' });
      expect(doc).toContain(createStrings(language).t('exercise.console.comparisonsPending'));
      expect(doc).not.toContain('<table class="comparison">');
    }
  });
});

describe('the comparison of an exercise stopped early', () => {
  // A hot wash after the first year: the alternatives were played to the game's end (12 years here),
  // the exercise's own game has one year.
  const { t } = createStrings('en');
  const data = computeComparisons(sc, comparisonRequest(game, sc, 4));
  const full = buildDebrief(game, sc, t, 'en', data);
  const stretch = (v: readonly number[]) => Array.from({ length: 12 }, (_, i) => v[Math.min(i, v.length - 1)] ?? 0);
  const early = {
    ...full,
    years: full.years.slice(0, 1),
    yourGame: { ...full.yourGame, values: full.yourGame.values.slice(0, 1) },
    comparisons: full.comparisons.slice(0, 1).map((c) => ({ ...c, bands: c.bands.map((b) => ({ ...b, median: stretch(b.median), p10: stretch(b.p10), p90: stretch(b.p90) })) })),
  };
  const doc = reportHtml(hw, sc, 'en', { kind: 'ready', debrief: early });

  it('runs the years on past the exercise’s last, in tables a page wide', () => {
    const first = full.years[0] ?? 0;
    const tables = doc.match(/<table class="comparison-years">[\s\S]*?<\/table>/g) ?? [];
    expect(tables.length).toBe(2);
    const heads = tables.map((table) => [...table.matchAll(/<th class="num">(\d+)<\/th>/g)].map((m) => Number(m[1])));
    expect(heads).toEqual([Array.from({ length: 8 }, (_, i) => first + i), Array.from({ length: 4 }, (_, i) => first + 8 + i)]);
    // The exercise's own game only where it was played.
    const yours = tables[0]?.match(/<tr><td><strong>Your game<\/strong><\/td>(.*?)<\/tr>/)?.[1] ?? '';
    expect(yours.match(/<td class="num">\d+<\/td>/g)?.length).toBe(1);
    expect(yours.match(/<td class="num"><\/td>/g)?.length).toBe(7);
    // The chart has every year along its axis.
    const svg = doc.slice(doc.indexOf('<svg', doc.indexOf('comparison')));
    expect(svg).toContain(`>${first + 11}</text>`);
  });
});

describe('the charts’ legend', () => {
  it('puts a long label on a row of its own rather than over the next', () => {
    const long = 'The US policy the paper recommends, played by the computer';
    const svg = lineChartSvg({ title: 't', years: [1, 2], series: ['a', long, 'b'].map((label) => ({ label, values: [1, 2], color: '#000' })), min: 0, max: 2, ticks: [] });
    const texts = [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)" class="legend">([^<]*)<\/text>/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]), label: m[3] }));
    expect(texts.map((e) => e.label)).toEqual(['a', long, 'b']);
    const [a, l, b] = texts;
    // Each entry ends before the next begins on its row.
    expect(l && a && (l.y > a.y || l.x >= a.x + 200)).toBe(true);
    expect(b && l && (b.y > l.y || b.x >= l.x + long.length * 6.5)).toBe(true);
  });
});
