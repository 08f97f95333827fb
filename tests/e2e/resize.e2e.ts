import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newGame, play, readThrough, screenshotPath, useServedGame, watchErrors } from './support';

// Issue 9, item 1: the board must survive any window size. A game started at 1400×850 is squeezed
// through the sizes of a 1280×1024 screen at 400% zoom (and worse), then given room again: no size
// may throw, the board says when it has no room, and it draws again, with working controls, after.

const served = useServedGame();

/** Each size the window goes through, small ones first; 1×1 is the smallest Chromium takes. */
const SQUEEZE: readonly (readonly [number, number])[] = [
  [320, 256],
  [320, 240],
  [400, 250],
  [640, 240],
  [1, 1],
  [300, 1],
  [1, 300],
];

/** Lets the board follow a resize: the observer, the redraw at the next frame, and the map's rebuild. */
async function settle(page: Page, ms = 400): Promise<void> {
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
  await page.waitForTimeout(ms);
}

async function resize(page: Page, errors: string[], width: number, height: number): Promise<void> {
  await page.setViewportSize({ width, height });
  await settle(page);
  expect(errors, `after resizing to ${width}×${height}`).toEqual([]);
}

function boardState(page: Page): Promise<string | undefined> {
  return page.locator('#stage canvas').evaluate((c) => (c as HTMLCanvasElement).dataset.boardState);
}

/** What the board's canvas shows: how many distinct colours, and which share of it is black or one colour. */
async function canvasStats(page: Page): Promise<{ width: number; height: number; colors: number; black: number; dominant: number }> {
  const png = await page.locator('#stage canvas').screenshot();
  return page.evaluate(async (b64) => {
    // An image, not fetch(): the page's Content-Security-Policy allows data: images (Phaser needs them) but no data: fetches.
    const image = new Image();
    image.src = `data:image/png;base64,${b64}`;
    await image.decode();
    const bitmap = await createImageBitmap(image);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
    ctx.drawImage(bitmap, 0, 0);
    const d = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
    const counts = new Map<number, number>();
    let black = 0;
    for (let i = 0; i < d.length; i += 4) {
      const r = d[i] ?? 0;
      const g = d[i + 1] ?? 0;
      const b = d[i + 2] ?? 0;
      const key = ((r >> 3) << 10) | ((g >> 3) << 5) | (b >> 3);
      counts.set(key, (counts.get(key) ?? 0) + 1);
      if (r + g + b < 12) black += 1;
    }
    const pixels = d.length / 4;
    return { width: bitmap.width, height: bitmap.height, colors: counts.size, black: black / pixels, dominant: Math.max(...counts.values()) / pixels };
  }, png.toString('base64'));
}

function expectDrawnBoard(stats: Awaited<ReturnType<typeof canvasStats>>, when: string): void {
  expect(stats.width, when).toBeGreaterThan(100);
  expect(stats.height, when).toBeGreaterThan(100);
  // A dead canvas is one black rectangle; the board has its bands, map, gauges and text.
  expect(stats.black, when).toBeLessThan(0.2);
  expect(stats.dominant, when).toBeLessThan(0.8);
  expect(stats.colors, when).toBeGreaterThan(40);
}

describe('the board at any window size', () => {
  it('survives a game squeezed to 320×256, 1×1 and back, draws again and still plays', async () => {
    const context = await served.context({ viewport: { width: 1400, height: 850 } });
    const page = await context.newPage();
    const errors = watchErrors(page);

    // The title screen first, then a game.
    await page.goto(served.url);
    await page.getByRole('button', { name: 'New game' }).waitFor();
    await settle(page, 600);
    for (const [w, h] of [[320, 256], [1, 1], [1400, 850]] as const) await resize(page, errors, w, h);

    await newGame(page, served.url, { mode: 'Solo, as the United States', seed: 2012 });
    await page.locator('#panel h1, #panel h2').first().waitFor();
    await settle(page, 1500);
    expect(errors).toEqual([]);
    expect(await boardState(page)).toBe('drawn');
    expectDrawnBoard(await canvasStats(page), 'at 1400×850');

    for (const [w, h] of SQUEEZE) {
      await resize(page, errors, w, h);
      if (w === 320 && h === 256) {
        // The stage is 320×115 here: too small for the board, which says so.
        expect(await boardState(page)).toBe('needs-room');
        await page.screenshot({ path: screenshotPath('resize-320x256.png') });
      }
    }

    await resize(page, errors, 1280, 720);
    await settle(page, 1200); // the map of the new size is rebuilt
    expect(await boardState(page)).toBe('drawn');
    await page.screenshot({ path: screenshotPath('resize-1280x720.png') });
    const before = await canvasStats(page);
    expectDrawnBoard(before, 'back at 1280×720');

    // The controls still work, and the board follows them: play through the first year.
    const year = await page.locator('#panel').textContent();
    const { years } = await play(page, { years: 1 });
    expect(years).toBe(1);
    await settle(page, 1200);
    expect(await page.locator('#panel').textContent()).not.toBe(year);
    expectDrawnBoard(await canvasStats(page), 'after a year played at 1280×720');
    expect(errors).toEqual([]);
  });

  it("survives the option cards laid over the board, and the choice still works", async () => {
    const context = await served.context({ viewport: { width: 1400, height: 850 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await newGame(page, served.url, { mode: "Solo, as Mexico's president", seed: 2012 });
    // The election first; the transition then lays the four option cards over the board.
    await page.locator('#panel').getByRole('button', { name: 'Hold the vote' }).click();
    // The result comes first, as a moment in the panel (issue 10).
    await readThrough(page);
    const choose = page.locator('#panel').getByRole('button', { name: 'Choose option B' });
    await choose.waitFor();
    await settle(page, 1200);
    for (const [w, h] of SQUEEZE) await resize(page, errors, w, h);
    await resize(page, errors, 1280, 720);
    await settle(page, 1200);
    expect(await boardState(page)).toBe('drawn');
    expectDrawnBoard(await canvasStats(page), 'the option cards back at 1280×720');
    await choose.click();
    await expect.poll(() => choose.count()).toBe(0);
    await settle(page, 600);
    expect(errors).toEqual([]);
  });

  it('survives fractional device pixel ratios and odd sizes', async () => {
    const context = await served.context({ viewport: { width: 1400, height: 850 }, deviceScaleFactor: 1.25 });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await newGame(page, served.url, { mode: 'Solo, as the United States', seed: 2012 });
    await page.locator('#panel h1, #panel h2').first().waitFor();
    await settle(page, 1200);
    for (const [w, h] of [[333, 257], [901, 301], [899, 431], [1, 1], [457, 2], [1023, 577]] as const) await resize(page, errors, w, h);
    await page.setViewportSize({ width: 1280, height: 720 });
    await settle(page, 1200);
    expect(await boardState(page)).toBe('drawn');
    expectDrawnBoard(await canvasStats(page), 'back at 1280×720, 1.25 device pixels a pixel');
    expect(errors).toEqual([]);
  });
});
