import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../../src/engine';
import { cardEffectCues, cardEffects, cardFlights, cardPoints, flipDelay, FLIGHT_MS, FLIP_MS, LAND_MS, landings, stripOf, trackTargets, trackY, YEAR_MOTION_MS } from '../../src/ui/board/card-motion';
import { boardLayout } from '../../src/ui/board/layout';

// Issue 10, item 10, "motion that follows cause": a card's effect travels from the card on the
// board's strip to the track it moves, coloured better or worse, within the year's 700 ms. Which
// card moves which track comes from the log; from where to where, from the board's layout.

const track = (card: string, name: string, from: number | string, to: number | string, choice?: string): LogEntry =>
  ({ type: 'track', year: 2013, track: name, from, to, cause: { kind: 'card', id: card, ...(choice ? { choice } : {}) } }) as LogEntry;

const view = {
  relationship: { headline: 55, sedena: 50, semar: 60, band: 'Cooperative', bandLabel: 'Cooperative' },
  institutionalization: 41,
  gauges: [
    { track: 'personalTies', label: 'Ties', value: 66, fill: 0.66, display: '66', trend: 0, good: true },
    { track: 'sovereigntyTension', label: 'Tension', value: 63, fill: 0.63, display: '63', trend: 1, good: false },
  ],
} as const;

describe('which card moves which track', () => {
  it('reads the cards’ effects from the log, one per card and track, first value to last', () => {
    const entries: LogEntry[] = [
      { type: 'cardDrawn', year: 2013, card: 'remark', scheduled: false },
      track('remark', 'sovereigntyTension', 55, 63),
      track('remark', 'relationship.sedena', 54, 50),
      track('remark', 'sovereigntyTension', 63, 65),
      { type: 'track', year: 2013, track: 'personalTies', from: 60, to: 66, cause: { kind: 'action', id: 'visit', role: 'us' } },
      track('kingpin', 'violence', 12000, 12000.01),
      track('kingpin', 'intelligenceSharing', 'functional', 'routine', 'A'),
    ];
    expect(cardEffects(entries)).toEqual([
      { card: 'remark', track: 'sovereigntyTension', from: 55, to: 65 },
      { card: 'remark', track: 'relationship.sedena', from: 54, to: 50 },
      { card: 'kingpin', track: 'intelligenceSharing', from: 1, to: 2 },
    ]);
    expect(cardEffectCues(entries)).toEqual([{ kind: 'cardEffects', effects: cardEffects(entries) }]);
    expect(cardEffectCues([{ type: 'yearEnd', year: 2013 }])).toEqual([]);
  });
});

describe('from where to where', () => {
  const L = boardLayout(1280, 660);
  const cards = [{ id: 'kingpin' }, { id: 'remark' }];
  const strip = stripOf(L, cards.length);
  const points = cardPoints(strip, cards);
  const targets = trackTargets(view, L, 640);

  it('leaves from the middle of the card’s visible part on the strip', () => {
    const slot = strip.cards[1];
    if (!slot) throw new Error('no slot');
    expect(points.get('remark')).toEqual({ x: slot.x + slot.visible / 2, y: slot.y + slot.h / 2, index: 1 });
  });

  it('lands where the track now stands: SEDENA’s marker, a gauge’s bar end, intelligence’s line', () => {
    expect(targets['relationship.sedena']).toEqual({ x: L.track.x - L.marker, y: trackY(50, L), higherIsBetter: true });
    expect(targets['relationship.semar']?.x).toBeGreaterThan(L.track.x + L.track.w);
    expect(targets.institutionalization?.y).toBe(trackY(41, L));
    expect(targets.sovereigntyTension).toEqual({ x: L.gauges.x + L.gauges.w * 0.63, y: L.gauges.y + L.gauge.row + L.gauge.barOffset + L.gauge.bar / 2, higherIsBetter: false });
    expect(targets.intelligenceSharing?.y).toBe(640);
  });

  it('is better or worse by the direction of the change and the track’s good direction', () => {
    const flights = cardFlights(
      [
        { card: 'remark', track: 'sovereigntyTension', from: 55, to: 63 },
        { card: 'remark', track: 'relationship.sedena', from: 54, to: 50 },
        { card: 'kingpin', track: 'personalTies', from: 60, to: 66 },
        { card: 'kingpin', track: 'intelligenceSharing', from: 1, to: 2 },
        // A track the board does not show, and a card not on the strip: no flight.
        { card: 'kingpin', track: 'ruleOfLaw', from: 20, to: 22 },
        { card: 'gone', track: 'personalTies', from: 60, to: 66 },
      ],
      points,
      targets,
      cards.length,
    );
    expect(flights.map((f) => [f.card, f.track, f.better])).toEqual([
      ['remark', 'sovereigntyTension', false],
      ['remark', 'relationship.sedena', false],
      ['kingpin', 'personalTies', true],
      ['kingpin', 'intelligenceSharing', true],
    ]);
    const first = flights[0];
    expect(first?.from).toEqual({ x: points.get('remark')?.x, y: points.get('remark')?.y });
    expect(first?.to).toEqual({ x: targets.sovereigntyTension?.x, y: targets.sovereigntyTension?.y });
    // The chip leaves as its card has turned over: the second card's after the first's.
    expect(flights[0]?.delay).toBeGreaterThan(flights[2]?.delay ?? Infinity);
    expect(landings(flights).get('personalTies')).toBe((flights[2]?.delay ?? 0) + FLIGHT_MS);
  });

  it('starts from the "+k" chip for a card the strip has no room to show', () => {
    const narrow = boardLayout(390, 422);
    const many = Array.from({ length: 12 }, (_, i) => ({ id: `c${i}` }));
    const s = stripOf(narrow, many.length);
    const p = cardPoints(s, many);
    expect(s.more).not.toBeNull();
    expect(p.get('c11')).toMatchObject({ x: (s.more?.x ?? 0) + (s.more?.w ?? 0) / 2 });
    expect(p.size).toBe(12);
  });
});

describe('how long a year’s motion lasts', () => {
  it('ends within the year’s 700 ms, cards turning and chips landing, for any number of cards', () => {
    for (let count = 1; count <= 12; count++) {
      for (let i = 0; i < count; i++) {
        const end = flipDelay(i, count) + FLIP_MS * 0.8 + FLIGHT_MS + LAND_MS;
        expect(end, `${i} of ${count}`).toBeLessThanOrEqual(YEAR_MOTION_MS);
        expect(flipDelay(i, count)).toBeGreaterThanOrEqual(i > 0 ? flipDelay(i - 1, count) : 0);
      }
    }
  });
});
