import { formatClock, readClock, type ClockReading, type Exercise } from '../../exercise';
import type { Language } from '../../i18n';
import { h, uid } from '../dom/h';
import { reasonField, words, type RunContext } from './context';
import { pauseWords } from '../pause-words';

// The console's header (issue 11, items 3-4): the year, the phase and the countdown, and the flow
// powers of the control cell (pause and resume, +2 min, close or undo the phase, fork from a year,
// the hot wash), each with the reason the log needs; and the projector window. What is needed less
// often (forking, the exercise's file, a new exercise, the language) is folded into one menu, so
// that the header keeps to two rows on a 1280×720 screen in either language.

export interface HeaderActions {
  openProjector(): void;
  /** Null when the exercise is not this browser's to fork (a room's, held by its server). */
  readonly fork: ((year: number, reason: string) => void) | null;
  exportExercise(): void;
  /** Null in a room: the room's server holds the exercise. */
  readonly importExercise: (() => void) | null;
  setLanguage(language: Language): void;
  /** Ends the exercise (after asking), or leaves the room. */
  newExercise(): void;
  /** True in a room: "New exercise" becomes "Leave the room". */
  readonly inRoom: boolean;
  /** "Run it over the network" (issue 12); null in a room, or where the page has no room server to offer. */
  readonly runOnline?: (() => void) | null;
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

/** The console's clock brought up to `now` (between redraws, every second). */
export function drawClock(root: HTMLElement, exercise: Exercise, now: number): void {
  const out = root.querySelector<HTMLOutputElement>('#console-clock');
  if (!out) return;
  const reading = readClock(exercise.clock, now, exercise.paused?.since ?? null);
  out.textContent = clockText(reading);
  out.dataset.state = clockState(reading, exercise.paused !== null);
}

/** The years the exercise can be forked from: those whose play has begun (the first decisions). */
function forkYears(ctx: RunContext): number[] {
  const years = new Set(ctx.game.history.map((r) => r.year));
  if (ctx.game.phase === 'decisions' || ctx.game.phase === 'cardChoice' || ctx.game.phase === 'report') years.add(ctx.game.year);
  return [...years].sort((a, b) => a - b);
}

/**
 * What the control cell needs less often, folded behind one button so that the header keeps to two
 * rows at 1280×720 in both languages: forking, the exercise's file, a new exercise, the language.
 * Escape folds it again and gives the focus back to its button.
 */
function moreMenu(t: RunContext['t'], items: readonly (HTMLElement | null)[]): HTMLElement {
  const c = words(t);
  const summary = h('summary', { class: 'button', 'aria-label': c('menuLabel') }, c('menu'));
  const panel = h('div', { class: 'menu-panel' }, ...items);
  const menu = h('details', { class: 'console-menu' }, summary, panel);
  // A button chosen folds the menu first, the focus on its button: what the choice opens (the
  // new exercise's dialog) gives the focus back there, not to a button folded away.
  panel.addEventListener('click', (event) => {
    if (!(event.target instanceof Element) || !event.target.closest('button') || event.target.closest('.fork')) return;
    menu.open = false;
    summary.focus();
  }, { capture: true });
  menu.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !menu.open) return;
    event.preventDefault();
    menu.open = false;
    summary.focus();
  });
  return menu;
}

export function consoleHeader(ctx: RunContext, clock: ClockReading, actions: HeaderActions): HTMLElement {
  const { t, exercise, game, language } = ctx;
  const c = words(t);
  const reason = reasonField(t, 'flow:reason');
  const hintId = uid('flow-hint');
  reason.input.setAttribute('aria-describedby', hintId);
  reason.input.title = c('flowHint');
  const paused = exercise.paused !== null;
  const act = (command: Parameters<RunContext['command']>[0]) => () => void ctx.command(command, undefined, ['flow:reason']);
  const r = () => reason.input.value;
  const button = (label: string, onclick: () => void, cls = '', attrs: Record<string, string> = {}) => h('button', { type: 'button', class: cls, onclick, ...attrs }, label);
  const languageId = uid('lang');
  const languageSelect = h('select', { id: languageId }, h('option', { value: 'en', selected: language === 'en' }, 'English'), h('option', { value: 'es', selected: language === 'es' }, 'Español'));
  languageSelect.addEventListener('change', () => actions.setLanguage(languageSelect.value === 'es' ? 'es' : 'en'));
  return h('header', { class: 'console-header' },
    h('div', { class: 'console-status' },
      h('h1', { class: 'panel-title', tabindex: -1 }, exercise.title),
      h('p', { class: 'where' },
        h('span', { class: 'year' }, c('yearLabel', { year: game.year })), ' · ',
        h('span', { class: 'phase' }, t(`phases.${game.phase}`)), ' · ',
        h('span', { class: 'mode' }, c(actions.inRoom && exercise.settings.decide === 'inTurn' ? 'decide.inTurnRoom' : `decide.${exercise.settings.decide}`))),
      paused ? h('p', { class: 'paused-flag', role: 'status' }, c('pausedBecause', { reason: exercise.paused ? pauseWords(exercise.paused, exercise.teams, t) : '' })) : null),
    h('div', { class: 'clock-box' },
      h('span', { class: 'visually-hidden' }, c('clockLabel')),
      h('output', { class: 'clock', id: 'console-clock', 'data-state': clockState(clock, paused), 'aria-live': 'off' }, clockText(clock))),
    h('div', { class: 'console-flow' },
      // The menu sits by the reason, top right, leaving the second row to the flow powers.
      h('div', { class: 'flow-top' },
        reason.field,
        moreMenu(t, [
          actions.fork ? forkRow(ctx, actions.fork, r) : null,
          button(c('exportShort'), () => actions.exportExercise()),
          actions.importExercise ? button(c('importShort'), () => actions.importExercise?.()) : null,
          actions.runOnline ? button(t('net.run'), () => actions.runOnline?.()) : null,
          button(c(actions.inRoom ? 'leaveRoom' : 'newExercise'), () => actions.newExercise(), 'secondary'),
          h('span', { class: 'lang' }, h('label', { for: languageId }, t('setup.language')), languageSelect),
        ])),
      h('p', { class: 'visually-hidden', id: hintId }, c('flowHint')),
      h('div', { class: 'actions' },
        paused ? button(c('resume'), () => act({ type: 'resume', reason: r() })(), 'primary') : button(c('pause'), () => act({ type: 'pause', reason: r() })()),
        button(c('extend'), () => act({ type: 'extend', seconds: 120, reason: r() })()),
        button(c('closePhase'), () => act({ type: 'skip', reason: r() })()),
        button(c('undoPhase'), () => act({ type: 'undo', reason: r() })()),
        button(c('hotwash'), () => act({ type: 'hotwash', reason: r() })(), 'primary'),
        button(c('projectorShort'), () => actions.openProjector(), '', { title: c('openProjector') }))));
}

/** Forking from a year (the header's reason is the fork's). */
function forkRow(ctx: RunContext, fork: (year: number, reason: string) => void, reason: () => string): HTMLElement {
  const c = words(ctx.t);
  const yearsId = uid('fork-year');
  const years = forkYears(ctx);
  // Not kept across redraws: the years on offer change as the game goes on.
  const forkYear = h('select', { id: yearsId }, ...years.map((y) => h('option', { value: String(y) }, String(y))));
  return h('span', { class: 'fork' },
    h('label', { for: yearsId }, c('forkFrom')), forkYear,
    h('button', { type: 'button', disabled: years.length === 0, onclick: () => fork(Number(forkYear.value), reason()) }, c('fork')));
}
