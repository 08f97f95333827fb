import type { Reason } from '../engine';
import type { Translate } from './index';

// Why a computer-played role did what it did, worded: one exhaustive function over the engine's
// closed set of reason codes (engine/types.ts `Reason`), each code with its own string in the
// language's table and its values named as the rest of the UI names them.

const number = (n: number) => n.toLocaleString('en-US');

function unreachable(r: never): string {
  return String((r as { code: unknown }).code);
}

/** A reason in the language of `t`; '' for none. */
export function reasonText(reason: Reason | null | undefined, t: Translate): string {
  if (!reason) return '';
  switch (reason.code) {
    case 'ai.strategy': {
      const v = reason.values;
      const factors = v.factors.length ? v.factors.map((f) => t(`factors.${f}`)).join(', ') : t('factors.tendency');
      const common = { party: v.party, strategy: t(`strategyShort.${v.strategy}`), support: v.support, violence: number(v.violence), commitment: v.commitment, factors };
      // Violence that did not change is not said twice ("12,200 a year (was 12,200)").
      return v.violence === v.violenceBefore ? t('reasons.ai.strategySteady', common) : t('reasons.ai.strategy', { ...common, violenceBefore: number(v.violenceBefore) });
    }
    case 'ai.mexico':
      return t('reasons.ai.mexico', { ...reason.values, strategy: t(`strategyShort.${reason.values.strategy}`), stance: t(`stances.${reason.values.stance}`) });
    case 'ai.sedena':
    case 'ai.semar':
      return t(`reasons.${reason.code}`, { ...reason.values, mission: t(`missions.${reason.values.mission}`) });
    case 'ai.tco':
      return t('reasons.ai.tco', { mission: t(`missions.${reason.values.mission}`) });
    case 'ai.us.passive':
      return t('reasons.ai.us.passive');
    case 'ai.us.hawkish':
      return t('reasons.ai.us.hawkish', reason.values);
    case 'ai.us.recommended':
      return t('reasons.ai.us.recommended', { ...reason.values, situation: t(`situations.${reason.values.situation}`) });
    case 'ai.historical':
      return t('reasons.ai.historical', reason.values);
    case 'ai.cardChoice': {
      const { role, option, track } = reason.values;
      // The role goes in by id: each language's string names it in the form its sentence needs.
      return track === 'none' ? t('reasons.ai.cardChoicePlain', { role, option }) : t('reasons.ai.cardChoice', { role, option, track: t(`tracks.${track}`) });
    }
    case 'ai.us.leastEffort':
      return t('reasons.ai.us.leastEffort', { role: reason.values.role, option: reason.values.option });
    default:
      return unreachable(reason);
  }
}

/** A card choice's reason with the option named by its label (the engine keeps the option's id). */
export function withOptionLabel(reason: Reason | null | undefined, label: string): Reason | undefined {
  if (!reason) return undefined;
  if (reason.code === 'ai.cardChoice') return { ...reason, values: { ...reason.values, option: label } };
  if (reason.code === 'ai.us.leastEffort') return { ...reason, values: { ...reason.values, option: label } };
  return reason;
}
