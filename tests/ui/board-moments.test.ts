import { describe, expect, it } from 'vitest';
import { momentSound } from '../../src/audio/moment-sounds';
import { prologue, type Moment } from '../../src/engine';
import { createStrings } from '../../src/i18n';
import { momentText } from '../../src/i18n/moments';
import type { StagedMoment } from '../../src/ui/board/board';
import { bannerBox, MOMENT_MAX_MS, MOMENT_MS, momentDuration, MomentQueue } from '../../src/ui/board/moment-queue';
import { reasonText } from '../../src/ui/debrief/debrief-data';
import { momentTone, stagedMoment } from '../../src/ui/view/board-view';
import { playUntil, sc } from './play';

// Issue 10, "the big moments on stage": what the board is given to stage (its words from
// i18n/moments.ts, its tone, an election's chances, a band crossing's bands), how long each stays,
// where its banner goes, and which sound each kind makes.

const { t } = createStrings('en');

const staged = (kind: StagedMoment['kind'], headline = 'h', body = ''): StagedMoment => ({ kind, headline, body, tone: 'neutral' });

describe('staged moments', () => {
  it('carry an election\'s chances and a band crossing\'s bands, in the caller\'s words', () => {
    // Seed 4: the prologue holds the 2012 election and a band crossing.
    const game = playUntil(['us'], 4, () => true).getSnapshot().context.game;
    if (!game) throw new Error('no game');
    const moments = prologue(game, sc) ?? [];
    const election = moments.find((m) => m.kind === 'election');
    const band = moments.find((m) => m.kind === 'band');
    if (!election || !band) throw new Error('seed 4 should open with an election and a band crossing');
    const e = stagedMoment(election, momentText(election, 'en', t, reasonText), t);
    expect(e.headline).toMatch(/wins the election/);
    // The largest share first, as the panel lists them (partiesByShare).
    expect(e.shares?.map((s) => s.label).sort()).toEqual(['PAN', 'PRD', 'PRI']);
    expect(e.shares?.map((s) => s.share)).toEqual((e.shares ?? []).map((s) => s.share).sort((a, b) => b - a));
    expect(e.shares?.filter((s) => s.winner)).toHaveLength(1);
    expect(e.shares?.reduce((sum, s) => sum + s.share, 0)).toBeCloseTo(1, 6);
    const b = stagedMoment(band, momentText(band, 'es', t, reasonText), t);
    expect(b.band).toMatchObject({ from: band.kind === 'band' ? band.from : '', to: band.kind === 'band' ? band.to : '' });
    expect(b.tone).toBe(band.kind === 'band' && band.better ? 'good' : 'bad');
  });

  it.each([
    [{ kind: 'band', year: 2013, from: 'Cooperative', to: 'Collaborative', better: true }, 'good', 'bandUp'],
    [{ kind: 'band', year: 2013, from: 'Collaborative', to: 'Cooperative', better: false }, 'bad', 'bandDown'],
    [{ kind: 'offerRefused', year: 2013, offeredBy: 'us', action: 'x', refusedBy: 'mexico', odds: 0.5, capitalSpent: 2 }, 'bad', 'refusal'],
    [{ kind: 'fragmentation', year: 2014 }, 'bad', 'alert'],
    [{ kind: 'handover', year: 2016 }, 'good', 'alert'],
  ] as [Moment, StagedMoment['tone'], string][])('%j is %s news and sounds %s', (moment, tone, sound) => {
    expect(momentTone(moment)).toBe(tone);
    expect(momentSound(moment.kind, tone)).toBe(sound);
  });

  it('give an election, a refusal and a sexenio\'s end each their own sound', () => {
    expect(new Set([momentSound('election', 'neutral'), momentSound('offerRefused', 'bad'), momentSound('sexenioEnd', 'good'), momentSound('band', 'good'), momentSound('band', 'bad')]).size).toBe(5);
  });

  it('stay 2.5 s, a long one longer, never more than 5 s', () => {
    expect(momentDuration({ headline: 'short', body: '' })).toBe(MOMENT_MS);
    expect(momentDuration({ headline: 'x'.repeat(80), body: 'y'.repeat(200) })).toBeGreaterThan(MOMENT_MS);
    expect(momentDuration({ headline: '', body: 'y'.repeat(5000) })).toBe(MOMENT_MAX_MS);
  });

  it('queue one after another, and a cleared queue stages nothing', () => {
    const q = new MomentQueue();
    q.push([staged('election'), staged('band')]);
    q.push([staged('sexenioEnd')]);
    expect([q.advance()?.kind, q.advance()?.kind, q.advance()?.kind, q.advance()]).toEqual(['election', 'band', 'sexenioEnd', null]);
    expect(q.shown).toBe(3);
    q.push([staged('election')]);
    q.clear();
    expect(q.advance()).toBeNull();
  });

  it('put their banner inside the stage at any size', () => {
    for (const [w, h, s] of [[1280, 720, 1], [390, 380, 1.75], [1, 1, 1], [0, 0, 1], [Number.NaN, 500, 1], [3840, 2160, 2]] as const) {
      const b = bannerBox(w, h, s);
      const W = Number.isFinite(w) ? w : 0;
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.w).toBeGreaterThanOrEqual(0);
      expect(b.x + b.w).toBeLessThanOrEqual(Math.max(W, 0) + 1e-9);
      expect(b.maxH).toBeGreaterThanOrEqual(0);
    }
  });
});
