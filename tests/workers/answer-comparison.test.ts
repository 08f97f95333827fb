import { describe, expect, it } from 'vitest';
import { makeConfig, playGame } from '../../src/engine';
import { comparisonRequest, computeComparisons, type ComparisonAnswer } from '../../src/sim/debrief-comparisons';
import { answerComparison } from '../../src/workers/answer-comparison';
import { scenario, seats } from '../helpers';

// The comparison worker's answer to the page, run in-process: progress after every game, then the
// numbers; an error the page can fall back from.

const sc = scenario('transition-2012');
const played = playGame(sc, makeConfig(sc, { seed: 3 }));
const game = { ...played, config: { ...played.config, seats: seats(['us']) } };

function answers(ask: unknown, now?: () => number): ComparisonAnswer[] {
  const posted: ComparisonAnswer[] = [];
  answerComparison(ask as Parameters<typeof answerComparison>[0], (a) => posted.push(structuredClone(a)), now);
  return posted;
}

describe('the comparison worker', () => {
  it('loads the shipped scenario by id, reports the games played and posts the numbers', () => {
    const request = comparisonRequest(game, sc, 4);
    // A clock that moves 20 ms a game: a report every third game, with the first and the last.
    let clock = 0;
    const posted = answers({ type: 'compare', request: structuredClone(request) }, () => (clock += 20));
    expect(posted.flatMap((a) => (a.type === 'progress' ? [a.done] : []))).toEqual([0, 3, 6, 9, 12]);
    expect(posted.every((a) => a.type !== 'progress' || a.total === 12)).toBe(true);
    expect(posted.at(-1)).toEqual({ type: 'result', comparisons: computeComparisons(sc, request) });
  });

  it('answers an error for a scenario it does not ship, or a message it does not know', () => {
    const request = { ...comparisonRequest(game, sc, 4), scenario: 'atlantis-2030' };
    expect(answers({ type: 'compare', request })).toEqual([{ type: 'error', message: expect.stringMatching(/unknown scenario "atlantis-2030"/) as string }]);
    expect(answers({ type: 'shutdown' })).toEqual([{ type: 'error', message: expect.stringMatching(/unexpected message/) as string }]);
  });
});
