import { formatClock, type ClockReading } from '../../exercise';
import type { Language } from '../../i18n';
import { h, uid } from '../dom/h';
import { reasonField, words, type RunContext } from './context';

// The console's header (issue 11, items 3-4): the year, the phase and the countdown, and the flow
// powers of the control cell (pause and resume, +2 min, close or undo the phase, fork from a year,
// the hot wash), each with the reason the log needs; and the projector window.

export interface HeaderActions {
  openProjector(): void;
  fork(year: number, reason: string): void;
  exportExercise(): void;
  importExercise(): void;
  setLanguage(language: Language): void;
  newExercise(): void;
}

/** The clock as the console and the projector show it: mm:ss left, or a dash when the phase is not timed. */
export function clockText(reading: Pick<ClockReading, 'remainingMs'>): string {
  return reading.remainingMs === null ? '—' : formatClock(reading.remainingMs);
}

export function clockState(reading: Pick<ClockReading, 'up' | 'running' | 'remainingMs'>, paused: boolean): string {
  if (paused) return 'paused';
  if (reading.remainingMs === null) return 'untimed';
  return reading.up ? 'up' : 'running';
}

/** The years the exercise can be forked from: those whose play has begun (the first decisions). */
function forkYears(ctx: RunContext): number[] {
  const years = new Set(ctx.game.history.map((r) => r.year));
  if (ctx.game.phase === 'decisions' || ctx.game.phase === 'cardChoice' || ctx.game.phase === 'report') years.add(ctx.game.year);
  return [...years].sort((a, b) => a - b);
}

export function consoleHeader(ctx: RunContext, clock: ClockReading, actions: HeaderActions): HTMLElement {
  const { t, exercise, game, language } = ctx;
  const c = words(t);
  const reason = reasonField(t, 'flow:reason');
  const paused = exercise.paused !== null;
  const act = (command: Parameters<RunContext['command']>[0]) => () => void ctx.command(command, undefined, ['flow:reason']);
  const r = () => reason.input.value;
  const yearsId = uid('fork-year');
  const years = forkYears(ctx);
  // Not kept across redraws: the years on offer change as the game goes on.
  const forkYear = h('select', { id: yearsId }, ...years.map((y) => h('option', { value: String(y) }, String(y))));
  const languageId = uid('lang');
  const languageSelect = h('select', { id: languageId }, h('option', { value: 'en', selected: language === 'en' }, 'English'), h('option', { value: 'es', selected: language === 'es' }, 'Español'));
  languageSelect.addEventListener('change', () => actions.setLanguage(languageSelect.value === 'es' ? 'es' : 'en'));
  const button = (label: string, onclick: () => void, cls = '') => h('button', { type: 'button', class: cls, onclick }, label);
  return h('header', { class: 'console-header' },
    h('div', { class: 'console-status' },
      h('h1', { class: 'panel-title', tabindex: -1 }, exercise.title),
      h('p', { class: 'where' },
        h('span', { class: 'year' }, c('yearLabel', { year: game.year })), ' · ',
        h('span', { class: 'phase' }, t(`phases.${game.phase}`)), ' · ',
        h('span', { class: 'mode' }, c(`decide.${exercise.settings.decide}`))),
      paused ? h('p', { class: 'paused-flag', role: 'status' }, c('pausedBecause', { reason: exercise.paused?.reason ?? '' })) : null),
    h('div', { class: 'clock-box' },
      h('span', { class: 'visually-hidden' }, c('clockLabel')),
      h('output', { class: 'clock', id: 'console-clock', 'data-state': clockState(clock, paused), 'aria-live': 'off' }, clockText(clock))),
    h('div', { class: 'console-flow' },
      reason.field,
      h('p', { class: 'hint flow-hint' }, c('flowHint')),
      h('div', { class: 'actions' },
        paused ? button(c('resume'), () => act({ type: 'resume', reason: r() })(), 'primary') : button(c('pause'), () => act({ type: 'pause', reason: r() })()),
        button(c('extend'), () => act({ type: 'extend', seconds: 120, reason: r() })()),
        button(c('closePhase'), () => act({ type: 'skip', reason: r() })()),
        button(c('undoPhase'), () => act({ type: 'undo', reason: r() })()),
        h('span', { class: 'fork' }, h('label', { for: yearsId }, c('forkFrom')), forkYear, h('button', { type: 'button', disabled: years.length === 0, onclick: () => actions.fork(Number(forkYear.value), r()) }, c('fork'))),
        button(c('hotwash'), () => act({ type: 'hotwash', reason: r() })(), 'primary')),
      h('div', { class: 'actions secondary-actions' },
        button(c('openProjector'), () => actions.openProjector()),
        button(c('exportShort'), () => actions.exportExercise()),
        button(c('importShort'), () => actions.importExercise()),
        button(c('newExercise'), () => actions.newExercise(), 'secondary'),
        h('span', { class: 'lang' }, h('label', { for: languageId }, t('setup.language')), languageSelect))));
}
