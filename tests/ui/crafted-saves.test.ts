// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AUTOSAVE_KEY, UNREADABLE_KEY } from '../../src/ui/autosave';
import { button } from './dom';
import { memoryStore } from './fakes';
import { launch, newGame, playTurn } from './harness';

// Save files crafted to break the loader (tests/corpus/saves: each input with the fragment its
// message must contain). Whatever a file holds, loading it gives the usual clear message, quotes at
// most a short excerpt of it, and leaves the current game exactly as it was; as the autosave, it
// is set aside rather than offered again.

const DIR = join(import.meta.dirname, '../corpus/saves');
const corpus = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((file) => [file, readFileSync(join(DIR, file), 'utf8'), readFileSync(join(DIR, file.replace(/\.json$/, '.expected.txt')), 'utf8').trim()] as const);

/** Longer than any message about a save needs: a message that quotes a whole crafted value is not. */
const MAX_MESSAGE = 400;

afterEach(() => {
  document.body.replaceChildren();
});

describe('the corpus', () => {
  it('has inputs, each with the message it must give', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(40);
    for (const [file, , expected] of corpus) expect(expected, file).not.toBe('');
  });
});

describe('a save file with a very long name', () => {
  it('is named in the message by a short excerpt of it', async () => {
    const ui = launch();
    const name = `${'x'.repeat(300)}.json`;
    ui.importFile('not json', name);
    await vi.waitFor(() => expect(ui.message().hidden).toBe(false));
    expect(ui.message().textContent).toMatch(/^x{60}… is not a save file: it is not valid JSON\.$/);
  });
});

describe.each(corpus)('a crafted save, %s', (file, text, expected) => {
  it('loaded over a game: the usual message, short, and the game unchanged', async () => {
    const ui = launch();
    await newGame(ui);
    playTurn(ui);
    const before = { heading: ui.heading(), text: ui.panel().textContent, save: ui.store.data.get(AUTOSAVE_KEY) };
    ui.importFile(text, file);
    await vi.waitFor(() => expect(ui.message().hidden).toBe(false));
    const message = ui.message().textContent ?? '';
    expect(message).toContain(expected);
    expect(message).toContain('Your current game is unchanged.');
    expect(message.length).toBeLessThanOrEqual(MAX_MESSAGE);
    expect({ heading: ui.heading(), text: ui.panel().textContent, save: ui.store.data.get(AUTOSAVE_KEY) }).toEqual(before);
    // The game goes on.
    playTurn(ui);
    expect(ui.message().hidden).toBe(true);
  });

  it('loaded from the title: no game to speak of', async () => {
    const ui = launch();
    ui.importFile(text, file);
    await vi.waitFor(() => expect(ui.message().hidden).toBe(false));
    expect(ui.message().textContent).toContain(expected);
    expect(ui.message().textContent).not.toContain('current game');
    expect(ui.heading()).toBe('Critical Strategic Decisions');
  });

  it('in Spanish: a Spanish message, English only in the details', async () => {
    const ui = launch({ language: 'es' });
    await vi.waitFor(() => expect(ui.panel()).toBeTruthy());
    ui.importFile(text, file);
    await vi.waitFor(() => expect(ui.message().hidden).toBe(false));
    const main = ui.message().querySelector('.main')?.textContent ?? '';
    expect(main).not.toContain(expected);
    expect(main).not.toBe('');
    expect(main).not.toMatch(/\b(is|was|the|cannot|game|saved|current)\b/i);
    const details = ui.message().querySelector('.details');
    if (details) expect(details.querySelector('[lang="en"]')).not.toBeNull();
  });

  it('as the autosave: reported, set aside, and not offered again', async () => {
    const store = memoryStore({ [AUTOSAVE_KEY]: text });
    const ui = launch({ store });
    const resume = [...ui.panel().querySelectorAll('button')].find((b) => b.textContent === 'Resume the saved game');
    if (resume) {
      resume.click();
      await vi.waitFor(() => expect(ui.message().hidden).toBe(false));
      expect(ui.message().textContent).toContain(expected);
      expect((ui.message().textContent ?? '').length).toBeLessThanOrEqual(MAX_MESSAGE);
    }
    await vi.waitFor(() => expect(ui.panel().textContent).toContain('A saved game could not be read'));
    expect(ui.panel().textContent).not.toContain('Resume the saved game');
    expect(store.data.get(UNREADABLE_KEY)).toBe(text);
    expect(button(ui.panel(), 'Download the unreadable save')).toBeTruthy();
  });
});
