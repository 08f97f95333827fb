import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, screenshotPath, serve, watchErrors } from './support';

// A facilitated exercise in the built page (issue 11): the console and the projector as two pages
// of one browser. Three teams decide in secret, an inject goes out from the events list, a track is
// adjudicated, the exercise pauses (a banner on the projector), a short phase's clock runs out, and
// the report is exported (Markdown, CSV, the print view). The projector never shows what belongs to
// the control cell, and a projector closed and opened again shows the same picture.

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

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

/** Strings only the control cell may see: typed here, looked for on the projector. */
const PRIVATE = {
  injectReason: 'PRIVATE inject reason: test the combined-command debate',
  note: 'PRIVATE note: the US team argued about the raid',
  hotwashReason: 'PRIVATE hot wash reason',
  resumeReason: 'PRIVATE resume reason',
};

async function axeScan(page: Page, screen: string): Promise<string[]> {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${screen}: ${v.id} (${v.impact}) ${v.help} — ${v.targets.join(', ')}`);
}

/** Plays the in-turn panels (the vote, Option B, card choices) until the secret round of decisions. */
async function toSecretRound(page: Page): Promise<void> {
  const teams = page.locator('.console-teams');
  for (let i = 0; i < 30; i++) {
    if (await teams.locator('.secret-round').count()) return;
    const before = await teams.textContent();
    const next = teams.getByRole('button', { name: /^(Hold the vote|Choose option B|Confirm the choice)$/ });
    if (!(await next.count())) throw new Error(`nothing to play: ${(await teams.innerText()).slice(0, 300)}`);
    await next.first().click();
    await page.waitForFunction((text) => document.querySelector('.console-teams')?.textContent !== text, before, { timeout: 20_000 });
  }
  throw new Error('the secret round never came');
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: screenshotPath(name) });
}

describe('a facilitated exercise', () => {
  it('runs in two windows: console and projector', async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 720 }, acceptDownloads: true });
    const page = await context.newPage();
    const consoleErrors = watchErrors(page);
    await page.goto(url);
    await page.getByRole('button', { name: 'Run a facilitated exercise' }).click();
    await page.getByRole('heading', { name: 'A facilitated exercise' }).waitFor({ timeout: 30_000 });

    // Set-up: three teams deciding in secret; a short election so that its clock runs out.
    await page.getByLabel('Title').first().fill('Border seminar');
    await page.getByRole('button', { name: 'Add a team' }).click();
    await page.getByLabel('In secret, revealed together').check();
    await page.getByLabel('Election', { exact: true }).fill('0.1');
    await shoot(page, 'console-setup-en-1280x720.png');
    await page.getByRole('button', { name: 'Start the exercise' }).click();
    await page.locator('.console-running').waitFor({ timeout: 30_000 });
    await expect.poll(() => page.locator('.console-header h1').textContent()).toBe('Border seminar');

    // The projector window.
    const [projector] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Projector', exact: true }).click()]);
    const projectorErrors = watchErrors(projector);
    await projector.waitForLoadState();
    await projector.locator('.projector-head h1', { hasText: 'Border seminar' }).waitFor({ timeout: 30_000 });
    expect(projector.url()).toContain('view=projector');

    // The election's clock (6 s) runs out: the console says so and waits (it does not close by itself).
    await page.locator('#console-clock[data-state="up"]').waitFor({ timeout: 60_000 });
    await page.locator('.exercise-log [data-kind="clockExpired"]').waitFor();
    await projector.locator('#projector-clock[data-state="up"]').waitFor({ timeout: 30_000 });

    await toSecretRound(page);

    // An inject from the master events list, released by hand.
    const injects = page.locator('.console-injects');
    await injects.getByLabel('Reason (for the log)').fill(PRIVATE.injectReason);
    const entry = injects.locator('[data-inject="mel-combined-command"]');
    const title = (await entry.locator('strong').textContent()) ?? '';
    expect(title.length).toBeGreaterThan(3);
    await entry.getByRole('button', { name: /^Release / }).click();
    await entry.getByText(/^released in \d{4}$/).waitFor();
    await projector.locator('.room-inject h3', { hasText: title }).waitFor({ timeout: 15_000 });
    // The card asks a team for a choice before the decisions go on.
    await toSecretRound(page);

    // Three teams decide in secret; the room sees who has decided, not what.
    const teams = page.locator('.console-teams');
    const names = await teams.locator('.secret-teams li.waiting button').allTextContents();
    expect(names, await teams.innerText()).toHaveLength(3);
    for (const [i, name] of names.entries()) {
      await teams.getByRole('button', { name }).click();
      const form = teams.locator('form.decide');
      await form.waitFor();
      const boxes = form.getByRole('checkbox', { disabled: false });
      if (await boxes.count()) await boxes.first().check();
      await teams.getByRole('button', { name: 'Confirm decisions' }).click();
      if (i === 0) {
        await teams.locator('.secret-teams li.sealed').first().waitFor();
        await expect.poll(() => page.locator('.message').first().isHidden()).toBe(true);
        expect(await teams.locator('form.decide').count()).toBe(0);
        await projector.locator('.room-teams li.decided').first().waitFor({ timeout: 15_000 });
      }
    }
    // All sealed: revealed and played together; the year's report is next.
    await page.locator('.exercise-log [data-kind="revealed"]').waitFor({ timeout: 30_000 });

    // Adjudication: public support overridden, announced to the room with its reason.
    const adjudication = page.locator('.console-adjudication');
    await adjudication.getByLabel('Ruling', { exact: true }).selectOption('override');
    await adjudication.getByLabel('Track', { exact: true }).selectOption('publicSupport');
    await adjudication.getByLabel('New value').fill('45');
    await adjudication.getByLabel('Reason (for the log)').fill('The raid was a success in the press');
    await adjudication.getByRole('button', { name: 'Rule' }).click();
    await projector.locator('.room-rulings', { hasText: 'Public support set to 45' }).waitFor({ timeout: 15_000 });
    await projector.locator('.room-rulings', { hasText: 'The raid was a success in the press' }).waitFor();

    // A note, for the control cell only.
    const notes = page.locator('.console-notes');
    await notes.getByLabel('Observer note').fill(PRIVATE.note);
    await notes.getByRole('button', { name: 'Add the note' }).click();
    await page.locator('.exercise-log', { hasText: PRIVATE.note }).waitFor();

    // A pause: a banner on the projector.
    const header = page.locator('.console-header');
    await header.getByLabel('Reason (for the log)').fill('Coffee break');
    await header.getByRole('button', { name: 'Pause' }).click();
    await projector.locator('.paused-banner:not([hidden])', { hasText: 'Paused' }).waitFor({ timeout: 15_000 });
    await shoot(page, 'console-en-1280x720.png');
    await shoot(projector, 'projector-en-1280x720.png');
    const found = [...(await axeScan(page, 'console')), ...(await axeScan(projector, 'projector'))];

    // Closing the projector and opening it again shows the same picture.
    const before = await projector.locator('#panel').innerText();
    await projector.close();
    const reopened = await context.newPage();
    const reopenedErrors = watchErrors(reopened);
    await reopened.goto(`${url}?view=projector`);
    await reopened.locator('.paused-banner:not([hidden])').waitFor({ timeout: 30_000 });
    await expect.poll(() => reopened.locator('#panel').innerText(), { timeout: 15_000 }).toBe(before);

    await header.getByLabel('Reason (for the log)').fill(PRIVATE.resumeReason);
    await header.getByRole('button', { name: 'Resume' }).click();
    await reopened.locator('.paused-banner[hidden]').waitFor({ state: 'attached', timeout: 15_000 });

    // "New exercise" asks in the page's own dialog; Escape keeps the exercise.
    await header.locator('.console-menu summary').click();
    await header.getByRole('button', { name: 'New exercise' }).click();
    const dialog = page.locator('dialog[open]');
    await dialog.getByRole('heading', { name: 'End this exercise?' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Keep this exercise');
    await shoot(page, 'console-new-exercise-en-1280x720.png');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.locator('.console-header h1').textContent()).toBe('Border seminar');

    // Spanish, and a projector-sized screen: the header keeps to two rows at 1280×720.
    if (!(await header.locator('.console-menu[open]').count())) await header.locator('.console-menu summary').click();
    await header.getByLabel('Language', { exact: true }).selectOption('es');
    await reopened.locator('.room-rulings h2', { hasText: 'Fallos' }).waitFor({ timeout: 15_000 });
    await shoot(page, 'console-es-1280x720.png');
    // The header's controls in rows: each a top more than 20 px below the last row's.
    const tops = await page.evaluate(() => [...document.querySelectorAll('.console-header button, .console-header summary, .console-header input, .console-header select')].filter((el) => el.checkVisibility()).map((el) => el.getBoundingClientRect().top).sort((a, b) => a - b));
    const rows = tops.filter((top, i) => i === 0 || top - (tops[i - 1] ?? top) > 20).length;
    expect(rows, JSON.stringify(tops)).toBeLessThanOrEqual(2);
    await shoot(reopened, 'projector-es-1280x720.png');
    found.push(...(await axeScan(page, 'console es')), ...(await axeScan(reopened, 'projector es')));
    await page.setViewportSize({ width: 1920, height: 1080 });
    await reopened.setViewportSize({ width: 1920, height: 1080 });
    await page.waitForTimeout(500);
    await shoot(page, 'console-es-1920x1080.png');
    await shoot(reopened, 'projector-es-1920x1080.png');
    await header.locator('.console-menu summary').click();
    await page.locator('.console-header').getByLabel('Idioma', { exact: true }).selectOption('en');
    await reopened.locator('.room-rulings h2', { hasText: 'Rulings' }).waitFor({ timeout: 15_000 });
    await page.waitForTimeout(500);
    await shoot(page, 'console-en-1920x1080.png');
    await shoot(reopened, 'projector-en-1920x1080.png');
    await page.setViewportSize({ width: 1280, height: 720 });

    // The hot wash and the report's exports.
    await header.getByLabel('Reason (for the log)').fill(PRIVATE.hotwashReason);
    await header.getByRole('button', { name: 'Hot wash' }).click();
    await page.locator('.report-view').waitFor({ timeout: 30_000 });
    const [markdown] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Markdown' }).click()]);
    expect(markdown.suggestedFilename()).toMatch(/\.md$/);
    const md = readFileSync(await markdown.path(), 'utf8');
    expect(md).toContain('Border seminar');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV (the tracks)' }).click()]);
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    expect(readFileSync(await csv.path(), 'utf8').split('\n').length).toBeGreaterThan(2);
    const [print] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Print / PDF' }).click()]);
    await print.locator('h1', { hasText: 'Border seminar' }).waitFor({ timeout: 15_000 });
    // Its stylesheet came through the CSSOM, as the page's Content-Security-Policy requires.
    expect(await print.evaluate(() => document.adoptedStyleSheets.length)).toBe(1);
    // The PDF the browser's print makes of it: a real PDF, with the report's page breaks giving pages.
    const pdf = await print.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0).toBeGreaterThan(1);
    await shoot(print, 'report-print-en-1280x720.png');
    await shoot(page, 'console-hotwash-en-1280x720.png');
    await reopened.locator('.hotwash-flag').waitFor({ timeout: 15_000 });

    // Nothing of the control cell's own ever reached the projector.
    const text = await reopened.locator('body').innerText();
    for (const secret of Object.values(PRIVATE)) expect(text).not.toContain(secret);
    expect(await reopened.locator('button, input, select, textarea').count()).toBe(0);

    expect(found).toEqual([]);
    expect([...consoleErrors, ...projectorErrors, ...reopenedErrors]).toEqual([]);
  });

  it('sets up on a phone without running past the screen’s right edge, at any text size, in either language', async () => {
    const problems: string[] = [];
    for (const language of ['en', 'es'] as const) for (const textScale of [1, 1.75]) {
      const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
      await phone.addInitScript((prefs) => localStorage.setItem('csd.prefs', prefs), JSON.stringify({ language, textScale, played: true, projector: false }));
      const page = await phone.newPage();
      const errors = watchErrors(page);
      await page.goto(`${url}?view=console`);
      await page.locator('.console-setup .team-row').first().waitFor({ timeout: 30_000 });
      // A team's objectives unfolded too: their labels are the longest lines of the form.
      await page.locator('.team-row details.objectives').first().evaluate((d) => ((d as HTMLDetailsElement).open = true));
      const wide = await page.evaluate(() => {
        const main = document.querySelector('.console-main') as HTMLElement;
        const edge = main.getBoundingClientRect().left + main.clientWidth;
        const past = [...main.querySelectorAll('*')].filter((el) => el.getBoundingClientRect().right > edge + 0.5).slice(0, 3).map((el) => `${el.tagName.toLowerCase()}.${String(el.className)} (right ${Math.round(el.getBoundingClientRect().right)} px)`);
        // The page, and the console's own scrolling area, as wide as the screen.
        const sideways = [document.documentElement.scrollWidth > window.innerWidth ? `the page is ${document.documentElement.scrollWidth} px wide` : '', main.scrollWidth > main.clientWidth ? `the form is ${main.scrollWidth} px wide` : ''].filter(Boolean);
        return [...sideways, ...past];
      });
      if (wide.length) problems.push(`${language} ×${textScale}: ${wide.join('; ')}`);
      await shoot(page, `console-setup-${language}-390x844${textScale === 1 ? '' : '-largest'}.png`);
      expect(errors).toEqual([]);
      await phone.close();
    }
    expect(problems).toEqual([]);
  });
});
