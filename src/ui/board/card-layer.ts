import * as Phaser from 'phaser';
import { breakableForms } from './board-parts';
import { cardStrip, type CardStripOptions } from './card-strip';
import type { LabelRegistry } from './label-registry';
import { fitLabel } from './labels';
import { cornerRadius, type BoardType } from './layout';
import { BOLD, COLORS, DISPLAY_FONT, DISPLAY_WEIGHT, PAPER_FONT } from './theme';

// The year's cards on the board, laid out by card-strip.ts (a row, narrower cards, a fan, or a
// "+k" chip for the rest) and clickable: each card's visible part opens its text (the app's
// handler), with a pointer cursor and a lift on hover.

export interface CardLayerOptions {
  readonly strip: CardStripOptions;
  readonly font: number;
  readonly type: BoardType;
  readonly labels: LabelRegistry;
  /**
   * Whether a title must show in full (projector mode: at the floor it cannot shrink): one that the
   * printed cards' serif cannot fit on its card is set in the condensed display face, before any
   * cut with an ellipsis.
   */
  readonly titlesInFull?: boolean;
  /** Where the cards have been shown already (the cue that turns them over names them `card-<i>`). */
  readonly onSelect: (cardId: string) => void;
}

/** What a card under others does while the pointer is on it: it comes to the top, its whole face and full title shown. */
interface Lift {
  readonly parent: Phaser.GameObjects.Container;
  readonly edgeTitle: Phaser.GameObjects.Text | null;
  readonly fullTitle: Phaser.GameObjects.Text | null;
}

function interactive(c: Phaser.GameObjects.Container, w: number, h: number, visible: number, lift: number, onSelect: () => void, raise?: Lift): void {
  c.setSize(w, h);
  // A container's hit area runs from its top-left corner; only the part no later card covers.
  const hitArea = new Phaser.Geom.Rectangle(0, 0, Math.max(1, visible), h);
  c.setInteractive({ hitArea, hitAreaCallback: Phaser.Geom.Rectangle.Contains, useHandCursor: true });
  const restY = () => (c.getData('restY') as number | undefined) ?? c.y;
  c.on('pointerover', () => {
    c.setData('restY', restY());
    c.y = restY() - lift;
    if (raise) {
      // Raised over the cards that covered it, the whole card answers the pointer until it leaves.
      c.setData('restIndex', raise.parent.getIndex(c));
      raise.parent.bringToTop(c);
      hitArea.width = Math.max(1, w);
      raise.edgeTitle?.setVisible(raise.fullTitle === null);
      raise.fullTitle?.setVisible(true);
    }
  });
  c.on('pointerout', () => {
    c.y = restY();
    if (raise) {
      const index = c.getData('restIndex') as number | undefined;
      if (index !== undefined && index >= 0) raise.parent.moveTo(c, index);
      hitArea.width = Math.max(1, visible);
      raise.edgeTitle?.setVisible(true);
      raise.fullTitle?.setVisible(false);
    }
  });
  c.on('pointerdown', onSelect);
}

export function drawCardStrip(scene: Phaser.Scene, parent: Phaser.GameObjects.Container, cards: readonly { readonly id: string; readonly title: string }[], o: CardLayerOptions): string {
  const strip = cardStrip(cards.length, o.strip);
  const font = o.font;
  const T = o.type;
  const inset = Math.max(3, font * 0.3);
  const across = (w: number, h: number) => ({ size: T.label, minSize: T.floor, maxW: w - inset * 2, maxH: h - inset * 2, wrap: true });
  // Up the visible edge of a card under others: one line along the card's height.
  const edge = (w: number, h: number, visible: number) => ({ size: T.small, minSize: T.floor, maxW: h - inset * 2, maxH: visible - 2 });
  // One face for the whole strip: the condensed one as soon as one title needs it (across its card,
  // or up its edge: more of a fanned title then shows before its cut).
  const serif = o.labels.measurer({ family: PAPER_FONT, weight: BOLD, align: 'center' });
  const condensed =
    o.titlesInFull === true &&
    strip.cards.some((slot) => {
      const card = cards[slot.index];
      if (card === undefined) return false;
      return slot.visible >= slot.w - 0.5 ? !fitLabel(serif, { texts: breakableForms(card.title), ...across(slot.w, slot.h) }) : !fitLabel(serif, { texts: [card.title], ...edge(slot.w, slot.h, slot.visible) });
    });
  const family = condensed ? DISPLAY_FONT : PAPER_FONT;
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
    // A card under another shows its title up its visible edge (in the serif of printed cards); the
    // top card (or one in a row) across, wrapped. Fitted to the card, smaller down to the floor (in
    // projector mode, in the condensed face if the serif will not fit), then cut short after its
    // last whole word with an ellipsis: the whole title shows while the pointer is on the card, and
    // is one click away.
    const covered = slot.visible < w - 0.5;
    const visibleBox = { x: slot.x, y: slot.y, w: slot.visible, h };
    const acrossSpec = { texts: breakableForms(card.title), x: 0, y: -h / 2 + inset, origin: [0.5, 0] as const, ...across(w, h), family, weight: BOLD, color: COLORS.cardText, align: 'center' as const, ellipsis: true, words: true };
    const t = covered
      ? o.labels.fit(null, { id: `card.${slot.index}`, texts: [card.title], x: -w / 2 + slot.visible / 2, y: h / 2 - inset, origin: [0, 0.5], ...edge(w, h, slot.visible), family, weight: BOLD, color: COLORS.cardText, ellipsis: true, words: true, container: visibleBox })
      : o.labels.fit(null, { id: `card.${slot.index}`, ...acrossSpec, container: visibleBox });
    if (t && covered) t.setAngle(-90);
    // A card under others shows its whole face, its title across it in full, while the pointer is on it.
    const full = covered ? o.labels.draw(acrossSpec) : null;
    full?.setVisible(false);
    c.add([g, ...(t ? [t] : []), ...(full ? [full] : [])]);
    interactive(c, w, h, slot.visible, font * 0.35, () => o.onSelect(card.id), covered ? { parent, edgeTitle: t, fullTitle: full } : undefined);
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
    const t = o.labels.fit(null, { id: 'card.more', texts: [`+${more.count}`], x: 0, y: 0, origin: [0.5, 0.5], size: o.type.heading, minSize: o.type.floor, maxW: more.w - 4, maxH: more.h - 4, family: DISPLAY_FONT, weight: DISPLAY_WEIGHT, color: COLORS.text, container: { x: more.x, y: more.y, w: more.w, h: more.h } });
    c.add(t ? [g, t] : [g]);
    interactive(c, more.w, more.h, more.w, font * 0.35, () => o.onSelect(first.id));
    parent.add(c);
  }
  return strip.mode;
}
