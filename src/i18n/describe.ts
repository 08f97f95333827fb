import type { Card, Condition, Effect } from '../engine';
import type { Translate } from './index';

// Cards' conditions and effects in words, for the printed deck and the board.

function signed(value: number): string {
  return value > 0 ? `+${value}` : `${value}`.replace('-', '−');
}

export function describeEffect(t: Translate, effect: Effect): string {
  switch (effect.op) {
    case 'add':
      return `${t(`trackShort.${effect.track}`)} ${signed(effect.value)}`;
    case 'scale':
      return t('print.scale', { track: t(`trackShort.${effect.track}`), factor: effect.factor });
    case 'flag':
      return t(effect.value ? 'print.flagSet' : 'print.flagCleared', { flag: effect.flag });
    case 'capital':
      return t('print.capital', { role: t(`roles.${effect.role}`), value: signed(effect.value) });
    case 'chance': {
      const percent = Math.round(effect.p * 100);
      const then = describeEffects(t, effect.then);
      return effect.else?.length
        ? t('print.chanceElse', { percent, then, else: describeEffects(t, effect.else) })
        : t('print.chance', { percent, then });
    }
  }
}

export function describeEffects(t: Translate, effects: readonly Effect[]): string {
  return effects.length ? effects.map((e) => describeEffect(t, e)).join(', ') : t('print.noEffects');
}

export function describeCondition(t: Translate, condition: Condition | undefined): string {
  if (!condition) return t('print.always');
  const parts: string[] = [];
  const y = condition.years;
  if (y?.from !== undefined && y.to !== undefined) parts.push(y.from === y.to ? String(y.from) : t('print.years', { from: y.from, to: y.to }));
  else if (y?.from !== undefined) parts.push(t('print.yearsFrom', { from: y.from }));
  else if (y?.to !== undefined) parts.push(t('print.yearsTo', { to: y.to }));
  const term = condition.yearInTerm;
  if (term) parts.push(t('print.yearInTerm', { from: term.from ?? 1, to: term.to ?? 6 }));
  if (condition.strategies) parts.push(`${t('print.strategiesLabel')} ${condition.strategies.join('/')}`);
  if (condition.missions) parts.push(`${t('print.missionsLabel')} ${condition.missions.map((m) => t(`missions.${m}`)).join(' / ')}`);
  if (condition.parties) parts.push(`${t('print.partiesLabel')} ${condition.parties.join('/')}`);
  for (const c of condition.tracks ?? []) {
    const track = t(`trackShort.${c.track}`);
    if (c.min !== undefined) parts.push(t('print.trackMin', { track, value: c.min }));
    if (c.max !== undefined) parts.push(t('print.trackMax', { track, value: c.max }));
  }
  if (condition.flags?.all?.length) parts.push(t('print.flagAll', { flags: condition.flags.all.join(', ') }));
  if (condition.flags?.none?.length) parts.push(t('print.flagNone', { flags: condition.flags.none.join(', ') }));
  return parts.length ? parts.join('; ') : t('print.always');
}

export function citationLine(t: Translate, card: Card): string {
  const fn = card.citation.footnotes?.length ? ` (${t('print.footnotes')} ${card.citation.footnotes.join(', ')})` : '';
  return `Downie 2011, ${card.citation.section}${fn}`;
}
