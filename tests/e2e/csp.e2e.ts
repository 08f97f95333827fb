import type { Browser } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newGame, play, serve, watchErrors } from './support';

// The built page runs under a strict Content-Security-Policy (set in vite.config.ts): a whole game
// to the debrief, the board, sounds, the comparisons' worker and a language switch, with not one
// violation and no console error.

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

interface Violation {
  directive: string;
  blocked: string;
  source: string;
  sample: string;
}

describe('the Content-Security-Policy', () => {
  it('is set by the built page: scripts only from the page, no eval, nothing from other origins', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto(url);
    const policy = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
    await context.close();
    const directives = new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name as string, values]));
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(policy).not.toMatch(/unsafe-eval|wasm-unsafe-eval|unsafe-hashes|strict-dynamic|\*/);
    // No inline code or style, and nothing from another origin: every source is a keyword or a local scheme.
    expect(policy).not.toContain('unsafe-inline');
    for (const [name, values] of directives) for (const v of values) expect(v, `${name} ${v}`).toMatch(/^('self'|'none'|data:|blob:)$/);
  });

  it('lets a whole game run to the debrief with no violation and no console error', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    // Registered before any of the page's scripts run: every violation from the first byte on.
    await context.addInitScript(() => {
      const seen: Violation[] = [];
      (window as unknown as { __cspViolations: Violation[] }).__cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) => {
        seen.push({ directive: e.effectiveDirective, blocked: e.blockedURI, source: `${e.sourceFile}:${e.lineNumber}`, sample: e.sample });
      });
    });
    const page = await context.newPage();
    const errors = watchErrors(page);
    // A worker's violations are reported in the worker; its console errors reach the page's listener.
    page.on('worker', (w) => w.evaluate(() => self.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation in a worker: ${(e as SecurityPolicyViolationEvent).effectiveDirective}`))).catch(() => undefined));
    await newGame(page, url, { mode: "Solo, as Mexico's president", seed: 4242 });
    const { years } = await play(page, { option: 'C' });
    expect(years).toBeGreaterThan(0);
    // The debrief's comparisons come from the web worker, and the page switches language.
    await page.locator('#panel table.comparison').waitFor({ timeout: 60_000 });
    await page.getByLabel('Language', { exact: true }).first().selectOption('es');
    await page.locator('#panel').getByRole('heading', { name: 'Balance final' }).waitFor();
    await page.waitForTimeout(500);
    const violations = await page.evaluate(() => (window as unknown as { __cspViolations: Violation[] }).__cspViolations);
    await context.close();
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });
});
