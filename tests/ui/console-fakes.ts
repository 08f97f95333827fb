import { vi } from 'vitest';
import type { ConsoleDeps } from '../../src/ui/console/console-deps';
import { channelTransport, memoryChannels } from '../../src/ui/console/transport';
import type { GameData, KeyValueStore } from '../../src/ui/types';
import { recordingAudio } from './fakes';

/**
 * A facilitator console's dependencies for a test: `data` at once, `store` for storage (and for the
 * rooms' channel), recorded sound, a fixed clock, id and seed, no window, print or download of the
 * browser's, and no ticking (tests call `tick` themselves). `overrides` replace any of them.
 */
export function consoleDeps(root: HTMLElement, data: GameData, store: KeyValueStore | null, overrides: Partial<ConsoleDeps> = {}): ConsoleDeps {
  return {
    root,
    storage: store,
    loadData: async () => data,
    createAudio: () => recordingAudio(),
    transport: channelTransport(memoryChannels()(), store),
    now: () => Date.UTC(2026, 2, 9, 9),
    newId: () => 'ex-1',
    newSeed: () => 11,
    openProjector: vi.fn(),
    printReport: () => true,
    download: vi.fn(),
    leave: vi.fn(),
    every: () => () => {},
    ...overrides,
  };
}
