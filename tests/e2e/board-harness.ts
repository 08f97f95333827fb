// The page's type, as src/main.ts loads it: the board measures and draws with these families.
import '@fontsource/ibm-plex-sans/latin-400.css';
import '@fontsource/ibm-plex-sans/latin-600.css';
import '@fontsource/source-serif-4/latin-400.css';
import '@fontsource/source-serif-4/latin-600.css';
import '@fontsource/barlow-condensed/latin-500.css';
import '@fontsource/barlow-condensed/latin-600.css';
import { createActor } from 'xstate';
import { makeConfig, prologue } from '../../src/engine';
import { createStrings } from '../../src/i18n';
import { momentText } from '../../src/i18n/moments';
import { gameMachine } from '../../src/machine';
import { shippedScenario } from '../../src/scenario';
import type { BoardCue } from '../../src/ui/board/board';
import type { CardEffect } from '../../src/ui/board/card-motion';
import { createPhaserBoard } from '../../src/ui/board/phaser-board';
import { reasonText } from '../../src/ui/debrief/debrief-data';
import { applyProjector, boardTextScale } from '../../src/ui/projector';
import { boardView, stagedMoment } from '../../src/ui/view/board-view';

// The board alone, for pictures the game cannot be steered into quickly (tests/e2e/board.e2e.ts
// and board-layout.e2e.ts, served by vite's dev server): a real game's board with the year's cards
// replaced by `?cards=N` cards of the deck, and the game's prologue moments (an election, a
// strategy, a band crossing) staged when `?moments=1`. `?lang=es` draws it in Spanish,
// `?projector=1` in projector mode, `?scale=1.75` at that text size, and `?effects=1` sends each
// card's effect on two tracks, so that its chips fly; `?options=1` lays the option cards over it.
// The page sets `window.harnessReady` once the
// board is drawn; the board's labels are at `window.__csdBoardLabels()`.

(window as unknown as { __csdTestHooks: boolean }).__csdTestHooks = true;
const params = new URLSearchParams(location.search);
const language = params.get('lang') === 'es' ? 'es' : 'en';
const projector = params.get('projector') === '1';
const textScale = Number(params.get('scale') ?? 1) || 1;
applyProjector(projector);
const scenario = shippedScenario('transition-2012');
if (!scenario.ok) throw new Error(scenario.error);
const sc = scenario.value;
const actor = createActor(gameMachine).start();
const seed = Number(params.get('seed') ?? 4);
actor.send({ type: 'START', scenario: sc, config: makeConfig(sc, { seed, seats: { mexico: 'computer', sedena: 'computer', semar: 'computer', tco: 'computer', us: 'human' } }) });
const game = actor.getSnapshot().context.game;
if (!game) throw new Error('no game');
const { t } = createStrings(language);
const view = boardView(game, sc, t, language);
const count = Number(params.get('cards') ?? view.cards.length);
const cards = Array.from({ length: count }, (_, i) => {
  const card = sc.deck[i % sc.deck.length];
  return { id: `${card?.id ?? 'card'}-${i}`, title: card?.title[language] ?? `Card ${i}` };
});
const tracks = ['relationship.semar', 'personalTies', 'violence', 'relationship.sedena', 'institutionalization', 'tcoPower'] as const;
const effects: CardEffect[] = cards.flatMap((card, i) => [0, 1].map((k) => {
  const track = tracks[(i * 2 + k) % tracks.length] ?? 'personalTies';
  const now = track === 'violence' ? view.violence : track.startsWith('relationship.') ? view.relationship[track === 'relationship.semar' ? 'semar' : 'sedena'] : track === 'institutionalization' ? view.institutionalization : (view.gauges.find((g) => g.track === track)?.value ?? 50);
  const delta = track === 'violence' ? 1500 : 6;
  return { card: card.id, track, from: now + (k === 0 ? -delta : delta), to: now };
}));
const stage = document.getElementById('stage') as HTMLElement;
void createPhaserBoard(stage).then((board) => {
  board.setHandlers?.({ onCardSelected: (id) => void (document.body.dataset.cardSelected = id) });
  board.setTextScale(boardTextScale(textScale, projector));
  const cues: BoardCue[] = params.get('effects') === '1' ? [{ kind: 'cardsDrawn', count }, { kind: 'cardEffects', effects }] : [];
  board.showBoard({ ...view, cards }, cues);
  if (params.get('options') === '1') board.showOptions((['A', 'B', 'C', 'D'] as const).map((o) => ({ option: o, title: t(`optionCards.${o}.title`), description: t(`optionCards.${o}.description`), outcome: t(`optionCards.${o}.outcome`) })));
  if (params.get('moments') === '1') {
    const moments = (prologue(game, sc) ?? []).filter((m) => m.kind !== 'strategy');
    board.stage?.(moments.map((m) => stagedMoment(m, momentText(m, language, t, reasonText), t)));
  }
  (window as unknown as { harnessReady: boolean }).harnessReady = true;
});
