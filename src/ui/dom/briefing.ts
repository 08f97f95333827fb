import type { Translate } from '../../i18n';
import type { Briefing } from '../../i18n/briefings';
import { linkedText, type OpenGlossary } from './glossary';
import { h } from './h';
import { mainActions } from './settle';

// The one-screen brief read before play (issue 10): the situation, who you are, what you control
// (levers with their costs, political capital), what the others want, a good outcome, and a quote
// from the paper with its citation. A seminar reads one brief per human team in turn.

export interface BriefingOptions {
  readonly t: Translate;
  /** Which brief of how many (a seminar has one per human team). */
  readonly index: number;
  readonly count: number;
  /** The next team's name, when another brief follows. */
  readonly nextRole?: string;
  /** Opened again from the toolbar during play: the last button goes back to the game. */
  readonly reopened: boolean;
  readonly openGlossary: OpenGlossary;
  onNext(): void;
}

export function briefingPanel(b: Briefing, o: BriefingOptions): HTMLElement {
  const { t } = o;
  const link = (text: string) => linkedText(text, b.language, o.openGlossary, t);
  const tags = (lever: Briefing['control']['levers'][number]) =>
    [lever.risky ? t('teach.briefing.risky') : null, lever.consent ? t('teach.briefing.consent') : null, lever.once ? t('teach.briefing.once') : null].filter((x): x is string => x !== null);
  const last = o.index >= o.count - 1;
  const label = last ? (o.reopened ? t('teach.briefing.back') : t('teach.briefing.begin')) : t('teach.briefing.next', { role: o.nextRole ?? '' });
  const go = h('button', { type: 'button', class: 'primary', 'data-begin': last ? 'true' : null, onclick: () => o.onNext() }, label);
  // Begin (or the next team's brief) moves play on like Next year: a quick second Enter or the rest
  // of a double-click must not pass the panel drawn next (a moment, another brief) unread (settle.ts).
  mainActions(go);
  const section = h('section', { class: 'briefing', 'data-role': b.role, 'aria-labelledby': 'briefing-title' },
    h('p', { class: 'kicker' }, o.count > 1 ? `${t('teach.briefing.label')} · ${t('teach.briefing.team', { n: o.index + 1, count: o.count })}` : t('teach.briefing.label')),
    h('h2', { id: 'briefing-title', class: 'panel-title', tabindex: -1 }, b.title),
    h('h3', {}, t('teach.briefing.situation')),
    h('p', {}, ...link(b.situation)),
    h('h3', {}, t('teach.briefing.you')),
    h('p', {}, ...link(b.you)),
    h('h3', {}, t('teach.briefing.control')),
    h('p', { class: 'capital' }, b.control.summary),
    h('p', { class: 'hint' }, t('teach.briefing.levers')),
    h('ul', { class: 'levers' }, ...b.control.levers.map((lever) => h('li', { 'data-lever': lever.id, 'data-risky': lever.risky ? 'true' : null },
      h('span', { class: 'cost', 'aria-hidden': 'true' }, String(lever.cost)),
      h('span', { class: 'lever-text' },
        h('strong', {}, lever.name), h('span', { class: 'visually-hidden' }, ` (${lever.cost})`),
        tags(lever).length ? h('span', { class: 'tags' }, ` · ${tags(lever).join(' · ')}`) : null,
        lever.text ? h('span', { class: 'hint lever-detail' }, ` ${lever.text}`) : null)))),
    b.control.stances ? h('p', {}, t('teach.briefing.stances'), ' ', b.control.stances.map((s) => s.name).join(' · ')) : null,
    h('h3', {}, t('teach.briefing.others')),
    h('ul', { class: 'others' }, ...b.others.map((o2) => h('li', { 'data-role': o2.role }, h('strong', {}, `${o2.name}: `), ...link(o2.wants)))),
    h('h3', {}, t('teach.briefing.good')),
    h('p', {}, ...link(b.goodOutcome)),
    h('figure', { class: 'paper-quote' },
      h('blockquote', { lang: 'en' }, `“${b.quote.text}”`),
      h('figcaption', { class: 'cite' }, `${b.quote.source} · ${t('teach.quoteNote')}`)),
    h('div', { class: 'actions' }, go));
  return section;
}
