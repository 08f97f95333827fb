import type { Role } from '../engine';
import type { Language } from '../i18n';
import { en } from './strings-en';
import { es } from './strings-es';

// The printed kit's own words, in English and Spanish. The game's shared vocabulary (track, role,
// band, mission and stance names, the option summaries) comes from src/i18n; what only the kit says
// (procedures for a table without a screen, labels of the sheets) lives here, so the kit never
// shows an engine identifier or an English word in a Spanish kit.

export interface KitStrings {
  readonly title: string;
  readonly subtitle: string;
  readonly contents: string;
  readonly sections: { readonly rules: string; readonly glossary: string; readonly tracks: string; readonly roles: string; readonly options: string; readonly cards: string };
  // Effects and conditions
  readonly effects: string;
  readonly when: string;
  readonly noEffect: string;
  readonly always: string;
  /** The label of a card's choice, naming the role that makes it (a role, not its name: each language builds its own sentence). */
  readonly choiceFor: (role: Role) => string;
  readonly otherwise: string;
  readonly roll: (from: number, to: number, die: string, percent: number) => string;
  readonly coin: string;
  /** A role spending or gaining capital, the role as a sentence's subject (with its article, its verb agreeing). */
  readonly capitalCost: (role: Role, n: number) => string;
  readonly capitalGain: (role: Role, n: number) => string;
  readonly mark: (fact: string) => string;
  readonly erase: (fact: string) => string;
  readonly percentChange: (track: string, signedPercent: string) => string;
  readonly years: (from: number, to: number) => string;
  readonly yearsFrom: (from: number) => string;
  readonly yearsTo: (to: number) => string;
  readonly yearOfTerm: (from: number, to: number) => string;
  readonly underOptions: (list: string) => string;
  readonly exceptUnder: (list: string) => string;
  readonly whileMission: (list: string) => string;
  readonly inOffice: (list: string) => string;
  readonly atLeast: (track: string, value: string) => string;
  readonly atMost: (track: string, value: string) => string;
  readonly after: (list: string) => string;
  readonly costs: (n: number) => string;
  readonly bandsTitle: string;
  readonly legend: { readonly better: string; readonly worse: string; readonly sedena: string; readonly semar: string };
  readonly contentsList: readonly string[];
  readonly unless: (list: string) => string;
  readonly or: string;
  readonly and: string;
  readonly option: (letter: string) => string;
  /** Facts a card or a lever marks on the track sheet (flags), by the flag's name in the rules. */
  readonly facts: Readonly<Record<string, string>>;
  // Event cards
  readonly ref: string;
  readonly weight: (w: string) => string;
  readonly repeatable: string;
  readonly scheduled: (year: number) => string;
  readonly cardsIntro: (count: number, scenario: string) => string;
  readonly cutHere: string;
  // Option cards
  readonly optionsIntro: string;
  readonly inThePaper: string;
  readonly inTheGame: string;
  readonly mission: string;
  readonly pulledToward: (sedena: number, semar: number) => string;
  readonly whenChosen: string;
  readonly everyYear: string;
  readonly nothingChanges: string;
  readonly withLe: string;
  readonly withoutLe: string;
  readonly leChoice: string;
  readonly perYear: {
    readonly institutions: (n: string) => string;
    readonly ties: (n: string) => string;
    readonly tension: (n: string) => string;
    readonly pressure: (n: string) => string;
    readonly cartelGrowth: (n: string) => string;
    readonly police: (n: string) => string;
    readonly ruleOfLaw: (n: string) => string;
    readonly conflict: (start: string, max: string) => string;
    readonly dismantle: (n: string) => string;
  };
  readonly handover: (years: number, police: number, percent: number, sedena: string, semar: string) => string;
  readonly accommodationRules: (discovery: number, fragmentation: number, leak: string) => string;
  readonly closedStance: string;
  readonly reopen: string;
  readonly sameOption: string;
  // Track sheet
  readonly trackSheetIntro: (scenario: string) => string;
  readonly start: string;
  readonly range: string;
  readonly headline: (w: number) => string;
  readonly violenceScale: (short: string) => string;
  readonly intelLevels: string;
  readonly intelRule: (deep: number, routine: number, functional: number) => string;
  readonly factsBox: string;
  readonly onceBox: string;
  readonly yearBox: string;
  readonly strategyInForce: string;
  readonly partyInOffice: string;
  readonly stanceBox: string;
  readonly capitalBox: string;
  // Role sheets
  readonly roleSheet: string;
  readonly who: string;
  readonly wants: string;
  readonly levers: string;
  readonly lever: string;
  readonly cost: string;
  readonly whatItDoes: string;
  readonly needsConsent: string;
  readonly once: string;
  readonly risky: string;
  readonly onlyWhen: string;
  readonly stances: string;
  readonly stancesNote: string;
  readonly others: string;
  readonly goodOutcome: string;
  readonly capital: string;
  // Rules
  readonly rules: {
    readonly setup: string;
    readonly setupText: (scenario: string) => string;
    readonly year: string;
    readonly steps: readonly { readonly name: string; readonly text: string }[];
    readonly decisionsOrder: (order: string) => string;
    readonly draw: string;
    readonly drawText: (secondChance: number) => string;
    readonly weights: string;
    readonly consent: string;
    readonly consentText: (percent: number) => string;
    readonly applying: string;
    readonly applyingText: (damper: number, saturation: number) => string;
    readonly resolution: string;
    readonly resolutionSteps: readonly string[];
    readonly resolutionNumbers: (p: ResolutionNumbers) => string;
    readonly elections: string;
    readonly electionsText: (p: ElectionNumbers) => string;
    readonly scoring: string;
    readonly scoringText: (w: number) => string;
    readonly simplified: string;
  };
  readonly glossaryIntro: string;
}

export interface ResolutionNumbers {
  readonly rise: number;
  readonly riseTies: number;
  readonly drift: number;
  readonly damper: number;
  readonly tensionThreshold: number;
  readonly impunity: number;
  readonly tensionPull: number;
  readonly commitmentPull: number;
  readonly tensionBaseline: number;
  readonly tensionDecay: number;
  readonly commitmentBaseline: number;
  readonly commitmentDecay: number;
  readonly rotation: number;
  readonly demandLevel: number;
  readonly regrowth: number;
  readonly violencePerPoint: number;
  readonly violenceResponse: number;
  readonly supportBaseline: number;
  readonly fatigue: number;
  readonly supportReference: number;
  readonly supportScale: number;
  readonly supportCap: number;
  readonly supportPerTco: number;
}

export interface ElectionNumbers {
  readonly floor: number;
  readonly violence: string;
  readonly penalty: number;
}

export const KIT_STRINGS: Readonly<Record<Language, KitStrings>> = { en, es };
