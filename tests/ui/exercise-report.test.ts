import { describe, expect, it } from 'vitest';
import { TRACK_NAMES } from '../../src/engine';
import { exerciseGame, type Exercise } from '../../src/exercise';
import { hotWash } from '../../src/exercise/hotwash';
import { LANGUAGES } from '../../src/i18n';
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
