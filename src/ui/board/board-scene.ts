import * as Phaser from 'phaser';
import type { BorderMap } from '../map/border-map';
import { loadBorderMap } from '../map/load-map';
import type { BoardView } from '../view/board-view';
import type { BoardCue } from './board';
import { bakeLayer } from './bake';
import { drawCardsHeading, drawGauges, drawHeader, drawTrack, legendsWidth, semarLegendWidth, widestBandLabel, type PartContext } from './board-parts';
import { playFlights } from './card-flights';
import { drawCardStrip } from './card-layer';
import { cardFlights, cardPoints, flipDelay, FLIP_MS, stripOf, trackTargets, trackY, type CardEffect } from './card-motion';
import { drawChart } from './chart';
import { projectorOn, textFloor } from './floor';
import { LabelRegistry } from './label-registry';
import { boardFont, boardLayout, boardType, LINE, type BoardLayout, type BoardType } from './layout';
import { bakeMap } from './map-texture';
import { reducedMotion } from './motion';
import { drawInCssPixels, pixelRatio, stageSize } from './pixels';
import { drawPlaceLabels } from './place-labels';
import { drawNeedsRoom, markBoardState, reportDrawFailure, setNeedsRoomNotice } from './room';
import { BAND_COLORS, COLORS, DISPLAY_FONT, DISPLAY_WEIGHT, TRACK_COLORS } from './theme';

// The board: the relationship track with its six bands (SEDENA and SEMAR apart), institutions
// beside it, the other tracks as gauges, the map of the border region, the timeline of every past
// year, the year's cards, and who governs with which strategy. It draws a BoardView and nothing
// else; cues from the log trigger its animations (a card's effect flies from the card to its
// track, card-motion.ts). Every text is fitted and registered (label-registry.ts). Where the stage
// is too small to read it (or a drawing fails), it says it needs more room, and draws again at
// the next resize.

type Layout = BoardLayout;

/** The map is built only for a box at least this many pixels each way. */
const MIN_MAP = 16;

/** The distance between the map's two farthest places, in the map's pixels. */
function placesSpan(places: readonly { readonly x: number; readonly y: number }[]): number {
  let span = 0;
  for (const a of places) for (const b of places) span = Math.max(span, Math.hypot(a.x - b.x, a.y - b.y));
  return span;
}

/**
 * The widest gauge row as drawGauges (board-parts.ts) writes it, label and value side by side on one
 * line (outlined, as on a bar), with the gap between them and the insets either side.
 */
function widestGaugeRow(labels: LabelRegistry, v: BoardView, T: BoardType): number {
  const label = labels.measurer({ outline: true });
  const value = labels.measurer({ family: DISPLAY_FONT, weight: DISPLAY_WEIGHT, outline: true });
  const gap = Math.max(3, Math.round(T.small * 0.3));
  const rows = v.gauges.map((g) => {
    const trend = g.trend > 0 ? ' ▲' : g.trend < 0 ? ' ▼' : '';
    return label(g.label, T.label).w + value(`${g.display}${trend}`, T.value).w;
  });
  return Math.ceil(Math.max(0, ...rows) + gap + 3 * 2 + 2);
}

export class BoardScene extends Phaser.Scene {
  private view: BoardView | null = null;
  private textScale = 1;
  private layer!: Phaser.GameObjects.Container;
  /** What animates (markers, cards) stays live above the baked picture of everything else. */
  private live!: Phaser.GameObjects.Container;
  /**
   * The chips of the cards' effects in flight, above everything: kept through a redraw (the map
   * arriving, the fonts loading, a resize), so that a year's motion plays out once.
   */
  private flights!: Phaser.GameObjects.Container;
  private labels!: LabelRegistry;
  private markers: { headline?: Phaser.GameObjects.Container; sedena?: Phaser.GameObjects.Container; semar?: Phaser.GameObjects.Container } = {};
  private shown = { headline: -1, sedena: -1, semar: -1 };
  private map: BorderMap | null = null;
  private mapKey = '';
  private pendingCues: BoardCue[] = [];
  /** Where the intelligence line stands (a chip for intelligence sharing lands there). */
  private intelligenceY = 0;
  /** A card of the strip clicked: set by phaser-board.ts to reach the app's handler. */
  onCardSelected: (cardId: string) => void = () => {};

  constructor() {
    super('board');
  }

  create(): void {
    this.cameras.main.setBackgroundColor(COLORS.background);
    drawInCssPixels(this);
    this.layer = this.add.container(0, 0);
    this.live = this.add.container(0, 0);
    this.flights = this.add.container(0, 0);
    this.labels = new LabelRegistry(this, 'board');
    // Off by its own handler: without one, `off` would drop the cameras' resize listeners too.
    const onResize = () => this.redraw();
    this.scale.on('resize', onResize, this);
    this.events.once('shutdown', () => this.scale.off('resize', onResize, this));
    this.redraw();
  }

  setTextScale(scale: number): void {
    this.textScale = scale;
    if (this.layer) this.redraw();
  }

  /** Draws again as things stand (the fonts have arrived, projector mode changed). */
  refresh(): void {
    if (this.layer && this.sys.isActive()) this.redraw();
  }

  show(view: BoardView, cues: readonly BoardCue[]): void {
    this.view = view;
    setNeedsRoomNotice(view.labels.needsRoom);
    this.pendingCues.push(...cues);
    if (this.layer) this.redraw();
  }

  private layout(v: BoardView): Layout {
    const { width, height } = stageSize(this);
    const floor = textFloor();
    // The band names' column is as wide as the widest name, within a sixth of the stage; in
    // projector mode, where no text may shrink below the floor, as wide as the widest name (within
    // a third), and the gauges' column as wide as its widest row, so that no label is cut short.
    const type = boardType(boardFont(width, height, this.textScale), floor);
    const widest = widestBandLabel(this.labels, v, type.label);
    const semar = Math.min(semarLegendWidth(this.labels, v, type.small), width * 0.12);
    if (projectorOn()) {
      const bandLabelW = Math.min(widest, Math.max(width * 0.16, type.small * 6, width / 3));
      return boardLayout(width, height, this.textScale, v.gauges.length, { floor, bandLabelW, semarLegendW: semar, labelsInFull: true, gaugeLabelW: widestGaugeRow(this.labels, v, type), legendsW: legendsWidth(this.labels, v, type.small) });
    }
    return boardLayout(width, height, this.textScale, v.gauges.length, { floor, bandLabelW: Math.min(widest, Math.max(width * 0.16, type.small * 6)), semarLegendW: semar });
  }

  /** Draws the whole board again; on a stage too small for it (or a failed drawing), the notice instead. */
  private redraw(): void {
    this.clear();
    const v = this.view;
    if (!v) {
      this.labels.publishNothing();
      return;
    }
    try {
      const L = this.layout(v);
      if (!L.fits) {
        this.needsRoom();
        return;
      }
      this.draw(v, L);
      markBoardState(this, 'drawn');
    } catch (error) {
      reportDrawFailure(error);
      this.needsRoom();
    }
  }

  /**
   * Replaces whatever the board shows with the notice: also called by the game loop's guard when a
   * frame fails to render (phaser-board.ts). The cues waiting are dropped, the markers keep the
   * values they showed, so the next drawing animates from there.
   */
  needsRoom(): void {
    this.clear();
    this.pendingCues = [];
    drawNeedsRoom(this, this.layer, this.textScale, this.labels);
    this.labels.publish();
    markBoardState(this, 'needs-room');
  }

  private clear(): void {
    this.layer.removeAll(true);
    this.live.removeAll(true);
    this.labels.clear();
    this.markers = {};
  }

  private draw(v: BoardView, L: Layout): void {
    const c: PartContext = { scene: this, layer: this.layer, labels: this.labels, L };
    drawHeader(c, v);
    this.intelligenceY = drawTrack(c, v);
    this.placeMarkers(v, L);
    if (L.middle) this.drawMap(v, L);
    if (L.timeline.h > 0) {
      drawChart(this, this.layer, {
        x: L.timeline.x,
        y: L.timeline.y,
        width: L.timeline.w,
        height: L.timeline.h,
        years: v.timeline.map((p) => p.year),
        lastYear: (v.timeline[0]?.year ?? v.year) + 6 * Math.max(1, v.sexenio),
        min: 0,
        max: 100,
        series: [
          { label: v.labels.relationship ?? '', values: v.timeline.map((p) => p.relationship), color: TRACK_COLORS.relationship ?? COLORS.headline, width: 3 },
          { label: v.labels.sedena ?? '', values: v.timeline.map((p) => p.sedena), color: COLORS.sedena, width: 2 },
          { label: v.labels.semar ?? '', values: v.timeline.map((p) => p.semar), color: COLORS.semar, width: 2 },
          { label: v.labels.institutionalization ?? '', values: v.timeline.map((p) => p.institutionalization), color: COLORS.institutions, width: 2 },
        ],
        title: v.labels.timeline ?? '',
        fontSize: L.type.label,
        minFont: L.type.floor,
        bands: true,
        labels: this.labels,
        id: 'timeline',
      });
    }
    drawGauges(c, v);
    drawCardsHeading(c, v);
    const strip = drawCardStrip(this, this.live, v.cards, {
      strip: { x: L.strip.x, y: L.strip.y, w: L.strip.w, h: L.strip.h, cardW: L.card.w, cardH: L.card.h, gap: L.card.gap, font: L.font },
      font: L.font,
      type: L.type,
      labels: this.labels,
      titlesInFull: projectorOn(),
      onSelect: (id) => this.onCardSelected(id),
    });
    const canvas = this.game.canvas as HTMLCanvasElement | undefined;
    if (canvas?.dataset) {
      canvas.dataset.cards = String(v.cards.length);
      canvas.dataset.cardStrip = strip;
    }
    // Measured where everything stands at rest, before the baking destroys the fixed texts and the
    // cues move the live ones.
    this.labels.publish();
    bakeLayer(this, this.layer, 'board-static');
    this.playCues(v, L);
  }

  private marker(x: number, side: 'left' | 'right' | 'center', color: number, L: Layout): Phaser.GameObjects.Container {
    const c = this.add.container(x, L.track.y);
    const g = this.add.graphics();
    const s = L.marker;
    g.fillStyle(color, 1);
    g.lineStyle(1.5, COLORS.background, 0.9);
    if (side === 'center') {
      g.fillCircle(0, 0, s * 1.05);
      g.strokeCircle(0, 0, s * 1.05);
    } else {
      // The legend above the track names each side's marker (a name here would sit on the band names).
      const dir = side === 'left' ? -1 : 1;
      g.fillTriangle(0, 0, dir * s * 1.6, -s, dir * s * 1.6, s);
      g.strokeTriangle(0, 0, dir * s * 1.6, -s, dir * s * 1.6, s);
    }
    c.add(g);
    this.live.add(c);
    return c;
  }

  /** Puts the markers at the view's values; the cues then animate them from where they were last shown. */
  private placeMarkers(v: BoardView, L: Layout): void {
    const { x, w } = L.track;
    this.markers.sedena = this.marker(x - 2, 'left', COLORS.sedena, L);
    this.markers.semar = this.marker(x + w + 2, 'right', COLORS.semar, L);
    this.markers.headline = this.marker(x + w / 2, 'center', COLORS.headline, L);
    const targets = { headline: v.relationship.headline, sedena: v.relationship.sedena, semar: v.relationship.semar };
    for (const key of ['headline', 'sedena', 'semar'] as const) {
      const m = this.markers[key];
      if (m) m.y = trackY(targets[key], L);
    }
  }

  /** Moves the markers from where they were last shown to the view's values, after `delay` ms for each track a card moved. */
  private moveMarkers(v: BoardView, L: Layout, landing: ReadonlyMap<string, number>): void {
    const targets = { headline: v.relationship.headline, sedena: v.relationship.sedena, semar: v.relationship.semar };
    const still = reducedMotion();
    for (const key of ['headline', 'sedena', 'semar'] as const) {
      const m = this.markers[key];
      if (!m) continue;
      const from = this.shown[key] < 0 || still ? targets[key] : this.shown[key];
      this.shown[key] = targets[key];
      if (from === targets[key]) continue;
      m.y = trackY(from, L);
      const track = key === 'headline' ? 'relationship.sedena' : `relationship.${key}`;
      const delay = key === 'headline' ? Math.max(landing.get('relationship.sedena') ?? 0, landing.get('relationship.semar') ?? 0) : (landing.get(track) ?? 0);
      this.tweens.add({ targets: m, y: trackY(targets[key], L), delay, duration: delay > 0 ? 260 : 600, ease: 'Cubic.easeInOut' });
    }
  }

  /**
   * A band crossing is on stage (moment-scene.ts): the relationship's marker on the track pulses,
   * ringed in the new band's colour. Nothing moves with prefers-reduced-motion: the stage says it.
   */
  pulseBand(band: keyof typeof BAND_COLORS): void {
    const m = this.markers.headline;
    const v = this.view;
    if (!m || !v || !this.sys.isActive() || reducedMotion()) return;
    const L = this.layout(v);
    const ring = this.add.circle(m.x, m.y, L.marker * 1.2);
    ring.setStrokeStyle(3, BAND_COLORS[band], 1);
    this.live.add(ring);
    this.tweens.add({ targets: ring, scale: 3, alpha: 0, duration: 900, repeat: 1, ease: 'Quad.easeOut', onComplete: () => ring.destroy() });
    this.tweens.add({ targets: m, scale: 1.6, duration: 260, yoyo: true, repeat: 2, ease: 'Sine.easeInOut' });
  }

  private drawMap(v: BoardView, L: Layout): void {
    const T = L.type;
    // Paired, shelved or tucked (projector mode), the title stands over the map, not on it: on a map that
    // narrow at the floor's size it would take the corner where Tijuana and Ciudad Juárez are named.
    const above = L.arrangement === 'paired' || L.arrangement === 'shelved' || L.arrangement === 'tucked' ? this.labels.fit(null, { id: 'map.title', texts: [v.labels.map ?? ''], x: L.map.x, y: L.map.y, size: T.label, minSize: T.floor, maxW: L.map.w, maxH: Math.min(L.map.h / 3, T.label * LINE * 3), wrap: true, ellipsis: true, color: COLORS.textDim, container: L.map }) : null;
    const drop = above ? above.height + L.gap : 0;
    const { x, w } = L.map;
    const y = L.map.y + drop;
    const h = Math.max(0, L.map.h - drop);
    const room = w >= MIN_MAP && h >= MIN_MAP;
    // Built in device pixels and shown scaled to the board's (pixels.ts), so its lines stay sharp.
    const ratio = pixelRatio(this);
    const [mw, mh] = [Math.round(w * ratio), Math.round(h * ratio)];
    const key = room ? `${mw}x${mh}` : '';
    if (this.mapKey !== key) {
      // The map of the last size is not shown again: its texture goes (a window dragged to a new
      // size would otherwise keep one per size it passed through).
      if (this.mapKey && this.textures.exists(`board-map-${this.mapKey}`)) this.textures.remove(`board-map-${this.mapKey}`);
      this.mapKey = key;
      this.map = null;
      if (room) {
        loadBorderMap(mw, mh)
          .then((map) => {
            if (this.mapKey !== key || !this.sys.isActive()) return;
            this.map = map;
            this.redraw();
          })
          .catch(reportDrawFailure);
      }
    }
    const map = this.map;
    const texture = map ? bakeMap(this, map, `board-map-${key}`, 1, ratio) : null;
    if (map && texture) {
      this.layer.add(this.add.image(x, y, texture).setOrigin(0, 0).setScale(1 / ratio));
    } else {
      const sea = this.add.graphics();
      sea.fillStyle(COLORS.sea, 1);
      sea.fillRect(x, y, w, h);
      this.layer.add(sea);
    }
    const g = this.add.graphics();
    this.layer.add(g);
    const inset = L.pad * 0.5;
    const title = above ? null : this.labels.fit(null, { id: 'map.title', texts: [v.labels.map ?? ''], x: x + inset, y: y + inset, size: T.label, minSize: T.floor, maxW: w - inset * 2, maxH: Math.min(h - inset * 2, T.label * LINE * 2), wrap: true, ellipsis: true, color: COLORS.textDim, outline: true, container: L.map });
    if (map) {
      const at = (p: { x: number; y: number }) => ({ x: x + p.x / ratio, y: y + p.y / ratio });
      // Violence shows as heat along the trafficking corridors (the paper's "plazas"): "worse".
      // A circle grows with the text, but never past a share of the map's own scale (the span
      // between its farthest places): at a large text size on a small map they would pile up.
      const heat = Math.min(1, v.violence / 15000);
      const span = placesSpan(map.places) / ratio;
      const radius = Math.min(L.font * (0.6 + 1.6 * heat), span * (0.035 + 0.06 * heat));
      for (const place of map.places) {
        if (place.id === 'mexico-city' || place.id === 'merida') continue;
        g.fillStyle(COLORS.bad, 0.15 + 0.45 * heat);
        g.fillCircle(at(place).x, at(place).y, radius);
      }
      const dot = Math.max(3, T.small * 0.15);
      for (const place of map.places) {
        g.fillStyle(COLORS.headline, 1);
        g.fillCircle(at(place).x, at(place).y, dot);
      }
      // The names where none touches another, a dot or the map's title (map/label-placement.ts).
      const names = Object.fromEntries(map.places.map((p) => [`place.${p.id}`, v.labels[`place.${p.id}`] ?? p.name]));
      const margin = L.gap;
      drawPlaceLabels(this, this.layer, map.places, {
        box: { x, y, w, h },
        scale: ratio,
        font: T.small,
        dot,
        names,
        obstacles: title ? [{ x: title.x - margin, y: title.y - margin, w: title.width + margin * 2, h: title.height + margin * 2 }] : [],
        labels: this.labels,
        together: projectorOn(),
      });
    }
    g.lineStyle(1, COLORS.panelEdge, 1);
    g.strokeRect(x, y, w, h);
    for (const t of [title, above]) if (t) this.layer.add(t);
  }

  private playCues(v: BoardView, L: Layout): void {
    const cues = this.pendingCues;
    this.pendingCues = [];
    // With prefers-reduced-motion the board simply shows where things stand.
    if (reducedMotion()) {
      this.moveMarkers(v, L, new Map());
      return;
    }
    const effects: CardEffect[] = cues.flatMap((c) => (c.kind === 'cardEffects' ? c.effects : []));
    const flights = cardFlights(effects, cardPoints(stripOf(L, v.cards.length), v.cards), trackTargets(v, L, this.intelligenceY), v.cards.length);
    const landing = playFlights(this, this.flights, flights, v, L);
    this.moveMarkers(v, L, landing);
    for (const cue of cues) {
      if (cue.kind === 'cardsDrawn') {
        // Cards arrive face down and turn over one after the other, within the year's motion.
        const cards = this.live.list.filter((obj): obj is Phaser.GameObjects.Container => obj instanceof Phaser.GameObjects.Container && obj.name.startsWith('card-'));
        cards.forEach((obj) => {
          const index = obj.name === 'card-more' ? cards.length - 1 : Number(obj.name.slice(5));
          const endY = obj.y;
          obj.setScale(0, 1);
          obj.y = endY - L.font;
          obj.setAlpha(0);
          this.tweens.add({ targets: obj, scaleX: 1, alpha: 1, y: endY, duration: FLIP_MS, delay: flipDelay(index, cards.length), ease: 'Back.easeOut' });
        });
      } else if (cue.kind === 'bandCrossed') {
        const flash = this.add.rectangle(L.track.x + L.track.w / 2, L.track.y + L.track.h / 2, L.track.w * 3, L.track.h, COLORS.headline, 0.25);
        this.live.add(flash);
        this.tweens.add({ targets: flash, alpha: 0, duration: 900, ease: 'Quad.easeOut', onComplete: () => flash.destroy() });
      } else if (cue.kind === 'election') {
        this.cameras.main.flash(350, 255, 255, 255);
      }
    }
  }
}
