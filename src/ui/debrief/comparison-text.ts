import type { Translate } from '../../i18n';
import type { DebriefComparison } from './debrief-data';

// The words around a controlled comparison, shared by the debrief panel, its chart and the
// Markdown report, so each says the same thing the same way.

/** A whole number with its sign: +4, −3, 0. */
export function signed(value: number): string {
  const v = Math.round(value);
  return v > 0 ? `+${v}` : v < 0 ? `−${Math.abs(v)}` : '0';
}

/** A relationship value as the tables show it: a whole number. */
export function whole(value: number): string {
  return String(Math.round(value));
}

/**
 * A relationship value to a tenth: the values on the player's own seed are shown this way, so that a
 * difference of under a point between two of them ("added −1") can be read off the table.
 */
export function tenths(value: number): string {
  return (Math.round(value * 10) / 10).toFixed(1);
}

/** The comparison's heading: what it varies, over how many seeds. */
export function comparisonTitle(c: DebriefComparison, t: Translate): string {
  return t(c.varies === 'strategy' ? 'debrief.compareStrategy' : 'debrief.comparePolicy', { seeds: c.seeds });
}

/** The comparison's chart title, with how to read its lines and bands. */
export function chartTitle(c: DebriefComparison, t: Translate): string {
  return t(c.varies === 'strategy' ? 'debrief.chartStrategy' : 'debrief.chartPolicy', { seeds: c.seeds });
}

/** "You finished 4 points above the computer playing B on the same seed (better than 70% of its 50 games)." */
export function addedSentence(c: DebriefComparison, t: Translate): string | null {
  if (!c.added) return null;
  // Whole points, as the tables show them: "above", "below", or "level with" when it rounds to 0.
  const points = Math.round(c.added.value);
  const way = points > 0 ? 'Above' : points < 0 ? 'Below' : 'Level';
  const values = { count: Math.abs(points), option: c.added.against, percentile: c.percentile ?? 0, seeds: c.seeds };
  return t(`debrief.added${c.varies === 'strategy' ? 'Strategy' : 'Policy'}${way}`, values);
}

/** How the comparison was made, in plain words (and the historical row, when there is one). */
export function methodNote(c: DebriefComparison, t: Translate): string {
  const note = t('debrief.method', { seeds: c.seeds });
  return c.bands.some((b) => b.kind === 'historical') ? `${note} ${t('debrief.methodHistorical')}` : note;
}
