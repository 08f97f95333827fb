import type { Scenario } from '../engine';
import type { Language } from '../i18n';
import { eventCardPages } from './event-cards';
import { escapeHtml as esc, fontFaces, kitCss, PAPER_SIZES, type KitFont, type Paper } from './html';
import { optionCardPages } from './option-cards';
import { roleSheetPages } from './role-sheets';
import { glossaryPage, rulesPage } from './rules';
import { KIT_STRINGS } from './strings';
import { trackSheetPage } from './track-sheet';

// The table kit: one standalone HTML file a table can print and play without a screen. The rules
// summary with the glossary on its back, the track sheet, a sheet per role, the four option cards
// and every event card of the scenario at poker size. Pure: the CLI reads the fonts and writes it.

export interface KitOptions {
  readonly scenario: Scenario;
  readonly language: Language;
  readonly paper: Paper;
  /** The typefaces to embed (latin and latin-ext subsets); none gives the fallback fonts. */
  readonly fonts: readonly KitFont[];
}

export function tableKitHtml({ scenario, language, paper, fonts }: KitOptions): string {
  const k = KIT_STRINGS[language];
  const size = PAPER_SIZES[paper];
  const pages = [
    rulesPage(scenario, language),
    glossaryPage(language),
    trackSheetPage(scenario, scenario.deck, language),
    ...roleSheetPages(scenario, language),
    ...optionCardPages(language),
    ...eventCardPages(scenario.deck, scenario, language, size),
  ];
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(k.title)}: ${esc(scenario.title[language])}</title>
<style>
${fontFaces(fonts)}
${kitCss(paper)}
</style>
</head>
<body data-paper="${paper}" data-scenario="${esc(scenario.id)}">
${pages.join('\n')}
</body>
</html>
`;
}
