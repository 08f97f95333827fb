import type { Card, Condition, Effect, Role } from '../engine';
import type { Translate } from './index';

// Cards' conditions and effects in words, for the printed deck and the board. Never an engine
// identifier: a flag is named by `turnView.flags`, or spelt out from its words when it has no name.

function signed(value: number): string {
  return value > 0 ? `+${value}` : `${value}`.replace('-', '−');
}

/** A flag (a standing fact) in words. */
export function flagName(t: Translate, flag: string): string {
  if (flag.startsWith('done:')) {
    const action = flag.slice('done:'.length);
    const name = t(`actions.${action}.name`);
    return t('turnView.flagDone', { action: name === `actions.${action}.name` ? spelt(action) : name });
  }
  const key = `turnView.flags.${flag}`;
  const named = t(key);
  return named === key ? spelt(flag) : named;
}

/** "accommodationFragmented" → "Accommodation fragmented". */
function spelt(id: string): string {
  const words = id.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[-_:.]+/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export interface DescribeOptions {
  /**
   * The role whose political capital the text already shows (a cost tag, an option's label that
   * says "costs 2 capital"): its capital effects are left out rather than said twice.
   */
  readonly capitalShownFor?: Role;
}

export function describeEffect(t: Translate, effect: Effect): string {
  switch (effect.op) {
    case 'add':
      return `${t(`trackShort.${effect.track}`)} ${signed(effect.value)}`;
    case 'scale':
      return t('print.scale', { track: t(`trackShort.${effect.track}`), factor: effect.factor });
    case 'flag':
      return t(effect.value ? 'print.flagSet' : 'print.flagCleared', { flag: flagName(t, effect.flag) });
    case 'capital':
      // The role goes in by id: each language's string names it in the form its phrase needs.
      return t('print.capital', { role: effect.role, value: signed(effect.value) });
    case 'chance': {
      const percent = Math.round(effect.p * 100);
      const then = describeEffects(t, effect.then);
      return effect.else?.length
        ? t('print.chanceElse', { percent, then, else: describeEffects(t, effect.else) })
        : t('print.chance', { percent, then });
    }
  }
}

export function describeEffects(t: Translate, effects: readonly Effect[], options: DescribeOptions = {}): string {
  const shown = options.capitalShownFor;
  const told = shown ? effects.filter((e) => !(e.op === 'capital' && e.role === shown)) : effects;
  return told.length ? told.map((e) => describeEffect(t, e)).join(', ') : t('print.noEffects');
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
  if (condition.strategies) parts.push(`${t('print.strategiesLabel')} ${condition.strategies.map((x) => t(`strategyShort.${x}`)).join(' / ')}`);
  if (condition.missions) parts.push(`${t('print.missionsLabel')} ${condition.missions.map((m) => t(`missions.${m}`)).join(' / ')}`);
  if (condition.parties) parts.push(`${t('print.partiesLabel')} ${condition.parties.join('/')}`);
  for (const c of condition.tracks ?? []) {
    const track = t(`trackShort.${c.track}`);
    if (c.min !== undefined) parts.push(t('print.trackMin', { track, value: c.min }));
    if (c.max !== undefined) parts.push(t('print.trackMax', { track, value: c.max }));
  }
  if (condition.flags?.all?.length) parts.push(t('print.flagAll', { flags: condition.flags.all.map((f) => flagName(t, f)).join(', ') }));
  if (condition.flags?.none?.length) parts.push(t('print.flagNone', { flags: condition.flags.none.map((f) => flagName(t, f)).join(', ') }));
  return parts.length ? parts.join('; ') : t('print.always');
}

export function citationLine(t: Translate, card: Card): string {
  const fn = card.citation.footnotes?.length ? ` (${t('print.footnotes')} ${card.citation.footnotes.join(', ')})` : '';
  return `Downie 2011, ${card.citation.section}${fn}`;
}
