import type { Translate } from '../../i18n';
import { h } from './h';

// A guided first year (issue 10): call-outs, one at a time, each anchored beside what it explains
// with a ring around it: the board's relationship track and bands, SEDENA and SEMAR, the damper,
// the gauges (the board is a canvas: the call-out rings the board and says where to look), then the
// card, the decision form and the report. The steps are data; the guide shows the first step whose
// element is on screen and waits, hidden, while none is (a moment or the briefing in the panel).

export interface GuideStep {
  readonly id: string;
  /** What the call-out points at. */
  readonly selector: string;
  /** The call-out's text (i18n key). */
  readonly text: string;
}

export const GUIDE_STEPS: readonly GuideStep[] = [
  { id: 'track', selector: '#stage', text: 'teach.guide.steps.track' },
  { id: 'sedenaSemar', selector: '#stage', text: 'teach.guide.steps.sedenaSemar' },
  { id: 'institutions', selector: '#stage', text: 'teach.guide.steps.institutions' },
  { id: 'gauges', selector: '#stage', text: 'teach.guide.steps.gauges' },
  { id: 'card', selector: '#panel .event-card', text: 'teach.guide.steps.card' },
  { id: 'decide', selector: '#panel form.decide fieldset.actions-list', text: 'teach.guide.steps.decide' },
  { id: 'report', selector: '#panel ul.changes', text: 'teach.guide.steps.report' },
];

const GAP = 14;
const WIDTH = 320;

export class Guide {
  private index = 0;
  private readonly callout: HTMLElement;
  private target: HTMLElement | null = null;
  private readonly reposition = () => this.place();

  constructor(
    private readonly root: HTMLElement,
    private readonly t: () => Translate,
    /** The guide is over: finished or skipped. */
    private readonly onEnd: () => void,
    private readonly steps: readonly GuideStep[] = GUIDE_STEPS,
  ) {
    this.callout = h('div', { class: 'guide-callout', role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': 'guide-step', hidden: true });
    this.callout.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        this.end();
      }
    });
    root.append(this.callout);
    window.addEventListener('resize', this.reposition);
    window.addEventListener('scroll', this.reposition, true);
  }

  get step(): GuideStep | null {
    return this.steps[this.index] ?? null;
  }

  /**
   * After each screen: `active` when a play screen (not the briefing or a moment) is on. Shows the
   * current step if its element is there, else the next step whose element is (a step whose
   * element never came, such as a card in a year that drew none, is passed over).
   */
  update(active: boolean): void {
    if (!active) return this.hide();
    for (let i = this.index; i < this.steps.length; i++) {
      const step = this.steps[i] as GuideStep;
      const el = this.root.ownerDocument.querySelector<HTMLElement>(step.selector);
      if (!el) continue;
      // A later step is only jumped to when the current one's element is gone from play.
      this.index = i;
      return this.show(step, el);
    }
    this.hide();
  }

  private show(step: GuideStep, target: HTMLElement): void {
    const t = this.t();
    this.target?.classList.remove('guide-target');
    this.target = target;
    target.classList.add('guide-target');
    const last = this.index >= this.steps.length - 1;
    const next = h('button', { type: 'button', class: 'primary', onclick: () => this.next() }, last ? t('teach.guide.done') : t('teach.guide.next'));
    this.callout.dataset.step = step.id;
    this.callout.replaceChildren(
      h('p', { class: 'kicker', id: 'guide-step' }, t('teach.guide.step', { n: this.index + 1, count: this.steps.length })),
      h('p', { class: 'guide-text' }, t(step.text)),
      h('div', { class: 'actions' }, next, h('button', { type: 'button', onclick: () => this.end() }, t('teach.guide.skip'))),
    );
    const wasHidden = this.callout.hidden;
    this.callout.hidden = false;
    if (target.id !== 'stage') this.bringIntoView(target);
    this.place();
    if (wasHidden) next.focus({ preventScroll: true });
  }

  /**
   * Scrolls what the call-out explains into view. On a narrow screen, where the call-out cannot
   * stand beside it, the page is scrolled so that the target starts below the call-out's height:
   * the call-out then stands above it and covers none of it.
   */
  private bringIntoView(target: HTMLElement): void {
    const width = Math.min(WIDTH, window.innerWidth - 2 * GAP);
    const r = target.getBoundingClientRect();
    if (r.left >= width + 2 * GAP) return target.scrollIntoView?.({ block: 'nearest' });
    const room = (this.callout.offsetHeight || 220) + 3 * GAP;
    window.scrollBy?.({ top: r.top - room, behavior: 'instant' as ScrollBehavior });
  }

  /**
   * Beside the target when there is room on its left (the panel on a wide screen); else above it
   * when there is room there (a phone, after bringIntoView), else over its top.
   */
  private place(): void {
    const target = this.target;
    if (!target || this.callout.hidden) return;
    const r = target.getBoundingClientRect();
    const view = { w: window.innerWidth, h: window.innerHeight };
    const width = Math.min(WIDTH, view.w - 2 * GAP);
    let side: 'left' | 'inside' | 'above' | 'below';
    let left: number;
    let top: number;
    if (target.id === 'stage') {
      side = 'inside';
      left = Math.max(GAP, r.left + GAP);
      top = Math.max(GAP, r.top + GAP);
    } else if (r.left >= width + 2 * GAP) {
      side = 'left';
      left = r.left - width - GAP;
      top = Math.min(Math.max(GAP, r.top), view.h - 220);
    } else {
      left = Math.max(GAP, Math.min(r.left + GAP, view.w - width - GAP));
      const height = this.callout.offsetHeight || 220;
      if (r.top - height - 2 * GAP >= 0) {
        side = 'above';
        top = r.top - height - 2 * GAP;
      } else {
        side = 'below';
        top = Math.min(Math.max(GAP, r.top + 44), view.h - 220);
      }
    }
    this.callout.dataset.side = side;
    // Through the CSSOM: the page's Content-Security-Policy forbids style attributes.
    this.callout.style.left = `${Math.round(left)}px`;
    this.callout.style.top = `${Math.round(Math.max(GAP, top))}px`;
    this.callout.style.width = `${Math.round(width)}px`;
  }

  private next(): void {
    this.index++;
    this.target?.classList.remove('guide-target');
    if (this.index >= this.steps.length) return this.end();
    this.update(true);
  }

  private hide(): void {
    this.callout.hidden = true;
    this.target?.classList.remove('guide-target');
    this.target = null;
  }

  /** Skipped or done: the call-out goes, for good. */
  end(): void {
    this.destroy();
    this.onEnd();
  }

  /** Removes the call-out without ending the guide (a new game, the title). */
  destroy(): void {
    this.hide();
    this.callout.remove();
    window.removeEventListener('resize', this.reposition);
    window.removeEventListener('scroll', this.reposition, true);
  }
}
