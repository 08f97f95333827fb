import type { GameState, Scenario } from '../engine';
import type { Language, Translate } from '../i18n';
import { replayActor, type GameActor } from '../machine';
import { deleteSlot, readSlot, saveName, writeSlot, type Autosave, type ListedSlot, type SaveSlot } from './autosave';
import { showSaveAs } from './dom/slots';
import { clip, download, randomId } from './page';
import type { SaveKeeper } from './save-keeper';
import type { GameData, KeyValueStore, SaveData } from './types';

// Games moved in and out of the browser game: resuming a save (the autosave, a named slot, another
// tab's save, a file), exporting one, and the named slots. A save is checked by replaying it before
// the game on screen is given up: one that cannot be played is refused with a message in the
// player's language, and the game on screen goes on.

export interface GameFilesDeps {
  readonly storage: KeyValueStore | null;
  /** This tab's autosave, and another tab's in its way. */
  readonly saves: SaveKeeper;
  /** The dialog "Save as…" asks its name in. */
  readonly dialog: HTMLDialogElement;
  /** The hidden file input behind "Load a save file". */
  readonly fileInput: HTMLInputElement;
  readonly t: Translate;
  language(): Language;
  gameData(): Promise<GameData>;
  /** The game being played, if any (a game over is still one, at its debrief). */
  current(): { readonly game: GameState; readonly scenario: Scenario } | null;
  /** The game being played as its save, stamped now. */
  record(): SaveData | null;
  /** The moves of the game being played (to tell this tab's save from another's). */
  moves(): readonly unknown[] | null;
  /** Whether the title screen is on (it lists what the store holds). */
  onTitle(): boolean;
  /** Plays on with the machine a save was replayed into (`resumed` when it has moves). */
  play(actor: GameActor, resumed: boolean): void;
  showMessage(text: string | null, kind?: 'error' | 'info', details?: string): void;
  render(): void;
  renderNotice(): void;
}

export class GameFiles {
  constructor(private readonly deps: GameFilesDeps) {}

  /**
   * Loads a save's text over whatever is on screen, or says (in the player's language) why it
   * cannot, the current game untouched. `autosave`: the stored save it came from (this tab's
   * autosave, or another tab's), set aside if it cannot be played.
   */
  async resume(text: string, name: string, autosave?: Autosave): Promise<void> {
    const { deps } = this;
    const t = deps.t;
    const inGame = deps.current() !== null;
    const shortName = clip(name, 60);
    const refuse = (problem: string, details?: string) => {
      // A broken autosave would fail on every visit: it is set aside once reported, not lost.
      if (autosave) {
        deps.saves.setAside(autosave.raw, deps.moves());
        if (deps.onTitle()) deps.render();
        deps.renderNotice();
      }
      deps.showMessage(t(inGame ? 'errors.loadRefusedInGame' : 'errors.loadRefused', { problem }), 'error', details);
    };
    let data: GameData;
    try {
      data = await deps.gameData();
    } catch (e) {
      return deps.showMessage(t('errors.loadFailed'), 'error', e instanceof Error ? e.message : String(e));
    }
    let replayed: { actor: GameActor; moves: number };
    try {
      const parsed = data.parseSave(text, shortName);
      if (!parsed.ok) {
        const values = Object.fromEntries(Object.entries(parsed.problem.values).map(([k, v]) => [k, clip(String(v), 60)]));
        return refuse(t(`errors.save.${parsed.problem.code}`, { ...values, name: shortName }));
      }
      const scenario = data.scenarios.find((s) => s.id === parsed.value.scenario);
      if (!scenario) return refuse(t('errors.save.scenario', { name: shortName, id: clip(parsed.value.scenario, 60) }));
      // Replay first: a save whose moves the rules refuse is corrupt, and the current game is kept.
      // The machine that replayed the moves is the one the game goes on with: they are played once.
      const { moves } = parsed.value;
      const result = replayActor(scenario, { scenario: parsed.value.scenario, config: parsed.value.config, moves });
      if (!result.ok) return refuse(t('errors.corruptSave', { name: shortName }), result.error);
      replayed = { actor: result.value, moves: moves.length };
    } catch (e) {
      return refuse(t('errors.unexpected', { name: shortName }), e instanceof Error ? e.message : String(e));
    }
    if (autosave) deps.saves.adopt(autosave.game ?? randomId(), autosave.raw);
    else deps.saves.adopt(randomId());
    deps.play(replayed.actor, replayed.moves > 0);
    if (!autosave) deps.showMessage(t('title.resumed', { name: shortName }), 'info');
  }

  /** The file the player picked in "Load a save file". */
  async importFile(): Promise<void> {
    const { deps } = this;
    const input = deps.fileInput;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > 5_000_000) return deps.showMessage(deps.t(deps.current() ? 'errors.loadRefusedInGame' : 'errors.loadRefused', { problem: deps.t('errors.tooLarge', { name: clip(file.name, 60) }) }));
    const text = await file.text();
    await this.resume(text, file.name);
  }

  async exportSave(): Promise<void> {
    const save = this.deps.record();
    const data = await this.deps.gameData();
    if (!save) return;
    download(saveName(save), data.serializeSave(save), 'application/json');
  }

  // ── named saves ──────────────────────────────────────────────────────────────────────────
  saveAs(): void {
    const { deps } = this;
    const current = deps.current();
    if (!current) return;
    const suggested = deps.t('teach.slots.defaultName', { scenario: current.scenario.title[deps.language()], year: current.game.year });
    showSaveAs(deps.dialog, deps.t, suggested, (name) => void this.writeSlot(name));
  }

  private async writeSlot(name: string): Promise<void> {
    const { deps } = this;
    const save = deps.record();
    const game = deps.current()?.game;
    if (!save || !game) return;
    const data = await deps.gameData();
    const slot: SaveSlot = { id: randomId(), name: clip(name, 80), scenario: save.scenario, year: game.year, savedAt: save.savedAt, moves: save.moves.length };
    // A full store refuses the write: the player is told, and offered the file instead.
    if (writeSlot(deps.storage, slot, data.serializeSave(save))) deps.showMessage(deps.t('teach.slots.saved', { name: slot.name }), 'info');
    else deps.showMessage(deps.t('teach.slots.failed', { name: slot.name }));
  }

  async loadSlot(slot: ListedSlot): Promise<void> {
    const text = readSlot(this.deps.storage, slot.id);
    if (text === null) return this.deps.showMessage(this.deps.t('errors.loadRefused', { problem: this.deps.t('errors.save.notJson', { name: clip(slot.name, 60) }) }));
    await this.resume(text, slot.name);
  }

  deleteSlot(slot: ListedSlot): void {
    deleteSlot(this.deps.storage, slot.id);
    this.deps.render();
  }
}
