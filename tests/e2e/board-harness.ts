import { createActor } from 'xstate';
import { makeConfig, prologue } from '../../src/engine';
import { createStrings } from '../../src/i18n';
import { momentText } from '../../src/i18n/moments';
import { gameMachine } from '../../src/machine';
import { shippedScenario } from '../../src/scenario';
import { createPhaserBoard } from '../../src/ui/board/phaser-board';
import { reasonText } from '../../src/ui/debrief/debrief-data';
import { boardView, stagedMoment } from '../../src/ui/view/board-view';

// The board alone, for pictures the game cannot be steered into quickly (tests/e2e/board.e2e.ts,
// served by vite's dev server): a real game's board with the year's cards replaced by `?cards=N`
// cards of the deck, and the game's prologue moments (an election, a strategy, a band crossing)
// staged when `?moments=1`. The page sets `window.harnessReady` once the board is drawn.

const params = new URLSearchParams(location.search);
const scenario = shippedScenario('transition-2012');
if (!scenario.ok) throw new Error(scenario.error);
const sc = scenario.value;
const actor = createActor(gameMachine).start();
const seed = Number(params.get('seed') ?? 4);
actor.send({ type: 'START', scenario: sc, config: makeConfig(sc, { seed, seats: { mexico: 'computer', sedena: 'computer', semar: 'computer', tco: 'computer', us: 'human' } }) });
const game = actor.getSnapshot().context.game;
if (!game) throw new Error('no game');
const { t } = createStrings('en');
const view = boardView(game, sc, t, 'en');
const count = Number(params.get('cards') ?? view.cards.length);
const cards = Array.from({ length: count }, (_, i) => {
  const card = sc.deck[i % sc.deck.length];
  return { id: card?.id ?? `card-${i}`, title: card?.title.en ?? `Card ${i}` };
});
const stage = document.getElementById('stage') as HTMLElement;
void createPhaserBoard(stage).then((board) => {
  board.setHandlers?.({ onCardSelected: (id) => void (document.body.dataset.cardSelected = id) });
  board.showBoard({ ...view, cards }, []);
  if (params.get('moments') === '1') {
    const moments = (prologue(game, sc) ?? []).filter((m) => m.kind !== 'strategy');
    board.stage?.(moments.map((m) => stagedMoment(m, momentText(m, 'en', t, reasonText), t)));
  }
  (window as unknown as { harnessReady: boolean }).harnessReady = true;
});
