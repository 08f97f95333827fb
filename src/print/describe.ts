import { INTEL_LEVELS, STRATEGY_TOKENS, type Condition, type Effect, type StrategyToken, type TrackName } from '../engine';
import { en, es, type Language } from '../i18n';
import { KIT_STRINGS, type KitStrings } from './strings';

// Effects and conditions in words a table can act on: dice instead of probabilities, named facts
// instead of flags, percentages instead of factors. Never an engine identifier: a flag the kit has
// no name for is spelt out from its words.

const TABLES = { en, es } as const;

export type Table = (typeof TABLES)[Language];

export function tableOf(language: Language): Table {
  return TABLES[language];
}

/** −3 with a true minus sign, +3 with a plus. */
export function signed(value: number, language: Language): string {
  const s = formatNumber(Math.abs(value), language);
  return value > 0 ? `+${s}` : value < 0 ? `−${s}` : s;
}

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(language === 'es' ? 'es-MX' : 'en-US', { maximumFractionDigits: 2 }).format(value);
}

/** A fact (flag) in words: the kit's name for it, or its own words when the kit has none. */
export function factName(flag: string, k: KitStrings): string {
  const named = k.facts[flag];
  if (named) return named;
  const words = flag.replace(/^done:/, '').replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[-_:]+/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A chance as a roll the table can make: a coin, a d10, or percentile dice. */
export function rollText(p: number, k: KitStrings): string {
  const percent = Math.round(p * 100);
  if (percent === 50) return k.coin;
  if (percent % 10 === 0) return k.roll(1, percent / 10, 'd10', percent);
  return k.roll(1, percent, 'd100', percent);
}

export function describeEffect(effect: Effect, language: Language): string {
  const k = KIT_STRINGS[language];
  const t = TABLES[language];
  switch (effect.op) {
    case 'add':
      return `${t.trackShort[effect.track]} ${signed(effect.value, language)}`;
    case 'scale':
      return k.percentChange(t.trackShort[effect.track], signed(Math.round((effect.factor - 1) * 1000) / 10, language));
    case 'flag':
      return effect.value ? k.mark(factName(effect.flag, k)) : k.erase(factName(effect.flag, k));
    case 'capital':
      return effect.value < 0 ? k.capitalCost(effect.role, -effect.value) : k.capitalGain(effect.role, effect.value);
    case 'chance': {
      const then = describeEffects(effect.then, language);
      const otherwise = effect.else?.length ? `; ${k.otherwise}: ${describeEffects(effect.else, language)}` : '';
      return `${rollText(effect.p, k)}: ${then}${otherwise}`;
    }
  }
}

export function describeEffects(effects: readonly Effect[], language: Language): string {
  return effects.length ? effects.map((e) => describeEffect(e, language)).join(', ') : KIT_STRINGS[language].noEffect;
}

/** Words in the language's quotation marks. */
export function quoteWords(words: string, language: Language): string {
  return language === 'es' ? `«${words}»` : `“${words}”`;
}

/** "A, B or C with law enforcement". */
export function listWords(items: readonly string[], joiner: string): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${joiner} ${items[items.length - 1]}`;
}

export function strategyWords(tokens: readonly StrategyToken[], language: Language): string {
  const k = KIT_STRINGS[language];
  const t = TABLES[language];
  const names = tokens.map((token, i) => (i === 0 ? k.option(t.strategyShort[token]) : t.strategyShort[token]));
  return listWords(names, k.or);
}

function trackValue(track: TrackName, value: number, language: Language): string {
  if (track === 'intelligenceSharing') {
    const level = INTEL_LEVELS[Math.max(0, Math.min(INTEL_LEVELS.length - 1, Math.round(value)))] ?? 'none';
    return quoteWords(TABLES[language].intel[level], language);
  }
  return formatNumber(value, language);
}

export function describeCondition(condition: Condition | undefined, language: Language): string {
  const k = KIT_STRINGS[language];
  const t = TABLES[language];
  if (!condition) return k.always;
  const parts: string[] = [];
  const y = condition.years;
  if (y?.from !== undefined && y.to !== undefined) parts.push(y.from === y.to ? String(y.from) : k.years(y.from, y.to));
  else if (y?.from !== undefined) parts.push(k.yearsFrom(y.from));
  else if (y?.to !== undefined) parts.push(k.yearsTo(y.to));
  const term = condition.yearInTerm;
  if (term) parts.push(k.yearOfTerm(term.from ?? 1, term.to ?? 6));
  if (condition.strategies) {
    // "not under Option D" reads better than four options out of five.
    const strategies = condition.strategies;
    const excluded = STRATEGY_TOKENS.filter((s) => !strategies.includes(s));
    parts.push(excluded.length > 0 && excluded.length < strategies.length ? k.exceptUnder(strategyWords(excluded, language)) : k.underOptions(strategyWords(strategies, language)));
  }
  if (condition.missions) parts.push(k.whileMission(listWords(condition.missions.map((m) => t.missions[m]), k.or)));
  if (condition.parties) parts.push(k.inOffice(listWords(condition.parties, k.or)));
  for (const c of condition.tracks ?? []) {
    const track = t.trackShort[c.track];
    if (c.min !== undefined) parts.push(k.atLeast(track, trackValue(c.track, c.min, language)));
    if (c.max !== undefined) parts.push(k.atMost(track, trackValue(c.track, c.max, language)));
  }
  const quoted = (flags: readonly string[]) => listWords(flags.map((f) => quoteWords(factName(f, k), language)), k.and);
  if (condition.flags?.all?.length) parts.push(k.after(quoted(condition.flags.all)));
  if (condition.flags?.none?.length) parts.push(k.unless(quoted(condition.flags.none)));
  return parts.length ? parts.join('; ') : k.always;
}

/** Which way each track's rise moves the relationship: +1 better, −1 worse, 0 not directly. */
const FOR_THE_RELATIONSHIP: Partial<Record<TrackName, 1 | -1>> = {
  relationship: 1,
  'relationship.sedena': 1,
  'relationship.semar': 1,
  institutionalization: 1,
  personalTies: 1,
  usCommitment: 1,
  intelligenceSharing: 1,
  sovereigntyTension: -1,
};

/** Whether an effect is better or worse for the relationship, or neither (chances and other tracks). */
export function effectLean(effect: Effect): 'better' | 'worse' | null {
  if (effect.op !== 'add' && effect.op !== 'scale') return null;
  const direction = FOR_THE_RELATIONSHIP[effect.track] ?? 0;
  const change = effect.op === 'add' ? effect.value : effect.factor - 1;
  const lean = Math.sign(change) * direction;
  return lean > 0 ? 'better' : lean < 0 ? 'worse' : null;
}

/** The effects as HTML: each one coloured by what it does to the relationship. */
export function effectsHtml(effects: readonly Effect[], language: Language, escape: (s: string) => string): string {
  if (!effects.length) return escape(KIT_STRINGS[language].noEffect);
  return effects
    .map((e) => {
      const lean = effectLean(e);
      const text = escape(describeEffect(e, language));
      return lean ? `<span class="eff-${lean}">${text}</span>` : text;
    })
    .join(', ');
}
