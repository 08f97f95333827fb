import type { Localized } from '../engine';

// The paper's slips (DESIGN §3, errata). Cards never copy them; the "passage in context" dialog
// marks each one where it appears, e.g. "1998 [sic: 1997]". One list, matched as data: no card or
// screen tests for a particular slip.

export interface Erratum {
  readonly id: string;
  /** Verbatim words around the slip, enough to find it only where it is (as the cleaned passage reads). */
  readonly context: string;
  /** The slip itself, verbatim, inside `context`. */
  readonly slip: string;
  /** What the paper means or should say. */
  readonly correction: Localized;
  /** Why, in a sentence a player can read. */
  readonly note: Localized;
}

export const ERRATA: readonly Erratum[] = [
  {
    id: 'inauguration-2012',
    context: 'taking office in December 2013',
    slip: 'December 2013',
    correction: { en: 'December 2012', es: 'diciembre de 2012' },
    note: {
      en: "Calderón's successor took office in December 2012, as section 3 of the paper says.",
      es: 'El sucesor de Calderón asumió el cargo en diciembre de 2012, como dice la sección 3 del estudio.',
    },
  },
  {
    id: 'calderon-inauguration-2006',
    context: 'took office in December 2007',
    slip: 'December 2007',
    correction: { en: 'December 2006', es: 'diciembre de 2006' },
    note: {
      en: 'President Calderón took office in December 2006, as footnote 32 says.',
      es: 'El presidente Calderón asumió el cargo en diciembre de 2006, como dice la nota 32.',
    },
  },
  {
    id: 'option-d-not-b',
    context: 'the adoption of Option B could be quite problematic',
    slip: 'Option B',
    correction: { en: 'Option D', es: 'Opción D' },
    note: {
      en: 'The paragraph discusses accommodating the cartels, which is Option D.',
      es: 'El párrafo trata de la acomodación con los cárteles, que es la Opción D.',
    },
  },
  {
    id: 'gutierrez-rebollo-1997',
    context: 'Another well-known instance in 1998',
    slip: '1998',
    correction: { en: '1997', es: '1997' },
    note: {
      en: 'General Gutiérrez Rebollo was arrested in February 1997.',
      es: 'El general Gutiérrez Rebollo fue arrestado en febrero de 1997.',
    },
  },
  {
    id: 'deaths-since-2007',
    context: 'nearly 6,000 narcotics-related deaths per year since 2007',
    slip: 'nearly 6,000 narcotics-related deaths per year since 2007',
    correction: { en: 'about 2,275 in 2007 (fn 32)', es: 'unas 2,275 en 2007 (nota 32)' },
    note: {
      en: "Footnote 32's own figures are about 2,275 deaths in 2007, 5,207 in 2008 and 6,587 in 2009: not nearly 6,000 in every year since 2007.",
      es: 'Las cifras de la propia nota 32 son unas 2,275 muertes en 2007, 5,207 en 2008 y 6,587 en 2009: no casi 6,000 en cada año desde 2007.',
    },
  },
];
