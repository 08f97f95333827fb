import { INTEL_LEVELS, type IntelLevel, type LogEntry, type NumericTrack } from '../../engine';
import type { BoardView } from '../view/board-view';
import type { BoardLayout } from './layout';
import { cardStrip, type CardStrip } from './card-strip';

// Motion that follows cause (issue 10, item 10): when a year's card moves a track, a chip travels
// from the card on the board's strip to the track it moves, coloured better or worse, and the
// track shows its new value as the chip lands. Which card moves which track comes from the
// engine's log (its `track` entries caused by a card); where from and where to from the board's
// layout. Plain numbers, no Phaser: the scene only tweens what this returns. A year's motion
// lasts at most YEAR_MOTION_MS; with prefers-reduced-motion there is none (board-scene.ts).

export type MovedTrack = NumericTrack | 'intelligenceSharing';

/** One card's effect on one track this year. */
export interface CardEffect {
  readonly card: string;
  readonly track: MovedTrack;
  /** Before and after (an intelligence level as its index in INTEL_LEVELS). */
  readonly from: number;
  readonly to: number;
}

const level = (v: number | IntelLevel): number => (typeof v === 'number' ? v : INTEL_LEVELS.indexOf(v));

/**
 * The cards' effects in some log entries, one per card and track (a card that moves a track twice
 * counts once, from its first value to its last), in the order logged; changes too small to show
 * (under 0.05) are left out.
 */
export function cardEffects(entries: readonly LogEntry[]): CardEffect[] {
  const byKey = new Map<string, { card: string; track: MovedTrack; from: number; to: number }>();
  for (const e of entries) {
    if (e.type !== 'track' || e.cause.kind !== 'card') continue;
    const key = `${e.cause.id}\u0000${e.track}`;
    const row = byKey.get(key) ?? { card: e.cause.id, track: e.track, from: level(e.from), to: level(e.from) };
    row.to = level(e.to);
    byKey.set(key, row);
  }
  return [...byKey.values()].filter((r) => Math.abs(r.to - r.from) >= 0.05);
}

/** The longest a year's motion lasts, cards turning over and chips flying together. */
export const YEAR_MOTION_MS = 700;
/** A card turns over in this long; a chip flies in this long; a track shows its change in this long. */
export const FLIP_MS = 220;
export const FLIGHT_MS = 300;
export const LAND_MS = 110;

/** When the `index`-th of `count` cards starts turning over: all of them within the year's motion. */
export function flipDelay(index: number, count: number): number {
  const spare = YEAR_MOTION_MS - FLIP_MS - FLIGHT_MS - LAND_MS;
  const step = count > 1 ? Math.min(90, spare / (count - 1)) : 0;
  return Math.max(0, Math.min(spare, step * Math.max(0, index)));
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Where a track takes a chip on the board, and whether its rise is better for the relationship. */
export interface TrackTarget extends Point {
  readonly higherIsBetter: boolean;
}

export interface Flight {
  readonly card: string;
  readonly track: MovedTrack;
  readonly from: Point;
  readonly to: Point;
  readonly better: boolean;
  /** The track's value before and after (an intelligence level as its index). */
  readonly values: { readonly from: number; readonly to: number };
  /** When it leaves (ms after the year's snapshot) and how long it flies. */
  readonly delay: number;
  readonly duration: number;
}

/** When each moved track shows its new value: as the last chip for it lands (ms after the snapshot). */
export function landings(flights: readonly Flight[]): Map<MovedTrack, number> {
  const out = new Map<MovedTrack, number>();
  for (const f of flights) out.set(f.track, Math.max(out.get(f.track) ?? 0, f.delay + f.duration));
  return out;
}

/** The middle of where each card of the year lies on the strip (a card in the "+k" chip: the chip). */
export function cardPoints(strip: CardStrip, cards: readonly { readonly id: string }[]): Map<string, Point & { index: number }> {
  const points = new Map<string, Point & { index: number }>();
  for (const slot of strip.cards) {
    const card = cards[slot.index];
    if (card) points.set(card.id, { x: slot.x + slot.visible / 2, y: slot.y + slot.h / 2, index: slot.index });
  }
  const more = strip.more;
  if (more) for (let i = more.from; i < cards.length; i++) {
    const card = cards[i];
    if (card && !points.has(card.id)) points.set(card.id, { x: more.x + more.w / 2, y: more.y + more.h / 2, index: i });
  }
  return points;
}

/**
 * The flights of a year's effects: each from its card's place to its track's, better or worse by
 * the direction of the change, leaving as its card has turned over. An effect whose card is not
 * on the strip, or whose track the board does not show, has no flight.
 */
export function cardFlights(effects: readonly CardEffect[], cards: ReadonlyMap<string, Point & { index: number }>, targets: Readonly<Partial<Record<MovedTrack, TrackTarget>>>, count: number): Flight[] {
  const flights: Flight[] = [];
  for (const e of effects) {
    const from = cards.get(e.card);
    const to = targets[e.track];
    if (!from || !to) continue;
    const rose = e.to > e.from;
    flights.push({
      card: e.card,
      track: e.track,
      from: { x: from.x, y: from.y },
      to: { x: to.x, y: to.y },
      better: rose === to.higherIsBetter,
      values: { from: e.from, to: e.to },
      delay: flipDelay(from.index, count) + FLIP_MS * 0.8,
      duration: FLIGHT_MS,
    });
  }
  return flights;
}

/** A value's height on the relationship track (0 at its foot, 100 at its head). */
export function trackY(value: number, L: Pick<BoardLayout, 'track'>): number {
  const v = Math.max(0, Math.min(100, Number.isFinite(value) ? value : 0));
  return L.track.y + L.track.h * (1 - v / 100);
}

/**
 * Where each track the board shows takes a chip: SEDENA's and SEMAR's markers either side of the
 * relationship track, the top of the institutions bar, the end of a gauge's bar, the line that
 * names the intelligence level. The new values: a chip lands where the track now stands.
 */
export function trackTargets(view: Pick<BoardView, 'relationship' | 'institutionalization' | 'gauges'>, L: BoardLayout, intelligenceY: number): Partial<Record<MovedTrack, TrackTarget>> {
  const targets: Partial<Record<MovedTrack, TrackTarget>> = {
    'relationship.sedena': { x: L.track.x - L.marker, y: trackY(view.relationship.sedena, L), higherIsBetter: true },
    'relationship.semar': { x: L.track.x + L.track.w + L.marker, y: trackY(view.relationship.semar, L), higherIsBetter: true },
    institutionalization: { x: L.inst.x + L.inst.w / 2, y: trackY(view.institutionalization, L), higherIsBetter: true },
    intelligenceSharing: { x: L.column.x + L.column.w / 2, y: intelligenceY, higherIsBetter: true },
  };
  view.gauges.forEach((g, i) => {
    const y = L.gauges.y + i * L.gauge.row + L.gauge.barOffset + L.gauge.bar / 2;
    targets[g.track] = { x: L.gauges.x + L.gauges.w * Math.max(0, Math.min(1, g.fill)), y, higherIsBetter: g.good };
  });
  return targets;
}

/** The year's strip as the board lays it out (the same call as the board's). */
export function stripOf(L: BoardLayout, count: number): CardStrip {
  return cardStrip(count, { x: L.strip.x, y: L.strip.y, w: L.strip.w, h: L.strip.h, cardW: L.card.w, cardH: L.card.h, gap: L.card.gap, font: L.font });
}

/** The board's cue for the cards' effects in some new log entries: none when no card moved a track. */
export function cardEffectCues(entries: readonly LogEntry[]): { readonly kind: 'cardEffects'; readonly effects: readonly CardEffect[] }[] {
  const effects = cardEffects(entries);
  return effects.length ? [{ kind: 'cardEffects', effects }] : [];
}
