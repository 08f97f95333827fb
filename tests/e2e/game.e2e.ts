import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launch, newGame, OUT, play, ROOT, screenshotPath, serve, watchErrors } from './support';

// The whole game through the real built page, by role and name: a solo game and a two-team seminar
// to the debrief, a reload that resumes, a corrupt save refused, and the measurements README reports.

let server: PreviewServer;
let url: string;
let browser: Browser;
const perf: Record<string, number | string> = {};

beforeAll(async () => {
  ({ server, url } = await serve());
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, 'perf.json'), `${JSON.stringify(perf, null, 2)}\n`);
  console.log('e2e measurements:', perf);
});

let context: BrowserContext | null = null;

// Each test gets its own browser context (fresh storage), closed afterwards so that no earlier
// page keeps animating while the next one is measured.
afterEach(async () => {
  await context?.close();
  context = null;
});

async function fresh(): Promise<{ page: Page; errors: string[] }> {
  context = await browser.newContext({ viewport: { width: 1600, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  return { page, errors: watchErrors(page) };
}

describe('a solo game as the United States', () => {
  it('plays from the title to the debrief, with the board, cards and no console errors', async () => {
    const { page, errors } = await fresh();
    await newGame(page, url, { mode: 'Solo, as the United States', seed: 2012 });
    let shot = false;
    await play(page, {
      onDecide: async (p, heading) => {
        if (!shot && heading.includes('2015')) {
          await p.waitForTimeout(1200);
          await p.screenshot({ path: screenshotPath('board.png') });
          shot = true;
        }
      },
    });
    const panel = page.locator('#panel');
    await expect(panel.getByRole('heading', { name: 'Your game against the computer: each US policy on the same 50 seeds' }).count()).resolves.toBe(1);
    await expect(panel.getByText(/^Your play added [+−]?\d+ over the computer following the paper's recommended US policy on the same seed/).count()).resolves.toBe(1);
    // The player's row and one per US policy, under the header.
    await expect(panel.locator('table.comparison').getByRole('row').count()).resolves.toBe(5);
    await expect(panel.getByRole('button', { name: 'Export the report (Markdown)' }).count()).resolves.toBe(1);
    const download = page.waitForEvent('download');
    await panel.getByRole('button', { name: 'Export the report (Markdown)' }).click();
    const report = readFileSync((await (await download).path()) ?? '', 'utf8');
    expect(report).toMatch(/^# Debrief: The 2012 transition/);
    expect(report).toMatch(/## Your game against the computer: each US policy on the same 50 seeds/);
    expect(report).toMatch(/\| Alternative \| Median \| p10 \| p90 \| On your seed \|/);
    await page.waitForTimeout(1000);
    await page.screenshot({ path: screenshotPath('debrief.png') });
    expect(shot).toBe(true);
    expect(errors).toEqual([]);
  });

  it('opens a card\'s cited passage from the paper and closes it with Escape', async () => {
    const { page, errors } = await fresh();
    await newGame(page, url, { mode: 'Solo, as the United States', seed: 7 });
    const read = page.locator('#panel').getByRole('button', { name: 'Read the passage in the paper' }).first();
    await read.waitFor();
    await read.click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.locator('mark').textContent()).resolves.toMatch(/\w+/);
    await page.keyboard.press('Escape');
    await expect(dialog.isVisible()).resolves.toBe(false);
    expect(errors).toEqual([]);
  });
});

describe('a two-team seminar', () => {
  it('plays the US and Mexico teams to the debrief', async () => {
    const { page, errors } = await fresh();
    await newGame(page, url, { mode: 'Seminar: teams around one screen', seed: 99, roles: ['United States', "Mexico's presidency"] });
    const teams = new Set<string>();
    await play(page, {
      option: 'C',
      onDecide: async (p) => {
        teams.add((await p.locator('#panel .team').first().textContent()) ?? '');
      },
    });
    expect([...teams].sort()).toEqual(["Mexico's presidency: your turn", 'United States: your turn']);
    await expect(page.locator('#panel').getByText(/C with law enforcement|C: social alternatives with law enforcement/).count()).resolves.toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});

describe('saves', () => {
  it('resumes the same game after a reload', async () => {
    const { page, errors } = await fresh();
    await newGame(page, url, { mode: 'Solo, as the United States', seed: 31 });
    await play(page, { years: 2 });
    const panel = page.locator('#panel');
    await panel.getByRole('button', { name: 'Confirm decisions' }).or(panel.getByRole('button', { name: 'Confirm the choice' })).first().waitFor();
    const before = await panel.innerText();
    await page.reload();
    await page.getByRole('button', { name: 'Resume the saved game' }).click();
    await panel.getByRole('button', { name: /Confirm/ }).first().waitFor();
    expect(await panel.innerText()).toBe(before);
    expect(errors).toEqual([]);
  });

  it('refuses a corrupt save file with a clear message and keeps the current game', async () => {
    const { page, errors } = await fresh();
    await newGame(page, url, { mode: 'Solo, as the United States', seed: 5 });
    const panel = page.locator('#panel');
    await panel.getByRole('button', { name: /Confirm/ }).first().waitFor();
    const before = await panel.innerText();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Load a save file' }).click();
    await (await chooser).setFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"critical-strategic-decisions/save","version":1,"moves":"lots"}') });
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/broken\.json is damaged/);
    expect(await panel.innerText()).toBe(before);
    expect(errors).toEqual([]);
  });
});

describe('language and keyboard', () => {
  it('switches every string to Spanish at any time, and is playable from the keyboard', async () => {
    const { page, errors } = await fresh();
    await page.goto(url);
    await page.getByRole('button', { name: 'New game' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Start the game' }).waitFor();
    await page.getByLabel('Language', { exact: true }).first().selectOption('es');
    await expect(page.getByRole('button', { name: 'Comenzar la partida' }).count()).resolves.toBe(1);
    await page.getByRole('button', { name: 'Comenzar la partida' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#panel').getByText(/es su turno/).first().textContent()).resolves.toMatch(/Estados Unidos/);
    expect(errors).toEqual([]);
  });
});

describe('performance (reported in README)', () => {
  it('measures the first screen and the JavaScript it downloads', async () => {
    const { page } = await fresh();
    await page.goto(url);
    await page.getByRole('button', { name: 'New game' }).waitFor();
    // Whatever the first screen fetches on its own, before any click.
    await page.waitForTimeout(1500);
    const firstScreen = await page.evaluate(() => performance.getEntriesByName('csd:first-screen')[0]?.startTime ?? -1);
    const scripts = await page.evaluate(() => performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.js')).map((r) => new URL(r.name).pathname));
    const gzipped = scripts.reduce((sum, path) => sum + gzipSync(readFileSync(join(ROOT, 'dist', path))).length, 0);
    perf.firstScreenInteractiveMs = Math.round(firstScreen);
    perf.firstScreenJsGzipKB = Math.round(gzipped / 1024);
    perf.firstScreenScripts = scripts.join(' ');
    expect(firstScreen).toBeGreaterThan(0);
    // Size is deterministic, so it is checked here; the timings are measurements for README.
    expect(gzipped / 1024).toBeLessThan(600);
  });

  it('measures the board after navigation and the frames of a card draw', async () => {
    const { page } = await fresh();
    await page.goto(url);
    // A player who knows the game clicks straight through: the board's time counts from navigation.
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByRole('button', { name: 'Start the game' }).click();
    await page.locator('#panel').getByRole('button', { name: /Confirm/ }).first().waitFor();
    await page.waitForFunction(() => performance.getEntriesByName('csd:board').length > 0);
    perf.boardInteractiveMs = Math.round(await page.evaluate(() => performance.getEntriesByName('csd:board')[0]?.startTime ?? -1));
    // Frames through the next year's card draw, from the page's own animation frames.
    await play(page, { years: 1 });
    const frames = await page.evaluate(
      () =>
        new Promise<number[]>((resolve) => {
          const times: number[] = [];
          const start = performance.now();
          const tick = (t: number) => {
            times.push(t);
            if (t - start < 2500) requestAnimationFrame(tick);
            else resolve(times);
          };
          requestAnimationFrame(tick);
        }),
    );
    const gaps = frames.slice(1).map((t, i) => t - (frames[i] ?? t));
    perf.cardDrawFps = Math.round((gaps.length / ((frames.at(-1) ?? 0) - (frames[0] ?? 0))) * 1000);
    perf.cardDrawLongestFrameMs = Math.round(Math.max(...gaps));
    expect(perf.boardInteractiveMs).toBeGreaterThan(0);
  });
});
