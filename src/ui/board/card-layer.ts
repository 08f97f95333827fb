import * as Phaser from 'phaser';
import { cardStrip, type CardStripOptions } from './card-strip';
import { cornerRadius } from './layout';
import { COLORS, FONT } from './theme';

// The year's cards on the board, laid out by card-strip.ts (a row, narrower cards, a fan, or a
// "+k" chip for the rest) and clickable: each card's visible part opens its text (the app's
// handler), with a pointer cursor and a lift on hover.

export interface CardLayerOptions {
  readonly strip: CardStripOptions;
  readonly font: number;
  /** Where the cards have been shown already (the cue that turns them over names them `card-<i>`). */
  readonly onSelect: (cardId: string) => void;
}

function interactive(c: Phaser.GameObjects.Container, w: number, h: number, visible: number, lift: number, onSelect: () => void): void {
  c.setSize(w, h);
  // A container's hit area runs from its top-left corner; only the part no later card covers.
  c.setInteractive({ hitArea: new Phaser.Geom.Rectangle(0, 0, Math.max(1, visible), h), hitAreaCallback: Phaser.Geom.Rectangle.Contains, useHandCursor: true });
  const restY = () => (c.getData('restY') as number | undefined) ?? c.y;
  c.on('pointerover', () => {
    c.setData('restY', restY());
    c.y = restY() - lift;
  });
  c.on('pointerout', () => {
    c.y = restY();
  });
  c.on('pointerdown', onSelect);
}

export function drawCardStrip(scene: Phaser.Scene, parent: Phaser.GameObjects.Container, cards: readonly { readonly id: string; readonly title: string }[], o: CardLayerOptions): string {
  const strip = cardStrip(cards.length, o.strip);
  const font = o.font;
  for (const slot of strip.cards) {
    const card = cards[slot.index];
    if (!card) continue;
    const { w, h } = slot;
    const radius = cornerRadius(8, w, h);
    const c = scene.add.container(slot.x + w / 2, slot.y + h / 2);
    c.setName(`card-${slot.index}`);
    const g = scene.add.graphics();
    g.fillStyle(COLORS.card, 1);
    g.fillRoundedRect(-w / 2, -h / 2, w, h, radius);
    g.lineStyle(2, COLORS.cardEdge, 1);
    g.strokeRoundedRect(-w / 2, -h / 2, w, h, radius);
    // A card under another shows its title up its visible edge; the top card (or one in a row) across.
    const covered = slot.visible < w - 0.5;
    const size = Math.round(font * (covered ? 0.72 : 0.85));
    const t = covered
      ? scene.add.text(-w / 2 + slot.visible / 2, h / 2 - font * 0.5, card.title, { fontFamily: FONT, fontSize: `${size}px`, color: COLORS.cardText, fontStyle: 'bold', maxLines: 1 }).setOrigin(0, 0.5).setAngle(-90)
      : scene.add.text(0, -h / 2 + font * 0.6, card.title, { fontFamily: FONT, fontSize: `${size}px`, color: COLORS.cardText, fontStyle: 'bold', align: 'center', wordWrap: { width: Math.max(font, w - font) } }).setOrigin(0.5, 0);
    if (covered) ellipsize(t, Math.max(font, h - font));
    else clipLines(t, h - font * 0.9);
    c.add([g, t]);
    interactive(c, w, h, slot.visible, font * 0.35, () => o.onSelect(card.id));
    parent.add(c);
  }
  const more = strip.more;
  const first = more ? cards[more.from] : undefined;
  if (more && first && more.w >= 1 && more.h >= 1) {
    const c = scene.add.container(more.x + more.w / 2, more.y + more.h / 2);
    c.setName('card-more');
    const g = scene.add.graphics();
    g.fillStyle(COLORS.panel, 1);
    g.fillRoundedRect(-more.w / 2, -more.h / 2, more.w, more.h, cornerRadius(8, more.w, more.h));
    g.lineStyle(2, COLORS.cardEdge, 1);
    g.strokeRoundedRect(-more.w / 2, -more.h / 2, more.w, more.h, cornerRadius(8, more.w, more.h));
    const t = scene.add.text(0, 0, `+${more.count}`, { fontFamily: FONT, fontSize: `${Math.round(font)}px`, color: COLORS.text, fontStyle: 'bold' }).setOrigin(0.5);
    c.add([g, t]);
    interactive(c, more.w, more.h, more.w, font * 0.35, () => o.onSelect(first.id));
    parent.add(c);
  }
  return strip.mode;
}

/** Shortens a one-line text with an ellipsis until it fits `width`. */
function ellipsize(t: Phaser.GameObjects.Text, width: number): void {
  const full = t.text;
  if (t.width <= width) return;
  let n = full.length;
  while (n > 1 && t.width > width) t.setText(`${full.slice(0, --n).trimEnd()}…`);
}

/** Drops the wrapped lines that would run off the bottom of the card, ending the last kept with an ellipsis. */
function clipLines(t: Phaser.GameObjects.Text, height: number): void {
  if (t.height <= height) return;
  const lines = t.getWrappedText();
  const lineH = t.height / Math.max(1, lines.length);
  const keep = Math.max(1, Math.floor(height / lineH));
  t.setWordWrapWidth(null).setText(`${lines.slice(0, keep).join('\n').trimEnd()}…`);
}
