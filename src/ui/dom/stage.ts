import type { Moment } from '../../engine';
import { partiesByShare } from '../../engine';
import { momentTone, stagedMoment as boardMoment } from '../view/board-view';
import type { Language, Translate } from '../../i18n';
import { momentText } from '../../i18n/moments';
import type { StagedMoment } from '../board/board';
import { reasonText } from '../debrief/debrief-data';
import { linkedText, type OpenGlossary } from './glossary';
import { h } from './h';
import { keyActs, mainActions } from './settle';

// The big moments in the panel (issue 10): each one the engine logged since the last screen (an
// election and why, the incoming president's strategy and reason, a band crossing, intelligence
// changing level, a refused offer, the end of a term) is shown on its own, for the players to read
// and acknowledge before play goes on. Nothing is skipped silently.

/** A moment for the board's stage, in the player's language (the board's own shape: view/board-view.ts). */
export function stagedMoment(m: Moment, language: Language, t: Translate): StagedMoment {
  return boardMoment(m, momentText(m, language, t, reasonText), t);
}

export interface MomentPanelOptions {
  readonly t: Translate;
  readonly language: Language;
  /** How many more moments wait after this one. */
  readonly more: number;
  readonly openGlossary: OpenGlossary;
  onContinue(): void;
}

function shareBars(m: Extract<Moment, { kind: 'election' }>, t: Translate): HTMLElement {
  const parties = partiesByShare(m.shares);
  return h('figure', { class: 'shares' },
    h('figcaption', { class: 'hint' }, t('teach.moment.shares')),
    h('ul', {}, ...parties.map((p) => {
      const pct = Math.round(m.shares[p] * 100);
      return h('li', { 'data-party': p, 'data-winner': p === m.winner ? 'true' : null },
        h('span', { class: 'party' }, t(`parties.${p}`)),
        // The bar's length is set through the CSSOM (the page's CSP forbids style attributes).
        h('span', { class: 'bar', 'aria-hidden': 'true' }, h('span', { class: 'fill', style: `width: ${pct}%` })),
        h('span', { class: 'pct' }, `${pct}%`),
        h('strong', { class: 'won' }, p === m.winner ? `✓ ${t('teach.moment.winner')}` : ''));
    })));
}

/** One moment, to read and acknowledge (Continue, or Enter anywhere in it). */
export function momentPanel(m: Moment, o: MomentPanelOptions): HTMLElement {
  const { t, language } = o;
  const text = momentText(m, language, t, reasonText);
  const go = h('button', { type: 'button', class: 'primary', 'data-continue': 'true', onclick: () => o.onContinue() }, t('teach.moment.continue'));
  const section = h('section', { class: 'moment', 'data-kind': m.kind, 'data-tone': momentTone(m), 'aria-labelledby': 'moment-title' },
    h('p', { class: 'kicker' }, `${t('teach.moment.label')} · ${m.year}`),
    h('h2', { id: 'moment-title', class: 'panel-title', tabindex: -1 }, text.headline),
    m.kind === 'election' ? shareBars(m, t) : null,
    h('p', { class: 'moment-body' }, ...linkedText(text.body, language, o.openGlossary, t)),
    o.more > 0 ? h('p', { class: 'hint' }, t('teach.moment.more', { count: o.more })) : null,
    h('div', { class: 'actions' }, go, h('span', { class: 'hint' }, t('teach.moment.hint'))));
  // Enter on the heading (where the focus lands) goes on, as the button does; on a button (a
  // glossary term, Continue itself) Enter is that button's own. Neither acts on a press meant for
  // the panel before, nor on a held key's repeats (settle.ts).
  mainActions(go);
  section.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || event.target instanceof HTMLButtonElement) return;
    event.preventDefault();
    if (keyActs(event)) o.onContinue();
  });
  return section;
}

/** What a screen reader announces for a moment. */
export function momentAnnouncement(m: Moment, language: Language, t: Translate): string {
  const text = momentText(m, language, t, reasonText);
  return `${text.headline}. ${text.body}`;
}
