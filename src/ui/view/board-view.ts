import {
  headlineRelationship,
  partiesByShare,
  missionOf,
  relationshipBand,
  RELATIONSHIP_BANDS,
  strategyToken,
  TRACK_BOUNDS,
  type GameState,
  type Moment,
  type IntelLevel,
  type NumericTrack,
  type Phase,
  type RelationshipBand,
  type Scenario,
  type StrategyToken,
  type TrackName,
} from '../../engine';
import type { Translate } from '../../i18n';
import type { StagedMoment } from '../board/board';

// What the board shows, computed from a game snapshot alone: the Phaser board draws this and
// nothing else, so a second window given the same snapshot draws the same board.

export interface Gauge {
  readonly track: NumericTrack;
  readonly label: string;
  readonly value: number;
  /** 0..1 along the gauge. */
  readonly fill: number;
  readonly display: string;
  /** Change since the start of the year (or the start of the game): -1, 0 or 1. */
  readonly trend: -1 | 0 | 1;
  /** Higher is better for the US/Mexico partnership (colours the gauge). */
  readonly good: boolean;
}

export interface TimelinePoint {
  readonly year: number;
  readonly relationship: number;
  readonly sedena: number;
  readonly semar: number;
  readonly institutionalization: number;
}

export interface BoardView {
  readonly scenarioTitle: string;
  readonly year: number;
  readonly phase: Phase;
  readonly phaseLabel: string;
  readonly sexenio: number;
  readonly yearInTerm: number;
  readonly termLabel: string;
  readonly party: string;
  readonly strategy: StrategyToken | null;
  readonly strategyLabel: string;
  readonly missionLabel: string;
  readonly relationship: {
    readonly headline: number;
    readonly sedena: number;
    readonly semar: number;
    readonly band: RelationshipBand;
    readonly bandLabel: string;
  };
  readonly institutionalization: number;
  readonly intelligence: IntelLevel;
  readonly intelligenceLabel: string;
  readonly violence: number;
  readonly gauges: readonly Gauge[];
  readonly timeline: readonly TimelinePoint[];
  readonly cards: readonly { readonly id: string; readonly title: string }[];
  readonly labels: Readonly<Record<string, string>>;
}

const GAUGES: readonly { track: NumericTrack; good: boolean }[] = [
  { track: 'personalTies', good: true },
  { track: 'sovereigntyTension', good: false },
  { track: 'usCommitment', good: true },
  { track: 'violence', good: false },
  { track: 'tcoPower', good: false },
  { track: 'publicSupport', good: true },
  { track: 'policeCapacity', good: true },
  { track: 'ruleOfLaw', good: true },
];

/** The gauge scale for violence: the paper's years run to about 15,000 killings a year. */
const VIOLENCE_SCALE = 20000;

function formatValue(track: TrackName, value: number): string {
  return track === 'violence' ? Math.round(value).toLocaleString('en-US') : value.toFixed(0);
}

/**
 * What the board reads of a game: a control cell's whole state or a seat's public view
 * (engine/seat-view.ts `PublicGame`, the projector's) both fit.
 */
export type BoardGame = Pick<GameState, 'tracks' | 'history' | 'start' | 'phase' | 'strategy' | 'handoverYear' | 'year' | 'sexenio' | 'yearInTerm' | 'party' | 'intelligenceSharing' | 'drawn'>;

export function boardView(game: BoardGame, scenario: Scenario, t: Translate, language: 'en' | 'es'): BoardView {
  const tracks = game.tracks;
  const headline = headlineRelationship(tracks);
  const band = relationshipBand(headline);
  const before = (game.history[game.history.length - 2] ?? game.start).tracks;
  const reference = game.phase === 'report' || game.phase === 'debrief' ? before : (game.history[game.history.length - 1] ?? game.start).tracks;
  const token = game.strategy ? strategyToken(game.strategy) : null;
  const gauges = GAUGES.map(({ track, good }): Gauge => {
    const value = tracks[track];
    const max = track === 'violence' ? VIOLENCE_SCALE : TRACK_BOUNDS[track][1];
    const delta = value - reference[track];
    return {
      track,
      good,
      label: t(`trackShort.${track}`),
      value,
      fill: Math.max(0, Math.min(1, value / max)),
      display: formatValue(track, value),
      trend: Math.abs(delta) < 0.05 ? 0 : delta > 0 ? 1 : -1,
    };
  });
  const timeline = [game.start, ...game.history].map((r) => ({
    year: r.year,
    relationship: r.relationship,
    sedena: r.tracks['relationship.sedena'],
    semar: r.tracks['relationship.semar'],
    institutionalization: r.tracks.institutionalization,
  }));
  const cardIndex = new Map(scenario.deck.map((c) => [c.id, c]));
  const inTerm = game.phase === 'election' || game.phase === 'transition';
  return {
    scenarioTitle: scenario.title[language],
    year: game.year,
    phase: game.phase,
    phaseLabel: t(`phases.${game.phase}`),
    sexenio: game.sexenio,
    yearInTerm: game.yearInTerm,
    termLabel: inTerm ? t('board.electionYear', { year: game.year }) : t('board.term', { sexenio: Math.max(1, game.sexenio), year: game.yearInTerm }),
    party: game.party,
    strategy: token,
    strategyLabel: token ? t(`strategies.${token}`) : '—',
    missionLabel: t(`missions.${missionOf(game)}`),
    relationship: { headline, sedena: tracks['relationship.sedena'], semar: tracks['relationship.semar'], band, bandLabel: t(`bands.${band}`) },
    institutionalization: tracks.institutionalization,
    intelligence: game.intelligenceSharing,
    intelligenceLabel: t(`intel.${game.intelligenceSharing}`),
    violence: tracks.violence,
    gauges,
    timeline,
    cards: game.drawn.map((id) => ({ id, title: cardIndex.get(id)?.title[language] ?? id })),
    labels: {
      relationship: t('trackShort.relationship'),
      sedena: t('trackShort.relationship.sedena'),
      semar: t('trackShort.relationship.semar'),
      institutionalization: t('trackShort.institutionalization'),
      intelligence: t('trackShort.intelligenceSharing'),
      president: t('board.president'),
      timeline: t('board.timeline'),
      map: t('board.map'),
      cards: t('board.cards'),
      // Said on the board when the stage is too small to draw it ('board.needsRoom' in the string tables).
      needsRoom: t('board.needsRoom', { defaultValue: 'The board needs more room — enlarge the window' }),
      ...Object.fromEntries(['mexico-city', 'tijuana', 'ciudad-juarez', 'monterrey', 'veracruz', 'merida'].map((id) => [`place.${id}`, t(`places.${id}`)])),
      ...Object.fromEntries(RELATIONSHIP_BANDS.map((b) => [`band.${b}`, t(`bands.${b}`)])),
    },
  };
}

/** Whether a moment is good or bad news for the US/Mexico partnership, for the stage's colours. */
export function momentTone(m: Moment): StagedMoment['tone'] {
  switch (m.kind) {
    case 'band':
    case 'intelligence':
      return m.better ? 'good' : 'bad';
    case 'offerRefused':
    case 'fragmentation':
    case 'accommodationKnown':
      return 'bad';
    case 'handover':
      return 'good';
    // The paper's outlook: A keeps the relationship closest, D ends it (paper §3, Summary of Options).
    case 'strategy':
      return m.strategy === 'D' ? 'bad' : m.strategy === 'A' ? 'good' : 'neutral';
    case 'sexenioEnd':
      return m.relationship.to > m.relationship.from ? 'good' : m.relationship.to < m.relationship.from ? 'bad' : 'neutral';
    default:
      return 'neutral';
  }
}

/**
 * A moment as the board stages it: the words the caller wrote for it (i18n/moments.ts), its tone,
 * and for an election its chances, for a band crossing its bands.
 */
export function stagedMoment(m: Moment, text: { readonly headline: string; readonly body: string }, t: Translate): StagedMoment {
  const base = { kind: m.kind, headline: text.headline, body: text.body, tone: momentTone(m) };
  if (m.kind === 'election') return { ...base, shares: partiesByShare(m.shares).map((p) => ({ label: p, share: m.shares[p], winner: p === m.winner })) };
  if (m.kind === 'band') return { ...base, band: { from: m.from, to: m.to, fromLabel: t(`bands.${m.from}`), toLabel: t(`bands.${m.to}`) } };
  return base;
}
