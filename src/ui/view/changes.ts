import { NUMERIC_TRACKS, type Cause, type GameState, type LogEntry, type NumericTrack, type Scenario } from '../../engine';
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
