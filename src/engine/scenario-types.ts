import type { Condition, Effect } from './effects';
import type { IntelLevel, Localized, Party, Role, Stance, StrategyToken, Tracks } from './types';

// A scenario as the engine uses it, after src/scenario/ has validated the JSON.

export const CARD_TAGS = [
  'history',
  'sovereignty',
  'institution',
  'personal',
  'violence',
  'politics',
  'disaster',
  'police',
  'social',
  'accommodation',
  'intelligence',
  'aid',
  'congress',
  'guns-cash',
  'demand',
  'tco',
  'corruption',
  'navy',
  'army',
  'recommendation',
  'legalization',
  'human-rights',
  'election',
] as const;
export type CardTag = (typeof CARD_TAGS)[number];

/**
 * Where a card's event comes from: "history" is an event the paper reports, in its year (up to the
 * 2012 election); "echo" is a later event that recalls the paper's history; "extrapolation" is our
 * plausible future. Shown on every card, so a player can tell the paper's facts from the game's.
 */
export const CARD_PROVENANCES = ['history', 'echo', 'extrapolation'] as const;
export type CardProvenance = (typeof CARD_PROVENANCES)[number];

export interface Citation {
  /** The paper's section, e.g. "§2 Historical Context" or "§3 Option D". */
  readonly section: string;
  readonly footnotes?: readonly number[];
  /** At most 25 words, verbatim from the paper (line breaks and end-of-line hyphens ignored). */
  readonly quote: string;
}

export interface CardChoiceOption {
  readonly id: string;
  readonly label: Localized;
  readonly effects: readonly Effect[];
}

export interface CardChoice {
  readonly role: Role;
  readonly prompt: Localized;
  readonly options: readonly CardChoiceOption[];
}

export interface Card {
  readonly id: string;
  readonly title: Localized;
  readonly text: Localized;
  readonly tags: readonly CardTag[];
  /** The paper's event, an echo of its history, or our extrapolation (see CARD_PROVENANCES). */
  readonly provenance: CardProvenance;
  /** When the card may be drawn at random; scheduled cards are drawn in their year regardless. */
  readonly when?: Condition;
  readonly weight: number;
  /** A repeatable card returns to the deck after its year; others are played once. */
  readonly repeatable: boolean;
  readonly effects: readonly Effect[];
  readonly choice?: CardChoice;
  readonly citation: Citation;
}

export interface HistoricalDecision {
  readonly actions: readonly string[];
  readonly stance?: Stance;
}

/** The decisions the real actors took, for the "historical" policy of a history scenario. */
export interface HistoricalPolicy {
  readonly decisions: Readonly<Record<string, Partial<Record<Role, HistoricalDecision>>>>;
  readonly cardChoices: Readonly<Record<string, string>>;
}

export interface Scenario {
  readonly id: string;
  readonly title: Localized;
  readonly description: Localized;
  /** The year of the starting values (shown as the first point of every chart). */
  readonly startYear: number;
  /** "election": the game opens on an election in startYear; "years": on the first year after it. */
  readonly opening: 'election' | 'years';
  readonly party: Party;
  readonly strategy: StrategyToken | null;
  /**
   * The year of the term that startYear is: 0 when the term begins with the next year (Calderón
   * took office in December 2006), 4 for a game that opens in July 2011 with 2011 as the fifth year.
   */
  readonly startYearInTerm: number;
  /** Years the starting strategy has already been in force at the start. */
  readonly strategyYears: number;
  readonly start: {
    readonly tracks: Tracks;
    readonly intelligenceSharing: IntelLevel;
    readonly flags: readonly string[];
  };
  readonly sexenios: number;
  /** Party weights for named election years (the paper favours the PRI in 2012, fn 28). */
  readonly elections: Readonly<Record<string, Readonly<Record<Party, number>>>>;
  readonly deck: readonly Card[];
  readonly schedule: readonly { readonly year: number; readonly card: string }[];
  readonly historical?: HistoricalPolicy;
}
