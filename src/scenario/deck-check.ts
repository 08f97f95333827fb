import {
  MISSIONS,
  ROLE_ACTIONS,
  STRATEGY_TOKENS,
  TRACK_BOUNDS,
  missionOf,
  strategyFromToken,
  type Card,
  type Effect,
  type Mission,
  type Scenario,
  type StrategyToken,
  type TrackName,
} from '../engine';
import { findQuote, footnoteReferences, type NormalizedText, type QuoteLocation } from './quotes';

// Static checks and coverage of the deck: which cards can ever be drawn, under which strategies,
// which years they reach, and whether every quote is in the paper.

/** The latest year any game can reach: eight sexenios after a scenario's start. */
export const MAX_SEXENIOS = 8;

/** The missions a strategy can put the military on (B moves from its transition to police support). */
export const MISSIONS_OF: Readonly<Record<StrategyToken, readonly Mission[]>> = {
  A: [missionOf({ strategy: strategyFromToken('A'), handoverYear: null })],
  B: [missionOf({ strategy: strategyFromToken('B'), handoverYear: null }), missionOf({ strategy: strategyFromToken('B'), handoverYear: 1 })],
  'C+LE': [missionOf({ strategy: strategyFromToken('C+LE'), handoverYear: null })],
  C: [missionOf({ strategy: strategyFromToken('C'), handoverYear: null })],
  D: [missionOf({ strategy: strategyFromToken('D'), handoverYear: null })],
};

function trackBounds(track: TrackName): readonly [number, number] {
  if (track === 'relationship') return [0, 100];
  if (track === 'intelligenceSharing') return [0, 3];
  return TRACK_BOUNDS[track];
}

function effectFlags(effects: readonly Effect[]): string[] {
  return effects.flatMap((e) => (e.op === 'flag' && e.value ? [e.flag] : e.op === 'chance' ? [...effectFlags(e.then), ...effectFlags(e.else ?? [])] : []));
}

/** Every flag that anything in the game can set: scenario starts, cards, choices and levers. */
export function settableFlags(scenarios: readonly Scenario[], cards: readonly Card[]): Set<string> {
  const flags = new Set<string>();
  for (const s of scenarios) s.start.flags.forEach((f) => flags.add(f));
  for (const c of cards) {
    effectFlags(c.effects).forEach((f) => flags.add(f));
    c.choice?.options.forEach((o) => effectFlags(o.effects).forEach((f) => flags.add(f)));
  }
  for (const a of ROLE_ACTIONS) {
    effectFlags(a.effects).forEach((f) => flags.add(f));
    if (a.once) flags.add(`done:${a.id}`);
  }
  return flags;
}

/** The strategies under which a card's own conditions can hold (ignoring years and tracks). */
export function strategiesOf(card: Card): StrategyToken[] {
  const w = card.when;
  return STRATEGY_TOKENS.filter(
    (t) => (!w?.strategies || w.strategies.includes(t)) && (!w?.missions || MISSIONS_OF[t].some((m) => w.missions?.includes(m))),
  );
}

export interface Reach {
  /** The scenarios and strategies under which the card can be drawn at random. */
  readonly random: { scenario: string; strategies: StrategyToken[] }[];
  /** Scenarios that schedule the card. */
  readonly scheduled: string[];
  /** Why the card can never be drawn, when it cannot. */
  readonly never: string | null;
}

function scenarioYears(s: Scenario): [number, number] {
  return [s.startYear + 1, s.startYear + 6 * MAX_SEXENIOS];
}

/**
 * Why a card's own condition can never hold, whatever the scenario's years: a track condition
 * outside the track's range, a flag nothing sets (`flags`: settableFlags), a year of the term
 * outside 1-6, or strategies and missions no strategy satisfies together. Empty: it can hold.
 */
export function conditionProblems(card: Card, flags: ReadonlySet<string>): string[] {
  const w = card.when;
  const problems: string[] = [];
  for (const t of w?.tracks ?? []) {
    const [lo, hi] = trackBounds(t.track);
    if ((t.min !== undefined && t.min > hi) || (t.max !== undefined && t.max < lo)) problems.push(`${t.track} must be ${t.min !== undefined ? `at least ${t.min}` : `at most ${t.max}`}, outside its range ${lo}-${hi}`);
  }
  for (const f of w?.flags?.all ?? []) if (!flags.has(f)) problems.push(`flag "${f}" is never set by anything in the game`);
  if (w?.yearInTerm && ((w.yearInTerm.from ?? 1) > 6 || (w.yearInTerm.to ?? 6) < 1)) problems.push('yearInTerm is outside 1-6');
  if (strategiesOf(card).length === 0) problems.push('no strategy satisfies both its strategies and its missions');
  return problems;
}

export function reachOf(card: Card, scenarios: readonly Scenario[], flags: ReadonlySet<string>): Reach {
  const w = card.when;
  const problems = conditionProblems(card, flags);
  const strategies = strategiesOf(card);
  const scheduled = scenarios.filter((s) => s.schedule.some((e) => e.card === card.id)).map((s) => s.id);
  const random: Reach['random'] = [];
  if (problems.length === 0) {
    for (const s of scenarios) {
      if (!s.deck.some((c) => c.id === card.id) || scheduled.includes(s.id)) continue;
      const [first, last] = scenarioYears(s);
      const from = Math.max(first, w?.years?.from ?? first);
      const to = Math.min(last, w?.years?.to ?? last);
      if (from <= to) random.push({ scenario: s.id, strategies });
    }
  }
  const inAnyScenario = scenarios.some((s) => s.deck.some((c) => c.id === card.id));
  let never: string | null = null;
  if (scheduled.length === 0 && random.length === 0) {
    never = problems[0] ?? (inAnyScenario ? 'its years fall outside every scenario that includes it' : 'no scenario includes its deck');
  }
  return { random, scheduled, never };
}

export interface QuoteProblem {
  readonly card: string;
  readonly quote: string;
}

export function quoteProblems(cards: readonly Card[], source: NormalizedText): QuoteProblem[] {
  return cards.filter((c) => !findQuote(source, c.citation.quote)).map((c) => ({ card: c.id, quote: c.citation.quote }));
}

export interface Coverage {
  readonly cards: number;
  readonly bySection: Record<string, number>;
  readonly byTag: Record<string, number>;
  /** Cards each strategy can draw, and how many only it can draw. */
  readonly byStrategy: Record<StrategyToken, { any: number; only: number }>;
  readonly byMission: Record<Mission, number>;
  readonly byYears: Record<string, number>;
  readonly withChoice: number;
}

/** The parts of the paper, as citations name them. */
export const PAPER_SECTIONS = [
  'Executive Summary',
  '§1 Introduction',
  '§2 Historical Context',
  '§2 The Catalyst for Improved Relations',
  '§2 A Maturing, But Still Fragile Relationship',
  '§3 Where is the Relationship Going',
  '§3 Option A',
  '§3 Option B',
  '§3 Option C',
  '§3 Option D',
  '§3 Summary of Options',
  '§4 Recommendations',
  '§4 Demonstrate Success',
  '§4 Continuity',
  '§4 Expand and Institutionalize',
  '§4 Comprehensive Strategy',
  '§4 Manage Expectations',
] as const;

/** Each part of the paper's heading, verbatim, to find where the part begins. */
const SECTION_HEADINGS: Readonly<Record<(typeof PAPER_SECTIONS)[number], string>> = {
  'Executive Summary': 'Executive Summary',
  '§1 Introduction': '1. Introduction',
  '§2 Historical Context': '2. Historical Context:',
  '§2 The Catalyst for Improved Relations': 'The Catalyst for Improved US/Mexican Defense Relations',
  '§2 A Maturing, But Still Fragile Relationship': 'A Maturing, But Still Fragile US/Mexico Defense Relationship',
  '§3 Where is the Relationship Going': '3. Where is the Relationship Going',
  '§3 Option A': 'Option A. Continue the Calderón',
  '§3 Option B': 'Option B. Assign Law Enforcement',
  '§3 Option C': 'Option C. Adopt a New Violence-Reduction Strategy',
  '§3 Option D': 'Option D. Adopt a Strategy to Tacitly Accommodate',
  '§3 Summary of Options': 'Summary of Options to Counter TCO Threats',
  '§4 Recommendations': '4. Recommendations.',
  '§4 Demonstrate Success': 'Demonstrate Success during a Rapidly Closing',
  '§4 Continuity': 'Facilitate Strategies and Actions That Offer Continuity',
  '§4 Expand and Institutionalize': 'Expand and Institutionalize Existing',
  '§4 Comprehensive Strategy': 'Coordinate a Comprehensive US Strategy',
  '§4 Manage Expectations': 'Identify Realistically Attainable Objectives and Manage Expectations.',
};

/** The part of the paper a card comes from ("§3 Option B" for "§3 Option B, Impact"), or null. */
export function sectionOf(card: Card): string | null {
  const matches = PAPER_SECTIONS.filter((s) => card.citation.section.startsWith(s));
  return matches.sort((a, b) => b.length - a.length)[0] ?? null;
}

function yearBucket(card: Card): string {
  const y = card.when?.years;
  if (!y) return 'any year';
  if (y.to !== undefined && y.to <= 2012) return '2007-2012 (the Calderón years)';
  if ((y.from ?? 0) >= 2013) return '2013 on (future)';
  return 'spanning 2012';
}

export function coverage(cards: readonly Card[]): Coverage {
  const count = (key: string, into: Record<string, number>) => (into[key] = (into[key] ?? 0) + 1);
  const bySection: Record<string, number> = Object.fromEntries(PAPER_SECTIONS.map((section) => [section, 0]));
  const byTag: Record<string, number> = {};
  const byYears: Record<string, number> = {};
  const byStrategy = Object.fromEntries(STRATEGY_TOKENS.map((t) => [t, { any: 0, only: 0 }])) as Record<StrategyToken, { any: number; only: number }>;
  const byMission = Object.fromEntries(MISSIONS.map((m) => [m, 0])) as Record<Mission, number>;
  for (const c of cards) {
    count(sectionOf(c) ?? c.citation.section, bySection);
    c.tags.forEach((t) => count(t, byTag));
    count(yearBucket(c), byYears);
    const strategies = strategiesOf(c);
    for (const t of strategies) byStrategy[t].any += 1;
    if (strategies.length === 1 && strategies[0]) byStrategy[strategies[0]].only += 1;
    for (const m of MISSIONS) if (strategies.some((t) => MISSIONS_OF[t].includes(m)) && (!c.when?.missions || c.when.missions.includes(m))) byMission[m] += 1;
  }
  return { cards: cards.length, bySection, byTag, byStrategy, byMission, byYears, withChoice: cards.filter((c) => c.choice).length };
}

/** Where each part of the paper begins in its text, in order (parts whose heading is missing are left out). */
export function sectionStarts(source: NormalizedText): { section: string; start: number }[] {
  return PAPER_SECTIONS.flatMap((section) => {
    const at = findQuote(source, SECTION_HEADINGS[section]);
    return at ? [{ section, start: at.start }] : [];
  }).sort((a, b) => a.start - b.start);
}

function sectionAt(starts: readonly { section: string; start: number }[], index: number): string | null {
  let found: string | null = null;
  for (const s of starts) if (s.start <= index) found = s.section;
  return found;
}

export interface SectionProblem {
  readonly card: string;
  readonly section: string;
  /** The parts of the paper the quote is in (its text, or where its footnotes are called). */
  readonly found: readonly string[];
}

/**
 * Cards whose citation names a part of the paper other than the one its quote is in. A quote from
 * a footnote or a caption may also name the part whose text calls the footnote (fn 45 is printed
 * under Option D but belongs to Option C).
 */
export function sectionProblems(cards: readonly Card[], paper: string, source: NormalizedText): SectionProblem[] {
  const starts = sectionStarts(source);
  if (starts.length === 0) return [];
  const refs = footnoteReferences(paper);
  return cards.flatMap((c) => {
    const at: QuoteLocation | null = findQuote(source, c.citation.quote);
    const cited = sectionOf(c);
    if (!at || !cited) return [];
    const found = new Set([sectionAt(starts, at.start)]);
    for (const n of c.citation.footnotes ?? []) for (const r of refs) if (r.number === n) found.add(sectionAt(starts, r.start));
    found.delete(null);
    return found.has(cited) ? [] : [{ card: c.id, section: c.citation.section, found: [...found] as string[] }];
  });
}

/** The history is the paper's period: the years up to and including the 2012 election. */
export const HISTORY_END = 2012;

export interface HistoryProblem {
  readonly card: string;
  readonly problem: string;
}

/**
 * The history rule: a history card is one of the paper's events, drawn only inside the history; an
 * echo or an extrapolation is drawn only after it (from 2013), unless an explicit range (from and
 * to) the paper supports starts it earlier. Every card says its years.
 */
export function historyProblems(cards: readonly Card[]): HistoryProblem[] {
  const after = HISTORY_END + 1;
  return cards.flatMap((c) => {
    const y = c.when?.years;
    const span = y ? `${y.from ?? '…'}-${y.to ?? '…'}` : '';
    let problem: string | null = null;
    if (y?.from === undefined) {
      problem = `has no when.years.from, so it could be drawn in any year: give it years (a history card inside ${HISTORY_END} at the latest, an echo or extrapolation from ${after})`;
    } else if (c.provenance === 'history') {
      if (y.to === undefined || y.to > HISTORY_END) problem = `is history (one of the paper's events) but its when.years ${span} run past ${HISTORY_END}: end them by ${HISTORY_END}, or make it an echo or an extrapolation`;
    } else if (y.from <= HISTORY_END) {
      if (y.to === undefined) problem = `is ${c.provenance} but can be drawn inside the history (when.years ${span}): start it in ${after} or later, or give an explicit "to" for a range the paper supports`;
      else if (y.to <= HISTORY_END) problem = `is ${c.provenance} but its when.years ${span} lie inside the history: make it a history card or move it to ${after} or later`;
    }
    return problem ? [{ card: c.id, problem }] : [];
  });
}

