import type { GameAudio, SoundName } from '../../src/audio';
import type { ToolbarActions } from '../../src/ui/toolbar';
import type { ComparisonAnswer, ComparisonAsk } from '../../src/sim/debrief-comparisons';
import type { BoardCue, BoardRenderer, DebriefLabels, OptionCardView } from '../../src/ui/board/board';
import type { Debrief } from '../../src/ui/debrief/debrief-data';
import type { KeyValueStore } from '../../src/ui/types';
import type { BoardView } from '../../src/ui/view/board-view';
import { answerComparison } from '../../src/workers/answer-comparison';

// Stand-ins for what the entry point hands the app: storage, the Phaser board, the sound and the
// comparison worker.

export function memoryStore(initial: Record<string, string> = {}): KeyValueStore & { readonly data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, String(value)),
    removeItem: (key) => void data.delete(key),
  };
}

export type BoardCall =
  | { readonly kind: 'showTitle'; readonly title: string; readonly subtitle: string }
  | { readonly kind: 'showBoard'; readonly view: BoardView; readonly cues: readonly BoardCue[] }
  | { readonly kind: 'showOptions'; readonly cards: readonly OptionCardView[] }
  | { readonly kind: 'hideOptions' }
  | { readonly kind: 'showDebrief'; readonly debrief: Debrief; readonly labels: DebriefLabels }
  | { readonly kind: 'setTextScale'; readonly scale: number }
  | { readonly kind: 'destroy' };

/** A board that draws nothing and records what it was asked to draw. */
export function recordingBoard(): BoardRenderer & { readonly calls: BoardCall[] } {
  const calls: BoardCall[] = [];
  return {
    calls,
    showTitle: (title, subtitle) => void calls.push({ kind: 'showTitle', title, subtitle }),
    showBoard: (view, cues) => void calls.push({ kind: 'showBoard', view, cues: [...cues] }),
    showOptions: (cards) => void calls.push({ kind: 'showOptions', cards: [...cards] }),
    hideOptions: () => void calls.push({ kind: 'hideOptions' }),
    showDebrief: (debrief, labels) => void calls.push({ kind: 'showDebrief', debrief, labels }),
    setTextScale: (scale) => void calls.push({ kind: 'setTextScale', scale }),
    destroy: () => void calls.push({ kind: 'destroy' }),
  };
}

/** Sound that plays nothing and records what it was asked to play. */
export function recordingAudio(): GameAudio & { readonly played: SoundName[] } {
  const played: SoundName[] = [];
  return {
    played,
    play: (name) => void played.push(name),
    muted: false,
    volume: 0.7,
    setMuted(muted) {
      (this as { muted: boolean }).muted = muted;
    },
    setVolume(volume) {
      (this as { volume: number }).volume = volume;
    },
    ready: Promise.resolve(),
  };
}

/**
 * A comparison worker (src/workers/comparison-worker.ts) the test answers by hand. What the page
 * posts goes through `structuredClone`, as it would to a real worker.
 */
export function manualWorker() {
  const worker = {
    asked: [] as ComparisonAsk[],
    /** What the worker posted back to the page. */
    answered: [] as ComparisonAnswer[],
    terminated: false,
    onmessage: null as ((event: MessageEvent<ComparisonAnswer>) => void) | null,
    onerror: null as ((event: ErrorEvent) => void) | null,
    onmessageerror: null as ((event: MessageEvent) => void) | null,
    postMessage(message: ComparisonAsk) {
      worker.asked.push(structuredClone(message));
    },
    terminate() {
      worker.terminated = true;
    },
    answer(answer: ComparisonAnswer) {
      worker.answered.push(answer);
      worker.onmessage?.({ data: structuredClone(answer) } as MessageEvent<ComparisonAnswer>);
    },
    /** As a worker whose script fails to load or throws. */
    fail(message: string) {
      worker.onerror?.({ message, preventDefault() {} } as ErrorEvent);
    },
  };
  return worker;
}

/** A worker that answers in this process, after a pause, with what the real worker would post. */
export function inProcessWorker() {
  const worker = manualWorker();
  worker.postMessage = (message) => {
    worker.asked.push(structuredClone(message));
    setTimeout(() => answerComparison(structuredClone(message), (answer) => !worker.terminated && worker.answer(answer)), 0);
  };
  return worker;
}

/**
 * Toolbar actions that record what they were asked (`calls`). `textProperty`: step the root's
 * --text-scale as the app does, for tests of a toolbar that measures itself.
 */
export function recordingToolbarActions(options: { textProperty?: boolean } = {}): ToolbarActions & { calls: string[] } {
  const calls: string[] = [];
  const record = (name: string) => () => void calls.push(name);
  return {
    calls,
    setLanguage: (l) => void calls.push(`language:${l}`),
    stepText: (d) => {
      calls.push(`text:${d}`);
      if (options.textProperty) document.documentElement.style.setProperty('--text-scale', String(calls.length));
    },
    toggleProjector: record('projector'),
    toggleMute: record('mute'),
    setVolume: (v) => void calls.push(`volume:${v}`),
    openGlossary: record('glossary'),
    reopenBriefing: record('briefing'),
    saveAs: record('saveAs'),
    exportSave: record('export'),
    importSave: record('import'),
    newGame: record('newGame'),
  };
}
