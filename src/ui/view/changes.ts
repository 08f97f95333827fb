import { headlineRelationship, NUMERIC_TRACKS, type Cause, type EffectTrack, type GameState, type TrackName, type LogEntry, type NumericTrack, type Scenario } from '../../engine';
import type { Translate } from '../../i18n';

// "What changed and why": a year's log turned into one line per track, with each cause's share.

export interface CauseShare {
  readonly cause: string;
  readonly delta: number;
}

export interface TrackChange {
  readonly track: NumericTrack;
  readonly label: string;
  readonly from: number;
  readonly to: number;
  readonly causes: readonly CauseShare[];
}

export function causeLabel(cause: Cause, t: Translate, scenario: Scenario, language: 'en' | 'es'): string {
  switch (cause.kind) {
    case 'card': {
      const card = scenario.deck.find((c) => c.id === cause.id);
      const title = card?.title[language] ?? cause.id;
      const option = cause.choice && card?.choice?.options.find((o) => o.id === cause.choice);
      return option ? `${title}: ${option.label[language]}` : title;
    }
    case 'action':
      return `${t(`roles.${cause.role}`)}: ${t(`actions.${cause.id}.name`)}`;
    case 'rule':
      return t(`causes.${cause.id}`);
    case 'strategy':
      return t('board.newStrategy', { strategy: t(`strategies.${cause.id}`) });
    case 'facilitator':
      return t(`exercise.cause.${cause.act}`);
  }
}

/** The changes of each track in the given log entries, in the board's track order. */
export function trackChanges(entries: readonly LogEntry[], t: Translate, scenario: Scenario, language: 'en' | 'es'): TrackChange[] {
  const byTrack = new Map<NumericTrack, { from: number; to: number; causes: Map<string, number> }>();
  for (const e of entries) {
    if (e.type !== 'track' || e.track === 'intelligenceSharing' || typeof e.from !== 'number' || typeof e.to !== 'number') continue;
    const row = byTrack.get(e.track) ?? { from: e.from, to: e.from, causes: new Map<string, number>() };
    row.to = e.to;
    const label = causeLabel(e.cause, t, scenario, language);
    row.causes.set(label, (row.causes.get(label) ?? 0) + (e.to - e.from));
    byTrack.set(e.track, row);
  }
  return [...byTrack.entries()]
    .sort((a, b) => NUMERIC_TRACKS.indexOf(a[0]) - NUMERIC_TRACKS.indexOf(b[0]))
    .filter(([, row]) => Math.abs(row.to - row.from) >= 0.05)
    .map(([track, row]) => ({
      track,
      label: t(`tracks.${track}`),
      from: row.from,
      to: row.to,
      causes: [...row.causes.entries()]
        .filter(([, delta]) => Math.abs(delta) >= 0.05)
        .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
        .map(([cause, delta]) => ({ cause, delta: Math.round(delta * 10) / 10 })),
    }));
}

/** The entries of the year the game is showing (the latest year chunk). */
export function entriesOfYear(game: GameState, year: number): LogEntry[] {
  return game.log.flat().filter((e) => e.year === year);
}

/** Which way is good on a track, and for whom: the relationship's own tracks, or Mexico's security. */
export interface TrackPolarity {
  /** +1 when a rise is good, −1 when a rise is bad. */
  readonly up: 1 | -1;
  readonly for: 'relationship' | 'mexico';
}

export const TRACK_POLARITY: Readonly<Record<TrackName, TrackPolarity>> = {
  relationship: { up: 1, for: 'relationship' },
  'relationship.sedena': { up: 1, for: 'relationship' },
  'relationship.semar': { up: 1, for: 'relationship' },
  institutionalization: { up: 1, for: 'relationship' },
  personalTies: { up: 1, for: 'relationship' },
  sovereigntyTension: { up: -1, for: 'relationship' },
  usCommitment: { up: 1, for: 'relationship' },
  intelligenceSharing: { up: 1, for: 'relationship' },
  violence: { up: -1, for: 'mexico' },
  tcoPower: { up: -1, for: 'mexico' },
  publicSupport: { up: 1, for: 'mexico' },
  policeCapacity: { up: 1, for: 'mexico' },
  ruleOfLaw: { up: 1, for: 'mexico' },
};

/** Whether a change of a track is better or worse (or too small to say). */
export function changeLean(track: TrackName, delta: number): 'better' | 'worse' | null {
  const threshold = track === 'violence' ? 0.5 : 0.05;
  if (Math.abs(delta) < threshold) return null;
  return Math.sign(delta) === TRACK_POLARITY[track].up ? 'better' : 'worse';
}

/** A track's value as the report shows it: killings as whole numbers with separators, the rest to 0.1. */
export function trackNumber(value: number, track: EffectTrack, language: 'en' | 'es' = 'en'): string {
  return track === 'violence'
    ? new Intl.NumberFormat(language === 'es' ? 'es-MX' : 'en-US', { maximumFractionDigits: 0 }).format(Math.round(value))
    : (Math.round(value * 10) / 10).toString();
}

/** A change with its sign and a true minus: "+1.2", "−300". */
export function signedChange(delta: number, track: EffectTrack, language: 'en' | 'es' = 'en'): string {
  const text = trackNumber(Math.abs(delta), track, language);
  const rounded = track === 'violence' ? Math.round(delta) : Math.round(delta * 10) / 10;
  return rounded > 0 ? `+${text}` : rounded < 0 ? `−${text}` : text;
}

/** The headline relationship at the start and end of a reported year (the history's records). */
export function headlineOfYear(game: GameState, year: number): { from: number; to: number } | null {
  const i = game.history.findIndex((r) => r.year === year);
  const after = game.history[i]?.tracks;
  const before = i > 0 ? game.history[i - 1]?.tracks : game.start.tracks;
  if (i < 0 || !after || !before) return null;
  return { from: headlineRelationship(before), to: headlineRelationship(after) };
}
