import { roleAction, ROLES, type Role, type Scenario } from '../engine';
import type { Language } from '../i18n';
import { briefing } from '../i18n/briefings';
import { describeCondition, effectsHtml, tableOf } from './describe';
import { escapeHtml as esc, page } from './html';
import { KIT_STRINGS } from './strings';

// One sheet per role, from the role's briefing: who you are, what you want, your levers with their
// cost and what each does, your political capital and carry-over, and (for Mexico) the postures.

export function roleSheetPage(scenario: Scenario, role: Role, language: Language): string {
  const k = KIT_STRINGS[language];
  const t = tableOf(language);
  const b = briefing(scenario, role, language);
  const levers = b.control.levers
    .map((lever) => {
      const action = roleAction(lever.id);
      const tags = [
        ...(lever.consent ? [`<span class="tag">${esc(k.needsConsent)}</span>`] : []),
        ...(lever.once ? [`<span class="tag">${esc(k.once)}</span>`] : []),
        ...(lever.risky ? [`<span class="tag risky">${esc(k.risky)}</span>`] : []),
      ].join('');
      const when = action?.when ? `<span class="cond">${esc(k.onlyWhen)}: ${esc(describeCondition(action.when, language))}</span>` : '';
      return `<tr data-lever="${esc(lever.name)}"><td class="cost">${lever.cost}</td><td class="lever"><strong>${esc(lever.name)}</strong>${tags}</td><td>${esc(lever.text)}${when}</td><td>${action ? effectsHtml(action.effects, language, esc) : ''}</td></tr>`;
    })
    .join('\n');
  const stances = b.control.stances
    ? `<h3>${esc(k.stances)}</h3><p>${b.control.stances.map((s) => `<span class="check" style="display:inline-block;margin-right:4mm">${esc(s.name)}</span>`).join('')}</p><p class="muted">${esc(k.stancesNote)}</p>`
    : '';
  const others = b.others.map((o) => `<li><strong>${esc(o.name)}</strong>: ${esc(o.wants)}</li>`).join('');
  return page(
    'roles',
    `<div class="role-sheet ${role}">
<div class="role-head"><span class="kicker">${esc(k.roleSheet)}</span><h2>${esc(t.roles[role])}</h2><span class="kicker">${esc(scenario.title[language])}</span></div>
<div class="role-cols">
<div><h3>${esc(k.who)}</h3><p>${esc(b.you)}</p><h3>${esc(k.wants)}</h3><p>${esc(briefingWants(scenario, role, language))}</p><h3>${esc(k.goodOutcome)}</h3><p>${esc(b.goodOutcome)}</p></div>
<div><h3>${esc(k.capital)}</h3><p class="capital-line">${esc(b.control.summary)}</p>${stances}<blockquote class="role-quote"><p class="quote">“${esc(b.quote.text)}”</p><p class="cite">${esc(b.quote.source)}</p></blockquote><h3>${esc(k.others)}</h3><ul class="others">${others}</ul></div>
</div>
<h3>${esc(k.levers)}</h3>
<table class="levers"><thead><tr><th>${esc(k.cost)}</th><th>${esc(k.lever)}</th><th>${esc(k.whatItDoes)}</th><th>${esc(k.effects)}</th></tr></thead><tbody>
${levers}
</tbody></table>
</div>`,
  );
}

/** What a role wants: the briefing gives it to the others, so ask another role's brief for it. */
function briefingWants(scenario: Scenario, role: Role, language: Language): string {
  const other = ROLES.find((r) => r !== role) ?? role;
  return briefing(scenario, other, language).others.find((o) => o.role === role)?.wants ?? '';
}

export function roleSheetPages(scenario: Scenario, language: Language): string[] {
  return ROLES.map((r) => roleSheetPage(scenario, r, language));
}

