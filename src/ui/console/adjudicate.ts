import { EFFECT_TRACKS, headlineRelationship, INTEL_LEVELS, type EffectTrack, type IntelLevel } from '../../engine';
import type { Ruling } from '../../exercise';
import { h } from '../dom/h';
import { cardTitle, checkField, reasonField, section, selectField, textField, words, type RunContext } from './context';

// Adjudication (issue 11, item 3): accept the engine's result, override a track or intelligence
// sharing, cancel what a card drawn this year did, or rule freely; announced to the room or kept to
// the control cell, always with a reason.

const KINDS = ['accept', 'override', 'overrideIntel', 'cancel', 'free'] as const;
type Kind = (typeof KINDS)[number];

function trackValue(ctx: RunContext, track: EffectTrack): number {
  const value = track === 'relationship' ? headlineRelationship(ctx.game.tracks) : ctx.game.tracks[track];
  return Math.round(value * 10) / 10;
}

export function adjudicationSection(ctx: RunContext): HTMLElement {
  const { t, game, scenario, language } = ctx;
  const c = words(t);
  const kind = selectField(c('rulingKind'), 'rule:kind', KINDS.map((k) => ({ value: k, label: c(`ruling.${k}`) })));
  const track = selectField(c('track'), 'rule:track', EFFECT_TRACKS.map((k) => ({ value: k, label: t(`tracks.${k}`) })));
  const value = textField(c('newValue'), 'rule:value', { type: 'number', step: 'any', inputmode: 'decimal' });
  const setValue = () => (value.input.value = String(trackValue(ctx, track.select.value as EffectTrack)));
  track.select.addEventListener('change', setValue);
  setValue();
  const level = selectField(c('intelLevel'), 'rule:level', INTEL_LEVELS.map((l) => ({ value: l, label: t(`intel.${l}`) })), game.intelligenceSharing);
  const card = selectField(c('cardToCancel'), '', game.drawn.map((id) => ({ value: id, label: cardTitle(scenario, id, language) })));
  const text = textField(c('rulingText'), 'rule:text', {}, true);
  const announce = checkField(c('announce'), 'rule:public', true);
  const reason = reasonField(t, 'rule:reason');
  const parts: Record<Kind, HTMLElement[]> = {
    accept: [],
    override: [track.field, value.field],
    overrideIntel: [level.field],
    cancel: [game.drawn.length ? card.field : h('p', { class: 'hint' }, c('noCardsDrawn'))],
    free: [text.field],
  };
  const fields = h('div', { class: 'ruling-fields' });
  const show = () => fields.replaceChildren(...parts[kind.select.value as Kind]);
  kind.select.addEventListener('change', show);
  show();
  const rule = h('button', { type: 'button', class: 'primary' }, c('rule'));
  rule.addEventListener('click', () => {
    const k = kind.select.value as Kind;
    const ruling: Ruling =
      k === 'override' ? { kind: 'override', track: track.select.value as EffectTrack, value: Number(value.input.value) }
      : k === 'overrideIntel' ? { kind: 'overrideIntel', level: level.select.value as IntelLevel }
      : k === 'cancel' ? { kind: 'cancel', card: card.select.value }
      : k === 'free' ? { kind: 'free', text: text.input.value }
      : { kind: 'accept' };
    ctx.command({ type: 'rule', ruling, reason: reason.input.value, public: announce.input.checked }, undefined, ['rule:reason', 'rule:text']);
  });
  return section(c('adjudication'), 'console-adjudication', kind.field, fields, announce.field, reason.field, h('div', { class: 'actions' }, rule));
}
