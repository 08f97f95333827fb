import type { GameState, Scenario } from '../../engine';
import type { Exercise, ExerciseCommand, ExerciseLogEntry, ExerciseSeat } from '../../exercise';
import type { Language, Translate } from '../../i18n';
import { h, uid } from '../dom/h';

// What every part of the running console is drawn from, and the small pieces they share.

export interface RunContext {
  readonly exercise: Exercise;
  readonly game: GameState;
  readonly scenario: Scenario;
  readonly t: Translate;
  readonly language: Language;
  /** ms since the epoch, by the console's clock. */
  readonly now: number;
  /**
   * Sends a command from a seat (the control cell unless told); true when the exercise accepted it.
   * `clear`: the fields (their `data-keep` keys) to empty once it is accepted (the reason typed for it).
   */
  command(command: ExerciseCommand, seat?: ExerciseSeat, clear?: readonly string[]): boolean;
}

/** A string of the console's table (i18n `exercise.console`). */
export function words(t: Translate): (key: string, options?: Record<string, unknown>) => string {
  return (key, options) => t(`exercise.console.${key}`, options ?? {});
}

/** A labelled text field; `keep` keeps what was typed across a redraw. */
export function textField(label: string, keep: string, attrs: Record<string, string | number | boolean> = {}, multiline = false): { readonly field: HTMLElement; readonly input: HTMLInputElement | HTMLTextAreaElement } {
  const id = uid('f');
  const input = multiline ? h('textarea', { id, rows: 3, 'data-keep': keep, ...attrs }) : h('input', { id, type: 'text', 'data-keep': keep, autocomplete: 'off', ...attrs });
  return { field: h('div', { class: 'field' }, h('label', { for: id }, label), input), input };
}

/** The reason every power of the control cell needs (the exercise refuses an empty one, and says so). */
export function reasonField(t: Translate, keep: string): { readonly field: HTMLElement; readonly input: HTMLInputElement } {
  const c = words(t);
  const { field, input } = textField(c('reason'), keep, { class: 'reason', placeholder: c('reasonHint') });
  return { field, input: input as HTMLInputElement };
}

/** A labelled list of choices; `keep` (when not empty) keeps the choice across a redraw. */
export function selectField(label: string, keep: string, options: readonly { readonly value: string; readonly label: string }[], value?: string): { readonly field: HTMLElement; readonly select: HTMLSelectElement } {
  const id = uid('s');
  const select = h('select', { id, 'data-keep': keep || null }, ...options.map((o) => h('option', { value: o.value, selected: o.value === value }, o.label)));
  return { field: h('div', { class: 'field' }, h('label', { for: id }, label), select), select };
}

export function checkField(label: string, keep: string, checked = false): { readonly field: HTMLElement; readonly input: HTMLInputElement } {
  const id = uid('c');
  const input = h('input', { type: 'checkbox', id, checked, 'data-keep': keep });
  return { field: h('div', { class: 'check' }, input, h('label', { for: id }, label)), input };
}

/** A section of the console with its heading. */
export function section(title: string, cls: string, ...children: (Node | null)[]): HTMLElement {
  const id = uid('sec');
  return h('section', { class: `console-section ${cls}`, 'aria-labelledby': id }, h('h2', { id }, title), ...children);
}

/** The name of who did something in the log: a team's name, the control cell, an observer. */
export function whoName(exercise: Exercise, by: string, t: Translate): string {
  if (by === 'facilitator') return t('exercise.facilitator');
  const team = exercise.teams.find((x) => x.id === by);
  if (team) return team.name;
  return by.startsWith('observer:') ? by.slice('observer:'.length) : by;
}

/** A deck card's title in `language` (its id when the deck does not have it). */
export function cardTitle(scenario: Scenario, id: string, language: Language): string {
  return scenario.deck.find((c) => c.id === id)?.title[language] ?? id;
}

/** mm:ss since the exercise began. */
export function sinceStart(exercise: Exercise, entry: ExerciseLogEntry): string {
  const start = exercise.log[0]?.at ?? entry.at;
  const s = Math.max(0, Math.round((entry.at - start) / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
