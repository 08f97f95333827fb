import { ROLES, type GameConfig, type Role, type Scenario, type SeatKind } from '../../engine';
import type { Language, Translate } from '../../i18n';
import { h, uid } from './h';

// The new-game form: scenario, mode, which roles are human, seed, sexenios, language, and whether
// the first year is guided.

export const MODES = ['soloUs', 'soloMexico', 'seminar'] as const;
export type Mode = (typeof MODES)[number];

export interface SetupChoice {
  readonly scenario: Scenario;
  readonly config: GameConfig;
  readonly language: Language;
  /** A guided first year: call-outs on the board, the card, the form and the report. */
  readonly guided: boolean;
}

const MODE_SEATS: Readonly<Record<Mode, readonly Role[]>> = {
  soloUs: ['us'],
  soloMexico: ['mexico'],
  seminar: ['us', 'mexico'],
};

export function seatsFor(humans: readonly Role[]): Record<Role, SeatKind> {
  return Object.fromEntries(ROLES.map((r) => [r, humans.includes(r) ? 'human' : 'computer'])) as Record<Role, SeatKind>;
}

export function setupPanel(options: {
  t: Translate;
  language: Language;
  scenarios: readonly Scenario[];
  randomSeed: number;
  /** Whether "Guided first year" starts ticked (the first game ever, or "Replay the guide"). */
  guided?: boolean;
  onStart: (choice: SetupChoice) => void;
  onBack: () => void;
  onError: (message: string) => void;
}): HTMLElement {
  const { t, scenarios } = options;
  const scenarioId = uid('scenario');
  const seedId = uid('seed');
  const sexId = uid('sexenios');
  const langId = uid('lang');
  const scenarioSelect = h('select', { id: scenarioId, name: 'scenario', 'data-keep': 'setup:scenario' }, ...scenarios.map((s) => h('option', { value: s.id }, s.title[options.language])));
  const description = h('p', { class: 'hint' });
  const sexenios = h('input', { id: sexId, name: 'sexenios', type: 'number', min: 1, max: 4, value: 1, inputmode: 'numeric', 'data-keep': 'setup:sexenios' });
  const describe = () => {
    const s = scenarios.find((x) => x.id === scenarioSelect.value);
    description.textContent = s?.description[options.language] ?? '';
    if (s) sexenios.value = String(s.sexenios);
  };
  scenarioSelect.addEventListener('change', describe);
  describe();
  const roleBoxes = new Map<Role, HTMLInputElement>();
  const roleFieldset = h(
    'fieldset',
    { class: 'roles' },
    h('legend', {}, t('setup.humanRoles')),
    ...ROLES.map((role) => {
      const id = uid(`role-${role}`);
      const box = h('input', { type: 'checkbox', id, name: 'roles', value: role, 'data-keep': `setup:role:${role}` });
      roleBoxes.set(role, box);
      return h('div', { class: 'check' }, box, h('label', { for: id }, t(`roles.${role}`)));
    }),
  );
  const modeRadios = MODES.map((mode) => {
    const id = uid(`mode-${mode}`);
    const radio = h('input', { type: 'radio', id, name: 'mode', value: mode, checked: mode === 'soloUs', 'data-keep': `setup:mode:${mode}` });
    radio.addEventListener('change', () => applyMode(mode));
    return h('div', { class: 'check' }, radio, h('label', { for: id }, t(`setup.modes.${mode}`)));
  });
  const applyMode = (mode: Mode) => {
    for (const [role, box] of roleBoxes) {
      box.checked = MODE_SEATS[mode].includes(role);
      box.disabled = mode !== 'seminar';
    }
  };
  applyMode('soloUs');
  const seed = h('input', { id: seedId, name: 'seed', type: 'number', min: 0, max: 4294967295, value: options.randomSeed, inputmode: 'numeric', required: true, 'data-keep': 'setup:seed' });
  const guideId = uid('guided');
  const guided = h('input', { type: 'checkbox', id: guideId, name: 'guided', checked: options.guided === true, 'data-keep': 'setup:guided' });
  const language = h('select', { id: langId, name: 'language' }, h('option', { value: 'en', selected: options.language === 'en' }, 'English'), h('option', { value: 'es', selected: options.language === 'es' }, 'Español'));
  const form = h(
    'form',
    { class: 'setup', 'aria-labelledby': 'setup-title' },
    h('h2', { id: 'setup-title', tabindex: -1 }, t('setup.title')),
    h('div', { class: 'field' }, h('label', { for: scenarioId }, t('setup.scenario')), scenarioSelect),
    description,
    h('fieldset', {}, h('legend', {}, t('setup.mode')), ...modeRadios),
    roleFieldset,
    h('div', { class: 'row' },
      h('div', { class: 'field' }, h('label', { for: seedId }, t('setup.seed')), seed),
      h('div', { class: 'field' }, h('label', { for: sexId }, t('setup.sexenios')), sexenios),
      h('div', { class: 'field' }, h('label', { for: langId }, t('setup.language')), language),
    ),
    h('p', { class: 'hint' }, t('setup.seedHint')),
    h('div', { class: 'check guided' }, guided, h('label', { for: guideId }, t('teach.guide.checkbox'))),
    h('p', { class: 'hint' }, t('teach.guide.hint')),
    h('div', { class: 'actions' },
      h('button', { type: 'submit', class: 'primary' }, t('setup.start')),
      h('button', { type: 'button', onclick: () => options.onBack() }, t('common.back')),
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const scenario = scenarios.find((s) => s.id === scenarioSelect.value);
    const seedValue = seed.value.trim() === '' ? Number.NaN : Number(seed.value);
    const sexValue = Number(sexenios.value);
    if (!scenario) return options.onError(t('setup.errors.scenario'));
    if (!Number.isInteger(seedValue) || seedValue < 0 || seedValue > 4294967295) return options.onError(t('setup.errors.seed'));
    if (!Number.isInteger(sexValue) || sexValue < 1 || sexValue > 4) return options.onError(t('setup.errors.sexenios'));
    const humans = ROLES.filter((r) => roleBoxes.get(r)?.checked);
    if (humans.length === 0) return options.onError(t('setup.errors.roles'));
    options.onStart({
      scenario,
      language: language.value === 'es' ? 'es' : 'en',
      guided: guided.checked,
      config: {
        seed: seedValue,
        sexenios: sexValue,
        seats: seatsFor(humans),
        // In a history scenario the computer plays what the real actors did; players may diverge.
        usPolicy: scenario.historical ? 'historical' : 'recommended',
        mexicoPolicy: scenario.historical ? 'historical' : 'party',
        fixedStrategies: [],
        fixedParties: [],
      },
    });
  });
  return form;
}
