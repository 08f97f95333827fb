import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { HostInput } from '../../src/exercise';
import { FileJournal, parseRecords, type RoomStart } from '../../src/server/journal';
import { newExercise, tempDir } from './helpers';

// The file journal: one JSONL log per room, the code claimed by creating its file, inputs appended
// in order, a closed room not restored, and a log that cannot be read refused with where it broke.

const data = tempDir();
afterAll(() => data.remove());

const start = (code: string): RoomStart => ({ code, key: 'k'.repeat(22), exercise: newExercise(), at: 1_000, maxPlayers: 40 });
const tick = (at: number): HostInput => ({ kind: 'tick', at });

describe('the file journal', () => {
  it('claims a code once, appends inputs in order and reads them back', async () => {
    const journal = new FileJournal(data.dir);
    expect(await journal.create(start('ABC234'))).toBe(true);
    expect(await journal.create(start('ABC234'))).toBe(false);
    await Promise.all([journal.append('ABC234', [tick(1)]), journal.append('ABC234', [tick(2), tick(3)]), journal.append('ABC234', [tick(4)])]);
    const read = await journal.read('ABC234');
    expect(read.ok && read.log.inputs).toEqual([tick(1), tick(2), tick(3), tick(4)]);
    expect(read.ok && read.log.start).toEqual(start('ABC234'));
    expect(await journal.openCodes()).toContain('ABC234');
  });

  it('does not list a closed room among the rooms to restore', async () => {
    const journal = new FileJournal(data.dir);
    await journal.create(start('CDE345'));
    await journal.close('CDE345', 5_000);
    const read = await journal.read('CDE345');
    expect(read.ok && read.log.closed).toBe(true);
    expect(await journal.openCodes()).not.toContain('CDE345');
  });

  it('drops a last record cut off by a crash (never acknowledged), but refuses a broken one in the middle, saying where', async () => {
    const journal = new FileJournal(data.dir);
    await journal.create(start('EFG456'));
    await journal.append('EFG456', [tick(1)]);
    appendFileSync(join(data.dir, 'EFG456.jsonl'), '{"kind":"input","inp');
    const cut = await journal.read('EFG456');
    expect(cut.ok && cut.log.inputs).toEqual([tick(1)]);
    writeFileSync(join(data.dir, 'HJK567.jsonl'), `${JSON.stringify({ kind: 'start', start: start('HJK567') })}\nnot json\n`);
    const broken = await journal.read('HJK567');
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.problem).toMatch(/HJK567\.jsonl, record 2: not JSON/);
  });

  it('refuses a log that does not begin with the room start', () => {
    const parsed = parseRecords([JSON.stringify({ kind: 'input', input: tick(1) })], 'log X');
    expect(parsed).toEqual({ ok: false, problem: 'log X, record 1: expected the room\'s start, found "input"' });
  });
});
