import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newGame, screenshotPath, setLanguage, setProjector, textScale, useServedGame, watchErrors } from './support';

// The toolbar on a phone and in a narrow window (src/ui/toolbar.ts, toolbar-fold.ts): one row, the
// rest in a "More" menu; New game shows on a phone's first screen without scrolling; the bar's
// buttons never stretch tall; a desktop's bar is not folded. A phone on its side (667×375 to
// 932×430) folds too: unfolded, the bar took two rows there, 112 px of the 375 to 430; folded, one,
// 59 px, and the board shows 53 px more of itself.

const served = useServedGame();

async function open(viewport: { width: number; height: number }, language: 'en' | 'es', textScale = 1): Promise<{ page: Page; errors: string[] }> {
  const context = await served.context({ viewport });
  await context.addInitScript((prefs) => {
    if (!localStorage.getItem('csd.prefs')) localStorage.setItem('csd.prefs', prefs);
  }, JSON.stringify({ language, textScale, played: true, projector: false }));
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(served.url);
  await page.locator('#panel .title-screen button.primary').waitFor();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForTimeout(300);
  return { page, errors };
}

/** The bar's height, its rows (the tops of its controls), and the heights of its buttons. */
function bar(page: Page): Promise<{ height: number; rows: number; heights: number[]; folded: boolean; scrollsSideways: boolean }> {
  return page.evaluate(() => {
    const nav = document.querySelector('nav.toolbar') as HTMLElement;
    const controls = [...nav.querySelectorAll<HTMLElement>('button, select, input, summary, .brand')].filter((el) => el.checkVisibility() && !el.closest('#toolbar-more-list, .toolbar-menu-items'));
    // A new row wherever a control starts below the bottom of the row before (a shorter control is
    // centred in its row, so its top is not the row's).
    let rows = 0;
    let bottom = -Infinity;
    for (const box of controls.map((el) => el.getBoundingClientRect())) {
      if (box.top >= bottom - 1) rows += 1;
      bottom = box.top >= bottom - 1 ? box.bottom : Math.max(bottom, box.bottom);
    }
    return {
      height: nav.getBoundingClientRect().height,
      rows,
      heights: controls.filter((el) => el.matches('button, summary')).map((el) => Math.round(el.getBoundingClientRect().height)),
      folded: nav.classList.contains('is-folded'),
      scrollsSideways: document.documentElement.scrollWidth > document.documentElement.clientWidth,
    };
  });
}

/** Opens More from the keyboard and tabs through it: every folded control, in order, by name. */
async function tabThroughMore(page: Page, more: Locator): Promise<void> {
  await more.focus();
  await page.keyboard.press('Enter');
  expect(await more.getAttribute('aria-expanded')).toBe('true');
  const reached: string[] = [];
  for (let i = 0; i < 7; i++) {
    await page.keyboard.press('Tab');
    reached.push(await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent?.trim() ?? ''));
  }
  expect(reached).toEqual(['Language', 'A− Smaller text', 'A+ Larger text', 'Projector', 'Volume', 'Glossary', 'Briefing']);
}

describe('the toolbar on a phone', () => {
  it.each(['en', 'es'] as const)('keeps to one row, and New game shows on the first screen without scrolling (%s)', async (language) => {
    const { page, errors } = await open({ width: 390, height: 844 }, language);
    const b = await bar(page);
    expect(b.folded).toBe(true);
    expect(b.rows).toBe(1);
    expect(b.scrollsSideways).toBe(false);
    const newGameButton = await page.locator('#panel .title-screen button.primary').boundingBox();
    expect(newGameButton && newGameButton.y + newGameButton.height <= 844).toBe(true);
    await page.screenshot({ path: screenshotPath(`toolbar-title-390x844-${language}.png`) });
    expect(errors).toEqual([]);
  });

  it.each(['en', 'es'] as const)('keeps to one row at the largest text size (%s)', async (language) => {
    const { page, errors } = await open({ width: 390, height: 844 }, language, 1.75);
    const b = await bar(page);
    expect(b.rows).toBe(1);
    expect(b.height).toBeLessThan(844 / 8);
    expect(b.scrollsSideways).toBe(false);
    expect(errors).toEqual([]);
  });

  it('reaches every folded control from the keyboard, and Escape closes the menu onto its button', async () => {
    const { page, errors } = await open({ width: 390, height: 844 }, 'en');
    await newGame(page, served.url, { mode: 'Solo, as the United States', seed: 2012 });
    const more = page.locator('.toolbar').getByRole('button', { name: 'More' });
    await tabThroughMore(page, more);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Escape');
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('toolbar-more'))).toBe(true);
    expect(errors).toEqual([]);
  });
});

describe('the toolbar on a phone on its side', () => {
  const shapes = [
    { width: 667, height: 375 },
    { width: 844, height: 390 },
    { width: 932, height: 430 },
  ];
  it.each(shapes.flatMap((shape) => (['en', 'es'] as const).map((language) => ({ ...shape, language }))))(
    'keeps to one row at $width×$height, Projector under More ($language)',
    async ({ width, height, language }) => {
      const { page, errors } = await open({ width, height }, 'en');
      await newGame(page, served.url, { mode: 'Solo, as the United States', seed: 2012 });
      await setLanguage(page, language);
      const b = await bar(page);
      expect(b.folded).toBe(true);
      expect(b.rows).toBe(1);
      expect(b.height).toBeLessThan(70);
      expect(b.scrollsSideways).toBe(false);
      // The Projector toggle is in the More menu, and works from there (as setProjector presses it).
      const projector = page.locator(`#toolbar-more-list [data-control="projector"]`);
      expect(await projector.count()).toBe(1);
      await setProjector(page, true);
      expect(await projector.getAttribute('aria-pressed')).toBe('true');
      expect((await bar(page)).rows).toBe(1);
      await page.screenshot({ path: screenshotPath(`toolbar-game-${width}x${height}-${language}-projector.png`) });
      await setProjector(page, false);
      expect(await projector.getAttribute('aria-pressed')).toBe('false');
      expect(errors).toEqual([]);
    },
  );

  it('at 844×390, works every control from the keyboard: the language, A−/A+, Projector, Mute and the volume', async () => {
    const { page, errors } = await open({ width: 844, height: 390 }, 'en');
    await newGame(page, served.url, { mode: 'Solo, as the United States', seed: 2012 });
    const toolbar = page.locator('.toolbar');
    const more = toolbar.locator('.toolbar-more');
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-control') ?? '');
    await tabThroughMore(page, more);
    // Back to A+: pressed, the text grows and the menu stays open; A− takes it back.
    for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+Tab');
    expect(await focused()).toBe('larger');
    await page.keyboard.press('Enter');
    expect(await textScale(page)).toBe('1.2');
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    expect(await textScale(page)).toBe('1');
    // Projector, on and off.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('projector');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.documentElement.classList.contains('projector'));
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !document.documentElement.classList.contains('projector'));
    // The volume, a step down (kept with the sound's settings).
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('volume');
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction(() => (JSON.parse(localStorage.getItem('csd.audio') ?? '{}') as { volume?: number }).volume === 0.65);
    // Escape closes the menu onto its button.
    await page.keyboard.press('Escape');
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    expect(await focused()).toBe('more');
    // The language, chosen in the menu: the bar and the panel are worded again. (The panel, drawn
    // again, takes the focus, as it does on a phone held upright.)
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('language');
    const before = await page.locator('#panel').textContent();
    await page.locator('#language-select').selectOption('es');
    await page.waitForFunction((text) => document.querySelector('#panel')?.textContent !== text, before);
    expect(await more.textContent()).toBe('Más');
    // Mute stays on the bar.
    const mute = page.locator('.toolbar > [data-control="mute"]');
    await mute.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('.toolbar [data-control="mute"]')?.getAttribute('aria-pressed') === 'true');
    expect((await bar(page)).rows).toBe(1);
    expect(errors).toEqual([]);
  });
});

describe('the toolbar in a window', () => {
  it('at 700 px: two rows at most, and no button stretched taller than the others', async () => {
    const { page, errors } = await open({ width: 700, height: 900 }, 'en');
    await newGame(page, served.url, { mode: 'Solo, as the United States', seed: 2012 });
    await page.waitForTimeout(300);
    const b = await bar(page);
    expect(b.rows).toBeLessThanOrEqual(2);
    expect(new Set(b.heights).size).toBe(1);
    await page.screenshot({ path: screenshotPath('toolbar-game-700x900-en.png') });
    expect(errors).toEqual([]);
  });

  it.each([
    { width: 1280, height: 720, textScale: 1, rows: 1 },
    { width: 1280, height: 720, textScale: 1.75, rows: 2 },
    { width: 1920, height: 1080, textScale: 1.75, rows: 2 },
  ])('is not folded at $width×$height, text ×$textScale', async ({ width, height, textScale, rows }) => {
    const { page, errors } = await open({ width, height }, 'es', textScale);
    const b = await bar(page);
    expect(b.folded).toBe(false);
    expect(b.rows).toBeLessThanOrEqual(rows);
    expect(errors).toEqual([]);
  });
});
