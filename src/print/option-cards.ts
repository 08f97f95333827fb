import { MODEL, OPTION_IDS, type Mission, type OptionId, type StrategyToken } from '../engine';
import { STRATEGY_CHANGE_SHOCK } from '../engine/elections';
import type { Language } from '../i18n';
import type { PaperQuote } from '../i18n/glossary';
import { formatNumber, signed, tableOf } from './describe';
import { escapeHtml as esc, page } from './html';
import { KIT_STRINGS } from './strings';

// The four option cards, larger than the event cards, two to a sheet: the paper's summary of each
// option (from the game's option texts), what it does in the game (read from the engine's numbers),
// and a verbatim quote from the paper's discussion of it.

/** A short verbatim passage of §3 for each option (checked against the paper by the kit's test). */
export const OPTION_QUOTES: Readonly<Record<OptionId, PaperQuote>> = {
  A: { text: 'Option A would facilitate a continued process of greater understanding and increased interoperability between the two militaries.', section: '§3 Option A' },
  B: { text: 'The selection of Option B would not sustain or advance US and Mexican defense and military relations as far as under Option A.', section: '§3 Option B' },
  C: { text: 'whether Mexico would choose to engage in a socially based alternative with or without a law enforcement component', section: '§3 Option C' },
  D: { text: 'Cooperation would no doubt be limited, at best, to functional connections such as disaster relief and border coordination issues.', section: '§3 Option D' },
};

const MISSION_OF: Readonly<Record<StrategyToken, Mission>> = {
  A: 'militaryLead',
  B: 'policeTransition',
  'C+LE': 'militarySupportsPolice',
  C: 'traditionalMissions',
  D: 'accommodation',
};

const list = (items: readonly string[]) => `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;

/** What one strategy does in the game, as lines of HTML. */
function gameLines(token: StrategyToken, language: Language): { mission: string; chosen: string[]; yearly: string[]; special: string[] } {
  const k = KIT_STRINGS[language];
  const t = tableOf(language);
  const mission = MISSION_OF[token];
  const n = (x: number) => signed(x, language);
  const target = MODEL.missionTarget[mission];
  const shock = STRATEGY_CHANGE_SHOCK[token];
  const fresh = MODEL.freshStart[token];
  const chosen: string[] = [];
  if (shock.sedena || shock.semar) {
    chosen.push(`<span class="eff-worse">SEDENA ${esc(n(shock.sedena))}, SEMAR ${esc(n(shock.semar))}</span>`);
  } else chosen.push(esc(k.nothingChanges));
  if (fresh) chosen.push(esc(`${t.trackShort.publicSupport} ${n(fresh)}`));
  const yearly: string[] = [`<strong>${esc(k.pulledToward(target.sedena, target.semar))}</strong>`];
  const institutions = MODEL.institutionGrowth[mission];
  if (institutions) yearly.push(`<span class="eff-better">${esc(k.perYear.institutions(n(institutions)))}</span>`);
  if (mission === 'accommodation') yearly.push(`<span class="eff-worse">${esc(k.perYear.dismantle(formatNumber(MODEL.dismantleRate, language)))}</span>`);
  const ties = MODEL.personalTiesGain[mission];
  if (ties) yearly.push(`<span class="eff-better">${esc(k.perYear.ties(n(ties)))}</span>`);
  const tension = MODEL.tensionByMission[mission];
  if (tension) yearly.push(`<span class="eff-worse">${esc(k.perYear.tension(n(tension)))}</span>`);
  const pressure = MODEL.tcoPressure[mission];
  if (pressure) yearly.push(esc(k.perYear.pressure(formatNumber(pressure, language))));
  const growth = MODEL.tcoGrowthByMission[mission];
  if (growth) yearly.push(esc(k.perYear.cartelGrowth(n(growth))));
  yearly.push(esc(k.perYear.police(n(MODEL.policeGrowth[mission]))));
  yearly.push(esc(k.perYear.ruleOfLaw(n(MODEL.ruleOfLawByMission[mission]))));
  const conflict = MODEL.conflictFactor[mission];
  yearly.push(esc(k.perYear.conflict(formatNumber(conflict.start, language), formatNumber(conflict.max, language))));
  const special: string[] = [];
  if (token === 'B') {
    special.push(esc(k.handover(MODEL.handoverYears, MODEL.handoverPoliceCapacity, Math.round(MODEL.handoverChance * 100), n(MODEL.handoverShock.sedena), n(MODEL.handoverShock.semar))));
  }
  if (token === 'D') {
    special.push(esc(k.closedStance));
    special.push(esc(k.accommodationRules(Math.round(MODEL.accommodationDiscovery * 100), Math.round(MODEL.fragmentationChance * 100), formatNumber(MODEL.intelligenceLeak, language))));
    special.push(esc(k.reopen));
  }
  return { mission: esc(t.missions[mission]), chosen, yearly, special };
}

function gameBlock(token: StrategyToken, language: Language): string {
  const k = KIT_STRINGS[language];
  const g = gameLines(token, language);
  return `<dl>
    <dt>${esc(k.mission)}</dt><dd>${g.mission}</dd>
    <dt>${esc(k.whenChosen)}</dt><dd>${g.chosen.join(', ')}</dd>
    <dt>${esc(k.everyYear)}</dt><dd>${list(g.yearly)}</dd>
    ${g.special.length ? `<dd>${g.special.map((s) => `<p>${s}</p>`).join('')}</dd>` : ''}
  </dl>`;
}

function compactGameBlock(token: StrategyToken, language: Language): string {
  const k = KIT_STRINGS[language];
  const g = gameLines(token, language);
  return `<p><strong>${g.mission}</strong></p><p>${esc(k.whenChosen)}: ${g.chosen.join(', ')}</p>${list(g.yearly)}`;
}

export function optionCardHtml(option: OptionId, language: Language): string {
  const k = KIT_STRINGS[language];
  const t = tableOf(language);
  const o = t.optionCards[option];
  const labels = t.optionCards.labels;
  const quote = OPTION_QUOTES[option];
  const paper = `<div class="paper"><h3>${esc(k.inThePaper)}</h3><dl>
    <dt>${esc(labels.description)}</dt><dd>${esc(o.description)}</dd>
    <dt>${esc(labels.advantages)}</dt><dd>${esc(o.advantages)}</dd>
    <dt>${esc(labels.disadvantages)}</dt><dd>${esc(o.disadvantages)}</dd>
    <dt>${esc(labels.outcome)}</dt><dd>${esc(o.outcome)}</dd>
  </dl><blockquote class="quote">“${esc(quote.text)}”</blockquote><p class="cite">Downie 2011, ${esc(quote.section)}</p></div>`;
  const game =
    option === 'C'
      ? `<div class="game"><h3>${esc(k.inTheGame)}</h3><p>${esc(k.leChoice)}</p><div class="le"><div><h4>${esc(k.withLe)}</h4>${compactGameBlock('C+LE', language)}</div><div><h4>${esc(k.withoutLe)}</h4>${compactGameBlock('C', language)}</div></div><p class="muted">${esc(k.sameOption)}</p></div>`
      : `<div class="game"><h3>${esc(k.inTheGame)}</h3>${gameBlock(option, language)}<p class="muted">${esc(k.sameOption)}</p></div>`;
  return `<article class="option-card" data-option="${option}">
  <header><span class="letter">${option}</span><h2 class="option-title">${esc(o.title.replace(/^[A-D]\.\s*/, ''))}</h2></header>
  ${paper}
  ${game}
</article>`;
}

export function optionCardPages(language: Language): string[] {
  const k = KIT_STRINGS[language];
  const pages: string[] = [];
  for (let i = 0; i < OPTION_IDS.length; i += 2) {
    const pair = OPTION_IDS.slice(i, i + 2);
    const head = `<h2 class="section">${esc(k.sections.options)}<small>${i / 2 + 1}/2</small></h2>${i === 0 ? `<p class="options-intro">${esc(k.optionsIntro)}</p>` : ''}`;
    pages.push(page('options', `${head}\n${pair.map((o) => optionCardHtml(o, language)).join('\n')}`));
  }
  return pages;
}
