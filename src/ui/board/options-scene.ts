import type * as Phaser from 'phaser';
import type { OptionCardView } from './board';
import { cornerRadius } from './layout';
import { stageSize } from './pixels';
import { reducedMotion } from './motion';
import { textFloor } from './floor';
import { LINE } from './layout';
import { drawNeedsRoom } from './room';
import { ScreenScene } from './screen-scene';
import { BOLD, COLORS, DISPLAY_FONT, DISPLAY_WEIGHT, PAPER_FONT } from './theme';

// The transition: the four option cards A-D laid on the table with the paper's potential outcome
// for the relationship. The choice is made with the HTML controls beside the board, or by clicking
// a card here (the app's handler sends the same choice).

export class OptionsScene extends ScreenScene<{ cards: readonly OptionCardView[]; onSelect: (option: string) => void }> {
  private cards: readonly OptionCardView[] = [];
  private onSelect: (option: string) => void = () => {};
  protected override readonly overlay = true;

  constructor() {
    super('options');
  }

  protected receive(data: { cards?: readonly OptionCardView[]; onSelect?: (option: string) => void }): void {
    this.cards = data.cards ?? this.cards;
    this.onSelect = data.onSelect ?? this.onSelect;
  }

  protected redraw(animate: boolean): void {
    this.layer.removeAll(true);
    const { width: w, height: h } = stageSize(this);
    const shade = this.add.rectangle(w / 2, h / 2, w, h, COLORS.background, 0.82);
    this.layer.add(shade);
    const floor = textFloor();
    const font = Math.max(floor, Math.max(12, Math.min(w / 75, h / 42)) * this.textScale);
    const size = (k: number) => Math.max(floor, Math.round(font * k));
    const gap = w * 0.02;
    const cw = Math.max(0, (w - gap * 5) / 4);
    const ch = Math.max(0, Math.min(h * 0.7, cw * 1.5));
    const radius = cornerRadius(12, cw, ch);
    const inset = Math.max(6, font * 0.6);
    const wrap = Math.max(font, cw - inset * 2);
    // Cards too small for their text: the notice over the shade (the choice is in the panel anyway).
    if (cw < font * 7 || ch < font * 9) {
      drawNeedsRoom(this, this.layer, this.textScale, this.labels);
      return;
    }
    const placed: Phaser.GameObjects.Container[] = [];
    this.cards.forEach((card, i) => {
      const cx = gap + cw / 2 + i * (cw + gap);
      const c = this.add.container(cx, h / 2);
      const g = this.add.graphics();
      g.fillStyle(COLORS.card, 1);
      g.fillRoundedRect(-cw / 2, -ch / 2, cw, ch, radius);
      g.lineStyle(3, COLORS.cardEdge, 1);
      g.strokeRoundedRect(-cw / 2, -ch / 2, cw, ch, radius);
      // Top down: the letter, the title; from the foot up, the outcome; the description between,
      // each fitted to what is left (the panel beside the board has every word of them).
      const box = { x: cx - cw / 2, y: h / 2 - ch / 2, w: cw, h: ch };
      const fit = (id: string, text: string, y: number, origin: number, sz: number, maxH: number, look: { family?: string; weight?: string }) =>
        this.labels.fit(null, { id: `option.${card.option}.${id}`, texts: [text], x: 0, y, origin: [0.5, origin], size: sz, minSize: floor, maxW: wrap, maxH: Math.max(0, maxH), wrap: true, ellipsis: true, align: 'center', color: COLORS.cardText, container: box, ...look });
      let top = -ch / 2 + inset;
      const letter = fit('letter', card.option, top, 0, size(3.2), ch * 0.25, { family: DISPLAY_FONT, weight: DISPLAY_WEIGHT });
      top += (letter?.height ?? 0) + inset * 0.5;
      const title = fit('title', card.title, top, 0, size(1.1), size(1.1) * LINE * 3, { family: PAPER_FONT, weight: BOLD });
      top += (title?.height ?? 0) + inset * 0.5;
      const bottom = ch / 2 - inset;
      const outcome = fit('outcome', card.outcome, bottom, 1, size(0.95), (bottom - top) * 0.45, { family: PAPER_FONT });
      const description = fit('description', card.description, top, 0, size(0.9), bottom - (outcome?.height ?? 0) - inset * 0.5 - top, {});
      const texts = [letter, title, description, outcome].filter((t): t is NonNullable<typeof t> => t !== null);
      // Hovered, the card is outlined in the accent colour and the cursor says it can be clicked.
      const hover = this.add.graphics();
      hover.lineStyle(4, COLORS.accent, 1);
      hover.strokeRoundedRect(-cw / 2 - 3, -ch / 2 - 3, cw + 6, ch + 6, radius + 3);
      hover.setVisible(false);
      c.add([g, hover, ...texts]);
      c.setSize(cw, ch);
      c.setInteractive({ useHandCursor: true });
      c.on('pointerover', () => hover.setVisible(true));
      c.on('pointerout', () => hover.setVisible(false));
      c.on('pointerdown', () => this.onSelect(card.option));
      this.layer.add(c);
      placed.push(c);
    });
    // Measured at rest, then dealt onto the table.
    this.labels.publish();
    if (animate && !reducedMotion()) {
      placed.forEach((c, i) => {
        c.setScale(0.6).setAlpha(0);
        this.tweens.add({ targets: c, scale: 1, alpha: 1, duration: 420, delay: i * 120, ease: 'Back.easeOut' });
      });
    }
  }
}
