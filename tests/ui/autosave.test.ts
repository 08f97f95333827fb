import { describe, expect, it } from 'vitest';
import {
  AUTOSAVE_KEY,
  clearAutosave,
  readAutosave,
  readUnreadable,
  saveName,
  setAsideAutosave,
  supersedes,
  UNREADABLE_KEY,
  unwrapAutosave,
  wrapAutosave,
  writeAutosave,
} from '../../src/ui/autosave';
import type { KeyValueStore, SaveData } from '../../src/ui/types';
import { config, seats } from '../helpers';
import { memoryStore } from './fakes';
import { sc } from './play';

// The game saves itself after every phase. Storage may be missing, full or forbidden (private
// browsing): the game must go on whatever the store does.

const refusing: KeyValueStore = {
  getItem: () => {
    throw new Error('SecurityError: storage is disabled');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
  removeItem: () => {
    throw new Error('SecurityError: storage is disabled');
  },
};

describe('the autosave', () => {
  it('writes, reads back and clears the saved game under its own key', () => {
    const store = memoryStore({ 'csd.prefs': '{"language":"es"}' });
    expect(readAutosave(store)).toBeNull();
    expect(writeAutosave(store, '{"a":1}')).toBe(true);
    expect(store.data.get(AUTOSAVE_KEY)).toBe('{"a":1}');
    expect(readAutosave(store)).toBe('{"a":1}');
    expect(writeAutosave(store, '{"a":2}')).toBe(true);
    expect(readAutosave(store)).toBe('{"a":2}');
    clearAutosave(store);
    expect(readAutosave(store)).toBeNull();
    // Other keys (preferences, sound) are left alone.
    expect(store.data.get('csd.prefs')).toBe('{"language":"es"}');
  });

  it('does nothing, quietly, without a store', () => {
    expect(writeAutosave(null, 'x')).toBe(false);
    expect(readAutosave(null)).toBeNull();
    expect(() => clearAutosave(null)).not.toThrow();
  });

  it('never throws when the store refuses', () => {
    expect(() => writeAutosave(refusing, 'x')).not.toThrow();
    expect(writeAutosave(refusing, 'x')).toBe(false);
    expect(readAutosave(refusing)).toBeNull();
    expect(() => clearAutosave(refusing)).not.toThrow();
  });

  it('reports a full store as a failed write and keeps the previous save', () => {
    const store = memoryStore({ [AUTOSAVE_KEY]: 'previous' });
    const full: KeyValueStore = { ...store, setItem: refusing.setItem };
    expect(writeAutosave(full, 'next')).toBe(false);
    expect(readAutosave(store)).toBe('previous');
  });
});

describe('what an autosave holds', () => {
  const file = JSON.stringify({ format: 'critical-strategic-decisions/save', version: 2, moves: [{ type: 'CONTINUE' }, { type: 'DELEGATE' }] }, null, 1);

  it('is the save file, with its game and the tab that wrote it', () => {
    const raw = wrapAutosave(file, { game: 'g1', tab: 't1' });
    expect(unwrapAutosave(raw)).toEqual({ raw, text: file, game: 'g1', tab: 't1', moves: [{ type: 'CONTINUE' }, { type: 'DELEGATE' }], readable: true });
  });

  it('is read from a bare save file too (as written before games had ids)', () => {
    expect(unwrapAutosave(file)).toMatchObject({ text: file, game: null, moves: [{ type: 'CONTINUE' }, { type: 'DELEGATE' }], readable: true });
  });

  it.each(['', 'not json', 'null', '[]', '42', '{"format":{"toString":1}}', '{"kind":"critical-strategic-decisions/autosave","game":"g","save":null}'])('is unreadable, without throwing, when it is %j', (raw) => {
    expect(unwrapAutosave(raw)).toMatchObject({ raw, readable: false });
  });

  it('is superseded only by the same game with the same first moves', () => {
    const stored = unwrapAutosave(wrapAutosave(file, { game: 'g1', tab: 't1' }));
    expect(supersedes({ game: 'g1', moves: [{ type: 'CONTINUE' }, { type: 'DELEGATE' }] }, stored)).toBe(true);
    expect(supersedes({ game: 'g1', moves: [{ type: 'CONTINUE' }, { type: 'DELEGATE' }, { type: 'CONTINUE' }] }, stored)).toBe(true);
    expect(supersedes({ game: 'g1', moves: [{ type: 'CONTINUE' }] }, stored)).toBe(false);
    expect(supersedes({ game: 'g1', moves: [{ type: 'CONTINUE' }, { type: 'CONTINUE' }] }, stored)).toBe(false);
    expect(supersedes({ game: 'g2', moves: [{ type: 'CONTINUE' }, { type: 'DELEGATE' }] }, stored)).toBe(false);
    expect(supersedes({ game: 'g1', moves: [] }, unwrapAutosave('not json'))).toBe(false);
  });

  it('is set aside, not lost, when it cannot be read; left in place when the store refuses', () => {
    const store = memoryStore({ [AUTOSAVE_KEY]: 'broken' });
    expect(setAsideAutosave(store, 'broken')).toBe(true);
    expect(readAutosave(store)).toBeNull();
    expect(readUnreadable(store)).toBe('broken');
    expect(store.data.get(UNREADABLE_KEY)).toBe('broken');
    const full = memoryStore({ [AUTOSAVE_KEY]: 'broken' });
    expect(setAsideAutosave({ ...full, setItem: refusing.setItem }, 'broken')).toBe(false);
    expect(readAutosave(full)).toBe('broken');
  });
});

describe('saveName', () => {
  it('names an exported save by scenario, seed and day', () => {
    const save: SaveData = { scenario: sc.id, config: config(sc, { seed: 77, seats: seats(['us']) }), moves: [], savedAt: '2025-03-09T22:15:00.000Z' };
    expect(saveName(save)).toBe('csd-transition-2012-seed77-2025-03-09.json');
  });
});
