import {
  affordableOptions,
  electionWeights,
  legalMoves,
  optionCost,
  PARTIES,
  roleAction,
  type Card,
  type GameState,
  type OptionId,
  type Party,
  type Role,
  type Scenario,
  type Stance,
} from '../../engine';
import type { PlayerMove } from '../../machine';
import type { Language, Translate } from '../../i18n';
import { citationLine, describeEffects } from '../../i18n/describe';
import { reasonText } from '../debrief/debrief-data';
import { entriesOfYear, trackChanges } from '../view/changes';
import { h, uid } from './h';

// The controls for each moment of a year: the election, the transition's option cards, a card's
// choice, a team's decisions, and the report. Each offers exactly the moves the engine lists.
// What a player enters before confirming carries a `data-keep` key: redrawn in another language,
// the panel gets it back (app.ts).

export interface TurnContext {
  readonly game: GameState;
  readonly scenario: Scenario;
  readonly t: Translate;
  readonly language: Language;
  send(move: PlayerMove): void;
  showPassage(card: Card): void;
}

function heading(text: string, level: 'h2' | 'h3' = 'h2'): HTMLElement {
  return h(level, { tabindex: -1, class: 'panel-title' }, text);
}

function teamBanner(ctx: TurnContext, role: Role): HTMLElement {
  return h('p', { class: 'team', 'data-role': role }, ctx.t('turn.yourTurn', { role: ctx.t(`roles.${role}`) }));
}

function delegateButton(ctx: TurnContext): HTMLElement {
  return h('button', { type: 'button', class: 'secondary', onclick: () => ctx.send({ type: 'DELEGATE' }) }, ctx.t('turn.delegate'));
}

/** A drawn card with its provenance, its citation and a button to read the passage. */
export function cardArticle(ctx: TurnContext, card: Card, extra?: HTMLElement): HTMLElement {
  const { t, language } = ctx;
  return h(
    'article',
    { class: 'event-card', 'aria-label': card.title[language] },
    h('h3', {}, card.title[language]),
    h('p', { class: 'provenance', 'data-provenance': card.provenance }, t(`provenance.${card.provenance}`)),
    h('p', {}, card.text[language]),
    h('p', { class: 'effects' }, `${t('print.effects')}: ${describeEffects(t, card.effects)}`),
    extra ?? null,
    h(
      'footer',
      {},
      h('blockquote', {}, `“${card.citation.quote}”`),
      h('p', { class: 'cite' }, citationLine(t, card)),
      h('button', { type: 'button', class: 'link', onclick: () => ctx.showPassage(card) }, t('turn.readPassage')),
    ),
  );
}

function drawnCards(ctx: TurnContext): HTMLElement | null {
  const cards = ctx.game.drawn.map((id) => ctx.scenario.deck.find((c) => c.id === id)).filter((c): c is Card => !!c);
  if (cards.length === 0) return null;
  return h('section', { class: 'drawn', 'aria-label': ctx.t('turn.thisYearsEvents') }, h('h3', {}, ctx.t('turn.thisYearsEvents')), ...cards.map((c) => cardArticle(ctx, c)));
}

export function electionPanel(ctx: TurnContext): HTMLElement {
  const { t, game, scenario } = ctx;
  const weights = electionWeights(game, scenario);
  const odds = h('ul', { class: 'odds' }, ...PARTIES.map((p) => h('li', {}, `${t(`parties.${p}`)}: ${Math.round(weights[p] * 100)}%`)));
  return h(
    'section',
    { class: 'turn' },
    heading(t('election.title', { year: game.year })),
    teamBanner(ctx, 'mexico'),
    h('p', {}, t('election.intro')),
    odds,
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'primary', onclick: () => ctx.send({ type: 'ELECT' }) }, t('election.draw')),
      ...PARTIES.map((p: Party) => h('button', { type: 'button', onclick: () => ctx.send({ type: 'ELECT', party: p }) }, t('election.choose', { party: p }))),
    ),
  );
}

const OPTION_PARTS = ['description', 'advantages', 'disadvantages', 'outcome'] as const;

export function transitionPanel(ctx: TurnContext): HTMLElement {
  const { t, game } = ctx;
  const leId = uid('le');
  const noLeId = uid('nole');
  const withLe = h('input', { type: 'radio', name: 'law-enforcement', id: leId, value: 'with', checked: true, 'data-keep': 'le:with' });
  const withoutLe = h('input', { type: 'radio', name: 'law-enforcement', id: noLeId, value: 'without', 'data-keep': 'le:without' });
  const options = (['A', 'B', 'C', 'D'] as OptionId[]).map((option) =>
    h(
      'article',
      { class: 'option-card', 'aria-labelledby': `option-${option}` },
      h('h3', { id: `option-${option}` }, t(`optionCards.${option}.title`)),
      h('dl', {}, ...OPTION_PARTS.flatMap((part) => [h('dt', {}, t(`optionCards.labels.${part}`)), h('dd', {}, t(`optionCards.${option}.${part}`))])),
      h('p', { class: 'cite' }, `“${t(`optionCards.${option}.quote`)}” (Downie 2011, ${t('optionCards.source')})`),
      option === 'C'
        ? h('fieldset', { class: 'sub-choice' },
            h('legend', {}, t('transition.lawEnforcement')),
            h('div', { class: 'check' }, withLe, h('label', { for: leId }, t('transition.withLe'))),
            h('div', { class: 'check' }, withoutLe, h('label', { for: noLeId }, t('transition.withoutLe'))))
        : null,
      h('button', {
        type: 'button',
        class: 'primary',
        onclick: () => ctx.send(option === 'C' ? { type: 'CHOOSE_OPTION', option, lawEnforcement: withLe.checked } : { type: 'CHOOSE_OPTION', option }),
      }, t('transition.choose', { option })),
    ),
  );
  return h('section', { class: 'turn' }, heading(t('transition.title', { party: game.party })), teamBanner(ctx, 'mexico'), h('p', {}, t('transition.intro')), ...options, delegateButton(ctx));
}

export function cardChoicePanel(ctx: TurnContext): HTMLElement {
  const { t, game, scenario, language } = ctx;
  const pending = game.pendingChoices[0];
  const card = pending && scenario.deck.find((c) => c.id === pending.card);
  if (!pending || !card?.choice) return h('p', {}, t('turn.waiting'));
  const affordable = new Set(affordableOptions(game, card.choice).map((o) => o.id));
  const name = uid('choice');
  const radios = card.choice.options.map((o, i) => {
    const id = uid('opt');
    const cost = optionCost(o, card.choice?.role ?? pending.role);
    return h('div', { class: 'check' },
      h('input', { type: 'radio', name, id, value: o.id, checked: i === card.choice?.options.findIndex((x) => affordable.has(x.id)), disabled: !affordable.has(o.id), 'data-keep': `choice:${card.id}:${o.id}` }),
      h('label', { for: id }, `${o.label[language]} — ${describeEffects(t, o.effects)}${cost && !affordable.has(o.id) ? ` (${t('turn.cannotAfford')})` : ''}`));
  });
  const form = h('form', { class: 'choice' },
    h('fieldset', {}, h('legend', {}, card.choice.prompt[language]), ...radios),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t('turn.confirmChoice')), delegateButton(ctx)));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const picked = form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`);
    if (picked) ctx.send({ type: 'RESOLVE_CARD', card: card.id, option: picked.value });
  });
  return h('section', { class: 'turn' }, heading(t('turn.cardChoiceTitle')), teamBanner(ctx, pending.role), cardArticle(ctx, card, form));
}

export function decidePanel(ctx: TurnContext, role: Role, onError: (message: string) => void): HTMLElement {
  const { t, game, scenario } = ctx;
  const [move] = legalMoves(game, scenario, role);
  if (move?.type !== 'DECIDE') return h('p', {}, t('turn.waiting'));
  const budgetLine = h('p', { class: 'budget', 'aria-live': 'polite' });
  const boxes: HTMLInputElement[] = [];
  const update = () => {
    const spent = boxes.filter((b) => b.checked).reduce((sum, b) => sum + Number(b.dataset.cost), 0);
    budgetLine.textContent = t('turn.budget', { spent, budget: move.budget });
    budgetLine.classList.toggle('over', spent > move.budget);
    // What the team can no longer afford is greyed out; unticking frees it again.
    for (const b of boxes) b.disabled = !b.checked && spent + Number(b.dataset.cost) > move.budget;
  };
  const actionList = h('fieldset', { class: 'actions-list' }, h('legend', {}, t('turn.actions')),
    ...move.actions.map((a) => {
      const id = uid('act');
      const box = h('input', { type: 'checkbox', id, name: 'action', value: a.id, 'data-cost': a.cost, 'data-keep': `action:${role}:${a.id}` });
      box.addEventListener('change', update);
      boxes.push(box);
      const def = roleAction(a.id);
      const tags = [t('turn.cost', { cost: a.cost }), ...(a.risky ? [t('turn.risky')] : []), ...(a.consent ? [t('turn.needsConsent')] : [])].join(' · ');
      return h('div', { class: `check action${a.risky ? ' risky' : ''}` }, box,
        h('label', { for: id }, h('strong', {}, t(`actions.${a.id}.name`)), ` (${tags})`, h('br', {}), h('span', { class: 'hint' }, `${t(`actions.${a.id}.text`)} ${def ? describeEffects(t, def.effects) : ''}`)));
    }));
  update();
  const stanceName = uid('stance');
  const stances = move.stances.length
    ? h('fieldset', { class: 'stance' }, h('legend', {}, t('turn.stance')),
        ...move.stances.map((s: Stance) => {
          const id = uid('stance');
          return h('div', { class: 'check' }, h('input', { type: 'radio', name: stanceName, id, value: s, checked: s === game.stance || (move.stances.length === 1), 'data-keep': `stance:${role}:${s}` }), h('label', { for: id }, t(`stances.${s}`)));
        }))
    : null;
  const form = h('form', { class: 'decide' }, actionList, budgetLine, stances,
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t('turn.confirmDecisions')), delegateButton(ctx)));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const actions = boxes.filter((b) => b.checked).map((b) => b.value);
    const spent = boxes.filter((b) => b.checked).reduce((sum, b) => sum + Number(b.dataset.cost), 0);
    if (spent > move.budget) return onError(t('turn.overBudget', { spent, budget: move.budget }));
    const stance = form.querySelector<HTMLInputElement>(`input[name="${stanceName}"]:checked`)?.value as Stance | undefined;
    ctx.send(stance ? { type: 'DECIDE', role, actions, stance } : { type: 'DECIDE', role, actions });
  });
  return h('section', { class: 'turn' }, heading(t('turn.decideTitle', { year: game.year })), teamBanner(ctx, role), drawnCards(ctx), form);
}

/** The report of the game's last year: closing it opens the debrief. */
export function leadsToDebrief(game: GameState): boolean {
  return game.phase === 'report' && game.yearInTerm >= 6 && game.sexenio >= game.config.sexenios;
}

export function reportPanel(ctx: TurnContext): HTMLElement {
  const { t, game, scenario, language } = ctx;
  const entries = entriesOfYear(game, game.year);
  const changes = trackChanges(entries, t, scenario, language);
  const list = h('ul', { class: 'changes' },
    ...changes.map((c) =>
      h('li', {},
        h('strong', {}, `${c.label}: ${fmt(c.from, c.track)} → ${fmt(c.to, c.track)}`),
        h('ul', { class: 'why' }, ...c.causes.slice(0, 4).map((cause) => h('li', {}, `${cause.delta > 0 ? '+' : ''}${fmt(cause.delta, c.track)} ${cause.cause}`))))));
  const decisions = entries.filter((e) => e.type === 'decision');
  const decisionList = h('ul', { class: 'decisions' },
    ...decisions.map((e) => e.type === 'decision'
      ? h('li', {}, h('strong', {}, `${t(`roles.${e.role}`)}: `), e.actions.length ? e.actions.map((a) => t(`actions.${a}.name`)).join(', ') : t('debrief.noAction'), e.reason ? h('span', { class: 'hint' }, ` — ${reasonText(e.reason, t)}`) : null)
      : null));
  const crossed = entries.filter((e) => e.type === 'bandCrossed');
  return h('section', { class: 'turn' },
    heading(t('report.title', { year: game.year })),
    ...crossed.map((e) => (e.type === 'bandCrossed' ? h('p', { class: 'alert', role: 'status' }, t('report.bandCrossed', { from: t(`bands.${e.from}`), to: t(`bands.${e.to}`) })) : null)),
    h('h3', {}, t('report.whatChanged')), list,
    h('h3', {}, t('report.decisions')), decisionList,
    drawnCards(ctx),
    h('div', { class: 'actions' }, h('button', { type: 'button', class: 'primary', onclick: () => ctx.send({ type: 'CONTINUE' }) }, game.yearInTerm < 6 ? t('report.nextYear') : leadsToDebrief(game) ? t('report.toDebrief') : t('report.toElection'))));
}

function fmt(v: number, track: string): string {
  return track === 'violence' ? Math.round(v).toLocaleString('en-US') : (Math.round(v * 10) / 10).toString();
}
