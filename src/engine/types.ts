// The game's vocabulary. Unions come from `as const` arrays so that validation (scenario/), the
// CLI and the UI can enumerate them.

export const ROLES = ['mexico', 'sedena', 'semar', 'tco', 'us'] as const;
export type Role = (typeof ROLES)[number];

export const PARTIES = ['PAN', 'PRI', 'PRD'] as const;
export type Party = (typeof PARTIES)[number];

// The four options of paper §3 ("Summary of Options").
export const OPTION_IDS = ['A', 'B', 'C', 'D'] as const;
export type OptionId = (typeof OPTION_IDS)[number];

// A strategy is an option plus C's decisive sub-choice (paper §3, Option C, "with or without a law
// enforcement component"). Tokens name it in scenario files, the CLI and conditions.
export const STRATEGY_TOKENS = ['A', 'B', 'C+LE', 'C', 'D'] as const;
export type StrategyToken = (typeof STRATEGY_TOKENS)[number];

export interface Strategy {
  readonly option: OptionId;
  /** Only meaningful for C: whether the social strategy keeps a law-enforcement component. */
  readonly lawEnforcement: boolean;
}

// What the Mexican military is doing under the strategy in force; the relationship follows it
// (DESIGN §2.2: a shared mission pulls the relationship up).
export const MISSIONS = [
  'militaryLead',
  'policeTransition',
  'militarySupportsPolice',
  'traditionalMissions',
  'accommodation',
] as const;
export type Mission = (typeof MISSIONS)[number];

// Numeric tracks stored in the state (DESIGN §2.1). The headline `relationship` is derived from the
// two services; `intelligenceSharing` is categorical.
export const NUMERIC_TRACKS = [
  'relationship.sedena',
  'relationship.semar',
  'institutionalization',
  'personalTies',
  'sovereigntyTension',
  'usCommitment',
  'violence',
  'tcoPower',
  'publicSupport',
  'policeCapacity',
  'ruleOfLaw',
] as const;
export type NumericTrack = (typeof NUMERIC_TRACKS)[number];

/** Every track of DESIGN §2.1 by its dotted name, in the order the board and reports list them. */
export const TRACK_NAMES = [
  'relationship',
  'relationship.sedena',
  'relationship.semar',
  'institutionalization',
  'personalTies',
  'sovereigntyTension',
  'usCommitment',
  'intelligenceSharing',
  'violence',
  'tcoPower',
  'publicSupport',
  'policeCapacity',
  'ruleOfLaw',
] as const;
export type TrackName = (typeof TRACK_NAMES)[number];

/** Tracks that effects may change: the stored ones plus the headline, which moves both services. */
export const EFFECT_TRACKS = ['relationship', ...NUMERIC_TRACKS] as const;
export type EffectTrack = (typeof EFFECT_TRACKS)[number];

/** Tracks that conditions may test (intelligence sharing is compared by its level's rank). */
export const CONDITION_TRACKS = TRACK_NAMES;

export const INTEL_LEVELS = ['none', 'functional', 'routine', 'deep'] as const;
export type IntelLevel = (typeof INTEL_LEVELS)[number];

export const RELATIONSHIP_BANDS = [
  'Adversarial',
  'Distant',
  'Cooperative',
  'Collaborative',
  'Institutionalized',
  'Integrated',
] as const;
export type RelationshipBand = (typeof RELATIONSHIP_BANDS)[number];

export const PHASES = [
  'election',
  'transition',
  'events',
  'cardChoice',
  'decisions',
  'resolution',
  'report',
  'debrief',
] as const;
export type Phase = (typeof PHASES)[number];

// Mexico's posture toward US offers this year (paper §2.5: "accepting or refusing US offers").
export const STANCES = ['open', 'guarded', 'closed'] as const;
export type Stance = (typeof STANCES)[number];

export type Tracks = Record<NumericTrack, number>;

export type Localized = { readonly en: string; readonly es: string };

export type SeatKind = 'human' | 'computer';

export const US_POLICIES = ['recommended', 'passive', 'hawkish', 'historical'] as const;
export type UsPolicy = (typeof US_POLICIES)[number];

export const MEXICO_POLICIES = ['party', 'historical'] as const;
export type MexicoPolicy = (typeof MEXICO_POLICIES)[number];

export interface GameConfig {
  readonly seed: number;
  /** Number of sexenios to play; the scenario gives the default. */
  readonly sexenios: number;
  readonly seats: Readonly<Record<Role, SeatKind>>;
  readonly usPolicy: UsPolicy;
  readonly mexicoPolicy: MexicoPolicy;
  /** The strategy for each successive sexenio; beyond the list the computer president chooses. */
  readonly fixedStrategies: readonly StrategyToken[];
  /** Parties for each successive election; beyond the list the vote is drawn. */
  readonly fixedParties: readonly Party[];
}

/** What moved a computer president's choice of strategy (ai.ts `chooseStrategy`). */
export const STRATEGY_FACTORS = ['lowSupport', 'highSupport', 'violenceRose', 'violenceFell', 'visibleSuccess', 'cartelsWinning', 'usCommitted', 'usHalfhearted', 'sovereigntyStrain'] as const;
export type StrategyFactor = (typeof STRATEGY_FACTORS)[number];

/** What a computer-played United States reads its situation as (the paper's recommendations, §4). */
export const US_SITUATIONS = ['accommodation', 'window', 'building'] as const;
export type UsSituation = (typeof US_SITUATIONS)[number];

/**
 * Why a computer-played role did what it did: a closed code with typed values, worded by one
 * exhaustive function (i18n/reasons.ts) in each language.
 */
export type Reason =
  | {
      readonly code: 'ai.strategy';
      readonly values: {
        readonly party: Party;
        readonly strategy: StrategyToken;
        readonly support: number;
        readonly violence: number;
        readonly violenceBefore: number;
        readonly commitment: number;
        /** What moved the choice; none: the party's usual tendency. */
        readonly factors: readonly StrategyFactor[];
      };
    }
  | { readonly code: 'ai.mexico'; readonly values: { readonly strategy: StrategyToken; readonly stance: Stance; readonly support: number; readonly tension: number } }
  | { readonly code: 'ai.sedena' | 'ai.semar'; readonly values: { readonly mission: Mission; readonly tension: number } }
  | { readonly code: 'ai.tco'; readonly values: { readonly mission: Mission } }
  | { readonly code: 'ai.us.passive' }
  | { readonly code: 'ai.us.hawkish'; readonly values: { readonly tcoPower: number } }
  | { readonly code: 'ai.us.recommended'; readonly values: { readonly situation: UsSituation; readonly relationship: number; readonly tension: number } }
  | { readonly code: 'ai.historical'; readonly values: { readonly year: number } }
  | { readonly code: 'ai.cardChoice'; readonly values: { readonly role: Role; readonly option: string; readonly track: EffectTrack | 'none' } }
  | { readonly code: 'ai.us.leastEffort'; readonly values: { readonly role: Role; readonly option: string } };

export type ReasonCode = Reason['code'];

export type Cause =
  | { readonly kind: 'card'; readonly id: string; readonly choice?: string }
  | { readonly kind: 'action'; readonly id: string; readonly role: Role }
  | { readonly kind: 'rule'; readonly id: string }
  | { readonly kind: 'strategy'; readonly id: StrategyToken }
  /** The control cell of an exercise (issue 11): an inject written on the spot, an override, a cancelled card. */
  | { readonly kind: 'facilitator'; readonly act: 'inject' | 'override' | 'cancel'; readonly id: string; readonly reason: string };

export type LogEntry =
  | {
      readonly type: 'track';
      readonly year: number;
      readonly track: NumericTrack | 'intelligenceSharing';
      readonly from: number | IntelLevel;
      readonly to: number | IntelLevel;
      readonly cause: Cause;
    }
  | { readonly type: 'cardDrawn'; readonly year: number; readonly card: string; readonly scheduled: boolean }
  | {
      readonly type: 'cardChoice';
      readonly year: number;
      readonly card: string;
      readonly role: Role;
      readonly choice: string;
      readonly by: SeatKind;
      readonly reason?: Reason;
    }
  | {
      readonly type: 'decision';
      readonly year: number;
      readonly role: Role;
      readonly actions: readonly string[];
      readonly stance?: Stance;
      readonly by: SeatKind;
      readonly reason?: Reason;
    }
  | {
      readonly type: 'actionOutcome';
      readonly year: number;
      readonly role: Role;
      readonly action: string;
      readonly success: boolean;
    }
  | {
      readonly type: 'election';
      readonly year: number;
      readonly party: Party;
      readonly weights: Readonly<Record<Party, number>>;
      readonly by: 'chosen' | 'drawn';
    }
  | {
      readonly type: 'strategy';
      readonly year: number;
      readonly party: Party;
      readonly strategy: StrategyToken;
      readonly by: SeatKind | 'fixed' | 'scenario';
      readonly reason?: Reason;
    }
  | {
      readonly type: 'bandCrossed';
      readonly year: number;
      readonly from: RelationshipBand;
      readonly to: RelationshipBand;
    }
  | { readonly type: 'handover'; readonly year: number }
  /** An act of an exercise's control cell, with its reason (engine/facilitator.ts). */
  | {
      readonly type: 'facilitator';
      readonly year: number;
      readonly act: 'inject' | 'injectCustom' | 'override' | 'cancel' | 'seats';
      readonly reason: string;
      readonly card?: string;
      readonly title?: string;
      readonly text?: string;
      readonly track?: EffectTrack | 'intelligenceSharing';
      readonly value?: number | IntelLevel;
      readonly seats?: Readonly<Record<Role, SeatKind>>;
    }
  /** Option D: the US learns of the tacit accommodation. */
  | { readonly type: 'accommodationKnown'; readonly year: number }
  /** Option D: the bargain with the organisations breaks down. */
  | { readonly type: 'fragmentation'; readonly year: number }
  | { readonly type: 'yearEnd'; readonly year: number };

/** End-of-year values, one per played year, for charts and batch statistics. */
export interface YearRecord {
  readonly year: number;
  readonly tracks: Tracks;
  readonly relationship: number;
  readonly intelligenceSharing: IntelLevel;
  readonly strategy: StrategyToken | null;
  readonly party: Party;
}

export interface PendingChoice {
  readonly card: string;
  readonly role: Role;
}

export interface GameState {
  readonly scenario: string;
  readonly config: GameConfig;
  /**
   * This year's draws from each named random stream (rng.ts): with the seed and the year they fix
   * every draw, so randomness lives in the state (CONVENTIONS) and "same seed" means "same world".
   */
  readonly draws: Readonly<Record<string, number>>;
  readonly phase: Phase;
  /** The year being played (or, in election and transition, the election year). */
  readonly year: number;
  readonly sexenio: number;
  /** 1..6 within the current term; 0 before the first year of a term. */
  readonly yearInTerm: number;
  readonly party: Party;
  readonly strategy: Strategy | null;
  /** Years the current strategy has been in force, counting the current year. */
  readonly strategyYears: number;
  /** The year the police took the lead under B (or null). */
  readonly handoverYear: number | null;
  readonly tracks: Tracks;
  readonly intelligenceSharing: IntelLevel;
  readonly flags: readonly string[];
  readonly capital: Readonly<Record<Role, number>>;
  readonly stance: Stance;
  /** Roles still to decide in the decisions phase, in order. */
  readonly pending: readonly Role[];
  /** Drawn cards whose choice a role must still make, in draw order. */
  readonly pendingChoices: readonly PendingChoice[];
  /** Cards that may still be drawn, in deck order. */
  readonly deck: readonly string[];
  /** Cards drawn this year, in draw order. */
  readonly drawn: readonly string[];
  /** Cards drawn in earlier years (played, out of the game unless repeatable). */
  readonly discard: readonly string[];
  readonly start: YearRecord;
  readonly history: readonly YearRecord[];
  /** What happened, in chunks of one year (or one election or transition) each: see log.ts. */
  readonly log: readonly (readonly LogEntry[])[];
  /** Elections held and strategies chosen so far (they index the run's fixed parties and strategies). */
  readonly elections: number;
  readonly transitions: number;
}

/**
 * The control cell's acts on a game (issue 11, engine/facilitator.ts): each with a required reason.
 * Recorded in the game's moves like a player's, so a save, a replay, an undo and a fork keep them.
 */
export type FacilitatorAction =
  /** A card of the deck played now, as if drawn (its choice, if any, is answered next). */
  | { readonly type: 'INJECT'; readonly card: string; readonly reason: string }
  /** A card written on the spot: a title, its words and what it does to the tracks. */
  | {
      readonly type: 'INJECT_CUSTOM';
      readonly title: string;
      readonly text: string;
      readonly effects: readonly { readonly track: EffectTrack; readonly value: number }[];
      readonly reason: string;
    }
  /** A track set to a value (the headline sets both services). */
  | { readonly type: 'OVERRIDE'; readonly track: EffectTrack; readonly value: number; readonly reason: string }
  | { readonly type: 'SET_INTEL'; readonly level: IntelLevel; readonly reason: string }
  /** What a card drawn this year did to the tracks, undone (and its choice, if still open, dropped). */
  | { readonly type: 'CANCEL_CARD'; readonly card: string; readonly reason: string }
  /** Who plays each role from now on (the roster changed mid-exercise). */
  | { readonly type: 'SET_SEATS'; readonly seats: Readonly<Record<Role, SeatKind>>; readonly reason: string };
