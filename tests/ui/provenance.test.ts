// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { makeConfig, playGame, type Card, type GameState } from '../../src/engine';
import { loadGameData } from '../../src/data';
import { createStrings, type Language } from '../../src/i18n';
import { buildDebrief } from '../../src/ui/debrief/debrief-data';
import { debriefPanel } from '../../src/ui/dom/debrief';
import { showPassage } from '../../src/ui/dom/passage';
import { cardArticle, type TurnContext } from '../../src/ui/dom/turn';
import type { Passage } from '../../src/ui/types';
import { sc } from './play';

// Every card shows where it comes from (the paper's history, an echo of it, our extrapolation),
// and the passage dialog marks the paper's slips where they appear.

const data = loadGameData();
const card = (id: string): Card => {
  const c = sc.deck.find((x) => x.id === id);
  if (!c) throw new Error(`no card ${id}`);
  return c;
};

const LABELS: Record<Language, Record<Card['provenance'], string>> = {
  en: { history: "History: one of the paper's events", echo: "Echo: the paper's history recalled", extrapolation: 'Extrapolation: a plausible future' },
  es: { history: 'Historia: uno de los hechos del estudio', echo: 'Eco: la historia del estudio, recordada', extrapolation: 'Extrapolación: un futuro plausible' },
};

function dialogFor(c: Card, passage: Passage | null, language: Language = 'en'): HTMLDialogElement {
  const dialog = document.createElement('dialog');
  document.body.replaceChildren(dialog);
  showPassage(dialog, c, passage, createStrings(language).t, language);
  return dialog;
}

describe('a card shows its provenance', () => {
  it.each<[string, Language]>([
    ['merida-initiative-2007', 'en'],
    ['hurricane-relief', 'es'],
    ['palermo-model', 'en'],
  ])('%s on the turn panel, in %s', (id, language) => {
    const c = card(id);
    const ctx: TurnContext = { game: {} as GameState, scenario: sc, t: createStrings(language).t, language, send: () => {}, showPassage: () => {} };
    const article = cardArticle(ctx, c);
    const label = article.querySelector('.provenance');
    expect(label?.getAttribute('data-provenance')).toBe(c.provenance);
    expect(label?.textContent).toBe(LABELS[language][c.provenance]);
  });

  it('in the debrief\'s list of the cards drawn', () => {
    const finished = playGame(sc, makeConfig(sc, { seed: 5 }));
    const t = createStrings('es').t;
    const d = buildDebrief(finished, sc, t, 'es');
    expect(d.cards.length).toBeGreaterThan(0);
    for (const line of d.cards) expect(line.provenance, line.id).toBe(card(line.id).provenance);
    const panel = debriefPanel(d, t, { exportMarkdown: () => {}, exportJson: () => {}, newGame: () => {} });
    const labels = [...panel.querySelectorAll('.cards .provenance')];
    expect(labels.map((l) => l.getAttribute('data-provenance'))).toEqual(d.cards.map((c) => c.provenance));
    expect(labels.map((l) => l.textContent)).toEqual(d.cards.map((c) => `(${LABELS.es[c.provenance]})`));
  });

  it('in the passage dialog', () => {
    const c = card('echo-gutierrez-vetting');
    expect(dialogFor(c, null, 'es').querySelector('.provenance')?.textContent).toBe(LABELS.es.echo);
  });
});

describe('the passage dialog marks the paper\'s slips', () => {
  const gutierrez = card('echo-gutierrez-vetting');
  const passage = data.passage(gutierrez.citation.quote);
  if (!passage) throw new Error('no passage');

  it('shows "1998 [sic: 1997]" where the slip appears, with a note', () => {
    const dialog = dialogFor(gutierrez, passage);
    const slip = dialog.querySelector('.passage .slip');
    expect(slip?.textContent).toBe('1998');
    expect(slip?.getAttribute('data-erratum')).toBe('gutierrez-rebollo-1997');
    const mark = dialog.querySelector('.passage .erratum');
    expect(mark?.textContent).toBe('[sic: 1997]');
    expect(mark?.getAttribute('title')).toMatch(/arrested in February 1997/);
    expect(dialog.querySelector('.passage')?.textContent).toContain('Another well-known instance in 1998 [sic: 1997] involved');
    const notes = dialog.querySelector('aside.errata');
    expect(notes?.textContent).toContain("The paper's slips in this passage");
    expect(notes?.querySelectorAll('li')).toHaveLength(1);
    expect(notes?.textContent).toContain('“1998” → 1997: General Gutiérrez Rebollo was arrested in February 1997.');
    // The card's own quote is still the marked passage.
    expect(dialog.querySelector('mark')?.textContent).toBe(gutierrez.citation.quote);
  });

  it('in Spanish', () => {
    const dialog = dialogFor(gutierrez, passage, 'es');
    expect(dialog.querySelector('.passage .erratum')?.textContent).toBe('[sic; debe decir: 1997]');
    expect(dialog.querySelector('aside.errata')?.textContent).toContain('El general Gutiérrez Rebollo fue arrestado en febrero de 1997.');
  });

  it('marks "Option B" in the Option D discussion', () => {
    const c = card('d-too-many-players');
    const dialog = dialogFor(c, data.passage(c.citation.quote));
    expect(dialog.querySelector('.passage')?.textContent).toContain('the adoption of Option B [sic: Option D] could be quite problematic');
  });

  it('marks nothing, and lists no notes, where the paper has no slip', () => {
    const c = card('pascual-resignation-2011');
    const dialog = dialogFor(c, data.passage(c.citation.quote));
    expect(dialog.querySelector('.erratum')).toBeNull();
    expect(dialog.querySelector('aside.errata')).toBeNull();
    expect(dialog.querySelector('.passage')?.textContent).not.toMatch(/\d{2} [A-Z]|\w- \w/);
  });
});
