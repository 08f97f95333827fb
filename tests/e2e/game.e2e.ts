import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SAVE_FORMAT, SAVE_VERSION } from '../../src/scenario/save';
import { launch, newGame, OUT, play, readThrough, ROOT, screenshotPath, serve, watchErrors } from './support';

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

/** What the page records while the debrief opens, read back by `debriefMetrics`. */
interface DebriefWatch {
  t0: number;
  tasks: { start: number; duration: number }[];
  frames: number[];
  /** When the comparisons' progress bar was first and last seen on screen. */
  pendingFrom: number;
  pendingUntil: number;
  clicks: { button: string; delay: number; pending: boolean }[];
}

/**
 * Starts watching the main thread just before the debrief opens: long tasks (over 50 ms), every
 * animation frame, whether the comparisons' progress bar showed, and how long clicks waited.
 */
async function watchMainThread(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w: DebriefWatch = { t0: performance.now(), tasks: [], frames: [], pendingFrom: 0, pendingUntil: 0, clicks: [] };
    (window as unknown as { __debrief: DebriefWatch }).__debrief = w;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask' });
    const tick = (t: number) => {
      w.frames.push(t);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    const panel = document.getElementById('panel') as HTMLElement;
    new MutationObserver(() => {
      const pending = !!panel.querySelector('progress');
      if (pending && !w.pendingFrom) w.pendingFrom = performance.now();
      if (!pending && w.pendingFrom && !w.pendingUntil) w.pendingUntil = performance.now();
    }).observe(panel, { subtree: true, childList: true });
    // How long a click waited for the page (from the browser's timestamp to its handler), and whether the games were still being played.
    document.addEventListener('click', (e) => {
      const button = e.target instanceof Element ? e.target.closest('button') : null;
      w.clicks.push({ button: button?.textContent ?? '', delay: performance.now() - e.timeStamp, pending: !!panel.querySelector('progress') });
    }, { capture: true });
  });
}

/**
 * Since `watchMainThread`: the longest task, the longest gap between frames, how long the progress
 * bar showed and how many frames the page drew meanwhile, and how long clicks waited.
 */
async function debriefMetrics(page: Page): Promise<{ ms: number; longestTaskMs: number; longestFrameGapMs: number; pendingMs: number; framesWhilePending: number; clicks: { button: string; delay: number; pending: boolean }[] }> {
  return page.evaluate(() => {
    const w = (window as unknown as { __debrief: DebriefWatch }).__debrief;
    const now = performance.now();
    const frames = [...w.frames, now];
    const gaps = frames.slice(1).map((f, i) => f - (frames[i] ?? f));
    return {
      ms: Math.round(now - w.t0),
      longestTaskMs: Math.round(Math.max(0, ...w.tasks.map((t) => t.duration))),
      longestFrameGapMs: Math.round(Math.max(0, ...gaps)),
      pendingMs: w.pendingFrom ? Math.round((w.pendingUntil || now) - w.pendingFrom) : -1,
      framesWhilePending: w.frames.filter((f) => w.pendingFrom && f > w.pendingFrom && f < (w.pendingUntil || now)).length,
      clicks: w.clicks.map((c) => ({ ...c, delay: Math.round(c.delay) })),
    };
  });
}

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
    let clicked: Promise<void> | null = null;
    await play(page, {
      onDecide: async (p, heading) => {
        if (!shot && heading.includes('2015')) {
          await p.waitForTimeout(1200);
          await p.screenshot({ path: screenshotPath('board.png') });
          shot = true;
        }
      },
      onReport: async (p) => {
        if (!(await p.locator('#panel').getByRole('button', { name: 'To the debrief' }).count())) return;
        await watchMainThread(p);
        // As soon as the debrief shows the comparisons' progress (or, when the worker was quicker
        // than the panel, the comparisons themselves), a player clicks a toolbar button.
        clicked = p.locator('#panel progress, #panel table.comparison').first().waitFor({ state: 'attached', timeout: 20_000 }).then(() => p.getByRole('button', { name: 'Mute' }).click());
      },
    });
    const panel = page.locator('#panel');
    // The comparisons' games are played in a worker: the page answers the click meanwhile, keeps
    // drawing frames, and fills in the comparisons when they arrive.
    await clicked;
    await expect(page.getByRole('button', { name: 'Unmute' }).getAttribute('aria-pressed')).resolves.toBe('true');
    await panel.locator('table.comparison').waitFor({ timeout: 30_000 });
    const opened = await debriefMetrics(page);
    perf.debriefToComparisonsMs = opened.ms;
    perf.debriefComparingMs = opened.pendingMs;
    perf.debriefFramesWhileComparing = opened.framesWhilePending;
    perf.debriefLongestTaskMs = opened.longestTaskMs;
    perf.debriefLongestFrameGapMs = opened.longestFrameGapMs;
    const mute = opened.clicks.find((c) => c.button === 'Mute');
    perf.debriefClickDelayMs = mute?.delay ?? -1;
    perf.debriefClickWhileComparing = String(mute?.pending ?? false);
    // The progress bar showed, and the page kept drawing frames under it (how many depends on how
    // fast the worker is: 2–10 here, so only "not frozen" is asserted; the count is reported).
    // The bound on the longest task is loose (the games alone blocked the page for 270–840 ms when
    // they were played on it; what is left is drawing the debrief, ~50–110 ms here).
    expect(opened.pendingMs).toBeGreaterThan(0);
    expect(opened.framesWhilePending).toBeGreaterThanOrEqual(1);
    expect(opened.longestTaskMs).toBeLessThan(300);
    expect(mute?.delay ?? Infinity).toBeLessThan(300);
    await page.getByRole('button', { name: 'Unmute' }).click();
    // Another language words the same numbers again: nothing is played again.
    await watchMainThread(page);
    await page.getByLabel('Language', { exact: true }).first().selectOption('es');
    await panel.getByRole('heading', { name: 'Balance final' }).waitFor();
    await expect(panel.locator('table.comparison').count()).resolves.toBe(1);
    perf.debriefLanguageLongestTaskMs = (await debriefMetrics(page)).longestTaskMs;
    await page.getByLabel('Idioma', { exact: true }).first().selectOption('en');
    await panel.getByRole('heading', { name: 'Debrief' }).waitFor();
    await expect(panel.getByRole('heading', { name: 'Your game against the computer: each US policy on the same 50 seeds' }).count()).resolves.toBe(1);
    await expect(panel.getByText(/^You finished (\d+ points? (above|below)|level with) the computer following the paper's recommended US policy on the same seed/).count()).resolves.toBe(1);
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
    // During a game, loading a file is in the toolbar's Game menu.
    await page.locator('.toolbar summary', { hasText: 'Game' }).click();
    await page.getByRole('button', { name: 'Load a save file' }).click();
    // A save of this version whose moves are not a list (an older version's save gets another message).
    const broken = JSON.stringify({ format: SAVE_FORMAT, version: SAVE_VERSION, moves: 'lots' });
    await (await chooser).setFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(broken) });
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
    await page.getByLabel('Primer año guiado').setChecked(false);
    await page.getByRole('button', { name: 'Comenzar la partida' }).focus();
    await page.keyboard.press('Enter');
    // The brief and the moments before play (issue 10), from the keyboard too: Enter on the moment.
    await page.locator('#panel .briefing .actions button.primary').focus();
    await page.keyboard.press('Enter');
    for (let i = 0; i < 10 && (await page.locator('#panel .moment').count()); i++) {
      const before = await page.locator('#panel').textContent();
      // A moment drawn by the Enter before waits a moment before Enter goes on (src/ui/dom/settle.ts).
      await page.locator('#panel .moment button[data-continue]:not([aria-disabled="true"])').waitFor();
      await page.keyboard.press('Enter');
      await page.waitForFunction((text) => document.querySelector('#panel')?.textContent !== text, before);
    }
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
    await page.getByLabel('Guided first year').setChecked(false);
    await page.getByRole('button', { name: 'Start the game' }).click();
    await page.locator('#panel .briefing').waitFor();
    await readThrough(page);
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
