import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newGame, screenshotPath, serve, watchErrors } from './support';

// A monkey at the keyboard, on a fixed seed: starts games (solo and a seminar at one screen), then
// clicks random visible, enabled controls — the panel's buttons, checkboxes, radios, selects, the
// seed box, the toolbar (language, text size, mute, volume, export save), the passage dialog, the
// board — and now and then resizes the window to a phone or a very short screen. Any console error
// or uncaught exception fails the run, and so does a panel with nothing to press that is not the
// debrief for STUCK_STEPS steps in a row. File dialogs are left alone.

const SEED = 20260909;
const SIZES = [
  { width: 320, height: 256 },
  { width: 640, height: 240 },
  { width: 390, height: 844 },
  { width: 1280, height: 720 },
] as const;
const STEPS_PER_GAME = 50;
const STUCK_STEPS = 20;
/** Controls that open the operating system's file dialog: never pressed. */
const FILE_DIALOG = /^(Load a save file|Cargar un archivo de partida)$/;

let server: PreviewServer;
let url: string;
let browser: Browser;
let context: BrowserContext | null = null;

beforeAll(async () => {
  ({ server, url } = await serve());
  browser = await launch();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

/** mulberry32: the monkey's choices, the same on every run. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Control {
  readonly id: string;
  readonly tag: string;
  readonly type: string;
  readonly name: string;
  readonly inPanel: boolean;
  readonly options: number;
}

/**
 * Tags every visible, enabled control a player could use now with a data-monkey id and describes
 * it; inside an open modal dialog only the dialog's controls count.
 */
async function controls(page: Page, step: number): Promise<{ controls: Control[]; debrief: boolean; panelControls: number }> {
  return page.evaluate((step) => {
    const modal = document.querySelector('dialog[open]');
    const root: ParentNode = modal ?? document;
    const out: Control[] = [];
    const candidates = root.querySelectorAll<HTMLElement>('button, input, select, textarea, summary, a[href], [role="button"], [role="tab"], [role="checkbox"], [role="radio"]');
    let i = 0;
    for (const el of candidates) {
      const rect = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (rect.width <= 0 || rect.height <= 0 || style.visibility === 'hidden' || style.display === 'none') continue;
      if (el.closest('[hidden], [aria-hidden="true"], [inert]')) continue;
      if ((el as HTMLButtonElement).disabled || el.getAttribute('aria-disabled') === 'true') continue;
      if (el instanceof HTMLInputElement && el.type === 'file') continue;
      const label = el instanceof HTMLInputElement || el instanceof HTMLSelectElement ? el.labels?.[0]?.textContent : null;
      const name = (el.getAttribute('aria-label') ?? label ?? el.textContent ?? '').trim().replace(/\s+/g, ' ');
      const id = `${step}-${i++}`;
      el.dataset.monkey = id;
      out.push({
        id,
        tag: el.tagName.toLowerCase(),
        type: el instanceof HTMLInputElement ? el.type : (el.getAttribute('role') ?? ''),
        name,
        inPanel: !!el.closest('#panel, dialog'),
        options: el instanceof HTMLSelectElement ? el.options.length : 0,
      });
    }
    const heading = document.querySelector('#panel h1, #panel h2')?.textContent?.trim() ?? '';
    return { controls: out, debrief: /^(Debrief|Balance final)$/.test(heading), panelControls: out.filter((c) => c.inPanel).length };
  }, step) as Promise<{ controls: Control[]; debrief: boolean; panelControls: number }>;
}

/** Uses a control as a player would; the page may re-render under us, so a failed action is just skipped. */
async function use(page: Page, c: Control, random: () => number): Promise<string> {
  const el = page.locator(`[data-monkey="${c.id}"]`);
  const opts = { timeout: 1500 };
  if (c.tag === 'select') {
    const index = Math.floor(random() * Math.max(1, c.options));
    await el.selectOption({ index }, opts);
    return `select ${c.name} #${index}`;
  }
  if (c.tag === 'input' && (c.type === 'number' || c.type === 'text' || c.type === 'search' || c.type === '')) {
    const values = ['1', '42', String(Math.floor(random() * 2 ** 32)), '-3', '1e9', 'abc', ''];
    const value = values[Math.floor(random() * values.length)] ?? '1';
    await el.fill(value, opts);
    return `fill ${c.name} "${value}"`;
  }
  if (c.tag === 'input' && c.type === 'range') {
    await el.focus(opts);
    await page.keyboard.press(random() < 0.5 ? 'ArrowLeft' : 'ArrowRight');
    return `range ${c.name}`;
  }
  if (c.tag === 'textarea') {
    await el.fill('monkey', opts);
    return `type ${c.name}`;
  }
  await el.click(opts);
  return `click ${c.tag} ${c.name.slice(0, 40)}`;
}

interface MonkeyLog {
  steps: string[];
  resizes: number;
  languageSwitches: number;
  stuck: number;
  debriefs: number;
}

async function monkey(page: Page, random: () => number, steps: number, log: MonkeyLog): Promise<void> {
  let idle = 0;
  for (let step = 0; step < steps; step++) {
    const roll = random();
    if (roll < 0.06) {
      const size = SIZES[Math.floor(random() * SIZES.length)] ?? SIZES[3];
      await page.setViewportSize(size);
      log.resizes += 1;
      log.steps.push(`resize ${size.width}x${size.height}`);
      await page.waitForTimeout(150);
      continue;
    }
    const { controls: found, debrief, panelControls } = await controls(page, log.steps.length);
    if (debrief) log.debriefs += 1;
    if (panelControls === 0 && !debrief) {
      idle += 1;
      log.stuck = Math.max(log.stuck, idle);
      if (idle >= STUCK_STEPS) {
        const text = (await page.locator('#panel').innerText().catch(() => '')).slice(0, 300);
        throw new Error(`stuck: nothing to press on the panel for ${idle} steps; the panel says: ${text}\nlast steps: ${log.steps.slice(-15).join(' | ')}`);
      }
      await page.waitForTimeout(200);
      continue;
    }
    idle = 0;
    let action: string;
    if (roll < 0.1) {
      // The board: a click somewhere on the canvas.
      const canvas = page.locator('#stage canvas').first();
      const box = await canvas.boundingBox().catch(() => null);
      if (box && box.width > 0 && box.height > 0) await page.mouse.click(box.x + random() * box.width, box.y + random() * box.height);
      action = 'click board';
    } else if (roll < 0.14) {
      const key = ['Escape', 'Tab', 'Enter', 'Space'][Math.floor(random() * 4)] ?? 'Tab';
      await page.keyboard.press(key);
      action = `key ${key}`;
    } else {
      const usable = found.filter((c) => !FILE_DIALOG.test(c.name));
      const language = usable.find((c) => c.tag === 'select' && /^(Language|Idioma)$/.test(c.name));
      // The panel's controls move the game on: they are picked more often than the toolbar's.
      const weighted = usable.flatMap((c) => (c.inPanel ? [c, c, c, c] : [c]));
      const pick = language && roll < 0.2 ? language : weighted[Math.floor(random() * weighted.length)];
      if (!pick) continue;
      if (pick === language) log.languageSwitches += 1;
      action = await use(page, pick, random).catch((e: Error) => `skipped ${pick.tag} ${pick.name.slice(0, 30)}: ${e.message.split('\n')[0]}`);
    }
    log.steps.push(action);
    await page.waitForTimeout(40);
  }
}

describe('random clicks on a fixed seed', () => {
  it('never logs an error, never throws, never leaves the panel with nothing to press', async () => {
    const t0 = Date.now();
    const random = prng(SEED);
    const log: MonkeyLog = { steps: [], resizes: 0, languageSwitches: 0, stuck: 0, debriefs: 0 };
    const errors: string[] = [];
    const games: Parameters<typeof newGame>[2][] = [
      { mode: 'Solo, as the United States', seed: 11 },
      { mode: 'Seminar: teams around one screen', seed: 12, roles: ['United States', "Mexico's presidency", 'SEDENA'] },
      { mode: "Solo, as Mexico's president", seed: 13 },
    ];
    try {
      for (const game of games) {
        // A fresh browser context for each game: English again, and no autosave from the last one.
        await context?.close();
        context = await browser.newContext({ viewport: { width: 1280, height: 720 }, acceptDownloads: true });
        const page = await context.newPage();
        const pageErrors = watchErrors(page);
        // Native dialogs are answered; a file chooser, should one open, is intercepted and left unanswered.
        page.on('dialog', (d) => void (random() < 0.5 ? d.accept() : d.dismiss()).catch(() => undefined));
        page.on('filechooser', () => undefined);
        await newGame(page, url, game);
        log.steps.push(`new game: ${game.mode}`);
        try {
          await monkey(page, random, STEPS_PER_GAME, log);
        } finally {
          errors.push(...pageErrors);
          await page.screenshot({ path: screenshotPath(`random-click-${games.indexOf(game)}.png`) }).catch(() => undefined);
        }
        expect(errors, `after ${log.steps.length} steps; last: ${log.steps.slice(-10).join(' | ')}`).toEqual([]);
      }
    } finally {
      // MONKEY_LOG=1 prints every step.
      if (process.env.MONKEY_LOG) console.log(log.steps.join('\n'));
      console.log(`random clicks: ${log.steps.length} steps, ${log.resizes} resizes, ${log.languageSwitches} language switches, longest idle ${log.stuck}, ${log.debriefs} debrief views, ${Math.round((Date.now() - t0) / 1000)} s`);
    }
    expect(log.resizes).toBeGreaterThan(0);
    expect(log.languageSwitches).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});
