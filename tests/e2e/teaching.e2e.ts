import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newGame, readThrough, screenshotPath, useServedGame, watchErrors } from './support';

// Issue 10 in Chromium: a solo US game opens on its brief, then the 2012 election's result; a guided
// first year points at the board, the card, the form and the report; the glossary opens from a term.
// Screenshots of each at a laptop's and a phone's size, in English and Spanish.

const served = useServedGame();

async function fresh(viewport = { width: 1280, height: 720 }, language: 'en' | 'es' = 'en'): Promise<{ page: Page; errors: string[] }> {
  const context = await served.context({ viewport });
  // The language the player chose last time (the toolbar remembers it).
  if (language === 'es') await context.addInitScript(() => localStorage.setItem('csd.prefs', JSON.stringify({ language: 'es', textScale: 1 })));
  const page = await context.newPage();
  return { page, errors: watchErrors(page) };
}

/** The setup form by its fields, in any language. */
async function start(page: Page, seed: number, guided: boolean): Promise<void> {
  await page.goto(served.url);
  await page.locator('.title-screen button.primary').click();
  await page.locator('form.setup').waitFor();
  await page.locator('input[name="mode"][value="soloUs"]').check();
  await page.locator('input[name="seed"]').fill(String(seed));
  await page.locator('input[name="guided"]').setChecked(guided);
  await page.locator('form.setup button[type="submit"]').click();
  await page.locator('#panel .briefing').waitFor();
}

describe('a solo US game of the 2012 transition', () => {
  it('opens on the brief, then the 2012 election result with its shares, then the strategy, then the decision', async () => {
    const { page, errors } = await fresh();
    await newGame(page, served.url, { mode: 'Solo, as the United States', seed: 5, readThrough: false });
    const panel = page.locator('#panel');
    await expect(panel.getByRole('heading', { level: 2 }).first().textContent()).resolves.toMatch(/United States$/);
    await panel.getByRole('button', { name: 'Begin' }).click();
    await panel.getByRole('heading', { name: '2012: the PRD wins the election' }).waitFor();
    await expect(panel.locator('.shares li').count()).resolves.toBe(3);
    await panel.getByRole('button', { name: 'Continue', exact: true }).click();
    await panel.getByRole('heading', { name: /^The PRD government takes / }).waitFor();
    // Enter goes on too.
    await page.keyboard.press('Enter');
    await readThrough(page);
    await panel.getByRole('heading', { name: /^(Decisions for 2013|An event calls for a decision)$/ }).waitFor();
    expect(errors).toEqual([]);
  });

  it('shows a refused offer: who refused, why, the odds and the capital spent', async () => {
    const { page, errors } = await fresh();
    await newGame(page, served.url, { mode: 'Solo, as the United States', seed: 5 });
    const panel = page.locator('#panel');
    // Seed 5: Mexico is guarded, and the coin goes against the offer.
    await panel.getByRole('checkbox', { name: /Speed aid deliveries/ }).check();
    await panel.getByRole('button', { name: /^Confirm/ }).first().click();
    const moment = panel.locator('.moment[data-kind="offerRefused"]');
    await moment.waitFor();
    await expect(panel.getByRole('heading', { level: 2 }).first().textContent()).resolves.toMatch(/^Mexico's presidency refuses the offer: /);
    const text = (await moment.textContent()) ?? '';
    expect(text).toMatch(/accepts a United States offer 50% of the time/);
    expect(text).toMatch(/The \d+ political capital spent on it is gone/);
    await page.screenshot({ path: screenshotPath('teach-offer-refused-en.png') });
    expect(errors).toEqual([]);
  });
});

describe('a guided first year', () => {
  it('points at the board, then the card and the form, and is skipped for good', async () => {
    const { page, errors } = await fresh();
    await newGame(page, served.url, { mode: 'Solo, as the United States', seed: 5, guided: true });
    const callout = page.locator('.guide-callout');
    await callout.waitFor();
    await expect(callout.getAttribute('data-step')).resolves.toBe('track');
    await expect(page.locator('#stage.guide-target').count()).resolves.toBe(1);
    // Keyboard first: the call-out's Next has the focus.
    await page.keyboard.press('Enter');
    await expect(callout.getAttribute('data-step')).resolves.toBe('sedenaSemar');
    for (let i = 0; i < 6 && (await callout.getAttribute('data-step')) !== 'decide'; i++) await callout.getByRole('button', { name: 'Next' }).click();
    await expect(callout.getAttribute('data-step')).resolves.toBe('decide');
    const box = await callout.boundingBox();
    expect(box && box.x >= 0 && box.y >= 0 && box.x + box.width <= 1280 && box.y + box.height <= 720).toBe(true);
    await callout.getByRole('button', { name: 'Skip the guide' }).click();
    await expect(callout.count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });
});

const SIZES = [
  { name: 'laptop', width: 1280, height: 720 },
  { name: 'phone', width: 390, height: 844 },
] as const;

describe.each(SIZES)('screenshots ($name)', (size) => {
  it.each(['en', 'es'] as const)('of the brief, an election moment, the glossary and a call-out (%s)', async (language) => {
    const { page, errors } = await fresh({ width: size.width, height: size.height }, language);
    const shot = (what: string) => page.screenshot({ path: screenshotPath(`teach-${what}-${size.name}-${language}.png`) });
    await start(page, 5, true);
    await page.waitForTimeout(600);
    await shot('briefing');
    await page.locator('#panel .briefing button.term-link').first().click();
    await page.locator('dialog[open] .glossary-entry.current').waitFor();
    await shot('glossary');
    await page.keyboard.press('Escape');
    await expect(page.locator('dialog[open]').count()).resolves.toBe(0);
    await page.locator('#panel .briefing .actions button.primary').click();
    await page.locator('#panel .moment[data-kind="election"]').waitFor();
    await page.waitForTimeout(600);
    await shot('election');
    await readThrough(page);
    const callout = page.locator('.guide-callout');
    await callout.waitFor();
    await page.waitForTimeout(300);
    await shot('guide-board');
    for (let i = 0; i < 6 && (await callout.getAttribute('data-step')) !== 'decide'; i++) await callout.locator('button.primary').click();
    await page.waitForTimeout(300);
    await shot('guide-form');
    expect(errors).toEqual([]);
  });
});
