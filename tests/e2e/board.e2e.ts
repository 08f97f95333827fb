import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createServer, type PreviewServer, type ViteDevServer } from 'vite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { BoardLabelReport } from '../../src/ui/board/labels';
import { launch, newGame, readThrough, play, ROOT, screenshotPath, serve, watchErrors } from './support';

// Issue 10 on the board: the big moments staged across it (a banner per moment, queued, moved on
// by a click or Escape), the year's cards clickable to read them, the option cards clickable at
// the transition, and a canvas drawn at the screen's device pixels. What the board shows is read
// from data- attributes on its canvas (src/ui/board/room.ts, moment-scene.ts, phaser-board.ts):
//   data-moment           the kind of moment on stage ('' when none)
//   data-moments-shown    how many have come on stage
//   data-moments-waiting  how many wait behind it
//   data-cards / data-card-strip   the year's card count and how the strip laid them out
//   data-selected-card / data-selected-option   the last card or option clicked on the board
// Crowded years (the transition-2012 deck draws at most two cards a year) and the pictures at
// every screen size come from a harness page of the board alone (board-harness.html), served by
// vite's dev server.

let server: PreviewServer;
let url: string;
let dev: ViteDevServer;
let devUrl: string;
let browser: Browser;
let context: BrowserContext | null = null;

beforeAll(async () => {
  ({ server, url } = await serve());
  dev = await createServer({ root: ROOT, logLevel: 'silent', server: { port: 0, host: '127.0.0.1', strictPort: false } });
  await dev.listen();
  devUrl = dev.resolvedUrls?.local[0] ?? '';
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await dev?.close();
});

afterEach(async () => {
  await context?.close();
  context = null;
});

const canvas = (page: Page) => page.locator('#stage canvas');

function data(page: Page, key: string): Promise<string | undefined> {
  return canvas(page).evaluate((c, k) => (c as HTMLCanvasElement).dataset[k], key);
}

/** Moves the stage on (Escape) until no moment is on it. */
async function clearStage(page: Page): Promise<void> {
  for (let i = 0; i < 12 && (await data(page, 'moment')); i++) {
    await page.keyboard.press('Escape');
    await page.waitForTimeout(150);
  }
  await expect.poll(() => data(page, 'moment'), { timeout: 10_000 }).toBe('');
}

/**
 * The middle of the visible part of the year's `index`-th card, where the board drew it: read from
 * its label registry (src/ui/board/labels.ts), whose card titles are registered with the card's
 * visible box as their container.
 */
async function cardPoint(page: Page, index: number): Promise<{ x: number; y: number }> {
  const box = await canvas(page).boundingBox();
  if (!box) throw new Error('no canvas');
  const report = await page.evaluate(() => (window as unknown as { __csdBoardLabels: () => BoardLabelReport }).__csdBoardLabels());
  const card = report.scenes.find((s) => s.scene === 'board')?.labels.find((l) => l.id === `card.${index}`);
  if (!card) throw new Error(`no card ${index} on the board`);
  const c = card.container;
  return { x: box.x + c.x + c.w / 2, y: box.y + c.y + c.h / 2 };
}

describe('moments on the board in a solo game as the United States', () => {
  it('stages the election and band crossing, moves on when clicked, and opens a card clicked on the board', async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    await context.addInitScript('window.__csdTestHooks = true;');
    const page = await context.newPage();
    const errors = watchErrors(page);
    // Seed 17: the prologue stages the 2012 election, the strategy and a band crossing; the first
    // decision crosses another band (Cooperative to Collaborative). The board stages each moment as
    // the panel shows it, and drops it once it is read there: the briefs are read first, then the
    // board is looked at while the panel shows the first moment.
    await newGame(page, url, { mode: 'Solo, as the United States', seed: 17, readThrough: false });
    await page.locator('#panel .briefing').waitFor();
    const brief = page.locator('#panel .briefing .actions button.primary');
    for (let i = 0; i < 20 && (await brief.count()); i++) {
      const before = await page.locator('#panel').textContent();
      await brief.first().click();
      await page.waitForFunction((text) => document.querySelector('#panel')?.textContent !== text, before, { timeout: 10_000 });
    }
    await expect.poll(() => data(page, 'moment'), { timeout: 15_000 }).toMatch(/^(election|band|strategy)$/);
    await page.waitForTimeout(700);
    await page.screenshot({ path: screenshotPath('board-moment-game-1280x720.png') });
    const shown = Number(await data(page, 'momentsShown'));
    // A click on the board moves the stage on.
    const box = await canvas(page).boundingBox();
    await page.mouse.click((box?.x ?? 0) + (box?.width ?? 0) / 2, (box?.y ?? 0) + (box?.height ?? 0) * 0.8);
    await expect.poll(async () => Number(await data(page, 'momentsShown')) > shown || (await data(page, 'moment')) === '', { timeout: 10_000 }).toBe(true);
    await clearStage(page);
    await readThrough(page);

    // A card on the board opens its text (the app's handler shows the card and its passage).
    const card = await cardPoint(page, 0);
    await page.mouse.move(card.x, card.y);
    await expect(canvas(page).evaluate((c) => getComputedStyle(c).cursor)).resolves.toBe('pointer');
    await page.mouse.click(card.x, card.y);
    await expect.poll(() => data(page, 'selectedCard'), { timeout: 10_000 }).toMatch(/\S/);
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');

    // The first year's decision crosses a band: staged after the report.
    const before = Number(await data(page, 'momentsShown'));
    await play(page, { years: 1 });
    await expect.poll(async () => Number(await data(page, 'momentsShown')), { timeout: 15_000 }).toBeGreaterThan(before);
    await clearStage(page);
    expect(errors).toEqual([]);
  });

  it('takes the option chosen by clicking its card on the board at the transition', async () => {
    context = await browser.newContext({ viewport: { width: 1400, height: 850 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await newGame(page, url, { mode: "Solo, as Mexico's president", seed: 2012 });
    await page.locator('#panel').getByRole('button', { name: 'Hold the vote' }).click();
    // The result comes first, as a moment in the panel (issue 10).
    await readThrough(page);
    const choose = page.locator('#panel').getByRole('button', { name: 'Choose option B' });
    await choose.waitFor();
    await page.waitForTimeout(600);
    await clearStage(page);
    await page.waitForTimeout(600);
    const box = await canvas(page).boundingBox();
    if (!box) throw new Error('no canvas');
    // Where options-scene.ts lays the four cards: B is the second.
    const gap = box.width * 0.02;
    const cw = (box.width - gap * 5) / 4;
    await page.mouse.click(box.x + gap + cw / 2 + (cw + gap), box.y + box.height / 2);
    await expect.poll(() => data(page, 'selectedOption')).toBe('B');
    await expect.poll(() => choose.count()).toBe(0);
    expect(errors).toEqual([]);
  });
});

const SCREENS = [
  { width: 1280, height: 720, scale: 1 },
  { width: 1920, height: 1080, scale: 1 },
  { width: 1920, height: 1080, scale: 2 },
  { width: 390, height: 844, scale: 2 },
] as const;

describe('the board alone at every screen', () => {
  it.each(SCREENS)('at $width×$height, $scale device pixels a pixel: a staged election, then a crowded strip', async ({ width, height, scale }) => {
    context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: scale });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${devUrl}tests/e2e/board-harness.html?cards=7&moments=1`);
    await page.waitForFunction(() => (window as unknown as { harnessReady?: boolean }).harnessReady === true, undefined, { timeout: 60_000 });
    // The canvas holds the screen's device pixels, shown at the stage's CSS size.
    const size = await canvas(page).evaluate((c) => ({ w: (c as HTMLCanvasElement).width, h: (c as HTMLCanvasElement).height, cssW: c.getBoundingClientRect().width }));
    expect(size.cssW).toBe(width);
    expect(size.w).toBe(Math.round(width * scale));
    await expect.poll(() => data(page, 'moment'), { timeout: 15_000 }).toBe('election');
    await page.waitForTimeout(1200);
    const name = `${width}x${height}@${scale}`;
    await page.screenshot({ path: screenshotPath(`board-moment-${name}.png`) });
    await page.keyboard.press('Escape');
    await expect.poll(() => data(page, 'moment')).toBe('band');
    await page.waitForTimeout(1400);
    await page.screenshot({ path: screenshotPath(`board-band-${name}.png`) });
    await clearStage(page);
    await page.waitForTimeout(1500);
    expect(await data(page, 'cards')).toBe('7');
    expect(await data(page, 'cardStrip')).toMatch(/^(narrow|fan)$/);
    await page.screenshot({ path: screenshotPath(`board-cards-${name}.png`) });
    // The last card (on top of a fan) is clicked through to the handler.
    const card = await cardPoint(page, 6).catch(() => cardPoint(page, 0));
    await page.mouse.click(card.x, card.y);
    await expect.poll(() => data(page, 'selectedCard'), { timeout: 10_000 }).toMatch(/\S/);
    expect(errors).toEqual([]);
  });

  it('shows a moment at once, with no tween, for prefers-reduced-motion', async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${devUrl}tests/e2e/board-harness.html?cards=2&moments=1`);
    await page.waitForFunction(() => (window as unknown as { harnessReady?: boolean }).harnessReady === true, undefined, { timeout: 60_000 });
    await expect.poll(() => data(page, 'moment'), { timeout: 15_000 }).toBe('election');
    await page.screenshot({ path: screenshotPath('board-moment-reduced-motion.png') });
    expect(errors).toEqual([]);
  });
});
