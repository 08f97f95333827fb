import { EFFECT_TRACKS, MODEL, roleAction, type EffectTrack, type GameState, type Stance } from '../../engine';
// The engine's own expectation (read-only), the one the computer players weigh actions with.
import { expectedDeltas } from '../../engine/effects';
import type { Translate } from '../../i18n';
import { changeLean, signedChange } from '../view/changes';
import { h } from './h';

// What the ticked actions are expected to do, before the team confirms: the sum of each action's
// expected change of every track (chances averaged), an offer Mexico may refuse weighted by the odds
// that it accepts. The year's drift and events come on top; the note under the line says so.

/** The chance that Mexico accepts an offer that needs its consent, under a stance (game.ts `decide`). */
export function consentOdds(stance: Stance): number {
  return stance === 'open' ? 1 : stance === 'guarded' ? MODEL.guardedConsent : 0;
}

/** The expected change of each track from these actions, in the board's track order. */
export function previewDeltas(game: GameState, actionIds: readonly string[]): [EffectTrack, number][] {
  const sum: Partial<Record<EffectTrack, number>> = {};
  for (const id of actionIds) {
    const action = roleAction(id);
    if (!action) continue;
    const weight = action.consent ? consentOdds(game.stance) : 1;
    if (weight > 0) expectedDeltas(action.effects, game.tracks, weight, sum);
  }
  return EFFECT_TRACKS.flatMap((track) => {
    const delta = sum[track];
    return delta !== undefined && changeLean(track, delta) !== null ? [[track, delta] as [EffectTrack, number]] : [];
  });
}

/** "Relationship +1.2 · Violence −300", each part coloured better or worse (class `better`/`worse`). */
export function previewLine(t: Translate, deltas: readonly [EffectTrack, number][], language: 'en' | 'es'): HTMLElement[] {
  return deltas.flatMap(([track, delta], i) => {
    const lean = changeLean(track, delta);
    const part = h('span', { class: `delta ${lean ?? ''}`, 'data-track': track }, `${t(`trackShort.${track}`)} ${signedChange(delta, track, language)}`);
    if (lean) part.append(h('span', { class: 'visually-hidden' }, ` (${lean === 'better' ? '▲' : '▼'})`));
    return i === 0 ? [part] : [h('span', { class: 'sep', 'aria-hidden': 'true' }, ' · '), part];
  });
}
