import { ROLES, type Role, type Scenario } from '../../engine';
import { SAMPLE_EVENTS_SCENARIO } from '../../exercise/events-list';
import { objectivesFor, type ObjectiveId } from '../../exercise/objectives';
import { TIMED_PHASES, type DecideMode, type ExerciseSetup, type Inject, type Objective, type Team, type TimedPhase } from '../../exercise';
import type { Language, Translate } from '../../i18n';
import { sampleEventsList } from '../../i18n/exercise-events';
import { objectiveWords, teamObjective } from '../../i18n/exercise-objectives';
import { h, uid } from '../dom/h';
import { cardTitle, checkField, section, words } from './context';

// The exercise's set-up (issue 11, item 2): its title, scenario, seed and length; the roster (each
// team's name, role and objectives); how the teams decide; the clock; and the master events list.
// The form edits a draft; Start hands it to `createExercise`, which may refuse it with a reason.

export interface DraftTeam {
  id: string;
  name: string;
  role: Role;
  /** Listed objectives chosen for the team (exercise/objectives.ts ids). */
  listed: ObjectiveId[];
  /** An objective typed by the facilitator (empty: none). */
  typed: string;
}

export interface SetupDraft {
  title: string;
  scenario: string;
  seed: number;
  sexenios: number;
  teams: DraftTeam[];
  decide: DecideMode;
  /** Each timed phase's length in minutes. */
  minutes: Record<TimedPhase, number>;
  autoClose: boolean;
  events: Inject[];
  /** The next team's and inject's number, for their ids. */
  next: number;
}

const DEFAULT_MINUTES: Readonly<Record<TimedPhase, number>> = { election: 5, transition: 10, cardChoice: 5, decisions: 10, report: 5 };

/** The sample master events list for the scenario when there is one (in the language of set-up). */
export function sampleEvents(scenario: string, language: Language): Inject[] {
  return scenario === SAMPLE_EVENTS_SCENARIO ? sampleEventsList(language) : [];
}

export function defaultDraft(scenarios: readonly Scenario[], t: Translate, language: Language, seed: number): SetupDraft {
  const c = words(t);
  const scenario = scenarios.find((s) => s.id === SAMPLE_EVENTS_SCENARIO) ?? scenarios[0];
  const id = scenario?.id ?? '';
  return {
    title: c('defaultTitle'),
    scenario: id,
    seed,
    sexenios: scenario?.sexenios ?? 1,
    teams: [
      { id: 't1', name: c('defaultTeam.us'), role: 'us', listed: [], typed: '' },
      { id: 't2', name: c('defaultTeam.mexico'), role: 'mexico', listed: [], typed: '' },
    ],
    decide: 'inTurn',
    minutes: { ...DEFAULT_MINUTES },
    autoClose: false,
    events: sampleEvents(id, language),
    next: 3,
  };
}

/** The draft's teams as the exercise holds them, their objectives worded in `language`. */
export function draftTeams(draft: SetupDraft, language: Language): Team[] {
  return draft.teams.map((d) => {
    const objectives: Objective[] = d.listed.map((id) => teamObjective(id, language));
    if (d.typed.trim()) objectives.push({ id: `${d.id}-typed`, text: d.typed.trim() });
    return { id: d.id, name: d.name.trim(), role: d.role, objectives };
  });
}

/** The years an inject can be scheduled for: the played years of the scenario's terms. */
export function playedYears(scenario: Scenario, sexenios: number): number[] {
  const first = scenario.startYear + 1;
  const last = scenario.startYear + (6 - (scenario.opening === 'years' ? scenario.startYearInTerm : 0)) + 6 * (Math.max(1, sexenios) - 1);
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
}

export interface SetupOptions {
  readonly t: Translate;
  readonly language: Language;
  readonly scenarios: readonly Scenario[];
  readonly draft: SetupDraft;
  /** Draws the form again (after a team or an entry was added or removed). */
  redraw(): void;
  start(): void;
  importFile(): void;
  /** Back to the game's title screen. */
  leave(): void;
}

function numberField(label: string, keep: string, value: number, attrs: Record<string, string | number>, onChange: (value: number) => void): HTMLElement {
  const id = uid('n');
  const input = h('input', { id, type: 'number', value, inputmode: 'decimal', 'data-keep': keep, ...attrs });
  input.addEventListener('input', () => onChange(input.value.trim() === '' ? Number.NaN : Number(input.value)));
  return h('div', { class: 'field' }, h('label', { for: id }, label), input);
}

function rosterRow(o: SetupOptions, team: DraftTeam, index: number): HTMLElement {
  const { t, language, draft } = o;
  const c = words(t);
  const nameId = uid('team-name');
  const name = h('input', { id: nameId, type: 'text', value: team.name, 'data-keep': `team:${team.id}:name`, autocomplete: 'off' });
  name.addEventListener('input', () => (team.name = name.value));
  const roleId = uid('team-role');
  const role = h('select', { id: roleId, 'data-keep': `team:${team.id}:role` }, ...ROLES.map((r) => h('option', { value: r, selected: r === team.role }, t(`roles.${r}`))));
  role.addEventListener('change', () => {
    team.role = role.value as Role;
    team.listed = [];
    o.redraw();
  });
  const objectives = objectivesFor(team.role).map((objective) => {
    const { field, input } = checkField(objectiveWords(objective, language).title, `team:${team.id}:objective:${objective.id}`, team.listed.includes(objective.id as ObjectiveId));
    input.addEventListener('change', () => {
      const id = objective.id as ObjectiveId;
      team.listed = input.checked ? [...team.listed.filter((x) => x !== id), id] : team.listed.filter((x) => x !== id);
    });
    return field;
  });
  const typedId = uid('typed');
  const typed = h('input', { id: typedId, type: 'text', value: team.typed, 'data-keep': `team:${team.id}:typed`, autocomplete: 'off' });
  typed.addEventListener('input', () => (team.typed = typed.value));
  const remove = h('button', { type: 'button', class: 'secondary', 'aria-label': c('removeTeam', { name: team.name || index + 1 }) }, c('remove'));
  remove.addEventListener('click', () => {
    draft.teams = draft.teams.filter((x) => x !== team);
    o.redraw();
  });
  return h('fieldset', { class: 'team-row' },
    h('legend', {}, c('teamN', { n: index + 1 })),
    h('div', { class: 'row' },
      h('div', { class: 'field' }, h('label', { for: nameId }, c('teamName')), name),
      h('div', { class: 'field' }, h('label', { for: roleId }, c('teamRole')), role),
      remove),
    h('details', { class: 'objectives' },
      h('summary', {}, c('objectives', { count: team.listed.length + (team.typed.trim() ? 1 : 0) })),
      ...objectives,
      h('div', { class: 'field' }, h('label', { for: typedId }, c('typedObjective')), typed)));
}

function eventsEditor(o: SetupOptions, scenario: Scenario | undefined): HTMLElement {
  const { t, language, draft } = o;
  const c = words(t);
  const years = scenario ? playedYears(scenario, draft.sexenios) : [];
  const scheduleText = (i: Inject) => (i.schedule.kind === 'year' ? c('scheduledFor', { year: i.schedule.year }) : c('held'));
  const rows = draft.events.map((inject) => {
    const title = inject.card.kind === 'deck' && scenario ? cardTitle(scenario, inject.card.card, language) : inject.card.kind === 'custom' ? inject.card.title : inject.card.card;
    const remove = h('button', { type: 'button', class: 'secondary', 'aria-label': c('removeEntry', { title }) }, c('remove'));
    remove.addEventListener('click', () => {
      draft.events = draft.events.filter((x) => x !== inject);
      o.redraw();
    });
    return h('li', { class: 'mel-entry' },
      h('div', {}, h('strong', {}, title), ' · ', h('span', { class: 'schedule' }, scheduleText(inject)),
        inject.objective ? h('p', { class: 'hint' }, `${c('injectObjective')}: ${inject.objective}`) : null),
      remove);
  });
  // A new entry: a card of the deck, when it goes to the room, and what it is for.
  const cardId = uid('mel-card');
  const deck = [...(scenario?.deck ?? [])].sort((a, b) => a.title[language].localeCompare(b.title[language], language));
  const card = h('select', { id: cardId, 'data-keep': 'mel:card' }, ...deck.map((x) => h('option', { value: x.id }, x.title[language])));
  const whenId = uid('mel-when');
  const when = h('select', { id: whenId, 'data-keep': 'mel:when' }, h('option', { value: 'hold' }, c('hold')), ...years.map((y) => h('option', { value: String(y) }, String(y))));
  const objId = uid('mel-obj');
  const objective = h('input', { id: objId, type: 'text', 'data-keep': 'mel:objective', autocomplete: 'off' });
  const expId = uid('mel-exp');
  const expected = h('input', { id: expId, type: 'text', 'data-keep': 'mel:expected', autocomplete: 'off' });
  const add = h('button', { type: 'button' }, c('addEntry'));
  add.addEventListener('click', () => {
    if (!card.value) return;
    draft.events = [...draft.events, {
      id: `mel-${draft.next++}`,
      card: { kind: 'deck', card: card.value },
      objective: objective.value.trim(),
      expectedResponse: expected.value.trim(),
      schedule: when.value === 'hold' ? { kind: 'hold' } : { kind: 'year', year: Number(when.value) },
      released: null,
    }];
    o.redraw();
  });
  return h('div', { class: 'mel' },
    rows.length ? h('ol', { class: 'mel-list' }, ...rows) : h('p', { class: 'hint' }, c('noEntries')),
    h('fieldset', { class: 'mel-add' }, h('legend', {}, c('newEntry')),
      h('div', { class: 'field' }, h('label', { for: cardId }, c('card')), card),
      h('div', { class: 'row' },
        h('div', { class: 'field' }, h('label', { for: whenId }, c('when')), when),
        h('div', { class: 'field grow' }, h('label', { for: objId }, c('injectObjective')), objective)),
      h('div', { class: 'field' }, h('label', { for: expId }, c('expectedResponse')), expected),
      add));
}

export function setupForm(o: SetupOptions): HTMLElement {
  const { t, language, scenarios, draft } = o;
  const c = words(t);
  const scenario = scenarios.find((s) => s.id === draft.scenario);
  const titleId = uid('title');
  const title = h('input', { id: titleId, type: 'text', value: draft.title, 'data-keep': 'setup:title', autocomplete: 'off' });
  title.addEventListener('input', () => (draft.title = title.value));
  const scenarioId = uid('scenario');
  const scenarioSelect = h('select', { id: scenarioId, 'data-keep': 'setup:scenario' }, ...scenarios.map((s) => h('option', { value: s.id, selected: s.id === draft.scenario }, s.title[language])));
  scenarioSelect.addEventListener('change', () => {
    draft.scenario = scenarioSelect.value;
    draft.sexenios = scenarios.find((s) => s.id === draft.scenario)?.sexenios ?? draft.sexenios;
    draft.events = sampleEvents(draft.scenario, language);
    o.redraw();
  });
  const decideName = uid('decide');
  const decide = (['inTurn', 'secret'] as const).map((mode) => {
    const id = uid('decide');
    const radio = h('input', { type: 'radio', id, name: decideName, value: mode, checked: draft.decide === mode, 'data-keep': `setup:decide:${mode}` });
    radio.addEventListener('change', () => {
      if (radio.checked) draft.decide = mode;
    });
    return h('div', { class: 'check' }, radio, h('label', { for: id }, c(`decide.${mode}`)));
  });
  const autoClose = checkField(c('autoClose'), 'setup:autoClose', draft.autoClose);
  autoClose.input.addEventListener('change', () => (draft.autoClose = autoClose.input.checked));
  const addTeam = h('button', { type: 'button' }, c('addTeam'));
  addTeam.addEventListener('click', () => {
    const taken = new Set(draft.teams.map((x) => x.role));
    const role = ROLES.find((r) => !taken.has(r)) ?? 'tco';
    draft.teams = [...draft.teams, { id: `t${draft.next++}`, name: t(`roles.${role}`), role, listed: [], typed: '' }];
    o.redraw();
  });
  const start = h('button', { type: 'submit', class: 'primary' }, c('start'));
  const form = h('form', { class: 'console-setup', 'aria-labelledby': 'console-setup-title' },
    h('h1', { id: 'console-setup-title', class: 'panel-title', tabindex: -1 }, c('setupTitle')),
    h('p', { class: 'lead' }, c('setupIntro')),
    h('div', { class: 'setup-grid' },
      section(c('exercise'), 'setup-basics',
        h('div', { class: 'field' }, h('label', { for: titleId }, c('title')), title),
        h('div', { class: 'field' }, h('label', { for: scenarioId }, c('scenario')), scenarioSelect),
        scenario ? h('p', { class: 'hint' }, scenario.description[language]) : null,
        h('div', { class: 'row' },
          numberField(c('seed'), 'setup:seed', draft.seed, { min: 0, max: 4294967295, step: 1 }, (v) => (draft.seed = v)),
          numberField(c('sexenios'), 'setup:sexenios', draft.sexenios, { min: 1, max: 4, step: 1 }, (v) => (draft.sexenios = v))),
        h('fieldset', { class: 'decide' }, h('legend', {}, c('decideLegend')), ...decide),
        h('fieldset', { class: 'clock-settings' }, h('legend', {}, c('phaseMinutes')),
          h('div', { class: 'row wrap' }, ...TIMED_PHASES.map((p) => numberField(c(`phase.${p}`), `setup:minutes:${p}`, draft.minutes[p], { min: 0, max: 180, step: 'any' }, (v) => (draft.minutes[p] = v))))),
        autoClose.field,
        h('p', { class: 'hint' }, c('autoCloseHint'))),
      section(c('roster'), 'setup-roster',
        h('p', { class: 'hint' }, c('rosterHint')),
        ...draft.teams.map((team, i) => rosterRow(o, team, i)),
        draft.teams.length < ROLES.length ? addTeam : null),
      section(c('eventsList'), 'setup-events', h('p', { class: 'hint' }, c('eventsHint')), eventsEditor(o, scenario))),
    h('div', { class: 'actions' },
      start,
      h('button', { type: 'button', onclick: () => o.importFile() }, c('importExercise')),
      h('button', { type: 'button', onclick: () => o.leave() }, c('leave')),
      // A player's way into a networked room (issue 12): the join page.
      h('a', { class: 'link net-join-entry', href: '?join' }, o.t('net.join.entry'))));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    o.start();
  });
  return form;
}

/** The seats before the roster sets them (createExercise gives the roster's roles to people). */
function computerSeats(): ExerciseSetup['config']['seats'] {
  return { us: 'computer', mexico: 'computer', sedena: 'computer', semar: 'computer', tco: 'computer' };
}

/** The exercise a filled-in set-up form describes, or the message that says what is wrong with it. */
export function setupFromDraft(
  draft: SetupDraft,
  scenarios: readonly Scenario[],
  t: Translate,
  language: Language,
  made: { readonly id: string; readonly now: number },
): { readonly ok: true; readonly setup: ExerciseSetup } | { readonly ok: false; readonly message: string } {
  const c = words(t);
  const scenario = scenarios.find((s) => s.id === draft.scenario);
  if (!scenario) return { ok: false, message: t('setup.errors.scenario') };
  if (!Number.isInteger(draft.seed) || draft.seed < 0 || draft.seed > 4294967295) return { ok: false, message: t('setup.errors.seed') };
  if (!Number.isInteger(draft.sexenios) || draft.sexenios < 1 || draft.sexenios > 4) return { ok: false, message: t('setup.errors.sexenios') };
  const phases = Object.entries(draft.minutes) as [TimedPhase, number][];
  if (phases.some(([, m]) => !Number.isFinite(m) || m < 0 || m > 180)) return { ok: false, message: c('badMinutes') };
  return {
    ok: true,
    setup: {
      id: made.id,
      title: draft.title.trim() || c('defaultTitle'),
      scenario,
      config: {
        seed: draft.seed,
        sexenios: draft.sexenios,
        seats: computerSeats(),
        usPolicy: scenario.historical ? 'historical' : 'recommended',
        mexicoPolicy: scenario.historical ? 'historical' : 'party',
        fixedStrategies: [],
        fixedParties: [],
      },
      settings: {
        decide: draft.decide,
        phaseSeconds: Object.fromEntries(phases.map(([p, m]) => [p, Math.round(m * 60)])) as Record<TimedPhase, number>,
        autoClose: draft.autoClose,
      },
      teams: draftTeams(draft, language),
      eventsList: draft.events,
      now: made.now,
    },
  };
}
