import type { GameAudio } from '../../audio';
import type { Exercise } from '../../exercise';
import type { Language } from '../../i18n';
import type { BoardRenderer } from '../board/board';
import { download, randomId } from '../page';
import { readPrefs } from '../prefs';
import type { GameData, KeyValueStore } from '../types';
import { FacilitatorConsole } from './console';
import { printReport } from './hotwash-panel';
import type { RemoteExercise } from './remote';
import { ProjectorPage } from './projector-page';
import { every } from './ticker';
import { browserTransport } from './transport';

// The two windows of a facilitated exercise, as the entry point (src/main.ts) starts them:
// `?view=console` and `?view=projector`.

export const PROJECTOR_WINDOW = 'csd-projector';

export interface WindowDeps {
  readonly root: HTMLElement;
  readonly storage: KeyValueStore | null;
  readonly language: Language;
  loadData(): Promise<GameData>;
}

/** A networked room's part of the console (issue 12): the room, its projector's address, and "Run it over the network". */
export interface NetConsoleDeps {
  readonly remote?: RemoteExercise;
  readonly projectorUrl?: string;
  runOnline?(exercise: Exercise): Promise<string | null>;
}

export function startConsole(deps: WindowDeps & NetConsoleDeps & { createAudio(): GameAudio; readonly createComparisonWorker?: () => Worker }): FacilitatorConsole {
  const facilitator = new FacilitatorConsole({
    root: deps.root,
    storage: deps.storage,
    loadData: deps.loadData,
    createAudio: deps.createAudio,
    transport: browserTransport(deps.storage),
    now: () => Date.now(),
    newId: randomId,
    newSeed: () => Math.floor(Math.random() * 1_000_000),
    openProjector: () => void window.open(deps.projectorUrl ?? '?view=projector', PROJECTOR_WINDOW),
    printReport: (html) => printReport(html),
    download,
    leave: () => window.location.assign(window.location.pathname),
    every,
    createComparisonWorker: deps.createComparisonWorker,
    ...(deps.remote ? { remote: deps.remote } : {}),
    ...(deps.runOnline ? { runOnline: deps.runOnline } : {}),
  }, deps.language);
  void facilitator.start();
  return facilitator;
}

export function startProjector(deps: WindowDeps & { loadBoard(stage: HTMLElement): Promise<BoardRenderer> }): ProjectorPage {
  const page = new ProjectorPage({ root: deps.root, transport: browserTransport(deps.storage), loadData: deps.loadData, loadBoard: deps.loadBoard, now: () => Date.now(), every }, readPrefs(deps.storage, deps.language).language);
  page.start();
  return page;
}
