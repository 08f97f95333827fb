import { MODEL, partiesByShare, type Moment, type Party, type Reason } from '../engine';
import type { Language, Translate } from './index';

// The big moments, told in each language (one exhaustive function per language, like refusals):
// a headline for the stage and a line or two of why, with the numbers the engine used.

export interface MomentText {
  readonly headline: string;
  readonly body: string;
}

type ReasonText = (reason: Reason | undefined, t: Translate) => string;
type Render = (m: Moment, t: Translate, reason: ReasonText) => MomentText;

const pct = (x: number) => `${Math.round(x * 100)}%`;
const shareList = (shares: Readonly<Record<Party, number>>) =>
  partiesByShare(shares).map((p) => `${p} ${pct(shares[p])}`).join(' · ');
/** A sentence's first word capitalized: "la Presidencia de México…" opening a headline. */
const capitalized = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const signed = (x: number) => `${x > 0 ? '+' : x < 0 ? '−' : '±'}${Math.abs(Math.round(x * 10) / 10)}`;

function unreachable(m: never): MomentText {
  return { headline: String((m as { kind: unknown }).kind), body: '' };
}

const english: Render = (m, t, reason) => {
  const num = (n: number) => n.toLocaleString('en-US');
  switch (m.kind) {
    case 'election': {
      const why: string[] = [];
      if (m.why.scenarioFavours) why.push(`the paper expected the ${m.why.scenarioFavours} to win this vote`);
      why.push(`the ${m.why.incumbent}, in power, went in with public support at ${m.why.publicSupport}`);
      if (m.why.violencePenalty) why.push(`violence above ${num(MODEL.electionViolenceReference)} killings a year (${num(m.why.violence)}) cost it votes`);
      return {
        headline: `${m.year}: the ${m.winner} wins the election`,
        body: `Chances going in: ${shareList(m.shares)}. ${m.by === 'chosen' ? 'The result was set for this game.' : 'The vote was drawn from these chances.'} Why: ${why.join('; ')}.`,
      };
    }
    case 'strategy': {
      const who = m.by === 'human' ? 'A player chose' : m.by === 'computer' ? 'The computer chose' : m.by === 'fixed' ? 'The game was set to' : 'History gives';
      const because = reason(m.reason ?? undefined, t);
      return { headline: `The ${m.party} government takes ${t(`strategies.${m.strategy}`)}`, body: `${who} this strategy for the new sexenio.${because ? ` ${because}` : ''}` };
    }
    case 'band':
      return {
        headline: `The relationship is now ${t(`bands.${m.to}`)}`,
        body: m.better ? `Up from ${t(`bands.${m.from}`)}: the two militaries work more closely.` : `Down from ${t(`bands.${m.from}`)}: cooperation has slipped.`,
      };
    case 'intelligence':
      return {
        headline: `Intelligence sharing is now ${t(`intel.${m.to}`)}`,
        body: m.better ? `Up from ${t(`intel.${m.from}`)}.` : `Down from ${t(`intel.${m.from}`)}.`,
      };
    case 'offerRefused':
      return {
        headline: `${t('roles.mexico')} refuses the offer: ${t(`actions.${m.action}.name`)}`,
        body: `A guarded Mexico accepts a ${t(`roles.${m.offeredBy}`)} offer ${pct(m.odds)} of the time; this time it said no. ${t('teach.moment.capitalLost', { count: m.capitalSpent })}`,
      };
    case 'handover':
      return { headline: 'The police take the lead', body: 'Under Option B the military hands the fight to the reformed police.' };
    case 'accommodationKnown':
      return { headline: 'The United States learns of the accommodation', body: 'The tacit bargain with the cartels is no longer secret in Washington.' };
    case 'fragmentation':
      return { headline: 'The bargain with the cartels breaks down', body: 'The organisations fragment and violence returns.' };
    case 'sexenioEnd':
      return {
        headline: `${m.year}: the sexenio ends`,
        body: `Relationship ${m.relationship.from} → ${m.relationship.to} (${signed(m.relationship.to - m.relationship.from)}, ${t(`bands.${m.relationship.toBand}`)}); violence ${num(m.violence.from)} → ${num(m.violence.to)} killings a year; institutionalization ${m.institutionalization.from} → ${m.institutionalization.to}.${m.strategy ? ` Strategy: ${t(`strategies.${m.strategy}`)}.` : ''}`,
      };
    default:
      return unreachable(m);
  }
};

const spanish: Render = (m, t, reason) => {
  const num = (n: number) => n.toLocaleString('es-MX');
  switch (m.kind) {
    case 'election': {
      const why: string[] = [];
      if (m.why.scenarioFavours) why.push(`el estudio preveía la victoria del ${m.why.scenarioFavours}`);
      why.push(`el ${m.why.incumbent}, en el poder, llegó con un apoyo público de ${m.why.publicSupport}`);
      if (m.why.violencePenalty) why.push(`una violencia de más de ${num(MODEL.electionViolenceReference)} homicidios al año (${num(m.why.violence)}) le restó votos`);
      return {
        headline: `${m.year}: el ${m.winner} gana la elección`,
        body: `Probabilidades: ${shareList(m.shares)}. ${m.by === 'chosen' ? 'El resultado estaba fijado para esta partida.' : 'El voto se sorteó con estas probabilidades.'} Por qué: ${why.join('; ')}.`,
      };
    }
    case 'strategy': {
      const who = m.by === 'human' ? 'Una persona eligió' : m.by === 'computer' ? 'La computadora eligió' : m.by === 'fixed' ? 'La partida fijaba' : 'La historia marca';
      const because = reason(m.reason ?? undefined, t);
      return { headline: `El gobierno del ${m.party} adopta ${t(`strategies.${m.strategy}`)}`, body: `${who} esta estrategia para el nuevo sexenio.${because ? ` ${because}` : ''}` };
    }
    case 'band':
      return {
        headline: `La relación es ahora ${t(`bands.${m.to}`)}`,
        body: m.better ? `Sube desde ${t(`bands.${m.from}`)}: los dos ejércitos colaboran más.` : `Baja desde ${t(`bands.${m.from}`)}: la cooperación retrocede.`,
      };
    case 'intelligence':
      return {
        headline: `El intercambio de inteligencia es ahora ${t(`intel.${m.to}`)}`,
        body: m.better ? `Sube desde ${t(`intel.${m.from}`)}.` : `Baja desde ${t(`intel.${m.from}`)}.`,
      };
    case 'offerRefused':
      return {
        headline: `${capitalized(t('roleInSentence.mexico'))} rechaza la oferta: ${t(`actions.${m.action}.name`)}`,
        body: `Un México cauteloso acepta una oferta de ${t(`roleInSentence.${m.offeredBy}`)} el ${pct(m.odds)} de las veces; esta vez dijo que no. ${t('teach.moment.capitalLost', { count: m.capitalSpent })}`,
      };
    case 'handover':
      return { headline: 'La policía toma el mando', body: 'Con la opción B, el ejército cede la lucha a la policía reformada.' };
    case 'accommodationKnown':
      return { headline: 'Estados Unidos descubre el acomodo', body: 'El pacto tácito con los cárteles ya no es un secreto en Washington.' };
    case 'fragmentation':
      return { headline: 'Se rompe el pacto con los cárteles', body: 'Las organizaciones se fragmentan y vuelve la violencia.' };
    case 'sexenioEnd':
      return {
        headline: `${m.year}: termina el sexenio`,
        body: `Relación ${m.relationship.from} → ${m.relationship.to} (${signed(m.relationship.to - m.relationship.from)}, ${t(`bands.${m.relationship.toBand}`)}); violencia ${num(m.violence.from)} → ${num(m.violence.to)} homicidios al año; institucionalización ${m.institutionalization.from} → ${m.institutionalization.to}.${m.strategy ? ` Estrategia: ${t(`strategies.${m.strategy}`)}.` : ''}`,
      };
    default:
      return unreachable(m);
  }
};

const RENDER: Readonly<Record<Language, Render>> = { en: english, es: spanish };

/** A moment's headline and explanation in `language`; `reason` renders the engine's reasons. */
export function momentText(m: Moment, language: Language, t: Translate, reason: ReasonText): MomentText {
  return RENDER[language](m, t, reason);
}
