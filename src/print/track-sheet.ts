import {
  headlineRelationship,
  INTEL_LEVELS,
  MODEL,
  RELATIONSHIP_BANDS,
  ROLE_ACTIONS,
  ROLES,
  TRACK_BOUNDS,
  TRACK_NAMES,
  type Card,
  type Condition,
  type Effect,
  type NumericTrack,
  type Scenario,
} from '../engine';
import type { Language } from '../i18n';
import { bandRange } from '../i18n/glossary';
import { factName, formatNumber, tableOf } from './describe';
import { escapeHtml as esc, page } from './html';
import { KIT_STRINGS } from './strings';

// The track sheet: every track on its scale with the scenario's start value, the relationship's
// bands (from BAND_FLOORS), intelligence sharing's levels, a column per year to write in, the
// standing facts the cards tick, and the boxes for the option, party, posture and capital.

/** Every numeric track in the board's order; intelligence sharing has its own row of levels. */
const ROWS = TRACK_NAMES.filter((track): track is NumericTrack | 'relationship' => track !== 'intelligenceSharing');

export const YEAR_COLUMNS = 6;

/** The years a table writes in: the first year played and the five after it. */
export function sheetYears(scenario: Scenario): number[] {
  // The first year played follows the start year (after the election, or after the start values).
  const first = scenario.startYear + 1;
  return Array.from({ length: YEAR_COLUMNS }, (_, i) => first + i);
}

function scale(max: number, step: number, labelEvery: number, start: number, language: Language): string {
  const parts: string[] = ['<div class="axis"></div>'];
  for (let v = 0; v <= max; v += step) {
    const x = `${(v / max) * 100}%`;
    const major = v % labelEvery === 0;
    parts.push(`<i class="tick${major ? '' : ' minor'}" style="left:${x}"></i>`);
    if (major) parts.push(`<span class="label${v === 0 ? ' first' : v === max ? ' last' : ''}" style="left:${x}">${esc(formatNumber(v, language))}</span>`);
  }
  parts.push(`<i class="start-mark" style="left:${(Math.min(max, Math.max(0, start)) / max) * 100}%"></i>`);
  return `<div class="scale">${parts.join('')}</div>`;
}

/** Every flag a scenario's cards and the levers can test or set, in first-seen order. */
export function factsOf(scenario: Scenario, cards: readonly Card[]): string[] {
  const seen = new Set<string>(scenario.start.flags);
  const walk = (effects: readonly Effect[]) => {
    for (const e of effects) {
      if (e.op === 'flag') seen.add(e.flag);
      if (e.op === 'chance') {
        walk(e.then);
        walk(e.else ?? []);
      }
    }
  };
  const when = (c: Condition | undefined) => {
    for (const f of [...(c?.flags?.all ?? []), ...(c?.flags?.none ?? [])]) seen.add(f);
  };
  for (const card of cards) {
    when(card.when);
    walk(card.effects);
    for (const o of card.choice?.options ?? []) walk(o.effects);
  }
  for (const a of ROLE_ACTIONS) {
    when(a.when);
    walk(a.effects);
  }
  // The accommodation's own facts (Option D), which the resolution ticks.
  for (const f of ['accommodationKnown', 'intelligenceWithheld', 'accommodationFragmented']) seen.add(f);
  return [...seen];
}

const BAND_TINTS = ['#f4d9d5', '#f7ebe6', '#f3f2ee', '#e4f0f0', '#d2e8ea', '#bfdfe3'];

export function trackSheetPage(scenario: Scenario, cards: readonly Card[], language: Language): string {
  const k = KIT_STRINGS[language];
  const t = tableOf(language);
  const years = sheetYears(scenario);
  const tracks = scenario.start.tracks;
  const headline = headlineRelationship(tracks);
  const max = TRACK_BOUNDS['relationship.sedena'][1];
  const bands = RELATIONSHIP_BANDS.map((band, i) => {
    const [from, to] = bandRange(band);
    const width = ((to - from + 1) / (max + 1)) * 100;
    return `<div class="b" data-band="${band}" style="width:${width}%;background:${BAND_TINTS[i]}">${esc(t.bands[band])}<small>${from}–${to}</small></div>`;
  }).join('');
  const rows = ROWS.map((track) => {
    const [, top] = track === 'relationship' ? [0, max] : TRACK_BOUNDS[track];
    const start = track === 'relationship' ? headline : tracks[track];
    const isViolence = track === 'violence';
    const bar = isViolence ? scale(top, 5000, 10000, start, language) : scale(top, 5, 20, start, language);
    const cls = track === 'relationship.sedena' ? 'sedena' : track === 'relationship.semar' ? 'semar' : '';
    const sub = isViolence ? k.violenceScale(t.trackShort.violence) : t.trackShort[track] !== t.tracks[track] ? t.trackShort[track] : '';
    return `<tr class="${cls}" data-track="${track}"><td class="name">${esc(t.tracks[track])}${sub ? `<small>${esc(sub)}</small>` : ''}</td><td class="start">${esc(formatNumber(start, language))}</td><td>${bar}</td>${years.map(() => '<td class="write"></td>').join('')}</tr>`;
  }).join('\n');
  const intel = `<tr data-track="intelligenceSharing"><td class="name">${esc(k.intelLevels)}</td><td class="start" colspan="2">${INTEL_LEVELS.map((l) => `<span class="check${l === scenario.start.intelligenceSharing ? ' ticked' : ''}" style="display:inline-block;margin-right:3mm">${esc(t.intel[l])}</span>`).join('')}</td>${years.map(() => '<td class="write"></td>').join('')}</tr>`;
  const facts = factsOf(scenario, cards)
    .map((f) => `<span class="check${scenario.start.flags.includes(f) ? ' ticked' : ''}">${esc(factName(f, k))}</span>`)
    .join('');
  const once = ROLE_ACTIONS.filter((a) => a.once)
    .map((a) => `<span class="check">${esc((t.actions as Record<string, { name: string }>)[a.id]?.name ?? factName(a.id, k))} (${esc(t.roles[a.role])})</span>`)
    .join('');
  const writeLine = (label: string) => `<div class="write-line"><span>${esc(label)}</span>${years.map((y) => `<span class="cell">${y}</span>`).join('')}</div>`;
  const capitalLines = ROLES.map((r) => writeLine(`${t.roles[r]} (${MODEL.capitalPerYear[r]})`)).join('');
  const start = `${t.parties[scenario.party]}${scenario.strategy ? ` · ${k.option(t.strategyShort[scenario.strategy])}` : ''}`;
  return page(
    'tracks',
    `<h2 class="section">${esc(k.sections.tracks)}<small>${esc(scenario.title[language])}</small></h2>
<p>${esc(k.trackSheetIntro(scenario.title[language]))}</p>
<div class="band-scale"><h3>${esc(k.bandsTitle)}</h3>
<div class="bands">${bands}</div>
<p class="muted">${esc(k.headline(MODEL.headlineWeightSedena))}</p></div>
<table class="tracks">
<thead><tr><th></th><th>${esc(k.start)}</th><th>${esc(k.range)}</th>${years.map((y) => `<th>${y}</th>`).join('')}</tr></thead>
<tbody>
${rows}
${intel}
</tbody></table>
<p class="muted">${esc(k.intelRule(MODEL.intelDeep, MODEL.intelRoutine, MODEL.intelFunctional))}</p>
<div class="sheet-boxes two">
<div class="box"><h4>${esc(k.factsBox)}</h4><div class="facts">${facts}</div></div>
<div class="box"><h4>${esc(k.onceBox)}</h4>${once}<h4 style="margin-top:2mm">${esc(k.start)}</h4><p>${esc(start)}</p></div>
</div>
<div class="sheet-boxes one"><div class="box"><h4>${esc(k.yearBox)}</h4>${writeLine(k.strategyInForce)}${writeLine(k.partyInOffice)}${writeLine(k.stanceBox)}<h4 style="margin-top:1.5mm">${esc(k.capitalBox)}</h4>${capitalLines}</div></div>`,
  );
}
