import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { HostInput } from '../../src/exercise';
import { FileJournal, parseRecords, type RoomStart } from '../../src/server/journal';
import { newExercise, startTestServer, tempDir } from './helpers';

// Damaged room logs, as a crash, a full disk or a hurried hand leave them: a record that is JSON but
// not a record, one missing its input, a record cut off by a crash and then written after, a log
// filed under another room's code. Each refuses its own room with the record and what is wrong
// (the server still starts, with the other rooms), and a cut record never costs the room later.

const data = tempDir();
afterAll(() => data.remove());

const start = (code: string): RoomStart => ({ code, key: 'k'.repeat(22), exercise: newExercise(), at: 1_000, maxPlayers: 40 });
const startLine = (code: string): string => `${JSON.stringify({ kind: 'start', start: start(code) })}\n`;
const tick = (at: number): HostInput => ({ kind: 'tick', at });
const tickLine = (at: number): string => `${JSON.stringify({ kind: 'input', input: tick(at) })}\n`;

describe('a damaged room log', () => {
  it.each([
    ['null', 'record 3: not a record (null)'],
    ['[1,2]', 'record 3: not a record (a list)'],
    ['{"kind":"input"}', 'record 3: input: missing'],
    ['{"kind":"input","input":{"kind":"explode","at":5}}', 'record 3: input.kind: not a kind of input ("explode")'],
    ['{"kind":"input","input":{"kind":"drop","at":5}}', 'record 3: input.player: not a player id'],
    ['{"kind":"input","input":{"kind":"message","at":5,"player":"p1","message":{"type":"command","id":1,"command":{"type":"note","text":7}}}}', 'record 3: input.message.command.text: '],
  ])('refuses %s, saying which record and what is wrong', (line, problem) => {
    const lines = [startLine('MNP234'), tickLine(2), line].map((l) => l.trimEnd());
    const parsed = parseRecords(lines, 'log M');
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.problem).toContain(`log M, ${problem}`);
  });

  it('refuses a start record without the room start in it', () => {
    const parsed = parseRecords(['{"kind":"start"}'], 'log S');
    expect(parsed).toEqual({ ok: false, problem: 'log S, record 1: start: missing' });
  });

  it('keeps a room whose last record a crash cut off through its next restart too: the cut record goes before anything is appended', async () => {
    const file = join(data.dir, 'QRS345.jsonl');
    const before = new FileJournal(data.dir);
    await before.create(start('QRS345'));
    await before.append('QRS345', [tick(1)]);
    appendFileSync(file, '{"kind":"input","input":{"kind":"ti');
    // The server comes back: it reads the log (the cut record is left out) and the room goes on.
    const after = new FileJournal(data.dir);
    const first = await after.read('QRS345');
    expect(first.ok && first.log.inputs).toEqual([tick(1)]);
    await after.append('QRS345', [tick(2)]);
    expect(readFileSync(file, 'utf8').endsWith(`${tickLine(1)}${tickLine(2)}`)).toBe(true);
    // And again after the next restart: nothing acknowledged since is lost.
    const second = await new FileJournal(data.dir).read('QRS345');
    expect(second.ok && second.log.inputs).toEqual([tick(1), tick(2)]);
  });

  it('refuses a log filed under another room\'s code', async () => {
    writeFileSync(join(data.dir, 'TUV456.jsonl'), startLine('WXY567'));
    const read = await new FileJournal(data.dir).read('TUV456');
    expect(read.ok).toBe(false);
    expect(!read.ok && read.problem).toMatch(/TUV456\.jsonl, record 1: the start of room WXY567, not TUV456/);
  });

  it('does not stop the server from starting: the other rooms come back, and the output names the bad room and record', async () => {
    const dir = join(data.dir, 'start');
    const journal = new FileJournal(dir);
    for (const code of ['ABC234', 'DEF345', 'GHJ456']) await journal.create(start(code));
    await journal.append('ABC234', [tick(2_000)]);
    appendFileSync(join(dir, 'DEF345.jsonl'), 'null\n');
    appendFileSync(join(dir, 'GHJ456.jsonl'), '{"kind":"input"}\n');
    const lines: string[] = [];
    const server = await startTestServer({ dataDir: dir, log: (line) => lines.push(line) });
    try {
      expect(server.running.restored).toEqual(['ABC234']);
      expect(lines).toContainEqual(expect.stringMatching(/^room DEF345 not restored: .*DEF345\.jsonl, record 2: not a record \(null\)$/));
      expect(lines).toContainEqual(expect.stringMatching(/^room GHJ456 not restored: .*GHJ456\.jsonl, record 2: input: missing$/));
    } finally {
      await server.running.close();
    }
  });
});
