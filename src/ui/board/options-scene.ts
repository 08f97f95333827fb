import type { OptionCardView } from './board';
import { cornerRadius } from './layout';
import { stageSize } from './pixels';
import { reducedMotion } from './motion';
import { drawNeedsRoom } from './room';
import { ScreenScene } from './screen-scene';
import { COLORS, FONT } from './theme';

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
    const font = Math.max(12, Math.min(w / 75, h / 42)) * this.textScale;
    const gap = w * 0.02;
    const cw = Math.max(0, (w - gap * 5) / 4);
    const ch = Math.max(0, Math.min(h * 0.7, cw * 1.5));
    const radius = cornerRadius(12, cw, ch);
    const wrap = Math.max(font, cw - font * 2);
    // Cards too small for their text: the notice over the shade (the choice is in the panel anyway).
    if (cw < font * 7 || ch < font * 9) {
      drawNeedsRoom(this, this.layer, this.textScale);
      return;
    }
    this.cards.forEach((card, i) => {
      const c = this.add.container(gap + cw / 2 + i * (cw + gap), h / 2);
      const g = this.add.graphics();
      g.fillStyle(COLORS.card, 1);
      g.fillRoundedRect(-cw / 2, -ch / 2, cw, ch, radius);
      g.lineStyle(3, COLORS.cardEdge, 1);
      g.strokeRoundedRect(-cw / 2, -ch / 2, cw, ch, radius);
      const letter = this.add.text(0, -ch / 2 + font, card.option, { fontFamily: FONT, fontSize: `${Math.round(font * 4)}px`, color: COLORS.cardText, fontStyle: 'bold' }).setOrigin(0.5, 0);
      const title = this.add.text(0, -ch / 2 + font * 6, card.title, { fontFamily: FONT, fontSize: `${Math.round(font * 1.1)}px`, color: COLORS.cardText, fontStyle: 'bold', align: 'center', wordWrap: { width: wrap } }).setOrigin(0.5, 0);
      const outcome = this.add.text(0, ch / 2 - font, card.outcome, { fontFamily: FONT, fontSize: `${Math.round(font * 0.95)}px`, color: COLORS.cardText, align: 'center', wordWrap: { width: wrap } }).setOrigin(0.5, 1);
      const description = this.add.text(0, -ch / 2 + font * 6 + title.height + font, card.description, { fontFamily: FONT, fontSize: `${Math.round(font * 0.9)}px`, color: COLORS.cardText, align: 'center', wordWrap: { width: wrap } }).setOrigin(0.5, 0);
      // Hovered, the card is outlined in the accent colour and the cursor says it can be clicked.
      const hover = this.add.graphics();
      hover.lineStyle(4, 0xffbf47, 1);
      hover.strokeRoundedRect(-cw / 2 - 3, -ch / 2 - 3, cw + 6, ch + 6, radius + 3);
      hover.setVisible(false);
      c.add([g, hover, letter, title, description, outcome]);
      c.setSize(cw, ch);
      c.setInteractive({ useHandCursor: true });
      c.on('pointerover', () => hover.setVisible(true));
      c.on('pointerout', () => hover.setVisible(false));
      c.on('pointerdown', () => this.onSelect(card.option));
      this.layer.add(c);
      if (animate && !reducedMotion()) {
        c.setScale(0.6).setAlpha(0);
        this.tweens.add({ targets: c, scale: 1, alpha: 1, duration: 420, delay: i * 120, ease: 'Back.easeOut' });
      }
    });
  }
}
