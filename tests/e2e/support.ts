import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { afterAll, afterEach, beforeAll } from 'vitest';

// The built game served by vite preview, and Debian's Chromium driven by playwright-core.

export const ROOT = join(import.meta.dirname, '../..');
export const OUT = join(ROOT, 'test-results');

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function serve(): Promise<{ server: PreviewServer; url: string }> {
  if (!existsSync(join(ROOT, 'dist/index.html'))) throw new Error('dist/ is missing: run `npm run build` first (npm run test:e2e does)');
  const server = await preview({ root: ROOT, logLevel: 'silent', preview: { port: 0, host: '127.0.0.1', strictPort: false } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview gave no URL');
  return { server, url };
}

export function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`);
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}

/** The built game served and a browser launched for one test file, with contexts closed after each test. */
export interface ServedGame {
  readonly url: string;
  readonly browser: Browser;
  /** A fresh browser context (a fresh profile: no storage), closed when the test ends. */
  context(options?: BrowserContextOptions): Promise<BrowserContext>;
}

/** Registers the file's hooks: serve and launch before its tests, close everything after. */
export function useServedGame(): ServedGame {
  let server: PreviewServer | null = null;
  let browser: Browser | null = null;
  let url = '';
  const open: BrowserContext[] = [];
  beforeAll(async () => {
    ({ server, url } = await serve());
    browser = await launch();
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((c) => c.close()));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = (): Browser => {
    if (!browser) throw new Error('the browser is not launched yet: use the served game inside a test');
    return browser;
  };
  return {
    get url() {
      return url;
    },
    get browser() {
      return started();
    },
    async context(options) {
      const context = await started().newContext(options);
      open.push(context);
      return context;
    },
  };
}

/** Console errors and uncaught exceptions of a page (Chromium's GL driver warnings are not errors). */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`page: ${e.message}`));
  return errors;
}

export function screenshotPath(name: string): string {
  mkdirSync(join(OUT, 'screenshots'), { recursive: true });
  return join(OUT, 'screenshots', name);
}

export interface PlayOptions {
  /** The option the Mexican team chooses at a transition. */
  readonly option?: 'A' | 'B' | 'C' | 'D';
  /** Stop after this many reports (years) have been closed. */
  readonly years?: number;
  /** Called at each decision panel, before confirming. */
  readonly onDecide?: (page: Page, year: string) => Promise<void>;
  readonly onReport?: (page: Page) => Promise<void>;
}

/**
 * Plays whatever the panel asks, by role and accessible name, until the debrief (or the given
 * number of years): holds the vote, chooses the option, confirms card choices, spends the first
 * action a team can afford, and closes each report.
 */
export async function play(page: Page, options: PlayOptions = {}): Promise<{ years: number; panels: number }> {
  const panel = page.locator('#panel');
  let years = 0;
  for (let panels = 0; panels < 400; panels++) {
    if (await panel.getByRole('heading', { name: /^(Debrief|Balance final)$/ }).count()) return { years, panels };
    const heading = (await panel.locator('h1, h2').first().textContent({ timeout: 10_000 })) ?? '';
    const before = await panel.textContent();
    const button = (name: string | RegExp) => panel.getByRole('button', { name });
    // What comes before play goes on (issue 10): a team's brief, a big moment to acknowledge.
    const teaching = panel.locator('.briefing .actions button.primary, .moment button[data-continue]');
    if (await teaching.count()) {
      await teaching.first().click();
    } else if (await button('Hold the vote').count()) {
      await button('Hold the vote').click();
    } else if (await button(`Choose option ${options.option ?? 'B'}`).count()) {
      await button(`Choose option ${options.option ?? 'B'}`).click();
    } else if (await button('Confirm the choice').count()) {
      await button('Confirm the choice').click();
    } else if (await button('Confirm decisions').count()) {
      // The first action the team can afford (a random seed may leave the first one out of reach).
      const boxes = panel.getByRole('checkbox', { disabled: false });
      if (await boxes.count()) await boxes.first().check();
      await options.onDecide?.(page, heading);
      await button('Confirm decisions').click();
    } else if (await button(/^(Next year|To the election|To the debrief)$/).count()) {
      await options.onReport?.(page);
      await button(/^(Next year|To the election|To the debrief)$/).click();
      years += 1;
      if (options.years && years >= options.years) return { years, panels };
    } else {
      throw new Error(`nothing to do on the panel: ${(await panel.innerText()).slice(0, 300)}`);
    }
    // Wait for the panel to change before reading it again.
    await page.waitForFunction((text) => document.querySelector('#panel')?.textContent !== text, before, { timeout: 10_000 });
  }
  throw new Error('the game did not reach the debrief');
}

/** Clicks through the briefs and the big moments on the panel until play goes on (issue 10). */
export async function readThrough(page: Page): Promise<void> {
  const next = page.locator('#panel').locator('.briefing .actions button.primary, .moment button[data-continue]');
  for (let i = 0; i < 50 && (await next.count()); i++) {
    const before = await page.locator('#panel').textContent();
    await next.first().click();
    await page.waitForFunction((text) => document.querySelector('#panel')?.textContent !== text, before, { timeout: 10_000 });
  }
}

export async function newGame(page: Page, url: string, setup: { mode: 'Solo, as the United States' | "Solo, as Mexico's president" | 'Seminar: teams around one screen'; seed: number; roles?: string[]; guided?: boolean; readThrough?: boolean }): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: 'New game' }).click();
  await page.getByRole('button', { name: 'Start the game' }).waitFor();
  await page.getByLabel(setup.mode).check();
  for (const role of setup.roles ?? []) await page.getByLabel(role, { exact: true }).check();
  await page.getByLabel('Seed').fill(String(setup.seed));
  // The guided first year is ticked for a first game; its call-outs are for people, not these runs.
  await page.getByLabel('Guided first year').setChecked(setup.guided === true);
  await page.getByRole('button', { name: 'Start the game' }).click();
  if (setup.readThrough !== false) {
    await page.locator('#panel .briefing').waitFor();
    await readThrough(page);
  }
}

/** Below 600 px the toolbar folds text size and language into its "More" menu: open it to act, close it after. */
export async function inToolbarMenu(page: Page, act: () => Promise<void>): Promise<void> {
  const closed = page.locator('.toolbar-more[aria-expanded="false"]');
  // Only a folded toolbar shows More; unfolded, the control is on the bar itself.
  if (await closed.isVisible()) await closed.click();
  await act();
  const open = page.locator('.toolbar-more[aria-expanded="true"]');
  if (await open.isVisible()) await open.click();
}

/** The text size the page is drawn at (the `--text-scale` the A−/A+ buttons set), as written. */
export function textScale(page: Page): Promise<string> {
  return page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--text-scale').trim());
}

/** Clicks A+ (or A−) until the text size stops changing. */
export async function stepTextToEnd(page: Page, larger: boolean): Promise<void> {
  const button = page.locator('.toolbar').getByRole('button', { name: larger ? /^A\+/ : /^A−/ });
  await inToolbarMenu(page, async () => {
    for (let i = 0; i < 10; i++) {
      const before = await textScale(page);
      await button.click();
      if ((await textScale(page)) === before) return;
    }
  });
}

/**
 * Turns Projector mode on or off with the toolbar's toggle, as a player would, and waits until the
 * page shows it. The toolbar folds or unfolds a frame after the window is resized, so the toggle
 * is looked for after that frame (on a phone it is under More). Setting the page's class directly
 * when the toggle was not found yet left the class on with the setting off, and a later "off" then
 * found nothing to press: the next checks ran with the projector's folder.
 */
export async function setProjector(page: Page, on: boolean): Promise<void> {
  const toggle = page.locator('.toolbar').getByRole('button', { name: /^(Projector|Proyector)/ });
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
  await inToolbarMenu(page, async () => {
    if ((await toggle.getAttribute('aria-pressed')) !== String(on)) await toggle.click();
  });
  await page.waitForFunction((value) => document.documentElement.classList.contains('projector') === value, on, { timeout: 5_000 });
}

/** Two frames (the board follows a resize at the next one), then `ms` more. */
export async function settle(page: Page, ms: number): Promise<void> {
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
  await page.waitForTimeout(ms);
}

/**
 * Switches the page's language from the toolbar (under More when folded) and waits for the panel to
 * be worded again; at the debrief, also for its comparisons, which are played again in the new language.
 */
export async function setLanguage(page: Page, language: 'en' | 'es'): Promise<void> {
  const select = page.locator('#language-select');
  if ((await select.inputValue()) === language) return;
  const before = await page.locator('#panel').textContent();
  await inToolbarMenu(page, () => select.selectOption(language).then(() => undefined));
  await page.waitForFunction((text) => document.querySelector('#panel')?.textContent !== text, before, { timeout: 10_000 });
  await page.waitForFunction(() => !document.querySelector('#panel .comparison-pending'), undefined, { timeout: 60_000 });
}

/** Back to the default text size (1) with A− or A+. */
export async function resetText(page: Page): Promise<void> {
  const toolbar = page.locator('.toolbar');
  for (let i = 0; i < 10; i++) {
    const scale = Number(await textScale(page));
    if (scale === 1) return;
    await inToolbarMenu(page, () => toolbar.getByRole('button', { name: scale > 1 ? /^A−/ : /^A\+/ }).click());
  }
}
