import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import countries50m from 'world-atlas/countries-50m.json';
import { createStrings } from '../../src/i18n';
import { boardLayout, type BoardLayout } from '../../src/ui/board/layout';
import { placeMapNames, searchMapNames, segmentHitsBox, type MapName } from '../../src/ui/board/map-names';
import { buildBorderMap, type Topology } from '../../src/ui/map/border-map';
import { boxesOverlap, labelRequests, placeLabels, type LabelBox, type LabelRequest } from '../../src/ui/map/label-placement';
import { borderPlaces } from '../../src/ui/map/places';
import { PROJECTOR_BOARD_SCALE, projectorBoardWidth, projectorMinTextPx } from '../../src/ui/projector';
import { floorAt, projectorFit, type Lang } from './projector-fit';

// In projector mode the board's small map (paired over the gauges) dropped city names: at 1280×720
// it named only Tijuana, Monterrey and Mexico City and wrote "Ver." for Veracruz, leaving Ciudad
// Juárez and Mérida unnamed; at 1920×1080 it wrote "Mty." and "Ver." and left Mérida out, and in
// Spanish left Veracruz and Mérida out. Each name, placed in turn at the first free spot of eight
// around its dot, took the spot the next one needed. The names are at the projector's floor and
// cannot shrink, so where that happens they are now placed together (map-names.ts): sliding along
// their dot's side, or set a little away on a line to it. Here the board's own placement is given
// the map's box and cities as the board computes them, in projector mode, at each screen.

const topology = countries50m as unknown as Topology;

/** Widths measured in Chromium at 30 px (IBM Plex Sans 400), without the outline; scaled with the size. */
const NAME_W30: Readonly<Record<string, number>> = {
  'Mexico City': 154,
  'Ciudad de México': 237,
  Tijuana: 99,
  'Ciudad Juárez': 191,
  Monterrey: 139,
  Veracruz: 118,
  Mérida: 93,
  CDMX: 82,
  'Tij.': 41,
  'Cd. Juárez': 141,
  'Mty.': 57,
  'Ver.': 51,
  'Mér.': 58,
};

/** A name's box as Phaser draws it at `size` with the map's outline (place-labels.ts): a pixel generous each way. */
function measureAt(size: number) {
  const stroke = Math.max(2, Math.round(size * 0.18));
  return (text: string) => {
    const w30 = NAME_W30[text];
    if (w30 === undefined) throw new Error(`no measured width for ${JSON.stringify(text)}`);
    return { w: Math.ceil((w30 * size) / 30 + stroke) + 1, h: Math.round(size * 1.1) + stroke + 1 };
  };
}

/** The board's stage under the toolbar, measured in Chromium (the Spanish toolbar takes two rows). */
const STAGES = [
  ['1280×720', 1280, 720, { en: 656, es: 601 }],
  ['1920×1080', 1920, 1080, { en: 985, es: 902 }],
  ['3840×2160', 3840, 2160, { en: 1972, es: 1807 }],
] as const;

function projectorLayout(lang: Lang, vw: number, vh: number, stageH: number): BoardLayout {
  return boardLayout(projectorBoardWidth(vw), stageH, PROJECTOR_BOARD_SCALE, 8, projectorFit(lang, floorAt(vw, vh)));
}

interface MapScene {
  readonly L: BoardLayout;
  readonly box: LabelBox;
  readonly requests: LabelRequest[];
  readonly names: Record<string, string>;
  readonly dot: number;
  readonly gap: number;
}

/** The map as board-scene.ts draws it in the paired arrangement: its title (two lines at most) above it, the cities on it. */
function mapScene(lang: Lang, vw: number, vh: number, stageH: number): MapScene {
  const L = projectorLayout(lang, vw, vh, stageH);
  const T = L.type;
  const drop = 2 * Math.ceil(T.label * 1.2) + L.gap;
  return { L, ...citiesOn(lang, { x: L.map.x, y: L.map.y + drop, w: L.map.w, h: L.map.h - drop }, T.small) };
}

/** The cities on a map drawn in `box`, their names at `size`. */
function citiesOn(lang: Lang, box: LabelBox, size: number): Omit<MapScene, 'L'> {
  const map = buildBorderMap(topology, Math.round(box.w), Math.round(box.h));
  const { t } = createStrings(lang);
  const names = Object.fromEntries(map.places.map((p) => [p.id, t(`places.${p.id}`)]));
  const points = map.places.map((p) => ({ id: p.id, name: names[p.id] ?? p.name, x: box.x + p.x, y: box.y + p.y }));
  const short = (id: string) => borderPlaces.find((p) => p.id === id)?.short;
  const requests = labelRequests(points, short, measureAt(size));
  return { box, requests, names, dot: Math.max(3, size * 0.15), gap: Math.max(2, size * 0.25) };
}

/** Each name set away from its dot, with its line's length in the name's heights. */
function lines(placed: readonly MapName[]): Record<string, number> {
  return Object.fromEntries(placed.flatMap((p) => (p.leader ? [[p.id, Math.hypot(p.leader.x2 - p.leader.x1, p.leader.y2 - p.leader.y1) / p.box.h]] : [])));
}

/** Every way a placement could be unreadable: off the map, on another name, on a dot, a line through a name or dot. */
function problems(placed: readonly MapName[], s: Pick<MapScene, 'box' | 'requests' | 'dot'>): string[] {
  const out: string[] = [];
  const dots = s.requests.map((r) => ({ id: r.id, box: { x: r.x - s.dot, y: r.y - s.dot, w: s.dot * 2, h: s.dot * 2 } }));
  const e = 1e-6;
  for (const [i, a] of placed.entries()) {
    const b = a.box;
    if (b.x < s.box.x - e || b.y < s.box.y - e || b.x + b.w > s.box.x + s.box.w + e || b.y + b.h > s.box.y + s.box.h + e) out.push(`${a.id} off the map`);
    for (const d of dots) if (boxesOverlap(b, d.box)) out.push(`${a.id} on the dot of ${d.id}`);
    for (const o of placed.slice(i + 1)) if (boxesOverlap(b, o.box)) out.push(`${a.id} on ${o.id}`);
    if (a.leader) {
      for (const d of dots) if (d.id !== a.id && segmentHitsBox(a.leader, d.box)) out.push(`${a.id}'s line through the dot of ${d.id}`);
      for (const o of placed) if (o !== a && segmentHitsBox(a.leader, o.box)) out.push(`${a.id}'s line through ${o.id}`);
    }
  }
  return out;
}

describe('the city names on the map in projector mode', () => {
  describe.each(['en', 'es'] as const)('in %s', (lang) => {
    it.each(STAGES)('at %s: all six cities are named in full, at the floor, clear of each other and the dots', (what, vw, vh, heights) => {
      const s = mapScene(lang, vw, vh, heights[lang]);
      const where = `${lang} ${what}`;
      expect(s.L.arrangement, where).toBe('paired');
      // The names are at the projector's floor, never smaller.
      expect(s.L.type.small, where).toBeGreaterThanOrEqual(Math.ceil(projectorMinTextPx(vw, vh)));
      const placed = placeMapNames(s.requests, { bounds: s.box, dot: s.dot, gap: s.gap, obstacles: [] }, true);
      const named = Object.fromEntries(placed.map((p) => [p.id, p.text]));
      expect(named, where).toEqual(Object.fromEntries(borderPlaces.map((p) => [p.id, s.names[p.id]])));
      expect(problems(placed, s), where).toEqual([]);
      // Each name reads as its own city's: no other dot nearer to the name than its own, unless a line joins them.
      for (const p of placed.filter((n) => !n.leader)) {
        const near = (id: string) => {
          const r = s.requests.find((q) => q.id === id) as LabelRequest;
          return Math.hypot(r.x - Math.min(Math.max(r.x, p.box.x), p.box.x + p.box.w), r.y - Math.min(Math.max(r.y, p.box.y), p.box.y + p.box.h));
        };
        for (const r of s.requests) if (r.id !== p.id) expect(near(r.id), `${where}: ${p.id} beside ${r.id}`).toBeGreaterThan(near(p.id));
      }
    });
  });

  it.each([
    ['in Spanish at 1280×720', 'es', () => mapScene('es', 1280, 720, 601), 1.5],
    ['in Spanish at 1920×1080', 'es', () => mapScene('es', 1920, 1080, 902), 1.5],
    // The map as a game draws it at 1280×720 (226×182 under its title: as wide as the gauges' widest row).
    ['in English on the 226×182 map of a game at 1280×720', 'en', () => citiesOn('en', { x: 328, y: 129, w: 226, h: 182 }, 20), 1],
  ] as const)('%s keeps every line to its dot short where a nearer spot exists', (what, _lang, scene, longest) => {
    // Veracruz stood far up the map on a line 2.2 times its name's height. In Spanish it can stand
    // over the Gulf on a line 1.2 times as long as its name is high, Mérida's name under its dot;
    // in English under its dot, a quarter of a height away.
    const s = scene();
    const placed = placeMapNames(s.requests, { bounds: s.box, dot: s.dot, gap: s.gap, obstacles: [] }, true);
    expect(placed.map((p) => p.text), what).toEqual(borderPlaces.map((p) => s.names[p.id]));
    expect(problems(placed, s), what).toEqual([]);
    for (const [id, length] of Object.entries(lines(placed))) expect(length, `${what}: ${id}'s line, in its name's heights`).toBeLessThanOrEqual(longest);
  });

  it.each(['en', 'es'] as const)('on a 4:3 projector (1024×768) in %s: all six cities are named in full (two were left unnamed)', (lang) => {
    // Shelved, the map was 140 px wide beside the cards: Veracruz and Mérida (Ciudad Juárez and
    // Mérida in Spanish) found no room. Tucked, it has the room right of the track over the gauges.
    const L = boardLayout(projectorBoardWidth(1024), 641, PROJECTOR_BOARD_SCALE, 8, projectorFit(lang, floorAt(1024, 768)));
    const drop = 2 * Math.ceil(L.type.label * 1.2) + L.gap;
    const s = citiesOn(lang, { x: L.map.x, y: L.map.y + drop, w: L.map.w, h: L.map.h - drop }, L.type.small);
    const placed = placeMapNames(s.requests, { bounds: s.box, dot: s.dot, gap: s.gap, obstacles: [] }, true);
    expect(Object.fromEntries(placed.map((p) => [p.id, p.text])), lang).toEqual(Object.fromEntries(borderPlaces.map((p) => [p.id, s.names[p.id]])));
    expect(problems(placed, s), lang).toEqual([]);
    for (const [id, length] of Object.entries(lines(placed))) expect(length, `${lang}: ${id}'s line, in its name's heights`).toBeLessThanOrEqual(1.5);
  });

  it('in Spanish at 1280×720, on the map a game draws, sets Veracruz close to its dot', () => {
    // The game measures its gauges' widest row at 232 px there ("14,921 ▲" beside its label), and the
    // map was as wide: 11.6 floors, where Mexico City's, Veracruz's and Mérida's names crowded each
    // other and Veracruz's stood far up the map on a line 1.9 times its height. The legends' row no
    // longer widens the track's column, and the map takes 13.5 floors of the width it frees.
    const floor = floorAt(1280, 720);
    const L = boardLayout(projectorBoardWidth(1280), 601, PROJECTOR_BOARD_SCALE, 8, { ...projectorFit('es', floor), gaugeLabelW: 232 });
    expect(L.arrangement).toBe('paired');
    const drop = 2 * Math.ceil(L.type.label * 1.2) + L.gap;
    const s = citiesOn('es', { x: L.map.x, y: L.map.y + drop, w: L.map.w, h: L.map.h - drop }, L.type.small);
    const placed = placeMapNames(s.requests, { bounds: s.box, dot: s.dot, gap: s.gap, obstacles: [] }, true);
    expect(placed.map((p) => p.text)).toEqual(borderPlaces.map((p) => s.names[p.id]));
    expect(problems(placed, s)).toEqual([]);
    expect(lines(placed).veracruz ?? 0, "Veracruz's line, in its name's heights").toBeLessThanOrEqual(1.5);
  });

  it('places the names as before wherever one at a time names every city in full (and always outside projector mode)', () => {
    for (const lang of ['en', 'es'] as const) {
      for (const [what, vw, vh, heights] of STAGES) {
        const s = mapScene(lang, vw, vh, heights[lang]);
        const options = { bounds: s.box, dot: s.dot, gap: s.gap, obstacles: [] };
        const greedy = placeLabels(s.requests, options).map(({ id, text, box }) => ({ id, text, box }));
        expect(placeMapNames(s.requests, options, false), `${lang} ${what}`).toEqual(greedy);
      }
    }
    // A roomy map: the placement together changes nothing.
    const requests: LabelRequest[] = [
      { id: 'a', x: 100, y: 100, texts: [{ text: 'Alpha', w: 40, h: 10 }] },
      { id: 'b', x: 200, y: 150, texts: [{ text: 'Beta', w: 40, h: 10 }] },
    ];
    const options = { bounds: { x: 0, y: 0, w: 400, h: 300 }, dot: 3, gap: 2 };
    expect(placeMapNames(requests, options, true)).toEqual(placeLabels(requests, options).map(({ id, text, box }) => ({ id, text, box })));
  });

  it('names every city in full where one at a time would shorten one', () => {
    // Three cities on a narrow map: one at a time, Alpha and Bravo take the spots Charlie needed.
    const bounds = { x: 0, y: 0, w: 120, h: 60 };
    const city = (id: string, x: number, y: number, name: string): LabelRequest => ({ id, x, y, texts: [{ text: name, w: 40, h: 12 }, { text: `${name[0] ?? ''}.`, w: 14, h: 12 }] });
    const requests = [city('a', 78, 29, 'Alpha'), city('b', 102, 42, 'Bravo'), city('c', 22, 31, 'Charlie')];
    const options = { bounds, dot: 3, gap: 2 };
    expect(placeLabels(requests, options).map((p) => p.text)).toEqual(['Alpha', 'Bravo', 'C.']);
    const together = placeMapNames(requests, options, true);
    expect(together.map((p) => p.text)).toEqual(['Alpha', 'Bravo', 'Charlie']);
    expect(problems(together, { box: bounds, requests, dot: 3 })).toEqual([]);
  });

  it('never lets names touch each other, a dot or the map edge, nor a line cross a name or dot, for any points', () => {
    const point = fc.record({ x: fc.double({ min: 0, max: 300, noNaN: true }), y: fc.double({ min: 0, max: 200, noNaN: true }), w: fc.double({ min: 5, max: 140, noNaN: true }), h: fc.double({ min: 5, max: 30, noNaN: true }) });
    fc.assert(
      fc.property(fc.array(point, { minLength: 1, maxLength: 7 }), fc.double({ min: 1, max: 5, noNaN: true }), fc.double({ min: 1, max: 8, noNaN: true }), (items, dot, gap) => {
        const requests: LabelRequest[] = items.map((r, i) => ({ id: String(i), x: r.x, y: r.y, texts: [{ text: `name ${i}`, w: r.w, h: r.h }, { text: `n${i}`, w: r.w / 3, h: r.h }] }));
        const box = { x: 0, y: 0, w: 300, h: 200 };
        const placed = searchMapNames(requests, { bounds: box, dot, gap });
        expect(problems(placed, { box, requests, dot })).toEqual([]);
        // And it names at least as many in full as one at a time does.
        const full = (list: readonly { id: string; text: string }[]) => list.filter((p) => p.text.startsWith('name')).length;
        expect(full(placeMapNames(requests, { bounds: box, dot, gap }, true))).toBeGreaterThanOrEqual(full(placeLabels(requests, { bounds: box, dot, gap })));
      }),
      { numRuns: 150 },
    );
  });
});
