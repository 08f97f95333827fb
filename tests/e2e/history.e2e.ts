import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newGame, play, screenshotPath, useServedGame, watchErrors } from './support';

// The browser's Back inside the game, in Chromium (ui/screen-history.ts): Back during a game lands
// on the title with the game offered to resume, Resume brings back the same year, a game's years add
// no history entries, and Back on the title leaves the page, after a reload in a game as without
// one. The address stays the page's own.

const served = useServedGame();

async function fresh(viewport = { width: 1280, height: 720 }): Promise<{ page: Page; errors: string[] }> {
  const context = await served.context({ viewport });
  const page = await context.newPage();
  return { page, errors: watchErrors(page) };
}

/** A solo US game two years in, on its decisions: the panel, its Confirm, what it says, and the address. */
async function twoYearsIn(page: Page) {
  await newGame(page, served.url, { mode: 'Solo, as the United States', seed: 31 });
  await play(page, { years: 2 });
  const panel = page.locator('#panel');
  const confirm = panel.getByRole('button', { name: 'Confirm decisions' }).or(panel.getByRole('button', { name: 'Confirm the choice' })).first();
  await confirm.waitFor();
  return { panel, confirm, before: await panel.innerText(), address: page.url() };
}

describe("the browser's Back", () => {
  it('during a game lands on the title with Resume offered, and Resume restores the same year', async () => {
    const { page, errors } = await fresh();
    const { panel, confirm, before, address } = await twoYearsIn(page);

    await page.goBack();
    await panel.getByRole('heading', { level: 1, name: 'Critical Strategic Decisions' }).waitFor({ timeout: 10_000 });
    expect(page.url()).toBe(address);
    const resume = panel.getByRole('button', { name: 'Resume the saved game' });
    await resume.waitFor();
    await page.screenshot({ path: screenshotPath('history-title-after-back.png') });

    await resume.click();
    await confirm.waitFor();
    expect(await panel.innerText()).toBe(before);
    expect(errors).toEqual([]);
  });

  it('adds one history entry for a game, not one a year, and Back on the title leaves the page', async () => {
    const { page, errors } = await fresh();
    await newGame(page, served.url, { mode: 'Solo, as the United States', seed: 5 });
    const entries = await page.evaluate(() => history.length);
    await play(page, { years: 3 });
    expect(await page.evaluate(() => history.length)).toBe(entries);
    await page.goBack();
    await page.locator('#panel').getByRole('button', { name: 'Resume the saved game' }).waitFor({ timeout: 10_000 });
    // The page opened in a fresh tab (about:blank): Back from the title goes there.
    await page.goBack();
    expect(page.url()).toBe('about:blank');
    expect(errors).toEqual([]);
  });

  it('after a reload in a game, Back on the title leaves the page at once, and Forward keeps the saved game', async () => {
    const { page, errors } = await fresh();
    const { panel, confirm, before, address } = await twoYearsIn(page);
    const entries = await page.evaluate(() => history.length);

    // The reload opens the title on the game's entry, with the game offered to resume.
    await page.reload();
    const resume = panel.getByRole('button', { name: 'Resume the saved game' });
    await resume.waitFor();
    expect(await page.evaluate(() => [history.length, history.state] as const)).toEqual([entries, { csdScreen: 'play' }]);

    // One Back leaves the page, as Back on the title does without a reload (the title's own entry is passed).
    await page.goBack();
    await page.waitForURL('about:blank', { timeout: 10_000 });
    expect(await page.evaluate(() => history.length)).toBe(entries);

    // Forward comes back to the title's entry, then to the game's, each showing the title: the game is
    // resumed only by Resume, and it is the same year.
    await page.goForward();
    await resume.waitFor();
    expect(page.url()).toBe(address);
    expect(await page.evaluate(() => history.state)).toEqual({ csdScreen: 'title' });
    await page.goForward();
    expect(await page.evaluate(() => history.state)).toEqual({ csdScreen: 'play' });
    await resume.waitFor();
    await page.screenshot({ path: screenshotPath('history-title-after-reload-back-forward.png') });
    await resume.click();
    await confirm.waitFor();
    expect(await panel.innerText()).toBe(before);
    expect(await page.evaluate(() => history.length)).toBe(entries);
    expect(errors).toEqual([]);
  });
});
