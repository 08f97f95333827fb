// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStrings } from '../../src/i18n';
import { readPrefs, stepTextScale, TEXT_SCALES, writePrefs } from '../../src/ui/prefs';
import { renderToolbar, type ToolbarState } from '../../src/ui/toolbar';
import { button, expectAccessible } from './dom';
import { memoryStore, recordingToolbarActions } from './fakes';

afterEach(() => document.body.replaceChildren());

const actions = () => recordingToolbarActions();

function toolbar(state: Partial<ToolbarState> = {}) {
  const nav = document.body.appendChild(document.createElement('nav'));
  const acts = actions();
  renderToolbar(nav, { t: createStrings(state.language ?? 'en').t, language: 'en', projector: false, muted: false, volume: 0.7, inGame: true, ...state }, acts);
  return { nav, acts, menu: () => nav.querySelector('details') as HTMLDetailsElement };
}

describe('the toolbar', () => {
  it("puts the game's file actions in a Game menu during a game, and each does its job and closes the menu", () => {
    const { nav, acts, menu } = toolbar();
    expectAccessible(nav);
    expect(menu().querySelector('summary')?.textContent).toBe('Game');
    expect([...menu().querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Save as…', 'Export save', 'Load a save file', 'New game']);
    // Outside the menu: the view, the sound and help.
    const outside = [...nav.querySelectorAll('button')].filter((b) => !menu().contains(b)).map((b) => b.textContent);
    expect(outside).toEqual(['A− Smaller text', 'A+ Larger text', 'Projector', 'Mute', 'Glossary', 'Briefing']);
    menu().open = true;
    button(menu(), 'New game').click();
    expect(acts.calls).toEqual(['newGame']);
    expect(menu().open).toBe(false);
  });

  it('closes the menu on Escape with the focus back on it, and on a click elsewhere', () => {
    const { nav, menu } = toolbar();
    menu().open = true;
    button(menu(), 'Export save').focus();
    menu().dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(menu().open).toBe(false);
    expect(document.activeElement).toBe(menu().querySelector('summary'));
    menu().open = true;
    button(nav, 'Glossary').dispatchEvent(new Event('pointerdown', { bubbles: true }));
    expect(menu().open).toBe(false);
  });

  it('offers only loading a file outside a game, with no menu and no briefing', () => {
    const { nav, acts } = toolbar({ inGame: false });
    expect(nav.querySelector('details')).toBeNull();
    expect(nav.textContent).not.toMatch(/Briefing|Save as|New game/);
    button(nav, 'Load a save file').click();
    expect(acts.calls).toEqual(['import']);
  });

  it('is worded in Spanish, the pressed toggles say so, and the controls reach their actions', () => {
    const { nav, acts, menu } = toolbar({ language: 'es', projector: true, muted: true });
    expect(menu().querySelector('summary')?.textContent).toBe('Partida');
    expect(button(nav, 'Proyector').getAttribute('aria-pressed')).toBe('true');
    expect(button(nav, 'Activar sonido').getAttribute('aria-pressed')).toBe('true');
    const select = nav.querySelector('select') as HTMLSelectElement;
    select.value = 'es';
    select.dispatchEvent(new Event('change'));
    const range = nav.querySelector('input[type="range"]') as HTMLInputElement;
    range.value = '40';
    range.dispatchEvent(new Event('change'));
    button(nav, /^A\+/).click();
    expect(acts.calls).toEqual(['language:es', 'volume:0.4', 'text:1']);
  });
});

describe('the preferences', () => {
  it('step the text scale and stop at either end', () => {
    expect(stepTextScale(1, 1)).toBe(1.2);
    expect(stepTextScale(TEXT_SCALES[TEXT_SCALES.length - 1] ?? 0, 1)).toBe(TEXT_SCALES[TEXT_SCALES.length - 1]);
    expect(stepTextScale(TEXT_SCALES[0] ?? 0, -1)).toBe(TEXT_SCALES[0]);
    // A scale that is not a step (an edited store) starts from the default.
    expect(stepTextScale(3, -1)).toBe(0.85);
  });

  it('read back what was written, and fall back to defaults field by field for anything else', () => {
    const store = memoryStore();
    writePrefs(store, { language: 'es', textScale: 1.45, played: true, projector: true });
    expect(readPrefs(store, 'en')).toEqual({ language: 'es', textScale: 1.45, played: true, projector: true });
    store.setItem('csd.prefs', JSON.stringify({ language: 'fr', textScale: 9, played: 'yes', projector: 1 }));
    expect(readPrefs(store, 'en')).toEqual({ language: 'en', textScale: 1, played: false, projector: false });
    store.setItem('csd.prefs', '{not json');
    expect(readPrefs(store, 'es')).toEqual({ language: 'es', textScale: 1, played: false, projector: false });
    const full = { getItem: () => null, setItem: vi.fn(() => { throw new Error('QuotaExceededError'); }), removeItem: () => undefined };
    expect(() => writePrefs(full, { language: 'en', textScale: 1, played: false, projector: false })).not.toThrow();
  });
});
