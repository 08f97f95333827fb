import { setStateFreezing } from '../engine';
import { SHIPPED_SCENARIO_IDS, shippedScenario } from '../scenario/catalog';
import type { ComparisonAnswer, ComparisonAsk } from '../sim/debrief-comparisons';
import { answerComparison } from './answer-comparison';

// The Web Worker that plays the debrief's comparisons off the page's main thread, so the page stays
// responsive while its few hundred games are played. Started by src/main.ts (through the app, at
// the game's last report), one per debrief.

/** The part of a dedicated worker's global scope used here (the DOM library types `self` as a window). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ComparisonAsk>) => void) | null;
  postMessage(answer: ComparisonAnswer): void;
}

// The worker's games never leave it (only numbers do): freezing them would only cost time.
setStateFreezing(import.meta.env.DEV);

const scope = self as unknown as WorkerScope;
scope.onmessage = (event) => answerComparison(event.data, (answer) => scope.postMessage(answer));

// Validating a scenario takes a tenth of a second the first time: done now, while the players read
// the last report, rather than after they open the debrief. A request that comes meanwhile waits.
for (const id of SHIPPED_SCENARIO_IDS) shippedScenario(id);
