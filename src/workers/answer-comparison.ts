import { shippedScenario } from '../scenario/catalog';
import { computeComparisons, type ComparisonAnswer, type ComparisonAsk } from '../sim/debrief-comparisons';

// What the comparison worker does with a request, apart from the worker's own plumbing (so that
// tests can run it in-process): load the shipped scenario by id, play the games, and post the
// progress as they are played and then the numbers. A problem is posted back as an error: the page
// then plays the games itself.

/** How often the progress is posted (ms): every game would make the page redraw its bar for each. */
export const PROGRESS_EVERY_MS = 50;

export function answerComparison(ask: ComparisonAsk, post: (answer: ComparisonAnswer) => void, now: () => number = () => performance.now()): void {
  try {
    if (ask?.type !== 'compare') throw new Error(`unexpected message ${JSON.stringify(ask)}`);
    const scenario = shippedScenario(ask.request.scenario);
    if (!scenario.ok) throw new Error(scenario.error);
    let last = Number.NEGATIVE_INFINITY;
    const comparisons = computeComparisons(scenario.value, ask.request, (progress) => {
      // The first report (the total) and the last always; between them, one per interval.
      const at = now();
      if (progress.done > 0 && progress.done < progress.total && at - last < PROGRESS_EVERY_MS) return;
      last = at;
      post({ type: 'progress', ...progress });
    });
    post({ type: 'result', comparisons });
  } catch (e) {
    post({ type: 'error', message: e instanceof Error ? e.message : String(e) });
  }
}
