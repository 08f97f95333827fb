import * as Phaser from 'phaser';
import { LabelRegistry } from './label-registry';
import { drawInCssPixels } from './pixels';
import { drawNeedsRoom, reportDrawFailure } from './room';
import { COLORS } from './theme';

// What the board's scenes share: a layer they redraw whole from their data, at the player's text
// size, whenever the stage is resized. A drawing that fails leaves a notice, not a dead canvas,
// and the next resize draws the scene again.

export abstract class ScreenScene<Data extends object> extends Phaser.Scene {
  protected layer!: Phaser.GameObjects.Container;
  /** Every text the scene draws (label-registry.ts): published before the layer is baked. */
  protected labels!: LabelRegistry;
  protected textScale = 1;
  /** Scenes drawn over another (the option cards) keep the one below visible. */
  protected readonly overlay: boolean = false;

  init(data: Partial<Data> & { textScale?: number }): void {
    this.textScale = data.textScale ?? this.textScale;
    this.receive(data);
  }

  create(): void {
    if (!this.overlay) this.cameras.main.setBackgroundColor(COLORS.background);
    drawInCssPixels(this);
    this.layer = this.add.container(0, 0);
    this.labels = new LabelRegistry(this, this.scene.key);
    // Off by its own handler: `off('resize')` without one would drop every scene's listeners,
    // the cameras' included, and a scene started again would no longer follow the window.
    const onResize = () => this.draw(false);
    this.scale.on('resize', onResize, this);
    this.events.once('shutdown', () => this.scale.off('resize', onResize, this));
    this.draw(true);
  }

  /** Redraws the scene; if that fails, says the board needs more room instead. */
  protected draw(first: boolean): void {
    try {
      this.labels.clear();
      this.redraw(first);
      if (!this.labels.published) this.labels.publish();
    } catch (error) {
      reportDrawFailure(error);
      this.needsRoom();
    }
  }

  /** Replaces what the scene shows with the notice (also when a frame of it failed to render). */
  needsRoom(): void {
    this.layer.removeAll(true);
    this.labels.clear();
    drawNeedsRoom(this, this.layer, this.textScale, this.labels);
    this.labels.publish();
  }

  /** Draws again as things stand (the fonts have arrived, projector mode changed). */
  refresh(): void {
    if (this.layer && this.sys.isActive()) this.draw(false);
  }

  /** Keeps what the scene was started with. */
  protected abstract receive(data: Partial<Data>): void;

  /** Draws the whole scene again; `first` is true when it has just opened. */
  protected abstract redraw(first: boolean): void;
}
