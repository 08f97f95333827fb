import { MODEL, type Scenario } from '../engine';
import { DECISION_ORDER } from '../engine/legality';
import type { Language } from '../i18n';
import { GLOSSARY } from '../i18n/glossary';
import { formatNumber, listWords, tableOf } from './describe';
import { escapeHtml as esc, page } from './html';
import { KIT_STRINGS } from './strings';

// The one-page rules summary (the year in order, drawing cards with dice, consent with a coin,
// resolution, elections, scoring), every number read from the engine's MODEL, and the glossary of
// key terms for the back of the sheet.

export function rulesPage(scenario: Scenario, language: Language): string {
  const k = KIT_STRINGS[language];
  const r = k.rules;
  const t = tableOf(language);
  // Role names mid-sentence: "the cartels", not "The cartels"; "los cárteles", not "Los cárteles".
  const order = listWords(
    DECISION_ORDER.map((role, i) => (i > 0 ? t.roles[role].replace(/^(The|Los) /, (article) => article.toLowerCase()) : t.roles[role])),
    k.and,
  );
  const numbers = r.resolutionNumbers({
    rise: MODEL.riseRate,
    riseTies: MODEL.riseRatePersonalTies,
    drift: MODEL.driftRate,
    damper: MODEL.damperStrength,
    tensionThreshold: MODEL.tensionThreshold,
    impunity: MODEL.tcoImpunityGrowth,
    tensionPull: MODEL.tensionPull,
    commitmentPull: MODEL.commitmentPull,
    tensionBaseline: MODEL.tensionBaseline,
    tensionDecay: MODEL.tensionDecay,
    commitmentBaseline: MODEL.commitmentBaseline,
    commitmentDecay: MODEL.commitmentDecay,
    rotation: MODEL.rotationFade,
    demandLevel: MODEL.tcoDemandLevel,
    regrowth: MODEL.tcoRegrowth,
    violencePerPoint: MODEL.violencePerTcoPoint,
    violenceResponse: MODEL.violenceResponse,
    supportBaseline: MODEL.supportBaseline,
    fatigue: MODEL.supportFatigue,
    supportReference: MODEL.supportViolenceReference,
    supportScale: MODEL.supportViolenceScale,
    supportCap: MODEL.supportViolenceCap,
    supportPerTco: MODEL.supportPerTcoLoss,
  });
  const steps = r.steps.map((s) => `<li><strong>${esc(s.name)}.</strong> ${esc(s.text)}</li>`).join('');
  return page(
    'rules',
    `<header class="kit-title"><h1>${esc(k.title)}</h1><p>${esc(k.subtitle)}</p>
<p class="contents"><strong>${esc(k.contents)}:</strong> ${esc(k.contentsList.join(' · '))}</p>
<p class="legend"><span class="better">${esc(k.legend.better)}</span><span class="worse">${esc(k.legend.worse)}</span><span class="sedena">${esc(k.legend.sedena)}</span><span class="semar">${esc(k.legend.semar)}</span></p></header>
<h2 class="section">${esc(k.sections.rules)}<small>${esc(scenario.title[language])}</small></h2>
<div class="rules">
<h3>${esc(r.setup)}</h3><p>${esc(r.setupText(scenario.title[language]))}</p>
<div class="box"><h3>${esc(r.year)}</h3><ol>${steps}</ol><p>${esc(r.decisionsOrder(order))}</p></div>
<h3>${esc(r.draw)}</h3><p>${esc(r.drawText(Math.round(MODEL.secondCardChance * 100)))}</p><p>${esc(r.weights)}</p>
<h3>${esc(r.consent)}</h3><p>${esc(r.consentText(Math.round(MODEL.guardedConsent * 100)))}</p>
<h3>${esc(r.applying)}</h3><p>${esc(r.applyingText(MODEL.damperStrength, MODEL.institutionSaturation))}</p>
<h3>${esc(r.resolution)}</h3><ol>${r.resolutionSteps.map((s) => `<li>${esc(s)}</li>`).join('')}</ol><p>${esc(numbers)}</p><p class="muted">${esc(r.simplified)}</p>
<h3>${esc(r.elections)}</h3><p>${esc(r.electionsText({ floor: MODEL.electionSupportFloor, violence: formatNumber(MODEL.electionViolenceReference, language), penalty: MODEL.electionViolencePenalty }))}</p>
<div class="box"><h3>${esc(r.scoring)}</h3><p>${esc(r.scoringText(MODEL.headlineWeightSedena))}</p></div>
</div>`,
  );
}

export function glossaryPage(language: Language): string {
  const k = KIT_STRINGS[language];
  // The bands are on the track sheet with their ranges; the back of the rules keeps the other terms.
  const entries = GLOSSARY.filter((e) => e.range === undefined).map((e) => `<div><dt>${esc(e.headword[language])}</dt><dd>${esc(e.definition[language])}</dd></div>`).join('\n');
  return page('glossary', `<h2 class="section">${esc(k.sections.glossary)}</h2><p class="muted">${esc(k.glossaryIntro)}</p><dl class="glossary">\n${entries}\n</dl>`);
}
