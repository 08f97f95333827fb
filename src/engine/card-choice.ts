import { ofRole } from './by-role';
import { usesHistory } from './ai';
import { deltaTerms, termsDelta, type DeltaTerm, type DeltaTerms } from './effects';
import { affordableOptions, optionCost } from './legality';
import { drawKey, streamKey, type StreamHolder, type StreamKey } from './rng';
import type { CardChoice, Scenario } from './scenario-types';
import type { EffectTrack, GameState, Reason, Role } from './types';

// How a computer-played role answers a card's choice (DESIGN §2.6): by the expected effects of each
// option on the tracks the role cares about, less the capital it costs; a passive United States by
// the least effort. Ties go to the game's own stream.

/** What a point of political capital is worth against a point of a track the role cares about. */
const CAPITAL_VALUE = 2;

/** What each role cares about, for judging a card's choices by their expected effects. */
const ROLE_INTERESTS: Readonly<Record<Role, Partial<Record<EffectTrack, number>>>> = {
  us: { relationship: 2, 'relationship.sedena': 1, 'relationship.semar': 1, institutionalization: 0.5, usCommitment: 0.3, tcoPower: -0.5, sovereigntyTension: -0.3 },
  mexico: { publicSupport: 1, violence: -0.001, tcoPower: -0.3, sovereigntyTension: -0.4, ruleOfLaw: 0.3, policeCapacity: 0.2 },
  sedena: { 'relationship.sedena': 0.5, relationship: 0.5, sovereigntyTension: -0.6, tcoPower: -0.3 },
  semar: { 'relationship.semar': 1, relationship: 1, tcoPower: -0.4 },
  tco: { tcoPower: 1, policeCapacity: -0.5, ruleOfLaw: -0.3, violence: 0.0002 },
};

/** The key of a card's tie-breaks in the computer's stream, made once per card. */
const tieKeys = new Map<string, StreamKey>();
function tieKey(cardId: string): StreamKey {
  let key = tieKeys.get(cardId);
  if (!key) tieKeys.set(cardId, (key = streamKey('ai', `card:${cardId}`)));
  return key;
}

/** A card choice's options as the computer weighs them, worked out once per choice (see `weighedChoice`). */
interface WeighedOption {
  readonly id: string;
  readonly cost: number;
  readonly deltas: DeltaTerms;
  /** For each of `deltas.tracks`, what the choosing role cares about it (ROLE_INTERESTS, 0 if nothing). */
  readonly interests: readonly number[];
}

// Choices are scenario data shared by every game; a game weighs a dozen or two of them.
const weighedChoices = new WeakMap<CardChoice, readonly WeighedOption[]>();
function weighedChoice(choice: CardChoice): readonly WeighedOption[] {
  let weighed = weighedChoices.get(choice);
  if (!weighed) {
    const interests = ROLE_INTERESTS[choice.role];
    weighed = choice.options.map((option) => {
      const deltas = deltaTerms(option.effects);
      return { id: option.id, cost: optionCost(option, choice.role), deltas, interests: deltas.tracks.map((k) => interests[k] ?? 0) };
    });
    weighedChoices.set(choice, weighed);
  }
  return weighed;
}

export function chooseCardOption(state: GameState, scenario: Scenario, cardId: string, choice: CardChoice, rng: StreamHolder): { option: string; reason: Reason } {
  if (usesHistory(state, choice.role)) {
    const recorded = scenario.historical?.cardChoices[cardId];
    if (recorded && affordableOptions(state, choice).some((o) => o.id === recorded)) return { option: recorded, reason: { code: 'ai.historical', values: { year: state.year } } };
  }
  if (choice.role === 'us' && state.config.usPolicy === 'passive') return leastEffort(state, cardId, choice, rng);
  const budget = ofRole(state.capital, choice.role);
  let bestId: string | null = null;
  let bestScore = 0;
  let bestTrack: EffectTrack | 'none' = 'none';
  for (const option of weighedChoice(choice)) {
    if (option.cost > budget) continue;
    const deltas = option.deltas;
    // Capital spent on a card is capital not spent on the year's levers.
    let score = -CAPITAL_VALUE * option.cost;
    let track: EffectTrack | 'none' = 'none';
    let strongest = 0;
    for (let i = 0; i < deltas.tracks.length; i++) {
      const s = (option.interests[i] as number) * termsDelta(deltas.terms[i] as readonly DeltaTerm[], state.tracks);
      score += s;
      if (Math.abs(s) > strongest) {
        strongest = Math.abs(s);
        track = deltas.tracks[i] as EffectTrack;
      }
    }
    // Ties are broken by the game's RNG so that no option is favoured by its position.
    score += drawKey(rng, tieKey(cardId)) * 1e-6;
    if (bestId === null || score > bestScore) {
      bestId = option.id;
      bestScore = score;
      bestTrack = track;
    }
  }
  const id = bestId ?? choice.options[0]?.id ?? '';
  return { option: id, reason: { code: 'ai.cardChoice', values: { role: choice.role, option: id, track: bestTrack } } };
}

/**
 * A passive United States answers a card with the least effort: the cheapest option, and among
 * those the one that commits it to the least (the smallest expected change to any track); ties go
 * to the game's stream so that no option is favoured by its position.
 */
function leastEffort(state: GameState, cardId: string, choice: CardChoice, rng: StreamHolder): { option: string; reason: Reason } {
  let best: { id: string; cost: number; effort: number } | null = null;
  for (const option of affordableOptions(state, choice)) {
    const cost = optionCost(option, choice.role);
    let effort = drawKey(rng, tieKey(cardId)) * 1e-6;
    const deltas = deltaTerms(option.effects);
    for (let i = 0; i < deltas.tracks.length; i++) {
      effort += Math.abs(termsDelta(deltas.terms[i] as readonly DeltaTerm[], state.tracks)) / (deltas.tracks[i] === 'violence' ? 100 : 1);
    }
    if (!best || cost < best.cost || (cost === best.cost && effort < best.effort)) best = { id: option.id, cost, effort };
  }
  const id = best?.id ?? choice.options[0]?.id ?? '';
  return { option: id, reason: { code: 'ai.us.leastEffort', values: { role: choice.role, option: id } } };
}
