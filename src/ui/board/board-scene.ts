import * as Phaser from 'phaser';
import { BAND_FLOORS, RELATIONSHIP_BANDS } from '../../engine';
import type { BorderMap } from '../map/border-map';
import { loadBorderMap } from '../map/load-map';
import type { BoardView } from '../view/board-view';
import type { BoardCue } from './board';
import { bakeLayer } from './bake';
import { drawCardStrip } from './card-layer';
import { drawChart } from './chart';
import { boardLayout, clampSize, type BoardLayout } from './layout';
import { bakeMap } from './map-texture';
import { reducedMotion } from './motion';
import { drawInCssPixels, pixelRatio, stageSize } from './pixels';
import { drawPlaceLabels } from './place-labels';
import { drawNeedsRoom, markBoardState, reportDrawFailure, setNeedsRoomNotice } from './room';
import { BAND_COLORS, COLORS, FONT, hex } from './theme';

// The board: the relationship track with its six bands (SEDENA and SEMAR apart), institutions
// beside it, the other tracks as gauges, the map of the border region, the timeline of every past
// year, the year's cards, and who governs with which strategy. It draws a BoardView and nothing
// else; cues from the log trigger its animations. Where the stage is too small to read it (or a
// drawing fails), it says it needs more room, and draws again at the next resize.

type Layout = BoardLayout;

/** The map is built only for a box at least this many pixels each way. */
const MIN_MAP = 16;

export class BoardScene extends Phaser.Scene {
  private view: BoardView | null = null;
  private textScale = 1;
  private layer!: Phaser.GameObjects.Container;
  /** What animates (markers, cards) stays live above the baked picture of everything else. */
  private live!: Phaser.GameObjects.Container;
  private markers: { headline?: Phaser.GameObjects.Container; sedena?: Phaser.GameObjects.Container; semar?: Phaser.GameObjects.Container } = {};
  private shown = { headline: -1, sedena: -1, semar: -1 };
  private map: BorderMap | null = null;
  private mapKey = '';
  private pendingCues: BoardCue[] = [];
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

  show(view: BoardView, cues: readonly BoardCue[]): void {
    this.view = view;
    setNeedsRoomNotice(view.labels.needsRoom);
    this.pendingCues.push(...cues);
    if (this.layer) this.redraw();
  }

  private layout(v: BoardView): Layout {
    const { width, height } = stageSize(this);
    return boardLayout(width, height, this.textScale, v.gauges.length);
  }

  private text(x: number, y: number, s: string, size: number, color: string = COLORS.text, bold = false): Phaser.GameObjects.Text {
    const t = this.add.text(x, y, s, { fontFamily: FONT, fontSize: `${Math.max(1, Math.round(clampSize(size)))}px`, color, fontStyle: bold ? 'bold' : 'normal' });
    this.layer.add(t);
    return t;
  }

  /** Draws the whole board again; on a stage too small for it (or a failed drawing), the notice instead. */
  private redraw(): void {
    this.clear();
    const v = this.view;
    if (!v) return;
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
    drawNeedsRoom(this, this.layer, this.textScale);
    markBoardState(this, 'needs-room');
  }

  private clear(): void {
    this.layer.removeAll(true);
    this.live.removeAll(true);
    this.markers = {};
  }

  private draw(v: BoardView, L: Layout): void {
    this.drawHeader(v, L);
    this.drawTrack(v, L);
    if (L.middle) this.drawMap(v, L);
    if (L.timeline.h > 0) drawChart(this, this.layer, {
      x: L.timeline.x,
      y: L.timeline.y,
      width: L.timeline.w,
      height: L.timeline.h,
      years: v.timeline.map((p) => p.year),
      lastYear: (v.timeline[0]?.year ?? v.year) + 6 * Math.max(1, v.sexenio),
      min: 0,
      max: 100,
      series: [
        { label: v.labels.relationship ?? '', values: v.timeline.map((p) => p.relationship), color: COLORS.headline, width: 3 },
        { label: v.labels.sedena ?? '', values: v.timeline.map((p) => p.sedena), color: COLORS.sedena, width: 2 },
        { label: v.labels.semar ?? '', values: v.timeline.map((p) => p.semar), color: COLORS.semar, width: 2 },
        { label: v.labels.institutionalization ?? '', values: v.timeline.map((p) => p.institutionalization), color: COLORS.institutions, width: 2 },
      ],
      title: v.labels.timeline ?? '',
      fontSize: L.font,
      bands: true,
    });
    this.drawGauges(v, L);
    this.drawCards(v, L);
    bakeLayer(this, this.layer, 'board-static');
    this.playCues(L);
  }

  private drawHeader(v: BoardView, L: Layout): void {
    const g = this.add.graphics();
    this.layer.add(g);
    g.fillStyle(COLORS.panel, 1);
    g.fillRect(0, 0, L.w, L.top - L.pad * 0.5);
    this.text(L.pad, L.pad * 0.6, v.scenarioTitle, L.font * 1.15, COLORS.text, true);
    this.text(L.pad, L.pad * 0.6 + L.font * 1.5, `${v.termLabel} · ${v.phaseLabel}`, L.font * 0.95, COLORS.textDim);
    const year = this.text(L.w / 2, L.pad * 0.3, String(v.year), L.font * 2.2, COLORS.text, true);
    year.setOrigin(0.5, 0);
    const right = this.text(L.w - L.pad, L.pad * 0.6, `${v.labels.president}: ${v.party}`, L.font * 1.05, COLORS.text, true);
    right.setOrigin(1, 0);
    const strategy = this.text(L.w - L.pad, L.pad * 0.6 + L.font * 1.5, v.strategyLabel, L.font * 0.95, COLORS.textDim);
    strategy.setOrigin(1, 0);
  }

  private valueY(value: number, L: Layout): number {
    return L.track.y + L.track.h * (1 - value / 100);
  }

  private drawTrack(v: BoardView, L: Layout): void {
    const g = this.add.graphics();
    this.layer.add(g);
    const { x, w } = L.track;
    this.text(L.pad, L.top, v.labels.relationship ?? '', L.font * 1.05, COLORS.text, true);
    RELATIONSHIP_BANDS.forEach((band, i) => {
      const lo = BAND_FLOORS[band];
      const hi = i + 1 < RELATIONSHIP_BANDS.length ? BAND_FLOORS[RELATIONSHIP_BANDS[i + 1] as typeof band] : 100;
      const y0 = this.valueY(hi, L);
      const y1 = this.valueY(lo, L);
      const current = band === v.relationship.band;
      g.fillStyle(BAND_COLORS[band], current ? 1 : 0.55);
      g.fillRect(x, y0, w, y1 - y0);
      const label = this.text(x - L.font * 0.4, (y0 + y1) / 2, v.labels[`band.${band}`] ?? band, L.font * (current ? 0.9 : 0.78), current ? COLORS.text : COLORS.textDim, current);
      label.setOrigin(1, 0.5);
    });
    g.lineStyle(2, COLORS.panelEdge, 1);
    g.strokeRect(x, L.track.y, w, L.track.h);
    // Institutions beside the track: the damper.
    const ix = L.inst.x;
    g.fillStyle(COLORS.panel, 1);
    g.fillRect(ix, L.inst.y, L.inst.w, L.inst.h);
    g.fillStyle(COLORS.institutions, 1);
    const instTop = this.valueY(v.institutionalization, L);
    g.fillRect(ix, instTop, L.inst.w, L.inst.y + L.inst.h - instTop);
    g.strokeRect(ix, L.inst.y, L.inst.w, L.inst.h);
    const instLabel = this.text(ix + L.inst.w / 2, L.inst.y + L.inst.h + L.font * 0.3, `${v.labels.institutionalization} ${Math.round(v.institutionalization)}`, L.font * 0.72, hex(COLORS.institutions));
    instLabel.setOrigin(0.5, 0);
    const band = this.text(x + w / 2, L.track.y + L.track.h + L.font * 1.6, `${v.relationship.bandLabel} · ${v.relationship.headline.toFixed(0)}`, L.font * 1.05, COLORS.text, true);
    band.setOrigin(0.5, 0);
    const intel = this.text(x + w / 2, L.track.y + L.track.h + L.font * 3, `${v.labels.intelligence}: ${v.intelligenceLabel}`, L.font * 0.8, COLORS.textDim);
    intel.setOrigin(0.5, 0);
    this.text(x - L.font * 0.2, L.track.y - L.font * 1.25, `▶ ${v.labels.sedena}`, L.font * 0.72, hex(COLORS.sedena)).setOrigin(1, 0);
    this.text(x + w + L.font * 0.2, L.track.y - L.font * 1.25, `◀ ${v.labels.semar}`, L.font * 0.72, hex(COLORS.semar)).setOrigin(0, 0);
    this.markers.sedena = this.marker(x - 2, 'left', COLORS.sedena, v.labels.sedena ?? 'SEDENA', L);
    this.markers.semar = this.marker(x + w + 2, 'right', COLORS.semar, v.labels.semar ?? 'SEMAR', L);
    this.markers.headline = this.marker(x + w / 2, 'center', COLORS.headline, '', L);
    this.placeMarkers(v, L);
  }

  private marker(x: number, side: 'left' | 'right' | 'center', color: number, label: string, L: Layout): Phaser.GameObjects.Container {
    const c = this.add.container(x, L.track.y);
    const g = this.add.graphics();
    const s = L.marker;
    g.fillStyle(color, 1);
    g.lineStyle(1.5, 0x000000, 0.7);
    if (side === 'center') {
      g.fillCircle(0, 0, s * 1.05);
      g.strokeCircle(0, 0, s * 1.05);
    } else {
      const dir = side === 'left' ? -1 : 1;
      g.fillTriangle(0, 0, dir * s * 1.6, -s, dir * s * 1.6, s);
      g.strokeTriangle(0, 0, dir * s * 1.6, -s, dir * s * 1.6, s);
    }
    c.add(g);
    if (label) {
      // SEDENA's name would sit on the band labels: the legend above the track names it instead.
      if (side === 'left') return this.finishMarker(c);
      const t = this.add.text(s * 1.8, 0, label, { fontFamily: FONT, fontSize: `${Math.round(L.font * 0.7)}px`, color: hex(color) });
      t.setOrigin(0, 0.5);
      c.add(t);
    }
    return this.finishMarker(c);
  }

  private finishMarker(c: Phaser.GameObjects.Container): Phaser.GameObjects.Container {
    this.live.add(c);
    return c;
  }

  /** Moves the markers to the view's values, animating from where they were last shown. */
  private placeMarkers(v: BoardView, L: Layout): void {
    const targets = { headline: v.relationship.headline, sedena: v.relationship.sedena, semar: v.relationship.semar };
    const still = reducedMotion();
    for (const key of ['headline', 'sedena', 'semar'] as const) {
      const m = this.markers[key];
      if (!m) continue;
      const from = this.shown[key] < 0 || still ? targets[key] : this.shown[key];
      m.y = this.valueY(from, L);
      if (from !== targets[key]) {
        this.tweens.add({ targets: m, y: this.valueY(targets[key], L), duration: 900, ease: 'Cubic.easeInOut' });
      }
      this.shown[key] = targets[key];
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
    const { x, y, w, h } = L.map;
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
    const title = this.text(x + L.pad * 0.6, y + L.pad * 0.4, v.labels.map ?? '', L.font * 0.85, COLORS.textDim);
    if (map) {
      const at = (p: { x: number; y: number }) => ({ x: x + p.x / ratio, y: y + p.y / ratio });
      // Violence shows as heat along the trafficking corridors (the paper's "plazas").
      const heat = Math.min(1, v.violence / 15000);
      for (const place of map.places) {
        if (place.id === 'mexico-city' || place.id === 'merida') continue;
        g.fillStyle(COLORS.bad, 0.15 + 0.45 * heat);
        g.fillCircle(at(place).x, at(place).y, L.font * (0.6 + 1.6 * heat));
      }
      const dot = 3;
      for (const place of map.places) {
        g.fillStyle(0xffffff, 1);
        g.fillCircle(at(place).x, at(place).y, dot);
      }
      // The names where none touches another, a dot or the map's title (map/label-placement.ts).
      const names = Object.fromEntries(map.places.map((p) => [`place.${p.id}`, v.labels[`place.${p.id}`] ?? p.name]));
      const margin = L.font * 0.2;
      drawPlaceLabels(this, this.layer, map.places, {
        box: { x, y, w, h },
        scale: ratio,
        font: L.font * 0.72,
        dot,
        names,
        obstacles: [{ x: title.x - margin, y: title.y - margin, w: title.width + margin * 2, h: title.height + margin * 2 }],
      });
    }
    g.lineStyle(1, COLORS.panelEdge, 1);
    g.strokeRect(x, y, w, h);
    this.layer.bringToTop(title);
  }

  private drawGauges(v: BoardView, L: Layout): void {
    const g = this.add.graphics();
    this.layer.add(g);
    const { x, y, w } = L.gauges;
    const { row, bar: bh, barOffset, compact } = L.gauge;
    const labels: Phaser.GameObjects.Text[] = [];
    v.gauges.forEach((gauge, i) => {
      const gy = y + i * row;
      // A short row writes the label and value on the bar, in the middle of its height.
      const ty = compact ? gy + bh / 2 : gy;
      const size = compact ? Math.max(9, Math.min(L.font * 0.8, bh)) : 0;
      const label = this.text(compact ? x + 3 : x, ty, gauge.label, compact ? size : L.font * 0.85, compact ? COLORS.text : COLORS.textDim);
      const value = this.text(compact ? x + w - 3 : x + w, ty, `${gauge.display}${gauge.trend > 0 ? ' ▲' : gauge.trend < 0 ? ' ▼' : ''}`, compact ? size : L.font * 0.9, COLORS.text, true);
      label.setOrigin(0, compact ? 0.5 : 0);
      value.setOrigin(1, compact ? 0.5 : 0);
      labels.push(label, value);
      const by = gy + barOffset;
      g.fillStyle(COLORS.panel, 1);
      g.fillRect(x, by, w, bh);
      const better = gauge.good ? gauge.fill >= 0.5 : gauge.fill < 0.5;
      g.fillStyle(better ? COLORS.good : COLORS.bad, 0.85);
      g.fillRect(x, by, w * gauge.fill, bh);
      g.lineStyle(1, COLORS.panelEdge, 1);
      g.strokeRect(x, by, w, bh);
    });
    // Written on the bars, the labels go above them.
    if (compact) for (const label of labels) this.layer.bringToTop(label);
  }

  /** The year's cards, fitted to the strip (card-strip.ts) and each clickable to read it. */
  private drawCards(v: BoardView, L: Layout): void {
    const { x, y } = L.cards;
    this.text(x, y, v.labels.cards ?? '', L.font * 0.9, COLORS.textDim);
    const top = L.font * 1.6;
    const mode = drawCardStrip(this, this.live, v.cards, {
      strip: { x, y: y + top, w: L.cards.w, h: Math.max(0, L.cards.h - top), cardW: L.card.w, cardH: L.card.h, gap: L.card.gap, font: L.font },
      font: L.font,
      onSelect: (id) => this.onCardSelected(id),
    });
    const canvas = this.game.canvas as HTMLCanvasElement | undefined;
    if (canvas?.dataset) {
      canvas.dataset.cards = String(v.cards.length);
      canvas.dataset.cardStrip = mode;
    }
  }

  private playCues(L: Layout): void {
    const cues = this.pendingCues;
    this.pendingCues = [];
    // With prefers-reduced-motion the board simply shows where things stand.
    if (reducedMotion()) return;
    for (const cue of cues) {
      if (cue.kind === 'cardsDrawn') {
        // Cards arrive face down and turn over one after the other.
        this.live.list.forEach((obj) => {
          if (!(obj instanceof Phaser.GameObjects.Container) || !obj.name.startsWith('card-')) return;
          const index = obj.name === 'card-more' ? this.live.list.length : Number(obj.name.slice(5));
          const endY = obj.y;
          obj.setScale(0, 1);
          obj.y = endY - L.font * 2;
          obj.setAlpha(0);
          this.tweens.add({ targets: obj, scaleX: 1, alpha: 1, y: endY, duration: 450, delay: 150 + Math.min(index, 8) * 300, ease: 'Back.easeOut' });
        });
      } else if (cue.kind === 'bandCrossed') {
        const flash = this.add.rectangle(L.track.x + L.track.w / 2, L.track.y + L.track.h / 2, L.track.w * 3, L.track.h, 0xffffff, 0.25);
        this.live.add(flash);
        this.tweens.add({ targets: flash, alpha: 0, duration: 900, ease: 'Quad.easeOut', onComplete: () => flash.destroy() });
      } else if (cue.kind === 'election') {
        this.cameras.main.flash(350, 255, 255, 255);
      }
    }
  }
}
