import type { Card } from '../../engine';
import { readClock } from '../../exercise';
import { h } from '../dom/h';
import { adjudicationSection } from './adjudicate';
import type { RunContext } from './context';
import { consoleHeader, type HeaderActions } from './header';
import { injectsSection } from './injects';
import { logSection, notesSection } from './record';
import { rosterSection } from './roster';
import { settingsSection } from './settings';
import { teamsSection } from './teams';

// The console's running screen, put together: the header (clock and flow powers), the teams' play
// on the left, the control cell's powers on the right (a networked room's own section first).

export interface RunningParts {
  readonly header: HeaderActions;
  readonly secretOpen: string | null;
  openSecret(team: string): void;
  showPassage(card: Card): void;
  onError(message: string): void;
  /** The room's section (join code, players), when the exercise is a networked room's. */
  readonly room: HTMLElement | null;
}

export function runningScreen(ctx: RunContext, parts: RunningParts): HTMLElement {
  const { exercise } = ctx;
  const clock = readClock(exercise.clock, ctx.now, exercise.paused?.since ?? null);
  return h('div', { class: `console-running${exercise.paused ? ' is-paused' : ''}` },
    consoleHeader(ctx, clock, parts.header),
    h('div', { class: 'console-columns' },
      h('div', { class: 'console-column play' },
        teamsSection(ctx, { secretOpen: parts.secretOpen, openSecret: parts.openSecret, showPassage: parts.showPassage, onError: parts.onError })),
      h('div', { class: 'console-column control' },
        parts.room,
        injectsSection(ctx),
        adjudicationSection(ctx),
        rosterSection(ctx),
        settingsSection(ctx, { onError: parts.onError }),
        notesSection(ctx),
        logSection(ctx))));
}
