import * as Phaser from 'phaser';
import { RELATIONSHIP_BANDS } from '../../engine';
import type { StagedMoment } from './board';
import { LINE } from './layout';
import { bannerBox, momentDuration, type MomentQueue } from './moment-queue';
import { reducedMotion } from './motion';
import { drawInCssPixels, stageSize } from './pixels';
import { reportDrawFailure } from './room';
import { textFloor } from './floor';
import { LabelRegistry } from './label-registry';
import { BAND_COLORS, BOLD, COLORS, FONT } from './theme';

// The big moments on stage (issue 10): a banner across whatever the board shows, one moment after
// another, each for a few seconds or until the board is clicked or Escape (or Enter or Space, with
// nothing else focused) is pressed. An election shows its chances as bars; a band crossing, the
// relationship's marker moving along a small track of the six bands. With prefers-reduced-motion
// everything simply appears. The scene draws what it is given and nothing else: the words come
// from the caller, the sound is the caller's (BoardHandlers.onMomentShown).

// Better, worse, or news to attend to (brass): the palette's meanings, as on the page.
const TONE_COLORS = { good: COLORS.goodChalk, bad: COLORS.badChalk, neutral: COLORS.accent } as const;

export interface MomentSceneData {
  readonly queue: MomentQueue;
  readonly textScale: number;
  /** Told each moment as it comes on stage (sound, the board's own marker pulse). */
  readonly onShown: (moment: StagedMoment) => void;
}

export class MomentScene extends Phaser.Scene {
  private queue!: MomentQueue;
  private onShown: (moment: StagedMoment) => void = () => {};
  private textScale = 1;
  private layer!: Phaser.GameObjects.Container;
  private timer: Phaser.Time.TimerEvent | null = null;
  private ready = false;
  private labels!: LabelRegistry;
  /** The smallest text the banner may draw (the projector's floor in projector mode). */
  private floor = 1;

  constructor() {
    super('moment');
  }

  init(data: MomentSceneData): void {
    this.queue = data.queue;
    this.onShown = data.onShown;
    this.textScale = data.textScale;
  }

  create(): void {
    drawInCssPixels(this);
    this.layer = this.add.container(0, 0);
    this.labels = new LabelRegistry(this, 'moment');
    const onResize = () => this.draw(false);
    const onKey = (event: KeyboardEvent) => this.onKey(event);
    this.scale.on('resize', onResize, this);
    window.addEventListener('keydown', onKey);
    this.events.once('shutdown', () => {
      this.scale.off('resize', onResize, this);
      window.removeEventListener('keydown', onKey);
      this.timer?.remove();
      this.timer = null;
      this.ready = false;
    });
    this.ready = true;
    if (this.queue.current) this.draw(false);
    else this.advance();
  }

  setTextScale(scale: number): void {
    this.textScale = scale;
    if (this.ready) this.draw(false);
  }

  /** New moments were queued: staged now if the stage is empty. */
  poke(): void {
    if (this.ready && !this.queue.current) this.advance();
    else this.mark();
  }

  /** Empties the stage and drops what waits. */
  clearStage(): void {
    this.queue.clear();
    this.timer?.remove();
    this.timer = null;
    if (this.ready) this.layer.removeAll(true);
    this.mark();
  }

  /** Replaces the moment on stage with the next one (or nothing). */
  advance(): void {
    this.timer?.remove();
    this.timer = null;
    const moment = this.queue.advance();
    this.draw(true);
    if (!moment) return;
    this.timer = this.time.delayedCall(momentDuration(moment), () => this.advance());
    try {
      this.onShown(moment);
    } catch (error) {
      reportDrawFailure(error);
    }
  }

  /** A frame of the game failed: the banner goes, the queue goes on. */
  needsRoom(): void {
    this.layer?.removeAll(true);
  }

  private onKey(event: KeyboardEvent): void {
    if (!this.queue.current) return;
    const focus = document.activeElement;
    const free = !focus || focus === document.body || focus instanceof HTMLCanvasElement;
    if (event.key === 'Escape' || (free && (event.key === 'Enter' || event.key === ' '))) {
      if (event.key !== 'Escape') event.preventDefault();
      this.advance();
    }
  }

  private mark(): void {
    const canvas = this.game.canvas as HTMLCanvasElement | undefined;
    if (!canvas?.dataset) return;
    canvas.dataset.moment = this.queue.current?.kind ?? '';
    canvas.dataset.momentsWaiting = String(this.queue.length);
    canvas.dataset.momentsShown = String(this.queue.shown);
  }

  private draw(entering: boolean): void {
    this.layer.removeAll(true);
    this.labels.clear();
    this.mark();
    const m = this.queue.current;
    try {
      if (m) this.drawBanner(m, entering && !reducedMotion());
    } catch (error) {
      reportDrawFailure(error);
      this.layer.removeAll(true);
      this.labels.clear();
    }
    if (!this.labels.published) this.labels.publish();
  }

  /** A text of the banner, never under the floor; registered once the banner's box is known. */
  private text(s: string, size: number, color: string, bold = false, wrap?: number): Phaser.GameObjects.Text {
    const px = Math.max(this.floor, Math.round(size));
    return this.add.text(0, 0, s, { fontFamily: FONT, fontSize: `${px}px`, color, fontStyle: bold ? BOLD : 'normal', ...(wrap ? { wordWrap: { width: Math.max(px, wrap) } } : {}) });
  }

  private drawBanner(m: StagedMoment, animate: boolean): void {
    const { width: W, height: H } = stageSize(this);
    const box = bannerBox(W, H, this.textScale);
    if (box.w < box.font * 6 || box.maxH < box.font * 4) return;
    const { pad, font } = box;
    this.floor = textFloor();
    const inner = box.w - pad * 2 - font * 0.5;
    const tone = TONE_COLORS[m.tone];
    // The close mark first: the headline wraps short of it.
    const waiting = this.queue.length;
    const close = this.text(waiting ? `+${waiting}  ✕` : '✕', font * 0.95, COLORS.textDim, true).setOrigin(1, 0).setPosition(box.w - pad * 0.7, pad * 0.6).setName('close');

    // The shade over the board takes the click that moves the stage on.
    const shade = this.add.rectangle(0, 0, W, H, COLORS.background, 0.5).setOrigin(0, 0);
    shade.setInteractive({ useHandCursor: true });
    shade.on('pointerdown', () => this.advance());
    this.layer.add(shade);

    const card = this.add.container(box.x, 0);
    const parts: Phaser.GameObjects.GameObject[] = [];
    let y = pad;
    const x0 = pad + font * 0.5;
    const headline = this.text(m.headline, font * 1.45, COLORS.text, true, Math.max(font, box.w - pad * 0.7 - close.width - font * 0.5 - x0)).setPosition(x0, y);
    parts.push(headline.setName('headline'));
    y += headline.height + font * 0.5;
    const visual = m.shares?.length ? this.drawShares(m.shares, x0, y, inner, font, animate) : m.band ? this.drawBand(m.band, x0, y, inner, font, animate) : null;
    if (visual) {
      parts.push(...visual.parts);
      y += visual.height + font * 0.6;
    }
    const body = this.text(m.body, font * 0.95, COLORS.textDim, false, inner).setPosition(x0, y);
    // A body too long for the stage loses its last lines, not the banner its edge.
    const room = box.maxH - y - pad * 1.5;
    if (body.height > room) {
      const lines = body.getWrappedText();
      const lineH = body.height / Math.max(1, lines.length);
      const keep = Math.max(0, Math.floor(room / lineH));
      body.setWordWrapWidth(null).setText(keep ? `${lines.slice(0, keep).join('\n').trimEnd()}…` : '');
    }
    parts.push(body.setName('body'));
    y += body.height + pad;
    const h = Math.min(box.maxH, y);

    const g = this.add.graphics();
    g.fillStyle(COLORS.panel, 0.97);
    g.fillRoundedRect(0, 0, box.w, h, Math.min(12, h / 2, box.w / 2));
    g.lineStyle(2, tone, 1);
    g.strokeRoundedRect(0, 0, box.w, h, Math.min(12, h / 2, box.w / 2));
    g.fillStyle(tone, 1);
    g.fillRect(pad * 0.5, pad * 0.7, font * 0.3, Math.max(0, h - pad * 1.4));
    card.add([g, ...parts, close]);
    const top = box.y + Math.max(0, (box.maxH - h) * 0.35);
    card.y = top;
    this.layer.add(card);
    // Measured where the banner comes to rest.
    const banner = { x: box.x, y: top, w: box.w, h };
    [...parts, close].forEach((p, i) => {
      if (p instanceof Phaser.GameObjects.Text) this.labels.add(p.name || `text.${i}`, p, banner);
    });
    this.labels.publish();

    // How long the moment stays: a line along the banner's foot that runs out.
    const duration = momentDuration(m);
    const line = this.add.rectangle(box.x + pad, top + h - 4, box.w - pad * 2, 2, tone, 0.8).setOrigin(0, 0.5);
    this.layer.add(line);
    if (animate) {
      this.tweens.add({ targets: line, scaleX: 0, duration, ease: 'Linear' });
      shade.setAlpha(0);
      this.tweens.add({ targets: shade, alpha: 1, duration: 200 });
      card.setAlpha(0);
      card.y = top - font * 1.5;
      this.tweens.add({ targets: card, alpha: 1, y: top, duration: 320, ease: 'Back.easeOut' });
    }
  }

  /** An election's chances: a bar per party, the winner's bright and its share in bold. */
  private drawShares(shares: NonNullable<StagedMoment['shares']>, x: number, y: number, w: number, font: number, animate: boolean): { parts: Phaser.GameObjects.GameObject[]; height: number } {
    const parts: Phaser.GameObjects.GameObject[] = [];
    const size = Math.max(this.floor, Math.round(font));
    const rowH = Math.max(font * 1.5, size * LINE + 2);
    const names = shares.map((s, i) => this.text(s.label, font, s.winner ? COLORS.text : COLORS.textDim, s.winner).setName(`share.${i}.party`));
    const values = shares.map((s, i) => this.text(`${Math.round(Math.max(0, Math.min(1, s.share)) * 100)}%`, font, s.winner ? COLORS.text : COLORS.textDim, s.winner).setName(`share.${i}.value`));
    const labelW = Math.max(font * 3.6, ...names.map((t) => t.width + font * 0.5));
    const valueW = Math.max(font * 3.2, ...values.map((t) => t.width + font * 0.5));
    const barW = Math.max(font, w - labelW - valueW);
    shares.forEach((s, i) => {
      const ry = y + i * rowH;
      parts.push((names[i] as Phaser.GameObjects.Text).setPosition(x, ry + rowH / 2).setOrigin(0, 0.5));
      const bg = this.add.rectangle(x + labelW, ry + rowH * 0.2, barW, rowH * 0.6, COLORS.background, 1).setOrigin(0, 0);
      const share = Math.max(0, Math.min(1, s.share));
      const bar = this.add.rectangle(x + labelW, ry + rowH * 0.2, Math.max(1, barW * share), rowH * 0.6, s.winner ? COLORS.accent : COLORS.neutral, s.winner ? 1 : 0.7).setOrigin(0, 0);
      parts.push(bg, bar);
      parts.push((values[i] as Phaser.GameObjects.Text).setPosition(x + w, ry + rowH / 2).setOrigin(1, 0.5));
      if (animate) {
        bar.scaleX = 0;
        this.tweens.add({ targets: bar, scaleX: 1, duration: 700, delay: 150 + i * 120, ease: 'Cubic.easeOut' });
      }
    });
    return { parts, height: shares.length * rowH };
  }

  /** A band crossing: the six bands in a row, the marker moving from the old band to the new. */
  private drawBand(band: NonNullable<StagedMoment['band']>, x: number, y: number, w: number, font: number, animate: boolean): { parts: Phaser.GameObjects.GameObject[]; height: number } {
    const parts: Phaser.GameObjects.GameObject[] = [];
    const n = RELATIONSHIP_BANDS.length;
    const segW = w / n;
    const barH = font * 0.9;
    const g = this.add.graphics();
    parts.push(g);
    RELATIONSHIP_BANDS.forEach((b, i) => {
      const lit = b === band.to || b === band.from;
      g.fillStyle(BAND_COLORS[b], lit ? 1 : 0.4);
      g.fillRect(x + i * segW, y + font * 0.4, segW - 2, barH);
    });
    const centre = (b: typeof band.from) => x + (RELATIONSHIP_BANDS.indexOf(b) + 0.5) * segW;
    const markerY = y + font * 0.4 + barH / 2;
    const marker = this.add.circle(centre(animate ? band.from : band.to), markerY, font * 0.55, COLORS.headline, 1).setStrokeStyle(2, COLORS.background, 0.9);
    parts.push(marker);
    const fromX = centre(band.from);
    const toX = centre(band.to);
    const labelY = y + font * 0.4 + barH + font * 0.35;
    const from = this.text(band.fromLabel, font * 0.85, COLORS.textDim).setPosition(fromX, labelY).setOrigin(0.5, 0).setName('band.from');
    const to = this.text(band.toLabel, font * 0.95, COLORS.text, true).setPosition(toX, labelY).setOrigin(0.5, 0).setName('band.to');
    // The two names never run off the track or into each other: pushed apart and inside it.
    for (const t of [from, to]) t.x = Math.max(x + t.width / 2, Math.min(x + w - t.width / 2, t.x));
    if (Math.abs(from.x - to.x) < (from.width + to.width) / 2 + font * 0.5) {
      const left = fromX < toX ? from : to;
      const right = left === from ? to : from;
      const mid = (left.x + right.x) / 2;
      left.x = Math.max(x + left.width / 2, mid - font * 0.25 - left.width / 2);
      right.x = Math.min(x + w - right.width / 2, left.x + left.width / 2 + font * 0.5 + right.width / 2);
    }
    parts.push(from, to);
    if (animate) this.tweens.add({ targets: marker, x: toX, duration: 900, delay: 250, ease: 'Cubic.easeInOut' });
    return { parts, height: font * 0.4 + barH + font * 0.35 + Math.max(from.height, to.height) };
  }
}
