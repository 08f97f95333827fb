// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadGameData } from '../../src/data';
import type * as Engine from '../../src/engine';
import { App } from '../../src/ui/app';
import { AUTOSAVE_KEY } from '../../src/ui/autosave';
import { button } from './dom';
import { memoryStore, recordingAudio, recordingBoard } from './fakes';
import { at, playUntil } from './play';

// Resuming a save replays its moves once: the machine that checked them is the one the game goes
// on with. Counted at the engine: a new game is created once, and each move is applied once.

const counted = vi.hoisted(() => ({ createGame: 0, applyAction: 0 }));

vi.mock('../../src/engine', async (importOriginal) => {
  const engine = await importOriginal<typeof Engine>();
  return {
    ...engine,
    createGame: (...args: Parameters<typeof engine.createGame>) => {
      counted.createGame++;
      return engine.createGame(...args);
    },
    applyAction: (...args: Parameters<typeof engine.applyAction>) => {
      counted.applyAction++;
      return engine.applyAction(...args);
    },
  };
});

const data = loadGameData();

afterEach(() => {
  document.body.replaceChildren();
});

describe('resuming a save', () => {
  it('replays its moves once', async () => {
    // A solo US game saved in the report of 2015, after a few years of moves.
    const actor = playUntil(['us'], 5, at('report', 2015));
    const { scenario, game, moves } = actor.getSnapshot().context;
    if (!scenario || !game) throw new Error('no game');
    const save = data.serializeSave({ scenario: scenario.id, config: game.config, moves, savedAt: '2025-03-09T22:15:00.000Z' });
    // Each move but a DELEGATE is one engine action (a DELEGATE is the computer's step).
    const applied = moves.filter((m) => m.type !== 'DELEGATE').length;
    expect(applied).toBeGreaterThan(5);

    const root = document.createElement('div');
    document.body.replaceChildren(root);
    const app = new App(
      { root, storage: memoryStore({ [AUTOSAVE_KEY]: save }), loadData: async () => data, loadBoard: async () => recordingBoard(), createAudio: () => recordingAudio(), newSeed: () => 5, now: () => '' },
      'en',
    );
    app.start();
    counted.createGame = 0;
    counted.applyAction = 0;
    button(root.querySelector('#panel') as HTMLElement, 'Resume the saved game').click();
    await vi.waitFor(() => expect(root.querySelector('#panel h2')?.textContent).toBe('The year 2015: what changed and why'));
    expect(counted).toEqual({ createGame: 1, applyAction: applied });
  });
});
