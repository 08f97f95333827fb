import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { labelProblems, type BoardLabelReport } from '../../src/ui/board/labels';
import { projectorMinTextPx } from '../../src/ui/projector';
import { newGame, play, resetText, screenshotPath, setLanguage, setProjector, settle, stepTextToEnd, textScale, useServedGame, watchErrors } from './support';

// Screen shapes the layout checks (layout.e2e.ts, board-layout.e2e.ts) do not visit. A phone on its
// side (844×390) stacks the board over the folder as in portrait, and gave the board 46% of the
// screen's height: 240 px, under the 278 px it needs (board/layout.ts `min`), so on every decision
// and report, in both languages, at every text size and in projector mode, the board drew only
// "The board needs more room". It now takes the screen's height there (styles.css). Checked on a
// decision: the board is drawn, its labels neither overlap nor are cut off (none under the
// projector's floor in projector mode), and the page does not scroll sideways.

const served = useServedGame();

interface Config {
  readonly name: string;
  readonly width: number;
  readonly height: number;
  readonly largest?: boolean;
  readonly projector?: boolean;
}

const CONFIGS: readonly Config[] = [
  { name: '844x390', width: 844, height: 390 },
  { name: '844x390-projector', width: 844, height: 390, projector: true },
  { name: '844x390-largest', width: 844, height: 390, largest: true },
  { name: '844x390-projector-largest', width: 844, height: 390, largest: true, projector: true },
];

/** The board at each configuration in both languages; returns what is wrong. */
async function checkShapes(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const language of ['en', 'es'] as const) {
    await setLanguage(page, language);
    for (const config of CONFIGS) {
      await page.setViewportSize({ width: config.width, height: config.height });
      if (config.largest && (await textScale(page)) === '1') await stepTextToEnd(page, true);
      if (!config.largest) await resetText(page);
      await setProjector(page, config.projector === true);
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      await settle(page, 400);
      const at = `${language} ${config.name}`;
      const state = await page.locator('#stage canvas').getAttribute('data-board-state');
      if (state !== 'drawn') found.push(`${at}: the board is not drawn (${state ?? 'no state'}): it says it needs more room`);
      const report = await page.evaluate(() => (window as unknown as { __csdBoardLabels: () => BoardLabelReport }).__csdBoardLabels());
      const min = config.projector ? projectorMinTextPx(config.width, config.height) : 0;
      found.push(...labelProblems(report, { minPx: min }).map((p) => `${at}: ${p}`));
      const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (sideways > 0) found.push(`${at}: the page scrolls ${sideways} px sideways`);
      await page.screenshot({ path: screenshotPath(`screen-shapes-decision-${language}-${config.name}.png`) });
    }
    await setProjector(page, false);
    await resetText(page);
  }
  await setLanguage(page, 'en');
  await page.setViewportSize({ width: 1280, height: 720 });
  return found;
}

describe('the board on a phone on its side', () => {
  it('is drawn at 844×390 on a decision, its labels whole, at both text sizes, with and without the projector, in English and Spanish', async () => {
    const context = await served.context({ viewport: { width: 1280, height: 720 } });
    await context.addInitScript('window.__csdTestHooks = true;');
    const page = await context.newPage();
    const errors = watchErrors(page);
    await newGame(page, served.url, { mode: 'Solo, as the United States', seed: 2012 });
    const found: string[] = [];
    let decided = false;
    await play(page, {
      years: 1,
      onDecide: async (p) => {
        if (decided) return;
        decided = true;
        found.push(...(await checkShapes(p)));
      },
    });
    expect(decided).toBe(true);
    expect(errors).toEqual([]);
    expect(found).toEqual([]);
  });
});
