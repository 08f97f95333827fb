import type * as Phaser from 'phaser';
import { fitLabel, type BoardLabel, type DroppedLabel, type LabelBox, type MeasureText, type SceneLabels } from './labels';
import { COLORS, FONT } from './theme';

// Each scene's register of the texts it draws (labels.ts says why): a text is fitted to its room by
// rule (fitLabel: smaller down to the floor, a shorter form, wrapped, cut with an ellipsis, or left
// out and said so), drawn, and registered with the box it must stay in. Once the scene has drawn,
// `publish` measures every registered text where it stands and keeps the plain boxes in the game's
// registry (the texts themselves may then be baked into a picture and destroyed).

const KEY = 'boardLabels';

export interface TextLook {
  readonly family?: string;
  readonly weight?: string;
  readonly color?: string;
  readonly align?: 'left' | 'center' | 'right';
  /** An outline in the table's colour, for text on a picture (the map). */
  readonly outline?: boolean;
}

export interface FitSpec extends TextLook {
  readonly id: string;
  /** The full text first, then shorter forms. */
  readonly texts: readonly string[];
  /** Where it is anchored, and which of its points sits there (Phaser's origin). */
  readonly x: number;
  readonly y: number;
  readonly origin?: readonly [number, number];
  readonly size: number;
  readonly minSize: number;
  /** The room it has from its anchor. */
  readonly maxW: number;
  readonly maxH: number;
  readonly wrap?: boolean;
  readonly ellipsis?: boolean;
  readonly words?: boolean;
  /** The box it must stay inside (the room, when not given). */
  readonly container?: LabelBox;
}

function styleOf(look: TextLook, size: number, wrapWidth?: number): Phaser.Types.GameObjects.Text.TextStyle {
  return {
    fontFamily: look.family ?? FONT,
    fontSize: `${Math.max(1, Math.round(size))}px`,
    fontStyle: look.weight ?? 'normal',
    color: look.color ?? COLORS.text,
    align: look.align ?? 'left',
    ...(look.outline ? { stroke: COLORS.outline, strokeThickness: Math.max(2, Math.round(size * 0.18)) } : {}),
    ...(wrapWidth ? { wordWrap: { width: Math.max(1, wrapWidth) } } : {}),
  };
}

export class LabelRegistry {
  private texts: { id: string; text: Phaser.GameObjects.Text; container: LabelBox; full?: string }[] = [];
  private dropped: DroppedLabel[] = [];
  private probe: Phaser.GameObjects.Text | null = null;
  /** Whether the texts registered since the last `clear` have been measured and published. */
  published = false;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly key: string,
  ) {
    scene.events.once('shutdown', () => {
      this.probe?.destroy();
      this.probe = null;
      this.clear();
      this.scene.game.registry.remove(`${KEY}.${this.key}`);
    });
  }

  /** Forgets what was registered (the scene is about to draw again). */
  clear(): void {
    this.texts = [];
    this.dropped = [];
    this.published = false;
  }

  /** A text's size as it would be drawn with `look` (one probe text, never shown). */
  measurer(look: TextLook): MeasureText {
    return (text, size, wrapWidth) => {
      this.probe ??= this.scene.make.text({ x: 0, y: 0, text: '' }, false);
      // Every property set afresh (setDefaults): a wrap width or outline left from the last
      // measure would change this one.
      this.probe.style.setStyle(styleOf(look, size, wrapWidth), true, true);
      this.probe.setText(text);
      return { w: this.probe.width, h: this.probe.height };
    };
  }

  /** Registers a text already drawn, with the box it must stay inside. */
  add<T extends Phaser.GameObjects.Text>(id: string, text: T, container: LabelBox, full?: string): T {
    this.texts.push({ id, text, container, ...(full !== undefined && full !== text.text ? { full } : {}) });
    return text;
  }

  /** Records a label left out by a rule, with the reason. */
  drop(id: string, text: string, reason: string): void {
    this.dropped.push({ id, text, reason });
  }

  /**
   * Fits a text to its room (fitLabel), draws it into `parent` and registers it; or, when it cannot
   * fit even at the floor, records it as dropped and returns null.
   */
  fit(parent: Phaser.GameObjects.Container | null, spec: FitSpec): Phaser.GameObjects.Text | null {
    const fitted = fitLabel(this.measurer(spec), { texts: spec.texts, size: spec.size, minSize: spec.minSize, maxW: spec.maxW, maxH: spec.maxH, wrap: spec.wrap, ellipsis: spec.ellipsis, words: spec.words });
    if (!fitted) {
      this.drop(spec.id, spec.texts[0] ?? '', `no room: ${Math.round(spec.maxW)}×${Math.round(spec.maxH)} px at ${Math.ceil(spec.minSize)} px or more`);
      return null;
    }
    const [ox, oy] = spec.origin ?? [0, 0];
    const t = this.scene.add.text(spec.x, spec.y, fitted.text, styleOf(spec, fitted.size, fitted.wrapWidth)).setOrigin(ox, oy);
    parent?.add(t);
    const room = { x: spec.x - ox * spec.maxW, y: spec.y - oy * spec.maxH, w: spec.maxW, h: spec.maxH };
    return this.add(spec.id, t, spec.container ?? room, spec.texts[0]);
  }

  /**
   * Fits and draws a text as `fit` does, without registering it: a text shown only for a moment
   * (a fanned card's full title while the pointer is on it), not part of the board at rest.
   */
  draw(spec: Omit<FitSpec, 'id' | 'container'>): Phaser.GameObjects.Text | null {
    const fitted = fitLabel(this.measurer(spec), { texts: spec.texts, size: spec.size, minSize: spec.minSize, maxW: spec.maxW, maxH: spec.maxH, wrap: spec.wrap, ellipsis: spec.ellipsis, words: spec.words });
    if (!fitted) return null;
    const [ox, oy] = spec.origin ?? [0, 0];
    return this.scene.add.text(spec.x, spec.y, fitted.text, styleOf(spec, fitted.size, fitted.wrapWidth)).setOrigin(ox, oy);
  }

  /** Measures every registered text where it now stands and keeps the boxes for `boardLabels`. */
  publish(): SceneLabels {
    const labels: BoardLabel[] = [];
    for (const { id, text, container, full } of this.texts) {
      if (!text.active || !text.visible || text.text.trim() === '') continue;
      const b = text.getBounds();
      const size = Number.parseFloat(String(text.style.fontSize));
      labels.push({ id, text: text.text, ...(full ? { full } : {}), box: { x: b.x, y: b.y, w: b.width, h: b.height }, container, fontPx: Number.isFinite(size) ? size : 0 });
    }
    const report: SceneLabels = { scene: this.key, labels, dropped: [...this.dropped] };
    this.published = true;
    this.scene.game.registry.set(`${KEY}.${this.key}`, report);
    return report;
  }

  /** Empties the published report (the scene shows nothing). */
  publishNothing(): void {
    this.clear();
    this.publish();
  }
}

/** The published labels of the game's running scenes, bottom to top. */
export function publishedLabels(game: Phaser.Game): SceneLabels[] {
  return game.scene
    .getScenes(true)
    .map((s) => game.registry.get(`${KEY}.${s.scene.key}`) as SceneLabels | undefined)
    .filter((r): r is SceneLabels => r !== undefined);
}
