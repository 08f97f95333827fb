import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../src/server/process';
import { launch, ROOT, screenshotPath, watchErrors } from './support';

// A networked room over the real room server (issue 12): the built game and the rooms served by
// the project's own production command (`npm start`'s entry, on a free port, with its journal in a
// temporary directory), and four browser contexts — the facilitator's console, two teams, and the
// projector. The facilitator makes a room from the console's exercise, the teams join by code and
// are admitted, each team decides on its own page, the projector shows the code and the board and
// never what the control cell keeps, and a team (and the facilitator) reloading the page is back
// in its seat.

const PRIVATE_NOTE = 'PRIVATE note: the control cell doubts the US team';
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Serious and critical accessibility violations on the page (axe-core). */
async function axeScan(page: Page, screen: string): Promise<string[]> {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${screen}: ${v.id} (${v.impact}) ${v.targets.join(', ')}`);
}

let server: ChildProcess | null = null;
let dataDir = '';
let url = '';
let browser: Browser;
const contexts: BrowserContext[] = [];


/** `npm start` (tsx src/server/main.ts) on `port`, resolved once it says where it serves. */
function startServer(port: number): Promise<ChildProcess> {
  const tsx = createRequire(import.meta.url).resolve('tsx/cli');
  const child = spawn(process.execPath, [tsx, 'src/server/main.ts'], { cwd: ROOT, env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', CSD_DATA_DIR: dataDir }, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`the room server did not start in 30 s: ${output}`)), 30_000);
    const listen = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('server with rooms at')) {
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout?.on('data', listen);
    child.stderr?.on('data', listen);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the room server exited (${code}): ${output}`));
    });
  });
}

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'dist/index.html'))) throw new Error('dist/ is missing: run `npm run build` first (npm run test:e2e does)');
  dataDir = mkdtempSync(join(tmpdir(), 'csd-rooms-'));
  const port = await freePort();
  server = await startServer(port);
  url = `http://127.0.0.1:${port}/`;
  browser = await launch();
});

afterAll(async () => {
  await Promise.all(contexts.map((c) => c.close()));
  await browser?.close();
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server?.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function newPage(viewport = { width: 1280, height: 720 }): Promise<Page> {
  const context = await browser.newContext({ viewport });
  contexts.push(context);
  return context.newPage();
}

/** A player joins by the code (typed in lower case, with a space) and asks for the seat named `seat`. */
async function joinRoom(page: Page, code: string, name: string, seat: RegExp): Promise<void> {
  await page.goto(`${url}?join`);
  await page.getByLabel('Room code').fill(`${code.slice(0, 3).toLowerCase()} ${code.slice(3).toLowerCase()}`);
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Join' }).click();
  await page.getByLabel(seat).check({ timeout: 15_000 });
  await page.getByRole('button', { name: 'Ask for this seat' }).click();
  await page.getByText('Waiting for the facilitator to admit you').waitFor();
}

/**
 * Plays what the team's own page offers until its decision is sealed: the vote, an option, a
 * card's choice, the report; then the first lever it can afford, sealed (the last team's seal
 * reveals the round, and its page moves on to the report).
 */
async function decide(page: Page): Promise<void> {
  const panel = page.locator('#panel');
  for (let i = 0; i < 60; i++) {
    if (await panel.locator('.net-sealed').count()) return;
    const confirm = panel.getByRole('button', { name: 'Confirm decisions' });
    const other = panel.getByRole('button', { name: /^(Hold the vote|Choose option B|Confirm the choice|Next year|To the election)$/ });
    if (await confirm.count()) {
      const boxes = panel.getByRole('checkbox', { disabled: false });
      if (await boxes.count()) await boxes.first().check();
      await confirm.click();
      // Sealed, or — for the last team to seal — revealed with the others and on to the year's report.
      await panel.locator('.net-sealed, .report-view').first().waitFor({ timeout: 15_000 }).catch(async () => {
        throw new Error(`not sealed: ${await page.locator('.net-message').textContent()} | ${(await panel.innerText()).slice(0, 400)}`);
      });
      return;
    }
    if (await other.count()) {
      const before = await panel.textContent();
      await other.first().click();
      await page.waitForFunction((text) => document.querySelector('#panel')?.textContent !== text, before, { timeout: 15_000 });
    } else {
      // Another team's turn: the room's next view will come.
      await page.waitForTimeout(250);
    }
  }
  throw new Error(`the team never sealed a decision: ${(await panel.innerText()).slice(0, 300)}`);
}

describe('a networked room', () => {
  it('runs with the facilitator, two teams and the projector on their own devices', async () => {
    const started = Date.now();
    // The facilitator sets the exercise up on the console and runs it over the network.
    const console_ = await newPage();
    const consoleErrors = watchErrors(console_);
    await console_.goto(`${url}?view=console`);
    await console_.getByRole('button', { name: 'Start the exercise' }).waitFor({ timeout: 30_000 });
    await console_.getByLabel('Title').first().fill('Networked seminar');
    await console_.getByLabel('In secret, revealed together').check();
    await console_.getByRole('button', { name: 'Start the exercise' }).click();
    await console_.locator('.console-running').waitFor({ timeout: 30_000 });
    await console_.locator('.console-header .console-menu summary').click();
    await console_.getByRole('button', { name: 'Run it over the network' }).click();
    await console_.waitForURL(/view=console&room=[A-Z0-9]{6}/, { timeout: 30_000 }).catch(async (e: unknown) => {
      throw new Error(`no room: ${console_.url()} ${await console_.locator('.message').first().textContent()} ${consoleErrors.join(' ')} ${String(e)}`);
    });
    const room = console_.locator('.net-room');
    await room.locator('.net-code').waitFor({ timeout: 30_000 });
    const code = new URL(console_.url()).searchParams.get('room') ?? '';
    expect((await room.locator('.net-code').textContent())?.replace(' ', '')).toBe(code);
    expect(await console_.locator('.console-header h1').textContent()).toBe('Networked seminar');

    // The projector joins by the room's address, and two teams by the code.
    const projector = await newPage();
    const projectorErrors = watchErrors(projector);
    await projector.goto(`${url}?view=projector&room=${code}`);
    await projector.locator('.net-code', { hasText: `${code.slice(0, 3)} ${code.slice(3)}` }).waitFor({ timeout: 30_000 });
    expect(await projector.locator('svg.qr-code').getAttribute('aria-label')).toContain(`?join=${code}`);
    const us = await newPage({ width: 390, height: 844 });
    const mexico = await newPage({ width: 390, height: 844 });
    const teamErrors = [watchErrors(us), watchErrors(mexico)];
    await joinRoom(us, code, 'Ana', /United States/);
    await joinRoom(mexico, code, 'Ben', /Mexico/);
    const found = await axeScan(mexico, 'waiting to be admitted');

    // The facilitator admits all three to the seats they asked for.
    for (const name of ['Ana', 'Ben', 'Projector']) {
      await room.getByRole('button', { name: `Admit ${name}` }).click({ timeout: 15_000 });
      await room.locator('.net-seated-list', { hasText: name }).waitFor({ timeout: 15_000 });
    }
    await us.locator('.net-seat .net-who', { hasText: 'United States' }).waitFor({ timeout: 15_000 });
    await mexico.locator('.net-seat .net-who', { hasText: 'Mexico' }).waitFor({ timeout: 15_000 });
    await projector.locator('.projector-head h1', { hasText: 'Networked seminar' }).waitFor({ timeout: 15_000 });
    await projector.locator('#stage canvas').waitFor({ timeout: 30_000 });
    found.push(...(await axeScan(projector, 'projector')), ...(await axeScan(us, "a team's screen")), ...(await axeScan(console_, 'console in a room')));

    // A note only the control cell keeps.
    const notes = console_.locator('.console-notes');
    await notes.getByLabel('Observer note').fill(PRIVATE_NOTE);
    await notes.getByRole('button', { name: 'Add the note' }).click();
    await console_.locator('.exercise-log', { hasText: PRIVATE_NOTE }).waitFor({ timeout: 15_000 });

    // Each team decides on its own page; the first to seal shows as decided on the projector.
    await Promise.all([decide(us), decide(mexico)]);
    await console_.locator('.exercise-log [data-kind="revealed"]').waitFor({ timeout: 30_000 });
    await us.screenshot({ path: screenshotPath('network-team-e2e-390x844.png') });
    await projector.screenshot({ path: screenshotPath('network-projector-e2e-1280x720.png') });
    // Everything on the projector's page, hidden or not, and the room's decided marks.
    expect(await projector.content()).not.toContain('PRIVATE');
    expect(await projector.locator('.projector-head h1').textContent()).toBe('Networked seminar');

    // One team reloads its page: it is back in its seat without joining again.
    await us.reload();
    await us.locator('.net-seat .net-who', { hasText: 'United States' }).waitFor({ timeout: 30_000 });
    expect(await us.getByLabel('Room code').count()).toBe(0);
    await room.locator('.net-seated-list', { hasText: 'Ana' }).waitFor();
    // So is the facilitator, on the room's console, with its players.
    await console_.reload();
    await console_.locator('.net-room .net-seated-list', { hasText: 'Ben' }).waitFor({ timeout: 30_000 });
    expect(await console_.locator('.console-header h1').textContent()).toBe('Networked seminar');

    expect([...consoleErrors, ...projectorErrors, ...teamErrors.flat()]).toEqual([]);
    expect(found).toEqual([]);
    // Measured, not asserted as a time: how long the whole room took here.
    console.log(`a networked room, four contexts: ${Date.now() - started} ms`);
  });
});
