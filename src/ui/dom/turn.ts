import {
  affordableOptions,
  afterReport,
  electionWeights,
  partiesByShare,
  legalMoves,
  MODEL,
  optionCost,
  PARTIES,
  relationshipBand,
  roleAction,
  type Card,
  type GameState,
  type OptionId,
  type Party,
  type Role,
  type Scenario,
  type Stance,
} from '../../engine';
import type { UnsignedMove } from '../../engine';
import type { Language, Translate } from '../../i18n';
import { citationLine, describeEffects } from '../../i18n/describe';
import { reasonText } from '../debrief/debrief-data';
import { changeLean, entriesOfYear, headlineOfYear, signedChange, TRACK_POLARITY, trackChanges, type TrackChange } from '../view/changes';
import { linkedText } from './glossary';
import { h, uid } from './h';
import { installShortcuts, shortcutsDialog, type ShortcutHandlers } from './keys';
import { consentOdds, previewDeltas, previewLine } from './preview';
import { emptyDecisionAsk } from './empty-decision';
import { mainActions } from './settle';
import { choiceLine, turnFooter } from './turn-footer';
import '../turn.css';

// The controls for each moment of a year: the election, the transition's option cards, a card's
// choice, a team's decisions, and the report. Each offers exactly the moves the engine lists.
// What a player enters before confirming carries a `data-keep` key: redrawn in another language,
// the panel gets it back (app.ts).

export interface TurnContext {
  readonly game: GameState;
  readonly scenario: Scenario;
  readonly t: Translate;
  readonly language: Language;
  /** Sends a move; the shell signs it for the seat at the screen. */
  send(move: UnsignedMove): void;
  showPassage(card: Card): void;
  /** Takes back the last decision of this year, before it resolves (the app replays the moves without it: undo.ts). */
  readonly undo?: () => void;
  /** Whether there is a decision to take back now. */
  readonly canUndo?: boolean;
  /** Opens the glossary (at an entry): terms in card text link to it. */
  openGlossary?(entryId?: string): void;
}

function heading(text: string, level: 'h2' | 'h3' = 'h2'): HTMLElement {
  return h(level, { tabindex: -1, class: 'panel-title' }, text);
}

function teamBanner(ctx: TurnContext, role: Role): HTMLElement {
  return h('p', { class: 'team', 'data-role': role }, ctx.t('turn.yourTurn', { role: ctx.t(`roles.${role}`) }));
}

function delegateButton(ctx: TurnContext): HTMLElement {
  const button = h('button', { type: 'button', class: 'secondary', onclick: () => ctx.send({ type: 'DELEGATE' }) }, ctx.t('turn.delegate'));
  mainActions(button);
  return button;
}

/** A drawn card with its provenance, its citation and a button to read the passage. */
export function cardArticle(ctx: TurnContext, card: Card, extra?: HTMLElement): HTMLElement {
  const { t, language } = ctx;
  return h(
    'article',
    { class: 'event-card', 'aria-label': card.title[language] },
    h('h3', {}, card.title[language]),
    h('p', { class: 'provenance', 'data-provenance': card.provenance }, t(`provenance.${card.provenance}`)),
    h('p', {}, ...(ctx.openGlossary ? linkedText(card.text[language], language, ctx.openGlossary, t) : [card.text[language]])),
    h('p', { class: 'effects' }, `${t('print.effects')}: ${describeEffects(t, card.effects)}`),
    extra ?? null,
    h(
      'footer',
      {},
      h('blockquote', { lang: 'en' }, `“${card.citation.quote}”`),
      h('p', { class: 'cite' }, `${citationLine(t, card)} · ${t('teach.quoteNote')}`),
      h('button', { type: 'button', class: 'link', onclick: () => ctx.showPassage(card) }, t('turn.readPassage')),
    ),
  );
}

/**
 * The cards of this year a player at the table has already read: every one once a team has
 * decided this year, and a card whose choice a team has made. They come back as one line each.
 */
function seenCards(ctx: TurnContext): Set<string> {
  const { game } = ctx;
  const human = (e: { role: Role; by: string }) => e.by === 'human' && game.config.seats[e.role] === 'human';
  const entries = entriesOfYear(game, game.year);
  if (entries.some((e) => e.type === 'decision' && human(e))) return new Set(game.drawn);
  return new Set(entries.flatMap((e) => (e.type === 'cardChoice' && human(e) ? [e.card] : [])));
}

/** A card already read, as one line that opens to the whole card. */
function cardLine(ctx: TurnContext, card: Card): HTMLElement {
  return h('details', { class: 'card-line' },
    h('summary', {}, h('strong', {}, card.title[ctx.language]), h('span', { class: 'hint' }, ` — ${describeEffects(ctx.t, card.effects)}`)),
    cardArticle(ctx, card));
}

function drawnCards(ctx: TurnContext, seen: ReadonlySet<string> = seenCards(ctx)): HTMLElement | null {
  const cards = ctx.game.drawn.map((id) => ctx.scenario.deck.find((c) => c.id === id)).filter((c): c is Card => !!c);
  if (cards.length === 0) return null;
  const fresh = cards.filter((c) => !seen.has(c.id));
  const read = cards.filter((c) => seen.has(c.id));
  return h('section', { class: 'drawn', 'aria-label': ctx.t('turn.thisYearsEvents') },
    h('h3', {}, ctx.t('turn.thisYearsEvents')),
    ...fresh.map((c) => cardArticle(ctx, c)),
    read.length ? h('div', { class: 'seen-cards', 'aria-label': ctx.t('turnView.seenCards') }, ...read.map((c) => cardLine(ctx, c))) : null);
}

/** What the teams before this one did this year, one line each. */
function earlierThisYear(ctx: TurnContext): HTMLElement | null {
  const { t, game, scenario, language } = ctx;
  const lines = entriesOfYear(game, game.year).flatMap((e) => {
    if (e.type === 'decision') {
      const did = e.actions.length ? e.actions.map((a) => t(`actions.${a}.name`)).join(', ') : t('turnView.noAction');
      return [`${t(`roles.${e.role}`)}: ${did}${e.stance ? ` · ${t('turnView.posture', { stance: t(`stances.${e.stance}`) })}` : ''}`];
    }
    if (e.type === 'cardChoice') {
      const card = scenario.deck.find((c) => c.id === e.card);
      const option = card?.choice?.options.find((o) => o.id === e.choice);
      return card && option ? [`${card.title[language]}: ${t('turnView.choseOption', { role: t(`roles.${e.role}`), option: option.label[language] })}`] : [];
    }
    return [];
  });
  if (lines.length === 0) return null;
  return h('section', { class: 'earlier', 'aria-label': t('turnView.earlier') }, h('h3', {}, t('turnView.earlier')), h('ul', {}, ...lines.map((l) => h('li', {}, l))));
}

/** The buttons every turn's footer may end with: undo, and the list of shortcuts. */
function footerExtras(ctx: TurnContext, help: () => void): (HTMLElement | null)[] {
  const { t } = ctx;
  return [
    ctx.undo && ctx.canUndo ? h('button', { type: 'button', class: 'secondary undo', 'aria-keyshortcuts': 'Control+Z U', onclick: () => ctx.undo?.() }, t('turnView.undo')) : null,
    h('button', { type: 'button', class: 'secondary shortcuts', 'aria-label': t('turnView.shortcutsButton'), 'aria-keyshortcuts': '?', onclick: help }, '?'),
  ];
}

/** Installs a panel's shortcuts and its help window (the window goes into the panel). */
function withShortcuts(ctx: TurnContext, panel: HTMLElement, handlers: Omit<ShortcutHandlers, 'help' | 'undo'>): () => void {
  const offered: ShortcutHandlers = { ...handlers, ...(ctx.undo && ctx.canUndo ? { undo: () => ctx.undo?.() } : {}) };
  const { dialog, open } = shortcutsDialog(ctx.t, offered);
  panel.append(dialog);
  installShortcuts(panel, { ...offered, help: open });
  return open;
}

export function electionPanel(ctx: TurnContext): HTMLElement {
  const { t, game, scenario } = ctx;
  const weights = electionWeights(game, scenario);
  // The odds in the order the board and the moment list them (largest first); the buttons keep the parties' own order.
  const odds = h('ul', { class: 'odds' }, ...partiesByShare(weights).map((p) => h('li', {}, `${t(`parties.${p}`)}: ${Math.round(weights[p] * 100)}%`)));
  const buttons = [
    h('button', { type: 'button', class: 'primary', onclick: () => ctx.send({ type: 'ELECT' }) }, t('election.draw')),
    ...PARTIES.map((p: Party) => h('button', { type: 'button', onclick: () => ctx.send({ type: 'ELECT', party: p }) }, t('election.choose', { party: p }))),
  ];
  mainActions(...buttons);
  return h('section', { class: 'turn' }, heading(t('election.title', { year: game.year })), teamBanner(ctx, 'mexico'), h('p', {}, t('election.intro')), odds, h('div', { class: 'actions' }, ...buttons));
}

const OPTION_PARTS = ['description', 'advantages', 'disadvantages', 'outcome'] as const;

export function transitionPanel(ctx: TurnContext): HTMLElement {
  const { t, game } = ctx;
  // The options and which of them ask for the law-enforcement sub-choice come from the rules.
  const [menu] = legalMoves(game, ctx.scenario, 'mexico');
  const offered = menu?.type === 'CHOOSE_OPTION' ? menu : { options: [] as readonly OptionId[], lawEnforcementChoice: [] as readonly OptionId[] };
  const leId = uid('le');
  const noLeId = uid('nole');
  const withLe = h('input', { type: 'radio', name: 'law-enforcement', id: leId, value: 'with', checked: true, 'data-keep': 'le:with' });
  const withoutLe = h('input', { type: 'radio', name: 'law-enforcement', id: noLeId, value: 'without', 'data-keep': 'le:without' });
  const options = offered.options.map((option) => {
    const choose = h('button', {
      type: 'button',
      class: 'primary',
      onclick: () => ctx.send(offered.lawEnforcementChoice.includes(option) ? { type: 'CHOOSE_OPTION', option, lawEnforcement: withLe.checked } : { type: 'CHOOSE_OPTION', option }),
    }, t('transition.choose', { option }));
    mainActions(choose);
    return h(
      'article',
      { class: 'option-card', 'aria-labelledby': `option-${option}` },
      h('h3', { id: `option-${option}` }, t(`optionCards.${option}.title`)),
      h('dl', {}, ...OPTION_PARTS.flatMap((part) => [h('dt', {}, t(`optionCards.labels.${part}`)), h('dd', {}, t(`optionCards.${option}.${part}`))])),
      h('p', { class: 'cite' }, `“${t(`optionCards.${option}.quote`)}” (Downie 2011, ${t('optionCards.source')})`),
      offered.lawEnforcementChoice.includes(option)
        ? h('fieldset', { class: 'sub-choice' },
            h('legend', {}, t('transition.lawEnforcement')),
            h('div', { class: 'check' }, withLe, h('label', { for: leId }, t('transition.withLe'))),
            h('div', { class: 'check' }, withoutLe, h('label', { for: noLeId }, t('transition.withoutLe'))))
        : null,
      choose,
    );
  });
  return h('section', { class: 'turn' }, heading(t('transition.title', { party: game.party })), teamBanner(ctx, 'mexico'), h('p', {}, t('transition.intro')), ...options, delegateButton(ctx));
}

export function cardChoicePanel(ctx: TurnContext): HTMLElement {
  const { t, game, scenario, language } = ctx;
  const pending = game.pendingChoices[0];
  const card = pending && scenario.deck.find((c) => c.id === pending.card);
  if (!pending || !card?.choice) return h('p', {}, t('turn.waiting'));
  const role = card.choice.role;
  const affordable = new Set(affordableOptions(game, card.choice).map((o) => o.id));
  const name = uid('choice');
  const inputs: HTMLInputElement[] = [];
  const radios = card.choice.options.map((o, i) => {
    const id = uid('opt');
    const cost = optionCost(o, role);
    const input = h('input', { type: 'radio', name, id, value: o.id, checked: i === card.choice?.options.findIndex((x) => affordable.has(x.id)), disabled: !affordable.has(o.id), 'data-keep': `choice:${card.id}:${o.id}` });
    inputs.push(input);
    // Where the option's label says what it costs ("costs 2 capital"), its effects leave that capital out.
    const told = labelTellsCapital(o.label[language]) ? { capitalShownFor: role } : {};
    return h('div', { class: 'check' }, input,
      h('label', { for: id }, `${o.label[language]} — ${describeEffects(t, o.effects, told)}${cost && !affordable.has(o.id) ? ` (${t('turn.cannotAfford')})` : ''}`));
  });
  // Confirm in the sticky footer, as for the decisions (turn-footer.ts): in view however long the card.
  const formId = uid('choice');
  const confirm = h('button', { type: 'submit', form: formId, class: 'primary', 'aria-keyshortcuts': 'Enter' }, t('turn.confirmChoice'));
  // Enter or a click meant for the panel before does not pass the card unread on its first option.
  mainActions(confirm);
  const section = h('section', { class: 'turn' });
  const extras = h('span', { class: 'extras' });
  const form = h('form', { class: 'choice', id: formId }, h('fieldset', {}, h('legend', {}, card.choice.prompt[language]), ...radios));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const picked = form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`);
    if (picked) ctx.send({ type: 'RESOLVE_CARD', card: card.id, option: picked.value });
  });
  section.append(heading(t('turn.cardChoiceTitle')), teamBanner(ctx, pending.role), earlierThisYear(ctx) ?? '', cardArticle(ctx, card, form), turnFooter([confirm, delegateButton(ctx), extras], { above: choiceLine(t('turnView.choicePicked'), form) }));
  const help = withShortcuts(ctx, section, {
    toggle: (i) => {
      const input = inputs[i];
      if (input && !input.disabled) input.click();
    },
    confirm: () => confirm.click(),
  });
  extras.append(...footerExtras(ctx, help).filter((x): x is HTMLElement => !!x));
  return section;
}

/** Whether a card option's label already says what it costs or gains in political capital. */
export function labelTellsCapital(label: string): boolean {
  return /capital/i.test(label);
}

/** The odds that Mexico accepts an offer: "Mexico accepts: 50%" when guarded, certain when open. */
function consentText(ctx: TurnContext): string {
  const odds = consentOdds(ctx.game.stance);
  return odds >= 1 ? ctx.t('turnView.consentOpen') : ctx.t('turnView.consentOdds', { percent: Math.round(odds * 100) });
}

export function decidePanel(ctx: TurnContext, role: Role, onError: (message: string) => void): HTMLElement {
  const { t, game, scenario, language } = ctx;
  const [move] = legalMoves(game, scenario, role);
  if (move?.type !== 'DECIDE') return h('p', {}, t('turn.waiting'));
  const budgetLine = h('p', { class: 'budget', 'aria-live': 'polite' });
  const leftLine = h('span', { class: 'left' });
  const preview = h('p', { class: 'preview', 'aria-live': 'polite', title: t('turnView.previewNote') });
  const boxes: HTMLInputElement[] = [];
  const spentNow = () => boxes.filter((b) => b.checked).reduce((sum, b) => sum + Number(b.dataset.cost), 0);
  const update = () => {
    const spent = spentNow();
    budgetLine.textContent = t('turn.budget', { spent, budget: move.budget });
    budgetLine.classList.toggle('over', spent > move.budget);
    leftLine.textContent = t('turnView.left', { count: Math.max(0, move.budget - spent) });
    // What the team can no longer afford is greyed out; unticking frees it again.
    for (const b of boxes) b.disabled = !b.checked && spent + Number(b.dataset.cost) > move.budget;
    const deltas = previewDeltas(game, boxes.filter((b) => b.checked).map((b) => b.value));
    preview.replaceChildren(h('strong', {}, `${t('turnView.preview')}: `), ...(deltas.length ? previewLine(t, deltas, language) : [h('span', { class: 'hint' }, t('turnView.previewNone'))]));
  };
  const offers = role !== 'mexico';
  const actionList = h('fieldset', { class: 'actions-list' }, h('legend', {}, t('turn.actions')),
    ...move.actions.map((a, i) => {
      const id = uid('act');
      const box = h('input', { type: 'checkbox', id, name: 'action', value: a.id, 'data-cost': a.cost, 'data-keep': `action:${role}:${a.id}`, 'aria-keyshortcuts': i < 9 ? String(i + 1) : null });
      box.addEventListener('change', update);
      boxes.push(box);
      const def = roleAction(a.id);
      const tags = [t('turn.cost', { cost: a.cost }), ...(a.risky ? [t('turn.risky')] : []), ...(a.consent ? [t('turn.needsConsent')] : [])].join(' · ');
      const odds = a.consent && offers ? h('span', { class: `consent-odds${game.stance === 'guarded' ? ' uncertain' : ''}` }, ` · ${consentText(ctx)}`) : null;
      // The number key sits outside the label: the box's name is the lever's.
      return h('div', { class: `check action${a.risky ? ' risky' : ''}` }, box, i < 9 ? h('kbd', { class: 'key', 'aria-hidden': 'true' }, String(i + 1)) : null,
        h('label', { for: id }, h('strong', {}, t(`actions.${a.id}.name`)), ` (${tags}`, odds, ')', h('br', {}),
          h('span', { class: 'hint' }, `${t(`actions.${a.id}.text`)} ${def ? describeEffects(t, def.effects, { capitalShownFor: role }) : ''}`)));
    }));
  // Under a closed stance the offers that need consent are not on the list: say why.
  const closedNote = offers && game.stance === 'closed' ? h('p', { class: 'hint closed-note' }, t('turnView.consentClosed')) : null;
  const stanceName = uid('stance');
  const stances = move.stances.length
    ? h('fieldset', { class: 'stance' }, h('legend', {}, t('turn.stance')),
        ...move.stances.map((s: Stance) => {
          const id = uid('stance');
          return h('div', { class: 'check' }, h('input', { type: 'radio', name: stanceName, id, value: s, checked: s === game.stance || (move.stances.length === 1), 'data-keep': `stance:${role}:${s}` }), h('label', { for: id }, t(`stances.${s}`)));
        }))
    : null;
  // What the ticks will do, the capital and Confirm stay in view at any size (turn-footer.ts).
  const formId = uid('decide');
  const confirm = h('button', { type: 'submit', form: formId, class: 'primary', 'aria-keyshortcuts': 'Enter' }, t('turn.confirmDecisions'));
  const extras = h('div', { class: 'extras' });
  const footer = turnFooter([confirm, delegateButton(ctx), extras], { above: preview, side: h('div', { class: 'capital' }, budgetLine, leftLine) });
  const form = h('form', { class: 'decide', id: formId }, drawnCards(ctx), actionList, closedNote, stances);
  mainActions(confirm);
  update();
  const chosenStance = () => form.querySelector<HTMLInputElement>(`input[name="${stanceName}"]:checked`)?.value as Stance | undefined;
  const decide = () => {
    const actions = boxes.filter((b) => b.checked).map((b) => b.value);
    const stance = chosenStance();
    ctx.send(stance ? { type: 'DECIDE', role, actions, stance } : { type: 'DECIDE', role, actions });
  };
  const ask = emptyDecisionAsk(t, decide);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const spent = spentNow();
    if (spent > move.budget) return onError(t('turn.overBudget', { spent, budget: move.budget }));
    // Nothing chosen (no action, the posture kept) while an action is still affordable: ask first.
    const nothing = !boxes.some((b) => b.checked) && (chosenStance() ?? game.stance) === game.stance;
    if (nothing && move.actions.some((a) => a.cost <= move.budget)) return ask.open(move.budget);
    decide();
  });
  const section = h('section', { class: 'turn decide-view' }, heading(t('turn.decideTitle', { year: game.year })), teamBanner(ctx, role), earlierThisYear(ctx), form, footer, ask.dialog);
  const help = withShortcuts(ctx, section, {
    toggle: (i) => {
      const box = boxes[i];
      if (box && !box.disabled) box.click();
    },
    confirm: () => confirm.click(),
  });
  extras.append(...footerExtras(ctx, help).filter((x): x is HTMLElement => !!x));
  return section;
}

/** The report of the game's last year: closing it opens the debrief. */
export function leadsToDebrief(game: GameState): boolean {
  return game.phase === 'report' && afterReport(game) === 'debrief';
}

/** The headline relationship of the reported year: its value and band, and the change, coloured. */
function headlineLine(ctx: TurnContext, changes: readonly TrackChange[]): HTMLElement[] {
  const { t, game, language } = ctx;
  const year = headlineOfYear(game, game.year);
  if (!year) return [];
  const delta = Math.round((year.to - year.from) * 10) / 10;
  const lean = changeLean('relationship', delta);
  const line = h('p', { class: 'headline' },
    h('strong', {}, t('turnView.headline', { value: year.to, band: t(`bands.${relationshipBand(year.to)}`) })), ' ',
    h('span', { class: `delta ${lean ?? ''}` }, `${lean === 'better' ? '▲ ' : lean === 'worse' ? '▼ ' : ''}${t('turnView.headlineChange', { change: signedChange(delta, 'relationship', language) })}`));
  // The headline is a blend of the two services: a cause's share of it is the blend of its shares.
  const w = MODEL.headlineWeightSedena;
  const shares = new Map<string, number>();
  for (const c of changes) {
    const weight = c.track === 'relationship.sedena' ? w : c.track === 'relationship.semar' ? 1 - w : 0;
    for (const cause of weight ? c.causes : []) shares.set(cause.cause, (shares.get(cause.cause) ?? 0) + cause.delta * weight);
  }
  const largest = [...shares.entries()].filter(([, d]) => Math.abs(d) >= 0.05).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])).slice(0, 3);
  if (largest.length === 0) return [line];
  return [line, h('ul', { class: 'largest-causes', 'aria-label': t('turnView.largestCauses') },
    ...largest.map(([cause, d]) => h('li', { class: changeLean('relationship', d) ?? '' }, `${signedChange(d, 'relationship', language)} ${cause}`)))];
}

/** One track's line: which way it moved and whether that is good, what caused it, and what moves it. */
function changeRow(ctx: TurnContext, c: TrackChange): HTMLElement {
  const { t } = ctx;
  const lean = changeLean(c.track, c.to - c.from);
  const explainId = uid('explain');
  const polarity = TRACK_POLARITY[c.track];
  const explanation = t(`turnView.explain.${c.track}`);
  return h('li', { class: `track-change ${lean ?? ''}`, tabindex: 0, title: explanation, 'aria-describedby': explainId, 'data-track': c.track },
    h('span', { class: 'lean', 'aria-hidden': 'true' }, lean === 'better' ? '▲ ' : lean === 'worse' ? '▼ ' : '· '),
    h('strong', {}, `${c.label}: ${fmt(c.from, c.track)} → ${fmt(c.to, c.track)}`),
    lean ? h('span', { class: 'verdict' }, ` (${t(`turnView.${lean}.${polarity.for}`)})`) : null,
    h('span', { class: 'explain', id: explainId }, explanation),
    h('ul', { class: 'why' }, ...c.causes.slice(0, 4).map((cause) => h('li', {}, `${cause.delta > 0 ? '+' : ''}${fmt(cause.delta, c.track)} ${cause.cause}`))));
}

export function reportPanel(ctx: TurnContext): HTMLElement {
  const { t, game, scenario, language } = ctx;
  const entries = entriesOfYear(game, game.year);
  const changes = trackChanges(entries, t, scenario, language);
  const list = h('ul', { class: 'changes' }, ...changes.map((c) => changeRow(ctx, c)));
  const decisions = entries.filter((e) => e.type === 'decision');
  const decisionList = h('ul', { class: 'decisions' },
    ...decisions.map((e) => e.type === 'decision'
      ? h('li', {}, h('strong', {}, `${t(`roles.${e.role}`)}: `), e.actions.length ? e.actions.map((a) => t(`actions.${a}.name`)).join(', ') : t('debrief.noAction'), e.reason ? h('span', { class: 'hint' }, ` — ${reasonText(e.reason, t)}`) : null)
      : null));
  const crossed = entries.filter((e) => e.type === 'bandCrossed');
  const next = h('button', { type: 'button', class: 'primary', onclick: () => ctx.send({ type: 'CONTINUE' }) }, { nextYear: t('report.nextYear'), election: t('report.toElection'), debrief: t('report.toDebrief') }[afterReport(game)]);
  mainActions(next);
  const extras = h('span', { class: 'extras' });
  const section = h('section', { class: 'turn report-view' },
    heading(t('report.title', { year: game.year })),
    ...headlineLine(ctx, changes),
    ...crossed.map((e) => (e.type === 'bandCrossed' ? h('p', { class: 'alert', role: 'status' }, t('report.bandCrossed', { from: t(`bands.${e.from}`), to: t(`bands.${e.to}`) })) : null)),
    h('h3', {}, t('report.whatChanged')),
    h('p', { class: 'legend hint' }, t('turnView.legend')),
    list,
    h('h3', {}, t('report.decisions')), decisionList,
    // Every card of the year was read before this report: one line each, to open again.
    drawnCards(ctx, new Set(game.drawn)),
    h('div', { class: 'turn-footer' }, h('div', { class: 'actions' }, next, extras)));
  const help = withShortcuts(ctx, section, { next: () => next.click(), confirm: () => next.click() });
  extras.append(...footerExtras({ ...ctx, canUndo: false }, help).filter((x): x is HTMLElement => !!x));
  return section;
}

function fmt(v: number, track: string): string {
  return track === 'violence' ? Math.round(v).toLocaleString('en-US') : (Math.round(v * 10) / 10).toString();
}

/**
 * The panel for `role`'s move in the phases where a seat chooses (the election, the transition, a
 * card's choice, the year's decisions); null in any other phase. The console's teams and a team's
 * own networked screen both offer a seat's move this way.
 */
export function seatMovePanel(ctx: TurnContext, role: Role, onError: (message: string) => void): HTMLElement | null {
  switch (ctx.game.phase) {
    case 'election':
      return electionPanel(ctx);
    case 'transition':
      return transitionPanel(ctx);
    case 'cardChoice':
      return cardChoicePanel(ctx);
    case 'decisions':
      return decidePanel(ctx, role, onError);
    default:
      return null;
  }
}
