// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createStrings } from '../../src/i18n';
import { MORE_LIST_ID, renderToolbar, type ToolbarState } from '../../src/ui/toolbar';
import { chooseFold, FOLD_BELOW_PX, type FoldLevel, type ToolbarLayout } from '../../src/ui/toolbar-fold';
import { button, expectAccessible } from './dom';
import { recordingToolbarActions } from './fakes';

// The toolbar folds into one row and a "More" menu on a phone or when it would take more than two
// rows. happy-dom lays nothing out, so the bar's width and rows come from a stand-in layout.

afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.removeAttribute('style');
});

describe('chooseFold', () => {
  // [width, rows the bar takes at levels 0..3, the level chosen, the levels tried, must it fold]
  const cases: [string, number, readonly number[], FoldLevel, FoldLevel[], boolean?][] = [
    ['nothing laid out (a test DOM)', 0, [9, 9, 9, 9], 0, []],
    ['a desktop on one row', 1280, [1, 1, 1, 1], 0, [0]],
    ['a desktop on two rows (the largest text)', 1280, [2, 1, 1, 1], 0, [0]],
    ['a window where the bar would take three rows', 700, [3, 1, 1, 1], 1, [0, 1]],
    ['a phone: folded whatever it holds, the brand kept if it fits', FOLD_BELOW_PX - 1, [1, 1, 1, 1], 1, [1]],
    ['a phone: the brand dropped', 390, [4, 2, 1, 1], 2, [1, 2]],
    ['a phone at the largest text: the mute button into the menu too', 390, [6, 3, 2, 1], 3, [1, 2, 3]],
    ['nothing fits: the last level all the same', 390, [6, 3, 3, 2], 3, [1, 2, 3]],
    ['a phone on its side: folded although two rows would do', 844, [2, 1, 1, 1], 1, [1], true],
    ['a phone on its side at the largest text: the brand dropped', 667, [3, 2, 1, 1], 2, [1, 2], true],
  ];
  it.each(cases)('%s', (_what, width, rows, chosen, tried, mustFold) => {
    const seen: FoldLevel[] = [];
    expect(chooseFold(width, (level) => (seen.push(level), rows[level] ?? 0), mustFold)).toBe(chosen);
    expect(seen).toEqual(tried);
  });
});

const actions = () => recordingToolbarActions({ textProperty: true });

function toolbar(state: Partial<ToolbarState> = {}, layout: ToolbarLayout = fake(390, 4)) {
  const nav = document.body.appendChild(document.createElement('nav'));
  const acts = actions();
  const full: ToolbarState = { t: createStrings(state.language ?? 'en').t, language: 'en', projector: false, muted: false, volume: 0.7, inGame: true, ...state };
  renderToolbar(nav, full, acts, layout);
  const more = () => nav.querySelector('.toolbar-more') as HTMLButtonElement;
  const list = () => nav.querySelector(`#${MORE_LIST_ID}`) as HTMLElement;
  return { nav, acts, more, list, again: (changes: Partial<ToolbarState>) => renderToolbar(nav, { ...full, ...changes }, acts, layout) };
}

/** A stand-in layout whose width and unfolded rows a test can change. */
function fake(width: number, wideRows: number): ToolbarLayout & { set(width: number, wideRows: number): void } {
  let w = width;
  let rows = wideRows;
  return {
    width: () => w,
    // Folded, the brand fits beside the controls from FOLD_BELOW_PX up.
    rows: (nav) => (!nav.classList.contains('is-folded') ? rows : nav.querySelector('.brand') && w < FOLD_BELOW_PX ? 2 : 1),
    set(width2, wideRows2) {
      w = width2;
      rows = wideRows2;
    },
  };
}

const names = (root: Element) => [...root.querySelectorAll('button, select, input, summary')].map((el) => el.getAttribute('aria-label') ?? el.textContent?.trim());
/** The controls on the bar itself, not in either menu's list. */
const onBar = (nav: Element) => names(nav).filter((_n, i) => !nav.querySelectorAll('button, select, input, summary')[i]?.closest(`#${MORE_LIST_ID}, .toolbar-menu-items`));

describe('the folded toolbar', () => {
  it('keeps the sound and the Game menu on a phone and puts the view, the volume and help in a More menu', () => {
    const { nav, more, list } = toolbar();
    expectAccessible(nav);
    expect(nav.classList.contains('is-folded')).toBe(true);
    expect(nav.querySelector('.brand')).toBeNull();
    expect([...nav.children].map((c) => c.tagName.toLowerCase() + (c.id ? `#${c.id}` : ''))).toEqual(['button', 'details', 'button', `div#${MORE_LIST_ID}`]);
    expect(onBar(nav)).toEqual(['Mute', 'Game', 'More']);
    expect(more().textContent).toBe('More');
    expect(more().getAttribute('aria-expanded')).toBe('false');
    expect(more().getAttribute('aria-controls')).toBe(list().id);
    expect(list().hidden).toBe(true);
    // The list comes right after its button, so that Tab goes from one into the other.
    expect(more().nextElementSibling).toBe(list());
    expect(names(list())).toEqual(['Language', 'A− Smaller text', 'A+ Larger text', 'Projector', 'Volume', 'Glossary', 'Briefing']);
    // Every control of the unfolded bar is still there, once.
    const wide = toolbar({}, fake(1280, 1));
    expect(wide.more()).toBeNull();
    expect(names(nav).filter((n) => n !== 'More').sort()).toEqual(names(wide.nav).sort());
  });

  it('is worded in Spanish, and outside a game offers loading a file in the menu', () => {
    const { more, list, nav } = toolbar({ language: 'es', inGame: false });
    expect(more().textContent).toBe('Más');
    expect(nav.querySelector('details')).toBeNull();
    expect(names(list())).toEqual(['Idioma', 'A− Texto más pequeño', 'A+ Texto más grande', 'Proyector', 'Volumen', 'Glosario', 'Cargar un archivo de partida']);
    expect(list().querySelector('label.toolbar-field')?.textContent).toBe('Volumen');
  });

  it('opens and closes its list: the button, Escape (focus back on the button), a press elsewhere, a dialog opened from it', () => {
    const { nav, acts, more, list } = toolbar();
    more().click();
    expect(more().getAttribute('aria-expanded')).toBe('true');
    expect(list().hidden).toBe(false);
    // Text size is stepped with the list open, as often as wanted.
    button(list(), /^A\+/).click();
    button(list(), /^A\+/).click();
    expect(list().hidden).toBe(false);
    button(list(), 'Projector').focus();
    list().dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(list().hidden).toBe(true);
    expect(more().getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(more());
    more().click();
    button(nav, 'Mute').dispatchEvent(new Event('pointerdown', { bubbles: true }));
    expect(list().hidden).toBe(true);
    more().click();
    button(list(), 'Glossary').click();
    expect(list().hidden).toBe(true);
    more().click();
    more().click();
    expect(list().hidden).toBe(true);
    expect(acts.calls).toEqual(['text:1', 'text:1', 'glossary']);
  });

  it('lets Escape through to the page when the list is closed', () => {
    const { nav } = toolbar();
    let reached = false;
    document.addEventListener('keydown', () => (reached = true), { once: true });
    nav.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(reached).toBe(true);
  });

  it('stays open, with the focus on the same control, when the bar is drawn again (a language chosen in it)', () => {
    const { more, list, again } = toolbar();
    more().click();
    (list().querySelector('select') as HTMLSelectElement).focus();
    again({ language: 'es', t: createStrings('es').t });
    expect(more().textContent).toBe('Más');
    expect(list().hidden).toBe(false);
    expect(document.activeElement).toBe(list().querySelector('select'));
  });

  it('folds on a wide screen only when the bar would take more than two rows, and unfolds again', () => {
    const layout = fake(1280, 2);
    const { nav, more, again } = toolbar({}, layout);
    expect(more()).toBeNull();
    expect(nav.querySelector('.brand')?.textContent).toBe('Critical Strategic Decisions');
    layout.set(700, 3);
    again({});
    expect(nav.classList.contains('is-folded')).toBe(true);
    // There is room for the brand on the folded row here.
    expect(nav.querySelector('.brand')).not.toBeNull();
    layout.set(1280, 2);
    again({});
    expect(nav.classList.contains('is-folded')).toBe(false);
    expect(more()).toBeNull();
  });

  it('opens the menu when the control that has the focus folds into it (A+ pressed until the bar overflows)', () => {
    const layout = fake(800, 2);
    const { nav, acts, more, list } = toolbar({}, layout);
    const larger = button(nav, /^A\+/);
    larger.focus();
    layout.set(800, 3);
    larger.click();
    expect(acts.calls).toEqual(['text:1']);
    expect(nav.classList.contains('is-folded')).toBe(true);
    expect(more().getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(button(list(), /^A\+/));
  });

  it('puts the mute button in the menu too when even the short row does not fit', () => {
    const { nav, list } = toolbar({ muted: true }, { width: () => 390, rows: (n) => (n.querySelector(':scope > [data-control="mute"]') ? 2 : 1) });
    expect(onBar(nav)).toEqual(['Game', 'More']);
    expect(button(list(), 'Unmute').getAttribute('aria-pressed')).toBe('true');
  });
});

describe('the toolbar on a phone on its side', () => {
  /** A stand-in at 844 px whose unfolded bar takes two rows, on a screen short or not. */
  function sideways(short: boolean): ToolbarLayout & { short: boolean } {
    return { short, width: () => 844, rows: (nav) => (nav.classList.contains('is-folded') ? 1 : 2), shortScreen() { return this.short; } };
  }

  it('folds to one row with the view, the volume and help under More, though two rows would fit its width', () => {
    const { nav, list } = toolbar({}, sideways(true));
    expect(nav.classList.contains('is-folded')).toBe(true);
    expect(onBar(nav)).toEqual(['Mute', 'Game', 'More']);
    expect(nav.querySelector('.brand')).not.toBeNull();
    expect(names(list())).toEqual(['Language', 'A− Smaller text', 'A+ Larger text', 'Projector', 'Volume', 'Glossary', 'Briefing']);
    // The same width on a taller screen keeps its two rows.
    expect(toolbar({}, sideways(false)).nav.classList.contains('is-folded')).toBe(false);
  });

  it('works the language, A−/A+, Projector and the volume from the menu', () => {
    const { nav, acts, more, list } = toolbar({}, sideways(true));
    more().click();
    const select = list().querySelector('select') as HTMLSelectElement;
    select.value = 'es';
    select.dispatchEvent(new Event('change'));
    button(list(), /^A−/).click();
    button(list(), /^A\+/).click();
    button(list(), 'Projector').click();
    const volume = list().querySelector('input[type="range"]') as HTMLInputElement;
    volume.value = '40';
    volume.dispatchEvent(new Event('change'));
    button(nav, 'Mute').click();
    expect(acts.calls).toEqual(['language:es', 'text:-1', 'text:1', 'projector', 'volume:0.4', 'mute']);
  });

  it('folds when the window turns short, though the bar keeps its width', async () => {
    const layout = sideways(false);
    const { nav } = toolbar({}, layout);
    expect(nav.classList.contains('is-folded')).toBe(false);
    layout.short = true;
    window.dispatchEvent(new Event('resize'));
    await new Promise((done) => requestAnimationFrame(done));
    expect(nav.classList.contains('is-folded')).toBe(true);
  });
});

describe('the focus when the bar folds on a resize', () => {
  it('moves from a control that folded away to the More button, and leaves the menu closed', () => {
    const layout = fake(1280, 1);
    const { nav, more, again } = toolbar({}, layout);
    button(nav, /^A\+/).focus();
    layout.set(390, 3);
    again({});
    expect(more().getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(more());
  });
});
