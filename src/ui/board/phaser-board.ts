import * as Phaser from 'phaser';
import type { Debrief } from '../debrief/debrief-data';
import type { BoardView } from '../view/board-view';
import type { BoardCue, BoardHandlers, BoardRenderer, DebriefLabels, OptionCardView, StagedMoment } from './board';
import { BoardScene } from './board-scene';
import { DebriefScene } from './debrief-scene';
import { projectorOn, textFloor } from './floor';
import { publishedLabels } from './label-registry';
import type { BoardLabelReport } from './labels';
import { MomentQueue } from './moment-queue';
import { MomentScene } from './moment-scene';
import { OptionsScene } from './options-scene';
import { screenPixelRatio, setPixelRatio } from './pixels';
import { reportDrawFailure } from './room';
import { COLORS, DISPLAY_FONT, FONT, PAPER_FONT } from './theme';
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

/** The stage's size in CSS pixels (whole pixels, at least one each way). */
function cssSize(parent: HTMLElement): { width: number; height: number } {
  const rect = parent.getBoundingClientRect();
  return { width: Math.max(1, Math.floor(rect.width || parent.clientWidth || 800)), height: Math.max(1, Math.floor(rect.height || parent.clientHeight || 600)) };
}

/**
 * Keeps the canvas the stage's size in CSS pixels and its device pixels in its backing store
 * (pixels.ts): the scale manager's NONE mode, its game size the CSS size times the ratio, zoomed
 * by 1/ratio. Called whenever the stage or the ratio changes; the scale manager then emits
 * 'resize', and every scene draws again.
 */
function fitCanvas(game: Phaser.Game, parent: HTMLElement): void {
  const ratio = screenPixelRatio();
  const { width, height } = cssSize(parent);
  const w = Math.max(1, Math.round(width * ratio));
  const h = Math.max(1, Math.round(height * ratio));
  if (game.scale.width === w && game.scale.height === h && game.scale.zoom === 1 / ratio) return;
  setPixelRatio(game, ratio);
  game.scale.setZoom(1 / ratio);
  game.scale.resize(w, h);
  // resize() leaves the CSS size alone when the zoom is 1 (Phaser 4.2): set here whatever the ratio.
  Object.assign(game.canvas.style, { width: `${w / ratio}px`, height: `${h / ratio}px` });
}

/**
 * The page's fonts (from @fontsource, src/main.ts) load when first used; a canvas drawn before they
 * arrive would measure and draw with a fallback. Asks for each face the board draws with, and
 * draws every running scene again once they are in (a no-op where the Font Loading API is absent).
 */
function whenFontsLoaded(game: Phaser.Game): void {
  const fonts = typeof document === 'undefined' ? undefined : document.fonts;
  if (!fonts?.load) return;
  const faces = [`400 16px ${FONT}`, `600 16px ${FONT}`, `600 16px ${PAPER_FONT}`, `400 16px ${PAPER_FONT}`, `600 16px ${DISPLAY_FONT}`];
  void Promise.all(faces.map((f) => fonts.load(f).catch(() => [])))
    .then(() => {
      for (const scene of game.scene.getScenes(true)) (scene as Partial<{ refresh(): void }>).refresh?.();
    })
    .catch(() => undefined);
}

/** The board's labels as the running scenes last drew them (labels.ts). */
function labelReport(game: Phaser.Game, parent: HTMLElement): BoardLabelReport {
  const ratio = game.registry.get('pixelRatio') as number | undefined;
  const stage = { w: game.scale.width / (ratio || 1), h: game.scale.height / (ratio || 1) };
  // CSS pixels per board unit: the canvas's CSS width over the stage the scenes lay out in.
  const css = (game.canvas as HTMLCanvasElement | undefined)?.getBoundingClientRect().width ?? stage.w;
  void parent;
  return { stage, cssScale: stage.w > 0 ? css / stage.w : 1, minPx: textFloor(), projector: projectorOn(), scenes: publishedLabels(game) };
}

function markCanvas(game: Phaser.Game, key: string, value: string): void {
  const canvas = game.canvas as HTMLCanvasElement | undefined;
  if (canvas?.dataset) canvas.dataset[key] = value;
}

export function createPhaserBoard(parent: HTMLElement): Promise<BoardRenderer> {
  return new Promise((resolve) => {
    let textScale = 1;
    let handlers: BoardHandlers = {};
    const moments = new MomentQueue();
    const ratio = screenPixelRatio();
    const start = cssSize(parent);
    const game = new Phaser.Game({
      type: softwareWebGL() ? Phaser.CANVAS : Phaser.AUTO,
      parent,
      backgroundColor: COLORS.background,
      scale: { mode: Phaser.Scale.NONE, width: Math.round(start.width * ratio), height: Math.round(start.height * ratio), zoom: 1 / ratio },
      scene: [TitleScene, BoardScene, OptionsScene, DebriefScene, MomentScene],
      banner: false,
      audio: { noAudio: true },
      callbacks: {
        postBoot: () => {
          // Before the loop starts, which it does right after this callback (Game.texturesReady).
          guardLoop(game);
          setPixelRatio(game, ratio);
          // The canvas lies over the stage, so that its size never feeds back into the stage's.
          Object.assign(game.canvas.style, { position: 'absolute', left: '0', top: '0' });
          // Follows the stage's size, and the ratio (a window dragged to another screen, the page zoomed).
          const refit = () => fitCanvas(game, parent);
          const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(refit);
          observer?.observe(parent);
          window.addEventListener('resize', refit);
          game.events.once('destroy', () => {
            observer?.disconnect();
            window.removeEventListener('resize', refit);
          });
          refit();
          whenFontsLoaded(game);
          // The scenes are started by the calls below, not automatically.
          for (const key of ['title', 'board', 'options', 'debrief', 'moment']) game.scene.stop(key);
          // For tests: a page that sets `window.__csdTestHooks = true` before it loads can read the labels.
          const hooks = window as unknown as { __csdTestHooks?: boolean; __csdBoardLabels?: () => BoardLabelReport };
          if (hooks.__csdTestHooks === true) hooks.__csdBoardLabels = () => labelReport(game, parent);
          resolve(renderer);
        },
      },
    });
    const board = () => game.scene.getScene('board') as BoardScene;
    const momentScene = () => game.scene.getScene('moment') as MomentScene;
    // What the player does on the board: marked on the canvas (for tests and anyone inspecting the
    // page: data-selected-card, data-selected-option), then handed to the app.
    const selectCard = (id: string) => {
      markCanvas(game, 'selectedCard', id);
      handlers.onCardSelected?.(id);
    };
    const selectOption = (option: string) => {
      markCanvas(game, 'selectedOption', option);
      handlers.onOptionSelected?.(option);
    };
    const momentShown = (moment: StagedMoment) => {
      if (moment.band && game.scene.isActive('board')) board().pulseBand(moment.band.to);
      handlers.onMomentShown?.(moment);
    };
    /** The stage stays above every other scene; started when the first moment comes. */
    const raiseStage = () => {
      if (game.scene.isActive('moment')) game.scene.bringToTop('moment');
    };
    const only = (key: string, data?: object) => {
      for (const other of ['title', 'board', 'options', 'debrief']) if (other !== key && game.scene.isActive(other)) game.scene.stop(other);
      if (!game.scene.isActive(key)) game.scene.start(key, { ...data, textScale });
    };
    const renderer: BoardRenderer = {
      showTitle(title, subtitle) {
        // No game, no moments: what waited to be staged goes.
        renderer.clearStage?.();
        for (const other of ['board', 'options', 'debrief']) game.scene.stop(other);
        game.scene.stop('title');
        game.scene.start('title', { title, subtitle, textScale });
      },
      showBoard(view: BoardView, cues: readonly BoardCue[]) {
        if (game.scene.isActive('title') || game.scene.isActive('debrief')) only('board');
        if (!game.scene.isActive('board')) game.scene.start('board', { textScale });
        const scene = board();
        scene.onCardSelected = selectCard;
        raiseStage();
        scene.setTextScale(textScale);
        scene.show(view, cues);
      },
      showOptions(cards: readonly OptionCardView[]) {
        if (game.scene.isActive('options')) return;
        game.scene.start('options', { cards, textScale, onSelect: selectOption });
        game.scene.bringToTop('options');
        raiseStage();
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
        if (game.scene.isActive('moment')) momentScene().setTextScale(scale);
      },
      stage(staged: readonly StagedMoment[]) {
        if (staged.length === 0) return;
        moments.push(staged);
        // A scene still starting (or started twice) takes the shared queue as it then stands.
        if (game.scene.isActive('moment')) momentScene().poke();
        else game.scene.start('moment', { queue: moments, textScale, onShown: momentShown });
        game.scene.bringToTop('moment');
      },
      clearStage() {
        moments.clear();
        if (game.scene.isActive('moment')) momentScene().clearStage();
        markCanvas(game, 'moment', '');
      },
      setHandlers(next: BoardHandlers) {
        handlers = next;
      },
      labels() {
        return labelReport(game, parent);
      },
      destroy() {
        game.destroy(true);
      },
    };
  });
}
