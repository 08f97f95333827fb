import { INTEL_LEVELS, type Scenario } from '../../engine';
import { formatClock } from '../../exercise/clock';
import type { HotWash, Prompt, TimelineItem } from '../../exercise/hotwash';
import { listedObjective } from '../../exercise/objectives';
import { createStrings, type Language, type Translate } from '../../i18n';
import { objectiveValueText } from '../../i18n/exercise-objectives';
import { exerciseReportStrings, type ExerciseReportStrings, type ReportFormat } from '../../i18n/exercise-report';
import { momentText } from '../../i18n/moments';
import { reasonText, withOptionLabel } from '../../i18n/reasons';
import { pauseWords } from '../pause-words';

// The hot wash's data worded in one language, for every renderer of the report (Markdown, HTML):
// a timeline item as a row (time, year, who, what, why), a prompt as a title and a body, an
// objective's value. The game's names come from the main string tables, the report's own words
// from i18n/exercise-report.ts; nothing here is English.

export interface ReportWords {
  readonly language: Language;
  readonly t: Translate;
  readonly s: ExerciseReportStrings;
  readonly f: ReportFormat;
  readonly scenario: Scenario;
  readonly report: HotWash;
}

const LOCALES: Readonly<Record<Language, string>> = { en: 'en-US', es: 'es-MX' };

export function reportWords(report: HotWash, scenario: Scenario, language: Language): ReportWords {
  const { t } = createStrings(language);
  const number = new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 1 });
  return {
    language,
    t,
    s: exerciseReportStrings(language),
    f: { num: (n) => number.format(n), strategy: (token) => (token ? t(`strategies.${token}`) : '—') },
    scenario,
    report,
  };
}

export interface TimelineRow {
  readonly time: string;
  readonly year: number;
  readonly who: string;
  readonly what: string;
  readonly why: string;
  /** Kept to the control cell during the exercise (the projector never showed it). */
  readonly private: boolean;
}

/** T+h:mm:ss since the exercise began. */
export function elapsed(ms: number): string {
  return `T+${formatClock(ms)}`;
}

export function cardTitle(w: ReportWords, id: string): string {
  return w.scenario.deck.find((c) => c.id === id)?.title[w.language] ?? id;
}

function choiceLabel(w: ReportWords, card: string, choice: string): string {
  return w.scenario.deck.find((c) => c.id === card)?.choice?.options.find((o) => o.id === choice)?.label[w.language] ?? choice;
}

export function roleName(w: ReportWords, role: string): string {
  return w.t(`roles.${role}`);
}

/** A team by its id: its name and role. */
export function teamName(w: ReportWords, id: string | null): string {
  if (id === null) return '';
  const team = w.report.exercise.teams.find((t) => t.id === id);
  return team ? w.s.who.team(team.name, roleName(w, team.role)) : id;
}

/** Who sent a command, as the exercise log names them. */
export function whoName(w: ReportWords, by: string): string {
  if (by === 'facilitator') return w.s.who.controlCell;
  if (by === 'projector') return w.s.who.projector;
  if (by.startsWith('observer:')) return w.s.who.observer(by.slice('observer:'.length));
  return teamName(w, by);
}

function playedBy(w: ReportWords, role: string, team: string | null, by: string): string {
  const name = team ? teamName(w, team) : roleName(w, role);
  return by === 'computer' ? `${name}, ${w.s.timeline.byComputer}` : name;
}

export function timelineRow(w: ReportWords, item: TimelineItem): TimelineRow {
  const base = { time: elapsed(item.elapsedMs), year: item.year, private: false };
  const { s, t } = w;
  switch (item.kind) {
    case 'decision': {
      const what = [...(item.stance ? [s.timeline.stance(t(`stances.${item.stance}`))] : []), ...(item.actions.length ? item.actions.map((a) => t(`actions.${a}.name`)) : [s.timeline.noAction])].join(', ');
      return { ...base, who: playedBy(w, item.role, item.team, item.by), what, why: reasonText(item.reason ?? undefined, t) };
    }
    case 'cardChoice': {
      const choice = choiceLabel(w, item.card, item.choice);
      const reason = withOptionLabel(item.reason, choice);
      return { ...base, who: playedBy(w, item.role, item.team, item.by), what: s.timeline.cardChoice(cardTitle(w, item.card), choice), why: reasonText(reason, t) };
    }
    case 'strategy': {
      const who = item.by === 'human' || item.by === 'computer' ? playedBy(w, 'mexico', item.team, item.by) : roleName(w, 'mexico');
      return { ...base, who, what: s.timeline.strategy(t(`strategies.${item.strategy}`)), why: reasonText(item.reason ?? undefined, t) };
    }
    case 'card': {
      const title = cardTitle(w, item.card);
      const what = item.injected ? s.timeline.cardInjected(title) : item.scheduled ? s.timeline.cardScheduled(title) : s.timeline.card(title);
      const card = w.scenario.deck.find((c) => c.id === item.card);
      return { ...base, who: '', what, why: card ? `Downie 2011, ${card.citation.section}` : '' };
    }
    case 'moment': {
      const text = momentText(item.moment, w.language, t, reasonText);
      return { ...base, who: '', what: text.headline, why: text.body };
    }
    case 'inject': {
      const title = item.card.kind === 'deck' ? cardTitle(w, item.card.card) : s.timeline.customCard(item.card.title, item.card.text);
      const what = `${s.timeline.inject(title)}${item.planned ? ` (${s.timeline.injectPlanned(item.planned)})` : ''}`;
      return { ...base, private: !item.public, who: whoName(w, item.by), what, why: item.reason };
    }
    case 'ruling': {
      const r = item.ruling;
      const what =
        r.kind === 'accept'
          ? s.timeline.ruling.accept
          : r.kind === 'override'
            ? s.timeline.ruling.override(t(`tracks.${r.track}`), w.f.num(r.value))
            : r.kind === 'overrideIntel'
              ? s.timeline.ruling.overrideIntel(t(`intel.${r.level}`))
              : r.kind === 'cancel'
                ? s.timeline.ruling.cancel(cardTitle(w, r.card))
                : s.timeline.ruling.free(r.text);
      return { ...base, private: !item.public, who: whoName(w, item.by), what, why: item.reason };
    }
    case 'flow': {
      const what =
        item.act === 'sealed'
          ? s.timeline.sealed(teamName(w, item.team))
          : item.act === 'revealed'
            ? s.timeline.revealed(item.teams.map((id) => teamName(w, id)).join(', '))
            : item.act === 'extend'
              ? s.timeline.extend(w.f.num(Math.round(((item.seconds ?? 0) / 60) * 10) / 10))
              : s.timeline.flow[item.act];
      const why = item.act === 'pause' ? pauseWords(item, w.report.exercise.teams, w.t) : (item.reason ?? '');
      return { ...base, private: !item.public, who: whoName(w, item.by), what, why };
    }
  }
}

/** An objective's value, worded (a band, an intelligence level, a number), or '—'. */
export function objectiveValue(w: ReportWords, listed: string | null, value: number | null): string {
  if (value === null) return '—';
  const objective = listed ? listedObjective(listed) : undefined;
  return objective ? objectiveValueText(objective, value, w.language) : w.f.num(value);
}

export interface PromptText {
  readonly title: string;
  readonly body: string;
  /** A verbatim passage of the paper and where it is, for the paper's recommendations. */
  readonly quote: { readonly text: string; readonly source: string } | null;
}

export function promptText(w: ReportWords, prompt: Prompt): PromptText {
  const { s } = w;
  switch (prompt.kind) {
    case 'recommendation': {
      const r = s.prompts.recommendation[prompt.recommendation];
      const fn = prompt.source.footnotes?.length ? ` (${w.t('print.footnotes')} ${prompt.source.footnotes.join(', ')})` : '';
      return { title: r.title, body: `${r.question} ${s.prompts.evidence(prompt.evidence, w.f)}`, quote: { text: prompt.source.quote, source: `Downie 2011, ${prompt.source.section}${fn}` } };
    }
    case 'moment': {
      const text = momentText(prompt.moment, w.language, w.t, reasonText);
      const kind = prompt.moment.kind;
      const question = kind === 'sexenioEnd' ? '' : s.prompts.moment[kind];
      // Some headlines name their year already ("2012: the PAN wins the election").
      const title = text.headline.startsWith(String(prompt.moment.year)) ? text.headline : `${prompt.moment.year}: ${text.headline}`;
      return { title, body: [text.body, question].filter(Boolean).join(' '), quote: null };
    }
    case 'inject': {
      const title = prompt.card.kind === 'deck' ? cardTitle(w, prompt.card.card) : prompt.card.title;
      return { title: `${prompt.year}: ${title}`, body: s.prompts.inject(prompt.objective, prompt.expectedResponse), quote: null };
    }
    case 'objective': {
      const team = teamName(w, prompt.team);
      const o = prompt.objective;
      const body = o.met === null ? s.prompts.objectiveOpen(team, o.text) : s.prompts.objectiveMissed(team, o.text, objectiveValue(w, o.listed, o.value));
      return { title: team, body, quote: null };
    }
  }
}

/** The intelligence level of a rank, worded. */
export function intelName(w: ReportWords, rank: number): string {
  return w.t(`intel.${INTEL_LEVELS[Math.round(rank)] ?? 'none'}`);
}
