import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en, es } from '../../src/i18n';
import { labelProblems, type BoardLabelReport } from '../../src/ui/board/labels';
import { projectorMinTextPx } from '../../src/ui/projector';
import { newGame, play, resetText, screenshotPath, setLanguage, setProjector, settle, stepTextToEnd, textScale, useServedGame, watchErrors } from './support';

// Screen shapes the layout checks (layout.e2e.ts, board-layout.e2e.ts) do not visit: phones on their
// side, 667×375 (a small phone), 844×390 and 932×430 (a large one). Checked on a decision, in both
// languages, at both text sizes, with and without the projector.
//
// The board. At 844×390 the board stacked over the folder had 46% of the screen's height, 240 px,
// under the 278 px it needs (board/layout.ts `min`), and drew only "The board needs more room"; it
// now takes the screen's height (styles.css). At 932×430 the board and the folder stood side by
// side under a two-row toolbar, the board 323 px high, and in projector mode it asked for room; it
// now stacks as the smaller phones do. It is drawn, its labels neither overlap nor are cut off (none
// under the projector's floor in projector mode), and the page does not scroll sideways. One shape
// cannot: 667×375 in projector mode, whose floor (16 px) needs a board 377 to 382 px high at any
// text size (layout.ts `min.height`), 2 to 7 more than the screen. There the notice says what helps,
// in the page's language: turn Projector mode off (and make the text smaller, at A+).
//
// The footer. Its three rows (what the ticks will do, the capital, the buttons) stood 117 to 170 px
// of the 375 to 390 over the decisions (at 932×430, beside the board, 236 to 262 of the folder's
// 323); it keeps to one line there now, 58 px (turn.css): the capital and
// Confirm, in view at the screen's foot while the decisions scroll, and Let the computer decide, Undo
// and ? under it, where the panel ends. Each can be pressed, none covered.

const served = useServedGame();

interface Config {
  readonly name: string;
  readonly width: number;
  readonly height: number;
  readonly largest?: boolean;
  readonly projector?: boolean;
  /** The board asks for room instead of drawing: the shape is too short for the projector's floor. */
  readonly notice?: boolean;
}

const SHAPES = [
  { name: '667x375', width: 667, height: 375, projectorNotice: true },
  { name: '844x390', width: 844, height: 390, projectorNotice: false },
  { name: '932x430', width: 932, height: 430, projectorNotice: false },
] as const;

const CONFIGS: readonly Config[] = SHAPES.flatMap((s) => [
  { name: s.name, width: s.width, height: s.height },
  { name: `${s.name}-projector`, width: s.width, height: s.height, projector: true, notice: s.projectorNotice },
  { name: `${s.name}-largest`, width: s.width, height: s.height, largest: true },
  { name: `${s.name}-projector-largest`, width: s.width, height: s.height, largest: true, projector: true, notice: s.projectorNotice },
]);

/** The needs-room notice as the board drew it, its wrapping undone; null where it drew none. */
async function boardNotice(page: Page): Promise<string | null> {
  const report = await page.evaluate(() => (window as unknown as { __csdBoardLabels: () => BoardLabelReport }).__csdBoardLabels());
  const label = report.scenes.flatMap((s) => s.labels).find((l) => l.id === 'needsRoom');
  return label ? (label.full ?? label.text).replace(/\s+/g, ' ').trim() : null;
}

/**
 * The decision's footer on a phone on its side: with the panel's top at the top of the screen, the
 * footer stuck to the foot of the screen and Confirm whole in it, one line high at the ordinary text
 * size (no taller than Confirm and its padding) and under half the screen at the largest; then, at
 * the end of the panel, each of its buttons can be pressed (a trial click: in view, not covered).
 * Returns what is wrong.
 */
async function checkFooter(page: Page, config: Config, at: string): Promise<string[]> {
  const found: string[] = [];
  await page.evaluate(() => window.scrollTo(0, (document.querySelector('#panel')?.getBoundingClientRect().top ?? 0) + window.scrollY));
  await settle(page, 100);
  const stuck = await page.evaluate(() => {
    const box = (el: Element | null | undefined) => {
      const r = el?.getBoundingClientRect();
      return r ? { top: r.top, bottom: r.bottom, height: r.height } : null;
    };
    const footer = document.querySelector('#panel .turn-footer');
    return { footer: box(footer), confirm: box(footer?.querySelector('button.primary')), screen: window.innerHeight };
  });
  if (!stuck.footer || !stuck.confirm) return [`${at}: no footer with Confirm on the decision`];
  const { footer, confirm, screen } = stuck;
  if (Math.abs(footer.bottom - screen) > 1) found.push(`${at}: the footer is not at the foot of the screen (its bottom at ${Math.round(footer.bottom)} of ${screen})`);
  if (confirm.top < 0 || confirm.bottom > screen + 0.5) found.push(`${at}: Confirm is not whole on the screen (${Math.round(confirm.top)}–${Math.round(confirm.bottom)} of ${screen})`);
  const most = config.largest ? screen / 2 : confirm.height + 20;
  if (footer.height > most) found.push(`${at}: the footer is ${Math.round(footer.height)} px high, over ${Math.round(most)} (${config.largest ? 'half the screen' : 'one line'})`);
  // Where the panel ends, as a player scrolls to it (under the line, the rest is off the screen before).
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await settle(page, 100);
  const buttons = page.locator('#panel .turn-footer button');
  for (let i = 0; i < (await buttons.count()); i++) {
    const button = buttons.nth(i);
    const name = (await button.textContent())?.trim() ?? '';
    await button.click({ trial: true, timeout: 5_000 }).catch(() => found.push(`${at}: the footer's "${name}" cannot be pressed (out of reach or covered)`));
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  return found;
}

/** The board and the footer at each configuration in both languages; returns what is wrong. */
async function checkShapes(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const language of ['en', 'es'] as const) {
    await setLanguage(page, language);
    for (const config of CONFIGS) {
      await page.setViewportSize({ width: config.width, height: config.height });
      // The toolbar folds or unfolds a frame after the resize: its More button is looked for after that.
      await settle(page, 50);
      if (config.largest && (await textScale(page)) === '1') await stepTextToEnd(page, true);
      if (!config.largest) await resetText(page);
      await setProjector(page, config.projector === true);
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      await settle(page, 400);
      const at = `${language} ${config.name}`;
      const state = await page.locator('#stage canvas').getAttribute('data-board-state');
      if (config.notice) {
        // Turning Projector mode off is what helps on a phone; at A+ the notice names A− first.
        const strings = language === 'es' ? es : en;
        const expected = config.largest ? strings.board.needsRoomProjectorText : strings.board.needsRoomProjector;
        const notice = await boardNotice(page);
        if (state !== 'needs-room' || notice !== expected) found.push(`${at}: expected the notice "${expected}", found ${state ?? 'no state'}: ${JSON.stringify(notice)}`);
      } else if (state !== 'drawn') {
        found.push(`${at}: the board is not drawn (${state ?? 'no state'}): it says it needs more room`);
      }
      const report = await page.evaluate(() => (window as unknown as { __csdBoardLabels: () => BoardLabelReport }).__csdBoardLabels());
      const min = config.projector ? projectorMinTextPx(config.width, config.height) : 0;
      found.push(...labelProblems(report, { minPx: min }).map((p) => `${at}: ${p}`));
      const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (sideways > 0) found.push(`${at}: the page scrolls ${sideways} px sideways`);
      await page.screenshot({ path: screenshotPath(`screen-shapes-decision-${language}-${config.name}.png`) });
      found.push(...(await checkFooter(page, config, at)));
    }
    await setProjector(page, false);
    await resetText(page);
  }
  await setLanguage(page, 'en');
  await page.setViewportSize({ width: 1280, height: 720 });
  return found;
}

describe('a phone on its side', () => {
  it('draws the board at 667×375, 844×390 and 932×430 (but 667×375 in projector mode, which says to turn it off), its labels whole, and keeps the footer to one line with its buttons in reach, at both text sizes, with and without the projector, in English and Spanish', async () => {
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
