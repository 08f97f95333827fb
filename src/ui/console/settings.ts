import { TIMED_PHASES, type DecideMode, type ExerciseSettings, type TimedPhase } from '../../exercise';
import { h, uid } from '../dom/h';
import { checkField, reasonField, words, type RunContext } from './context';

// The exercise's settings mid-exercise (issue 11, item 2): the phase lengths, how the teams decide
// (in turn on the console, or in secret) and whether a phase closes by itself when its clock runs
// out. Sent as one `settings` command with the control cell's reason; the exercise logs it. The
// clock of the phase under way keeps its length (the exercise times each phase as it starts): the
// hint says so, and +2 min is there to lengthen this one.

/** The longest phase the set-up form and this section accept: the exercise's own bound (3 hours). */
const MAX_MINUTES = 180;

const DECIDE_MODES = ['inTurn', 'secret'] as const satisfies readonly DecideMode[];

/** Every field's `data-keep` key: emptied once the change is accepted, so the new settings show. */
const KEYS = ['settings:reason', 'settings:autoClose', ...DECIDE_MODES.map((m) => `settings:decide:${m}`), ...TIMED_PHASES.map((p) => `settings:minutes:${p}`)];

/** Seconds as minutes for a field: whole minutes as they are, the rest to a hundredth. */
function minutes(seconds: number): number {
  return Math.round((seconds / 60) * 100) / 100;
}

/** The settings in one line ("Decisions 12 min · …"), so the section says what they are while folded. */
export function settingsLine(settings: ExerciseSettings, c: (key: string, options?: Record<string, unknown>) => string): string {
  const phases = TIMED_PHASES.map((p) => {
    const phase = c(`phase.${p}`);
    return settings.phaseSeconds[p] > 0 ? c('settingsMinutes', { phase, count: minutes(settings.phaseSeconds[p]) }) : c('settingsUntimed', { phase });
  });
  return [c(`decide.${settings.decide}`), ...phases, c(settings.autoClose ? 'settingsAutoClose' : 'settingsWaits')].join(' · ');
}

export interface SettingsOptions {
  /** A field the console can tell is wrong before the exercise sees it (a phase length that is not a number of minutes). */
  onError(message: string): void;
}

/** The settings, folded away until the control cell needs them. */
export function settingsSection(ctx: RunContext, o: SettingsOptions): HTMLElement {
  const { exercise, t } = ctx;
  const c = words(t);
  const { settings } = exercise;
  const decideName = uid('sdecide');
  const decide = DECIDE_MODES.map((mode) => {
    const id = uid('sdecide');
    const radio = h('input', { type: 'radio', id, name: decideName, value: mode, checked: settings.decide === mode, 'data-keep': `settings:decide:${mode}` });
    return { mode, radio, field: h('div', { class: 'check' }, radio, h('label', { for: id }, c(`decide.${mode}`))) };
  });
  const lengths = TIMED_PHASES.map((phase) => {
    const id = uid('sminutes');
    const input = h('input', { id, type: 'number', min: 0, max: MAX_MINUTES, step: 'any', inputmode: 'decimal', value: minutes(settings.phaseSeconds[phase]), 'data-keep': `settings:minutes:${phase}` });
    return { phase, input, field: h('div', { class: 'field' }, h('label', { for: id }, c(`phase.${phase}`)), input) };
  });
  const autoClose = checkField(c('autoClose'), 'settings:autoClose', settings.autoClose);
  const reason = reasonField(t, 'settings:reason');
  const apply = () => {
    const typed = lengths.map((l) => [l.phase, l.input.value.trim() === '' ? Number.NaN : Number(l.input.value)] as const);
    const wrong = typed.find(([, m]) => !Number.isFinite(m) || m < 0 || m > MAX_MINUTES);
    if (wrong) return o.onError(`${c('badMinutes')} (${c(`phase.${wrong[0]}`)}: “${lengths.find((l) => l.phase === wrong[0])?.input.value ?? ''}”)`);
    const next: ExerciseSettings = {
      decide: decide.find((d) => d.radio.checked)?.mode ?? settings.decide,
      phaseSeconds: Object.fromEntries(typed.map(([p, m]) => [p, Math.round(m * 60)])) as Record<TimedPhase, number>,
      autoClose: autoClose.input.checked,
    };
    ctx.command({ type: 'settings', settings: next, reason: reason.input.value }, undefined, KEYS);
  };
  return h('details', { class: 'console-section console-settings' },
    h('summary', {}, h('h2', {}, c('settingsTitle'))),
    h('p', { class: 'settings-now' }, c('settingsNow', { settings: settingsLine(settings, c) })),
    h('fieldset', { class: 'decide' }, h('legend', {}, c('decideLegend')), ...decide.map((d) => d.field)),
    h('fieldset', { class: 'clock-settings' }, h('legend', {}, c('phaseMinutes')), h('div', { class: 'row wrap' }, ...lengths.map((l) => l.field))),
    autoClose.field,
    h('p', { class: 'hint' }, c('settingsHint')),
    reason.field,
    h('div', { class: 'actions' }, h('button', { type: 'button', onclick: apply }, c('settingsApply'))));
}
