import * as Phaser from 'phaser';
import type { Debrief } from '../debrief/debrief-data';
import type { BoardView } from '../view/board-view';
import type { BoardCue, BoardRenderer, DebriefLabels, OptionCardView } from './board';
import { BoardScene } from './board-scene';
import { DebriefScene } from './debrief-scene';
import { OptionsScene } from './options-scene';
import { reportDrawFailure } from './room';
import { COLORS } from './theme';
import { TitleScene } from './title-scene';

// The Phaser game behind the HTML controls: one canvas, a scene per screen.

/**
 * WebGL drawn in software (SwiftShader, llvmpipe: no GPU, or a blocked one) manages a dozen frames
 * a second on a board this size, where the Canvas renderer keeps 60: use it there.
 */
export function softwareWebGL(): boolean {
  try {
    const gl = document.createElement('canvas').getContext('webgl2') ?? document.createElement('canvas').getContext('webgl');
    if (!gl) return true;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return /swiftshader|llvmpipe|software|basic render/i.test(renderer);
  } catch {
    return true;
  }
}

/** A scene that can replace what it shows with the board's notice (every scene of the board). */
interface Recoverable {
  needsRoom(): void;
}

/**
 * Phaser's loop asks for the next frame only after drawing this one: a frame that throws (a shape
 * Canvas refuses, say) would stop the loop and leave the canvas dead for the rest of the session.
 * The guarded step reports the failure once, has every running scene show the notice instead of
 * what failed, resets the canvas state the aborted frame left, and carries on; the next resize or
 * snapshot draws the scenes again.
 */
function guardLoop(game: Phaser.Game): void {
  const step = game.step.bind(game);
  game.step = (time: number, delta: number) => {
    try {
      step(time, delta);
    } catch (error) {
      reportDrawFailure(error);
      for (const scene of game.scene.getScenes(true)) {
        try {
          (scene as Partial<Recoverable>).needsRoom?.();
        } catch (again) {
          reportDrawFailure(again);
        }
      }
      if (game.renderer instanceof Phaser.Renderer.Canvas.CanvasRenderer) (game.renderer.gameContext as Partial<{ reset(): void }>).reset?.();
    }
  };
}

export function createPhaserBoard(parent: HTMLElement): Promise<BoardRenderer> {
  return new Promise((resolve) => {
    let textScale = 1;
    const game = new Phaser.Game({
      type: softwareWebGL() ? Phaser.CANVAS : Phaser.AUTO,
      parent,
      backgroundColor: COLORS.background,
      scale: { mode: Phaser.Scale.RESIZE, width: parent.clientWidth || 800, height: parent.clientHeight || 600 },
      scene: [TitleScene, BoardScene, OptionsScene, DebriefScene],
      banner: false,
      audio: { noAudio: true },
      callbacks: {
        postBoot: () => {
          // Before the loop starts, which it does right after this callback (Game.texturesReady).
          guardLoop(game);
          // The scenes are started by the calls below, not automatically.
          for (const key of ['title', 'board', 'options', 'debrief']) game.scene.stop(key);
          resolve(renderer);
        },
      },
    });
    const board = () => game.scene.getScene('board') as BoardScene;
    const only = (key: string, data?: object) => {
      for (const other of ['title', 'board', 'options', 'debrief']) if (other !== key && game.scene.isActive(other)) game.scene.stop(other);
      if (!game.scene.isActive(key)) game.scene.start(key, { ...data, textScale });
    };
    const renderer: BoardRenderer = {
      showTitle(title, subtitle) {
        for (const other of ['board', 'options', 'debrief']) game.scene.stop(other);
        game.scene.stop('title');
        game.scene.start('title', { title, subtitle, textScale });
      },
      showBoard(view: BoardView, cues: readonly BoardCue[]) {
        if (game.scene.isActive('title') || game.scene.isActive('debrief')) only('board');
        if (!game.scene.isActive('board')) game.scene.start('board', { textScale });
        const scene = board();
        scene.setTextScale(textScale);
        scene.show(view, cues);
      },
      showOptions(cards: readonly OptionCardView[]) {
        if (game.scene.isActive('options')) return;
        game.scene.start('options', { cards, textScale });
        game.scene.bringToTop('options');
      },
      hideOptions() {
        if (game.scene.isActive('options')) game.scene.stop('options');
      },
      showDebrief(debrief: Debrief, labels: DebriefLabels) {
        for (const other of ['title', 'board', 'options']) game.scene.stop(other);
        // Already showing: redrawn in place (the comparisons arriving from their worker, a new language).
        if (game.scene.isActive('debrief')) (game.scene.getScene('debrief') as DebriefScene).show({ debrief, labels, textScale });
        else {
          game.scene.stop('debrief');
          game.scene.start('debrief', { debrief, labels, textScale });
        }
      },
      setTextScale(scale: number) {
        textScale = scale;
        if (game.scene.isActive('board')) board().setTextScale(scale);
      },
      destroy() {
        game.destroy(true);
      },
    };
  });
}
