import type { GameAudio } from '../audio';
import { loadAudioSettings } from '../audio/settings';
import type { Translate } from '../i18n';
import type { BoardRenderer } from './board/board';
import { stepTextScale, writePrefs, type Prefs } from './prefs';
import { applyProjector, boardTextScale } from './projector';
import { renderToolbar, type ToolbarActions } from './toolbar';
import type { KeyValueStore } from './types';

// How the browser game looks and sounds, as the toolbar sets it: the text size (A−/A+), Projector
// mode, sound and volume, each remembered in this browser; and the toolbar itself, drawn for the
// screen on. The language is the app's to change (the whole page is worded again).

/** What the toolbar does beyond the look: the app's own actions. */
export type GameActions = Omit<ToolbarActions, 'stepText' | 'toggleProjector' | 'toggleMute' | 'setVolume'>;

export interface LookDeps {
  readonly storage: KeyValueStore | null;
  /** The player's preferences, shared with the app (which changes the language and `played`). */
  readonly prefs: Prefs;
  readonly toolbar: HTMLElement;
  /** The screen readers' live region, which says when Projector mode goes on or off. */
  readonly live: HTMLElement;
  readonly t: Translate;
  board(): BoardRenderer | null;
  /** The sound, if the first gesture has created it. */
  audio(): GameAudio | null;
  /** The sound, created now if it was not yet. */
  ensureAudio(): GameAudio | null;
  /** A game is on screen: the toolbar offers the briefing and the Game menu. */
  inGame(): boolean;
  /** The board is drawn again at the new size. */
  renderBoard(): void;
  readonly actions: GameActions;
}

export class Look {
  constructor(private readonly deps: LookDeps) {
    this.applyTextScale();
    applyProjector(deps.prefs.projector);
  }

  /** The board's text scale: the player's text size, and Projector mode's. */
  boardScale(): number {
    return boardTextScale(this.deps.prefs.textScale, this.deps.prefs.projector);
  }

  savePrefs(): void {
    writePrefs(this.deps.storage, this.deps.prefs);
  }

  renderToolbar(): void {
    const { deps } = this;
    const sound = deps.audio() ?? loadAudioSettings(deps.storage);
    renderToolbar(deps.toolbar, {
      t: deps.t,
      language: deps.prefs.language,
      projector: deps.prefs.projector,
      muted: sound.muted,
      volume: sound.volume,
      inGame: deps.inGame(),
    }, {
      ...deps.actions,
      stepText: (direction) => this.stepText(direction),
      toggleProjector: () => this.toggleProjector(),
      toggleMute: () => this.toggleMute(),
      setVolume: (volume) => deps.ensureAudio()?.setVolume(volume),
    });
  }

  private applyTextScale(): void {
    document.documentElement.style.setProperty('--text-scale', String(this.deps.prefs.textScale));
  }

  private stepText(direction: -1 | 1): void {
    const { prefs } = this.deps;
    prefs.textScale = stepTextScale(prefs.textScale, direction);
    this.savePrefs();
    this.applyTextScale();
    this.deps.board()?.setTextScale(this.boardScale());
    this.deps.renderBoard();
  }

  private toggleProjector(): void {
    const { prefs } = this.deps;
    prefs.projector = !prefs.projector;
    this.savePrefs();
    applyProjector(prefs.projector);
    this.deps.board()?.setTextScale(this.boardScale());
    this.renderToolbar();
    this.deps.renderBoard();
    this.deps.live.textContent = this.deps.t(prefs.projector ? 'look.projectorOn' : 'look.projectorOff');
  }

  private toggleMute(): void {
    const audio = this.deps.ensureAudio();
    audio?.setMuted(!audio.muted);
    this.renderToolbar();
  }
}
