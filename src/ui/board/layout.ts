// Where the board's parts go on a stage of any size, as plain numbers (no Phaser, so it is tested
// in node). Every width, height, radius and font size is finite and non-negative for any stage,
// 0×0 and NaN included; below the size the board can be read at, `fits` is false and the board
// says it needs more room instead of drawing.

import { boardFont, boardType, clampSize, cornerRadius, LINE, type BoardType } from './board-type';

export { boardFont, boardType, clampSize, cornerRadius, LINE, MIN_TEXT_PX, type BoardType } from './board-type';

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface BoardLayout {
  readonly w: number;
  readonly h: number;
  readonly pad: number;
  readonly font: number;
  /** The text sizes, none under the floor. */
  readonly type: BoardType;
  /** The space between a text and what it sits next to. */
  readonly gap: number;
  /** The height of the header band. */
  readonly top: number;
  /** False when the stage is too small to draw the board legibly. */
  readonly fits: boolean;
  /** The smallest stage the board is drawn on, at this text size. */
  readonly min: { readonly width: number; readonly height: number };
  /** Whether the map (and the timeline, when `timeline.h` > 0) have room; a narrow stage keeps the track, gauges and cards. */
  readonly middle: boolean;
  /**
   * How the parts right of the track stand: `columns`, the map (over the timeline) in a column
   * between the track and the gauges (over the cards); `stacked`, the map (beside the timeline)
   * across the board with the gauges and the cards side by side under it, for a large text size
   * that would squeeze the map's column; `paired`, when every label must show in full (projector
   * mode), two columns right of the track, the map over the gauges and the timeline over the cards;
   * `shelved`, labels in full where the two columns do not fit (a 16:10 projector in Spanish): one
   * column right of the track, as wide as the gauges' labels need, the map and the cards side by side
   * over the gauges, and no timeline; `tucked`, labels in full where even the shelf's cards would be
   * too narrow for their titles' words (a 4:3 projector): the cards under a shorter track, the map
   * over the gauges right of them, and no timeline; `narrow`, no map, the gauges over the cards.
   */
  readonly arrangement: BoardArrangement;
  /** The track's column, under the header (its texts stay inside it). */
  readonly column: Box;
  /** Where the SEDENA/SEMAR legend stands, and the room left of the track for the band names. */
  readonly legendY: number;
  readonly bandLabelW: number;
  readonly track: Box;
  readonly inst: Box;
  readonly map: Box;
  readonly timeline: Box;
  readonly gauges: Box;
  /** One gauge's row; `compact` rows write the label on the bar instead of above it. */
  readonly gauge: { readonly row: number; readonly bar: number; readonly barOffset: number; readonly compact: boolean };
  readonly cards: Box;
  /** Where the cards themselves go, under the strip's heading. */
  readonly strip: Box;
  /** One event card: its size, corner radius, and the gap between two. */
  readonly card: { readonly w: number; readonly h: number; readonly radius: number; readonly gap: number };
  /** The half-height of a marker on the relationship track. */
  readonly marker: number;
}

/** What the board measured of its own texts before laying itself out (board-scene.ts). */
export interface LayoutFit {
  /** The smallest text size allowed (boardType's floor). */
  readonly floor?: number;
  /** The widest band name at the `small` size. */
  readonly bandLabelW?: number;
  /** The SEMAR legend's width at the `small` size (it stands right of the track, above institutions). */
  readonly semarLegendW?: number;
  /**
   * Whether every label must show in full, none cut with an ellipsis (projector mode: its text is
   * already at the floor, so it cannot shrink, and a column too narrow would cut it). The board then
   * pairs its parts (`paired`) when the gauges' column can be as wide as `gaugeLabelW`.
   */
  readonly labelsInFull?: boolean;
  /** The widest gauge row's label and value side by side at their sizes, with the room between and around them. */
  readonly gaugeLabelW?: number;
  /**
   * The SEDENA and SEMAR legends' widths side by side at the `small` size, neither capped. Labels in
   * full, the track's column need only be as wide as that row, which stands across the column where
   * SEMAR's legend has no room right of the track (board-parts.ts drawTrack).
   */
  readonly legendsW?: number;
}

export type BoardArrangement = 'columns' | 'stacked' | 'paired' | 'shelved' | 'tucked' | 'narrow';

/** The relationship track needs this many `small` lines of length to show its six bands. */
const MIN_TRACK = 6;
/** The map and timeline column is dropped when narrower than this many fonts. */
const MIN_MIDDLE = 6;
/** The timeline needs this many `label` lines of height for its title, legend, plot and years; else the map takes its place. */
const MIN_TIMELINE = 10;
/** The cards' strip needs this many `label` lines for its heading and a card's title. */
const MIN_CARDS = 4;
/**
 * Below this share of the board's width, the map's column is too narrow to show Mexico at a useful
 * size (at 1920×1080 with the largest text it was 28%: Mexico a sliver, the cities' heat piled up,
 * Mérida unnamed), and the map goes across the board over the gauges and cards instead.
 */
export const MAP_SHARE = 0.4;
/** Stacked, the map needs this many fonts of height, the gauges and each of two cards side by side this many of width. */
const MIN_STACKED_MAP = 7;
const MIN_STACKED_GAUGES = 9;
const MIN_STACKED_CARDS = 4.5;
/** Stacked, the gauges' column is this many fonts wide (their labels and values), within 40–50% of the room. */
const STACKED_GAUGES = 11;
/** The border region's height for its width on the map (map/border-map.ts): Mexico fills its frame at this shape. */
const REGION_RATIO = 0.7;
/** Stacked, the timeline beside the map needs this many fonts of width (its years and values). */
const MIN_TIMELINE_W = 8;
/**
 * Paired, the map's column is at least this many floors wide when the other column can spare it: its
 * six cities' names, at the floor, then each stand by their dot. At 11.6 floors (232 px at 1280×720,
 * 340 at 1920×1080, in Spanish) the names of Mexico City, Veracruz and Mérida crowded each other,
 * and Veracruz's stood far up the map on a line twice its height; from 12.6 floors it stands over
 * the Gulf on one of 1.2 (map-names.ts).
 */
const MIN_MAP_FLOORS = 13.5;
/**
 * Labels in full, each of two cards side by side is at least this many floors wide: a title's
 * longest words ("comentario", "combatant-", 4.1 and 4.2 floors in the condensed face, measured in
 * Chromium), the space Phaser's wrap keeps after a word on its line (0.2 floor: the line is
 * measured with it), and the card's insets (0.3 of a font each side, about 0.55 floor). At 4.5
 * floors, 1280×800 and 1440×900 cut the second card's title within its first long word ("A
 * combata…", "Un comenta…": 104 and 107 px cards). Where the gauges' column leaves less, the board
 * shelves its parts instead, the shelf's cards as wide.
 */
const PAIRED_CARD_FLOORS = 5;
/** Paired, each of two cards side by side is at least this many fonts wide (a title's word a line). */
const MIN_PAIRED_CARD = 3.5;
/** Shelved, the cards take this share of the room beside the map (two side by side), and the map at least this many fonts. */
const SHELF_CARDS = 0.5;
const MIN_SHELF_MAP = 7;
/**
 * Labels in full, the shelf's map is at least this many floors wide, for its six cities' names: its
 * cards widened to PAIRED_CARD_FLOORS, at 1024×768 with A− the shelf left the map 4.9 floors (108
 * px) and two cities unnamed; at 9.1 (1280×800 in Spanish) every city is named.
 */
const MIN_FULL_SHELF_MAP_FLOORS = 9;
/**
 * Labels in full, a shelved card narrower than this many floors cannot hold its title's words (at a
 * 4:3 projector's 1024×768 the shelf left each card 2.9 floors: "Tras la caíd…", "Un com…"; see
 * PAIRED_CARD_FLOORS): the cards are tucked under the track instead, where they have the column's width.
 */
const MIN_FULL_CARD = PAIRED_CARD_FLOORS;
/**
 * Tucked, the strip keeps at least this many `label` lines of height for a card's title. At 1024×768
 * it has four, and the longest Spanish title of a year wraps to four; a stage a toolbar's row
 * shorter keeps the arrangement, and such a title is cut after a whole word (card-layer.ts), where
 * the shelf cut every title within its first word.
 */
const MIN_TUCKED_CARD_LINES = 3;
/** A printed card is this many times as high as wide. */
const CARD_RATIO = 1.35;
/** Paired, a card is this many times as high as wide (a printed card's 1.35, plus a line for a title at the floor). */
const PAIRED_CARD_RATIO = 1.55;

export function boardLayout(width: number, height: number, textScale = 1, gaugeRows = 8, fit: LayoutFit = {}): BoardLayout {
  const w = clampSize(width);
  const h = clampSize(height);
  const rows = Math.max(1, Math.round(clampSize(gaugeRows)));
  const pad = Math.max(8, Math.round(Math.min(w, h) * 0.015));
  const font = boardFont(w, h, textScale);
  const type = boardType(font, fit.floor);
  const gap = Math.max(3, Math.round(type.small * 0.3));

  // The header: the scenario and the term on the left, the president and strategy on the right,
  // each two lines; the year between them.
  const top = Math.max(pad * 0.6 + (type.title + type.label) * LINE + gap + pad * 0.4, pad * 0.3 + type.year * LINE + pad * 0.6);
  const bodyH = Math.max(0, h - top - pad * 2);

  // The track's column: its heading, the SEDENA/SEMAR legend, the band names left of the track
  // (as wide as the widest), the markers either side, institutions beside it; under it the
  // institutions' value, the relationship's band and the intelligence level.
  const marker = Math.max(5, font * 0.55);
  const markerW = marker * 1.6 + 2;
  const bandLabelW = clampSize(fit.bandLabelW ?? type.small * 7);
  const trackW = Math.max(12, font * 1.4);
  const instW = Math.max(8, font * 0.9);
  const trackX = pad + bandLabelW + gap + markerW;
  const instX = trackX + trackW + markerW + gap * 2;
  // Labels in full (projector mode), the column need only hold the SEDENA and SEMAR legends side by
  // side, across it where SEMAR's has no room right of the track (board-parts.ts drawTrack): widened
  // to write SEMAR's there, it took 40 px of a 1280×720 board from the map, and on a 4:3 projector it
  // still wrote "◀" alone.
  const legendsInFull = fit.labelsInFull === true && fit.legendsW !== undefined;
  const legendRoom = legendsInFull ? clampSize(fit.legendsW) + gap * 3 : trackX + trackW + gap + clampSize(fit.semarLegendW ?? 0) + gap - pad;
  const colTrack = Math.max(instX + instW + gap - pad, legendRoom, w * 0.17);
  const legendY = top + type.heading * LINE + gap;
  const trackY = legendY + type.small * LINE + marker + gap;
  const under = type.small * LINE + gap + type.heading * LINE + type.small * LINE + gap;
  let trackH = Math.max(0, top + bodyH - under - trackY);

  const colGauges = Math.max(font * 14, w * 0.26);
  const midW = w - colTrack - colGauges - pad * 4;
  const gaugeRow = type.label * LINE;
  const compactRow = type.label * LINE + 2;
  const cardsMin = type.label * LINE * MIN_CARDS;
  const timelineMinH = type.label * LINE * MIN_TIMELINE;

  // Stacked: right of the track, the map across the top; under it the gauges (a full row each, the
  // label over the bar) and the cards side by side.
  const midX = pad + colTrack + pad;
  const room = Math.max(0, w - colTrack - pad * 3);
  // Each gauge a full row: its label over a bar a third of a font thick.
  const stackedRow = gaugeRow + gap + Math.max(6, font * 0.3);
  const stackedMapH = bodyH - Math.max(rows * stackedRow, cardsMin) - pad;
  const stackedGaugesW = Math.min(Math.max(font * STACKED_GAUGES, (room - pad) * 0.4), (room - pad) * 0.5);
  const stackedCardsW = room - pad - stackedGaugesW;
  const stacked =
    midW < w * MAP_SHARE &&
    room >= w * MAP_SHARE &&
    stackedMapH >= font * MIN_STACKED_MAP &&
    stackedGaugesW >= font * MIN_STACKED_GAUGES &&
    (stackedCardsW - pad) / 2 >= font * MIN_STACKED_CARDS;
  // Paired (labels in full): the gauges' column as wide as its widest label and value, half the room
  // when that is more; the other column wide enough for the timeline and two cards side by side.
  // Labels in full, the cards keep their titles' words (PAIRED_CARD_FLOORS), and the map's column
  // widens to MIN_MAP_FLOORS where the other column can spare it.
  const inFull = fit.labelsInFull === true;
  const pairedRightMin = Math.max(font * MIN_TIMELINE_W, 2 * (font * MIN_PAIRED_CARD + pad), inFull ? 2 * type.floor * PAIRED_CARD_FLOORS + pad : 0);
  const pairedMapW = inFull ? Math.min(type.floor * MIN_MAP_FLOORS, room - pad - pairedRightMin) : 0;
  const pairedLeftW = Math.min(Math.max((room - pad) / 2, clampSize(fit.gaugeLabelW ?? 0), pairedMapW), room - pad - pairedRightMin);
  const paired =
    fit.labelsInFull === true &&
    pairedLeftW >= clampSize(fit.gaugeLabelW ?? 0) &&
    pairedLeftW >= font * MIN_STACKED_GAUGES &&
    bodyH - rows * compactRow - pad >= font * MIN_STACKED_MAP &&
    bodyH >= cardsMin;
  // Shelved (labels in full, no room for two columns): the gauges across the room under a shelf of
  // the map beside the cards. The cards keep two side by side at the paired width, the map the rest,
  // when that is the width of its title's words and its height the region's under that title.
  const shelfCardsW = Math.max(2 * font * MIN_PAIRED_CARD + pad, (room - pad) * SHELF_CARDS, inFull ? 2 * type.floor * PAIRED_CARD_FLOORS + pad : 0);
  const shelfMapW = room - pad - shelfCardsW;
  const shelfH = bodyH - rows * compactRow - pad;
  const shelved =
    !paired &&
    fit.labelsInFull === true &&
    room >= clampSize(fit.gaugeLabelW ?? 0) &&
    room >= font * MIN_STACKED_GAUGES &&
    shelfMapW >= font * MIN_SHELF_MAP &&
    (!inFull || shelfMapW >= type.floor * MIN_FULL_SHELF_MAP_FLOORS) &&
    shelfH >= shelfMapW * REGION_RATIO + gaugeRow * 2 &&
    shelfH >= type.label * LINE + gap + ((shelfCardsW - pad) / 2) * CARD_RATIO;
  // Tucked (labels in full, a 4:3 projector): the column as narrow as its band names, institutions
  // and the legends' row allow; under its track, as short as the six band names let it be, the
  // cards two side by side at the column's width; right of it, the map over the gauges. The cards'
  // heading follows the column's last line at its gap, without the pad between parts: at 1024×768
  // with A+ twice (a stage of 618 px) the pad's 9 px were what the longest Spanish title's fourth
  // line lacked ("Un comentario sobre el comando…").
  const bandNamesH = 5 * type.small * LINE + type.label * LINE + 5 * Math.max(1, gap * 0.5);
  const tuckedTrackMin = Math.max(0, bandNamesH - marker);
  const tuckedCardW = Math.min((colTrack - pad) / 2, font * 11);
  const stripTop = type.label * LINE + gap;
  const tuckedCardsH = Math.max(0, Math.min(stripTop + tuckedCardW * CARD_RATIO, top + bodyH - trackY - tuckedTrackMin - under));
  const tuckedMapH = bodyH - rows * compactRow - pad;
  const tucked =
    !paired &&
    fit.labelsInFull === true &&
    room >= clampSize(fit.gaugeLabelW ?? 0) &&
    room >= font * MIN_STACKED_GAUGES &&
    tuckedMapH >= gaugeRow * 2 + font * MIN_STACKED_MAP &&
    tuckedCardW >= type.floor * MIN_FULL_CARD &&
    tuckedCardsH - stripTop >= type.label * LINE * MIN_TUCKED_CARD_LINES;
  // The shelf keeps its place unless its cards are too narrow for their titles' words and tucked has room.
  const shelfCardsWhole = (shelfCardsW - pad) / 2 >= type.floor * MIN_FULL_CARD;
  const arrangement: BoardArrangement = paired ? 'paired' : shelved && (shelfCardsWhole || !tucked) ? 'shelved' : tucked ? 'tucked' : stacked ? 'stacked' : midW >= font * MIN_MIDDLE ? 'columns' : 'narrow';
  const middle = arrangement !== 'narrow';

  let map: Box;
  let timeline: Box;
  let gauges: Box;
  let cards: Box;
  let column: Box = { x: 0, y: top, w: pad + colTrack, h: bodyH + pad };
  if (arrangement === 'tucked') {
    // The gauges a full row each (label over bar) when the map keeps the region's height under its
    // title's two lines, else the label written on the bar; the map the rest of the room's height.
    trackH = top + bodyH - trackY - under - tuckedCardsH;
    column = { x: 0, y: top, w: pad + colTrack, h: trackY - top + trackH + under };
    const fullRows = rows * stackedRow;
    const gaugesH = bodyH - fullRows - pad >= room * REGION_RATIO + gaugeRow * 2 ? fullRows : rows * compactRow;
    const mapH = bodyH - gaugesH - pad;
    const rightX = pad + colTrack + pad;
    map = { x: rightX, y: top, w: room, h: mapH };
    gauges = { x: rightX, y: top + mapH + pad, w: room, h: gaugesH };
    timeline = { x: rightX, y: top, w: 0, h: 0 };
    cards = { x: pad, y: top + bodyH - tuckedCardsH, w: colTrack, h: tuckedCardsH };
  } else if (arrangement === 'paired') {
    // Left, the map over the gauges: a full row each (label over bar) when the map still has the
    // height of the region under its title's two lines, else the label written on the bar. Right,
    // the timeline over the cards: the strip's heading and a card as tall as its width makes it, the
    // timeline the rest when that is the height of its title, legend, plot and years (else the
    // cards take the column).
    const rightW = room - pad - pairedLeftW;
    const rightX = midX + pairedLeftW + pad;
    const fullRows = rows * stackedRow;
    const gaugesH = bodyH - fullRows - pad >= pairedLeftW * REGION_RATIO + gaugeRow * 2 ? fullRows : rows * compactRow;
    const mapH = bodyH - gaugesH - pad;
    map = { x: midX, y: top, w: pairedLeftW, h: mapH };
    gauges = { x: midX, y: top + mapH + pad, w: pairedLeftW, h: gaugesH };
    const heading = type.label * LINE + gap;
    const pairedCardW = Math.min((rightW - pad) / 2, font * 11);
    const tallCardsH = Math.max(cardsMin, heading + pairedCardW * PAIRED_CARD_RATIO);
    // Short of height for the chart (the toolbar's extra rows at a large text size), the cards give
    // up their extra line, down to a printed card's shape: at 1280×720 and 1920×1080 with A+ the
    // English board, whose wider column makes taller cards, left its chart out by a few pixels
    // where the Spanish one kept it.
    const leastCardsH = Math.max(cardsMin, heading + pairedCardW * CARD_RATIO);
    const cardsH = bodyH - tallCardsH - pad >= timelineMinH ? tallCardsH : Math.max(leastCardsH, bodyH - timelineMinH - pad);
    const chartH = bodyH - cardsH - pad;
    const withTimeline = chartH >= timelineMinH - 1e-6 && rightW >= font * MIN_TIMELINE_W;
    timeline = { x: rightX, y: top, w: withTimeline ? rightW : 0, h: withTimeline ? chartH : 0 };
    cards = withTimeline ? { x: rightX, y: top + chartH + pad, w: rightW, h: cardsH } : { x: rightX, y: top, w: rightW, h: bodyH };
  } else if (arrangement === 'shelved') {
    // The gauges a full row each (label over bar) when the shelf keeps the region's height under
    // the map's title (three lines: a Spanish title wraps there), else the label written on the
    // bar; the shelf takes the rest.
    const fullRows = rows * stackedRow;
    const gaugesH = bodyH - fullRows - pad >= shelfMapW * REGION_RATIO + gaugeRow * 3 ? fullRows : rows * compactRow;
    const topH = bodyH - gaugesH - pad;
    map = { x: midX, y: top, w: shelfMapW, h: topH };
    cards = { x: midX + shelfMapW + pad, y: top, w: shelfCardsW, h: topH };
    timeline = { x: midX, y: top, w: 0, h: 0 };
    gauges = { x: midX, y: top + topH + pad, w: room, h: gaugesH };
  } else if (arrangement === 'stacked') {
    // The timeline stands beside the map when the map keeps its share of the board, with the
    // height to hold the region (about 0.7 as high as wide) under a line of its title, and the
    // timeline has the height of its title, legend, plot and years. Else (unless the gauges can lend
    // the height, below) the map takes the row.
    const fullW = Math.max(w * MAP_SHARE, Math.min(room, stackedMapH * 1.1));
    const beside = (mapW: number, mapH: number, titleLines: number) =>
      mapH >= timelineMinH && mapH >= mapW * REGION_RATIO + gaugeRow * titleLines && room - mapW - pad >= font * MIN_TIMELINE_W;
    // Too short for that (a board cut by a two-row toolbar, or a browser's own bars, at a large text
    // size), the gauges lend the row height: their rows shrink, down to a label written on the bar,
    // and the map, at its least share, gets the height of the region under its title's two lines
    // (its most, board-scene.ts: a Spanish title wraps there), so the chart still stands beside it.
    const leastW = w * MAP_SHARE;
    const lentH = Math.max(timelineMinH, leastW * REGION_RATIO + gaugeRow * 2);
    const full = beside(fullW, stackedMapH, 1);
    const lent = !full && stackedMapH < lentH && lentH <= bodyH - Math.max(rows * compactRow, cardsMin) - pad && beside(leastW, lentH, 2);
    const withTimeline = full || lent;
    const mapW = lent ? leastW : fullW;
    const mapH = lent ? lentH : stackedMapH;
    map = { x: midX, y: top, w: withTimeline ? mapW : room, h: mapH };
    timeline = { x: midX + mapW + pad, y: top, w: withTimeline ? room - mapW - pad : 0, h: withTimeline ? mapH : 0 };
    const underY = top + mapH + pad;
    gauges = { x: midX, y: underY, w: stackedGaugesW, h: lent ? Math.min(rows * stackedRow, top + bodyH - underY) : rows * stackedRow };
    cards = { x: midX + stackedGaugesW + pad, y: underY, w: stackedCardsW, h: top + bodyH - underY };
  } else {
    const columns = arrangement === 'columns';
    const timelineH = columns && bodyH * 0.4 >= timelineMinH;
    const gaugesX = columns ? w - colGauges - pad : midX;
    const gaugesW = Math.max(0, columns ? colGauges : w - colTrack - pad * 3);
    map = { x: midX, y: top, w: columns ? midW : 0, h: columns ? bodyH * (timelineH ? 0.58 : 1) : 0 };
    timeline = { x: midX, y: top + bodyH * 0.6, w: timelineH ? midW : 0, h: timelineH ? bodyH * 0.4 : 0 };
    gauges = { x: gaugesX, y: top, w: gaugesW, h: bodyH * 0.62 };
    cards = { x: gaugesX, y: top + bodyH * 0.64, w: gaugesW, h: bodyH * 0.36 };
  }

  const min = {
    width: colTrack + font * 14 + pad * 3,
    height: top + pad * 2 + Math.max(trackY - top + type.small * MIN_TRACK + under, (rows * compactRow) / 0.62, cardsMin / 0.36),
  };
  const fits = w >= min.width && h >= min.height;

  // A gauge's row: its label and value above the bar; a short row writes them on the bar.
  const row = gauges.h / rows;
  const compact = row < gaugeRow + 6 + gap;
  const barOffset = compact ? 0 : gaugeRow;
  const bar = Math.max(1, compact ? row - 2 : row - gaugeRow - gap);

  const strip: Box = { x: cards.x, y: cards.y + stripTop, w: cards.w, h: Math.max(0, cards.h - stripTop) };
  const cardGap = pad;
  // Paired, two cards and the gap between them fill the column, a little taller for their titles at the floor.
  const pairedCards = arrangement === 'paired' || arrangement === 'shelved' || arrangement === 'tucked';
  const cardW = Math.max(0, Math.min(pairedCards ? (cards.w - cardGap) / 2 : cards.w / 2 - pad, font * 11));
  const cardH = Math.max(0, Math.min(strip.h, cardW * (pairedCards ? PAIRED_CARD_RATIO : CARD_RATIO)));

  return {
    w,
    h,
    pad,
    font,
    type,
    gap,
    top,
    fits,
    min,
    middle,
    arrangement,
    column,
    legendY,
    bandLabelW,
    track: { x: trackX, y: trackY, w: trackW, h: trackH },
    inst: { x: instX, y: trackY, w: instW, h: trackH },
    map,
    timeline,
    gauges,
    gauge: { row, bar: Math.max(0, Math.min(bar, row)), barOffset, compact },
    cards,
    strip,
    card: { w: cardW, h: cardH, radius: cornerRadius(8, cardW, cardH), gap: cardGap },
    marker,
  };
}
