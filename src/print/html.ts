// The kit's page frame: escaping, the embedded typefaces, the palette and the print CSS. Pure
// strings: the CLI reads the font files and writes the result.

export const PAPERS = ['a4', 'letter'] as const;
export type Paper = (typeof PAPERS)[number];

/** Sheet sizes in millimetres, and the name CSS @page knows them by. */
export const PAPER_SIZES: Readonly<Record<Paper, { readonly width: number; readonly height: number; readonly css: string }>> = {
  a4: { width: 210, height: 297, css: 'A4' },
  letter: { width: 215.9, height: 279.4, css: 'letter' },
};

/** Poker-size playing cards: 2.5 × 3.5 in. */
export const CARD_MM = { width: 63.5, height: 88.9 } as const;

/** One woff2 face to embed as a data URL, with the unicode-range of its subset. */
export interface KitFont {
  readonly family: string;
  readonly weight: number;
  readonly style: 'normal' | 'italic';
  readonly unicodeRange: string;
  readonly woff2Base64: string;
}

export const FONT_FAMILIES = { serif: 'Source Serif 4', sans: 'IBM Plex Sans', heading: 'Barlow Condensed' } as const;

export const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

export function fontFaces(fonts: readonly KitFont[]): string {
  return fonts
    .map(
      (f) =>
        `@font-face { font-family: '${f.family}'; font-style: ${f.style}; font-weight: ${f.weight}; font-display: block; src: url(data:font/woff2;base64,${f.woff2Base64}) format('woff2'); unicode-range: ${f.unicodeRange}; }`,
    )
    .join('\n');
}

/** A printed page of the kit: fixed to the sheet, so that what the screen shows is what prints. */
export function page(section: string, body: string, extraClass = ''): string {
  return `<section class="page ${extraClass}" data-section="${escapeHtml(section)}">\n${body}\n</section>`;
}

export function kitCss(paper: Paper): string {
  const { width, height, css } = PAPER_SIZES[paper];
  const gridW = CARD_MM.width * 3;
  const gridH = CARD_MM.height * 3;
  return `
  @page { size: ${css}; margin: 0; }
  :root {
    --ink: #1c1b19; --muted: #5a5852; --rule: #b9b5aa; --paper: #ffffff; --wash: #f3f1ec;
    --better: #0f7684; --better-wash: #e1f0f1; --worse: #b0362b; --worse-wash: #f7e3e0;
    --sedena: #4a5d23; --semar: #1f355e;
    --serif: '${FONT_FAMILIES.serif}', Georgia, serif; --sans: '${FONT_FAMILIES.sans}', Arial, sans-serif; --head: '${FONT_FAMILIES.heading}', 'Arial Narrow', sans-serif;
    --page-w: ${width}mm; --page-h: ${height}mm;
  }
  * { box-sizing: border-box; }
  html, body { margin: 0; padding: 0; background: #d9d6cf; color: var(--ink); }
  body { font: 8.5pt/1.35 var(--sans); -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .page { position: relative; width: var(--page-w); height: var(--page-h); padding: 12mm; margin: 6mm auto; background: var(--paper); overflow: visible; break-after: page; page-break-after: always; break-inside: avoid; }
  .page:last-child { break-after: auto; page-break-after: auto; }
  @media print { html, body { background: none; } .page { margin: 0; box-shadow: none; } }
  @media screen { .page { box-shadow: 0 1px 4px rgba(0,0,0,0.25); } }
  h1, h2, h3, h4 { font-family: var(--head); font-weight: 600; letter-spacing: 0.01em; margin: 0; line-height: 1.1; }
  h1 { font-size: 22pt; }
  h2.section { font-size: 17pt; border-bottom: 1.2pt solid var(--ink); padding-bottom: 1mm; margin-bottom: 3mm; display: flex; justify-content: space-between; align-items: baseline; }
  h2.section small { font: 400 8pt var(--sans); color: var(--muted); }
  h3 { font-size: 11.5pt; margin: 2.5mm 0 1mm; }
  p { margin: 0 0 1.5mm; }
  .muted { color: var(--muted); }
  .better { color: var(--better); }
  .worse { color: var(--worse); }
  .sedena { color: var(--sedena); }
  .semar { color: var(--semar); }
  blockquote, .quote { font-family: var(--serif); font-style: italic; margin: 0; }
  .cite { font: 7pt/1.25 var(--sans); color: var(--muted); font-style: normal; }

  /* Rules and glossary */
  .rules { columns: 2; column-gap: 6mm; font-size: 8.2pt; line-height: 1.32; }
  .rules h3 { font-size: 10.5pt; margin: 1.6mm 0 0.6mm; break-after: avoid; color: var(--ink); }
  .rules h3:first-child { margin-top: 0; }
  .rules ol { margin: 0 0 1.2mm; padding-left: 4.5mm; }
  .rules li { margin-bottom: 0.6mm; }
  .rules p { margin-bottom: 1.1mm; }
  .rules .box { break-inside: avoid; border: 0.6pt solid var(--rule); background: var(--wash); padding: 1.5mm 2mm; margin-bottom: 1.5mm; }
  .glossary { columns: 3; column-gap: 4.5mm; font-size: 6.9pt; line-height: 1.24; margin: 0; }
  .glossary dt { font: 600 8.5pt/1.1 var(--head); margin-top: 1.1mm; break-after: avoid; }
  .glossary dd { margin: 0; break-inside: avoid; }

  /* Track sheet */
  .tracks { width: 100%; border-collapse: collapse; font-size: 7.6pt; }
  .tracks th, .tracks td { border-bottom: 0.5pt solid var(--rule); padding: 0.8mm 1mm; vertical-align: middle; }
  .tracks thead th { font: 600 8.5pt var(--head); text-align: left; border-bottom: 1pt solid var(--ink); }
  .tracks td.name { width: 36mm; font-weight: 600; line-height: 1.15; }
  .tracks td.name small { display: block; font-weight: 400; color: var(--muted); }
  .tracks td.start { width: 11mm; text-align: center; font-weight: 600; }
  .tracks td.write { width: 10.5mm; border-left: 0.5pt solid var(--rule); height: 9mm; }
  .tracks tr.sedena td.name { color: var(--sedena); }
  .tracks tr.semar td.name { color: var(--semar); }
  .scale { position: relative; height: 7mm; margin: 0 1mm; }
  .scale .axis { position: absolute; left: 0; right: 0; top: 2.2mm; border-top: 0.6pt solid var(--ink); }
  .scale .tick { position: absolute; top: 1.2mm; height: 2mm; border-left: 0.5pt solid var(--ink); }
  .scale .tick.minor { top: 1.7mm; height: 1mm; }
  .scale .label { position: absolute; top: 3.6mm; transform: translateX(-50%); font-size: 5.6pt; color: var(--muted); }
  .scale .label.first { transform: none; }
  .scale .label.last { transform: translateX(-100%); }
  .scale .start-mark { position: absolute; top: 0.2mm; width: 2.2mm; height: 2.2mm; margin-left: -1.1mm; border-radius: 50%; background: var(--ink); }
  .bands { display: flex; height: 14mm; margin: 1mm 0 0.5mm; border: 0.6pt solid var(--ink); }
  .bands .b { position: relative; border-right: 0.6pt solid var(--ink); padding: 1mm 1.2mm; font: 600 9pt/1.05 var(--head); }
  .bands .b:last-child { border-right: none; }
  .bands .b small { display: block; font: 400 6.6pt var(--sans); margin-top: 0.6mm; }
  .band-scale { margin-bottom: 2mm; }
  .sheet-boxes { display: grid; grid-template-columns: repeat(3, 1fr); gap: 3mm; margin-top: 3mm; }
  .sheet-boxes.two { grid-template-columns: 1.4fr 1fr; }
  .sheet-boxes.one { grid-template-columns: 1fr; margin-top: 2mm; }
  .sheet-boxes .facts { columns: 2; column-gap: 3mm; }
  .sheet-boxes .box { border: 0.6pt solid var(--rule); padding: 1.5mm 2mm; font-size: 7.4pt; }
  .sheet-boxes h4 { font-size: 9.5pt; margin-bottom: 1mm; }
  .check { display: block; margin: 0.4mm 0; }
  .check::before { content: ''; display: inline-block; width: 2.6mm; height: 2.6mm; border: 0.6pt solid var(--ink); margin-right: 1.4mm; vertical-align: -0.4mm; }
  .check.ticked::before { background: var(--ink); box-shadow: inset 0 0 0 0.5mm var(--paper); }
  .write-line { display: grid; grid-template-columns: 46mm repeat(6, 1fr); gap: 0.8mm; align-items: end; margin: 0.6mm 0; }
  .write-line span.cell { border-bottom: 0.5pt solid var(--ink); height: 4.4mm; font-size: 6pt; color: var(--muted); }

  /* Role sheets */
  .role-head { display: flex; align-items: baseline; gap: 4mm; border-bottom: 1.2pt solid currentColor; padding-bottom: 1mm; margin-bottom: 2.5mm; }
  .role-head h2 { font-size: 20pt; }
  .role-head .kicker { font: 600 9pt var(--head); text-transform: uppercase; letter-spacing: 0.06em; color: var(--muted); }
  .role-sheet.sedena .role-head { color: var(--sedena); }
  .role-sheet.semar .role-head { color: var(--semar); }
  .role-cols { display: grid; grid-template-columns: 1fr 1fr; gap: 5mm; font-size: 8.2pt; }
  .capital-line { font-weight: 600; margin: 1mm 0 2mm; }
  .levers { width: 100%; border-collapse: collapse; font-size: 7.6pt; line-height: 1.25; margin-top: 1mm; }
  .levers th { font: 600 8.5pt var(--head); text-align: left; border-bottom: 1pt solid var(--ink); padding: 0.6mm 1mm; }
  .levers td { border-bottom: 0.5pt solid var(--rule); padding: 1mm; vertical-align: top; }
  .levers td.cost { text-align: center; font: 600 12pt var(--head); width: 10mm; }
  .levers td.lever { width: 44mm; }
  .levers td.lever strong { display: block; }
  .levers .tag { display: inline-block; font-size: 5.8pt; line-height: 1.2; text-transform: uppercase; letter-spacing: 0.03em; border: 0.5pt solid var(--muted); border-radius: 1mm; padding: 0 0.8mm; margin: 0.4mm 0.8mm 0 0; color: var(--muted); }
  .levers .tag.risky { border-color: var(--worse); color: var(--worse); }
  .levers .cond { display: block; color: var(--muted); font-style: italic; }
  .others li { margin-bottom: 0.8mm; }
  .others { padding-left: 4mm; margin: 0; }
  .role-quote { margin-top: 3mm; border-left: 1pt solid var(--rule); padding-left: 2.5mm; }

  /* Option cards */
  .options-intro { font-size: 8pt; margin-bottom: 3mm; }
  .option-card { height: calc((var(--page-h) - 24mm - 22mm - 4mm) / 2); border: 1pt solid var(--ink); border-radius: 3mm; padding: 3mm 4mm; margin-bottom: 4mm; display: grid; grid-template-columns: 1fr 1.15fr; grid-template-rows: auto 1fr; column-gap: 5mm; overflow: visible; break-inside: avoid; }
  .option-card header { grid-column: 1 / -1; display: flex; align-items: center; gap: 3mm; border-bottom: 0.8pt solid var(--ink); padding-bottom: 1.5mm; margin-bottom: 1.5mm; }
  .option-card .letter { font: 700 30pt/0.9 var(--head); }
  .option-card h2.option-title { font-size: 15pt; }
  .option-card h3 { font-size: 11pt; margin: 0 0 0.5mm; }
  .option-card h4 { font-size: 9pt; margin: 0 0 0.5mm; }
  .option-card p { margin: 0.8mm 0 0; }
  .option-card .paper, .option-card .game { font-size: 8.4pt; line-height: 1.3; }
  .option-card dl { margin: 0; }
  .option-card dt { font: 600 8.5pt/1.1 var(--head); margin-top: 1.2mm; text-transform: uppercase; letter-spacing: 0.03em; color: var(--muted); }
  .option-card dd { margin: 0; }
  .option-card ul { margin: 0; padding-left: 3.6mm; }
  .option-card .quote { font-size: 8.2pt; margin-top: 2mm; }
  .option-card .le { display: grid; grid-template-columns: 1fr 1fr; gap: 2.5mm; }
  .option-card .le > div { border-top: 0.6pt solid var(--rule); padding-top: 0.8mm; }

  /* Event cards: poker size, 3 × 3 to a sheet, with cut marks in the margins */
  .page.cards { padding: 0; }
  .card-grid { position: absolute; left: calc((var(--page-w) - ${gridW}mm) / 2); top: calc((var(--page-h) - ${gridH}mm) / 2); width: ${gridW}mm; height: ${gridH}mm; display: grid; grid-template-columns: repeat(3, ${CARD_MM.width}mm); grid-template-rows: repeat(3, ${CARD_MM.height}mm); }
  .running-head { position: absolute; left: calc((var(--page-w) - ${gridW}mm) / 2 + 3mm); top: calc((var(--page-h) - ${gridH}mm) / 2 - 5mm); font: 600 8pt/1 var(--head); color: var(--muted); letter-spacing: 0.04em; text-transform: uppercase; }
  .cut { position: absolute; background: var(--ink); }
  .cut.v { width: 0.25mm; height: 4mm; margin-left: -0.125mm; }
  .cut.h { height: 0.25mm; width: 4mm; margin-top: -0.125mm; }
  .card { position: relative; width: ${CARD_MM.width}mm; height: ${CARD_MM.height}mm; padding: 2.8mm 3mm 2mm; border: 1px dashed #c9c5bb; display: flex; flex-direction: column; gap: 1.1mm; font: 7.3pt/1.24 var(--sans); overflow: visible; break-inside: avoid; page-break-inside: avoid; }
  .card > * { flex-shrink: 0; }
  .card h2 { font: 600 12pt/1.02 var(--head); margin: 0; }
  .card .tags { margin: 0; font: 500 5.8pt/1.15 var(--sans); text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); }
  .card .provenance { margin: 0; font: italic 6.4pt/1.1 var(--sans); color: var(--muted); }
  .card .provenance[data-provenance="history"] { font-style: normal; font-weight: 600; color: var(--ink); }
  .card .when, .card .effects { margin: 0; }
  .card .label { font-weight: 600; }
  .card .text { margin: 0; font: 7.8pt/1.25 var(--serif); }
  .card .choice { border-left: 0.5mm solid var(--ink); padding-left: 1.4mm; }
  .card .choice p { margin: 0; }
  .card .choice ul { margin: 0.3mm 0 0; padding-left: 2.6mm; }
  .card .choice li { margin-bottom: 0.2mm; }
  .card footer { margin-top: auto; border-top: 0.4pt solid var(--rule); padding-top: 0.8mm; }
  .card .quote { margin: 0; font: italic 6.9pt/1.2 var(--serif); }
  .card .foot { display: flex; justify-content: space-between; align-items: baseline; gap: 2mm; margin-top: 0.4mm; }
  .card .cite { margin: 0; font-size: 5.6pt; }
  .card .ref { font: 5pt/1 var(--sans); color: var(--muted); white-space: nowrap; flex-shrink: 0; }
  .card.long { font-size: 6.7pt; line-height: 1.2; gap: 0.8mm; }
  .card.long h2 { font-size: 11pt; }
  .card.long .text { font-size: 7.1pt; line-height: 1.2; }
  .card.long .quote { font-size: 6.4pt; }
  .card.longer { font-size: 6.1pt; line-height: 1.17; gap: 0.6mm; padding-top: 2.4mm; }
  .card.longer h2 { font-size: 10pt; }
  .card.longer .text { font-size: 6.5pt; line-height: 1.17; }
  .card.longer .quote { font-size: 6pt; }
  .card.longest { font-size: 5.6pt; line-height: 1.14; gap: 0.5mm; padding-top: 2.2mm; padding-bottom: 1.8mm; }
  .card.longest h2 { font-size: 9.5pt; }
  .card.longest .text { font-size: 5.9pt; line-height: 1.14; }
  .card.longest .quote { font-size: 5.5pt; }
  .eff-better { color: var(--better); }
  .eff-worse { color: var(--worse); }

  .kit-title { margin-bottom: 3mm; }
  .kit-title h1 { font-size: 19pt; }
  .kit-title p { font: italic 8.5pt/1.3 var(--serif); color: var(--muted); margin: 0.8mm 0 0; }
  .glossary > div { break-inside: avoid; }
  /* Cover */
  .cover h1 { font-size: 30pt; margin-bottom: 2mm; }
  .cover .lead { font: 11pt/1.4 var(--serif); max-width: 150mm; margin-bottom: 6mm; }
  .cover ol { font-size: 10pt; line-height: 1.6; }
  .kit-title .contents { font: 8pt/1.3 var(--sans); font-style: normal; color: var(--ink); }
  .kit-title .legend { display: flex; gap: 5mm; flex-wrap: wrap; font: 600 7.6pt var(--sans); margin-top: 1.2mm; }
  .legend span::before { content: ''; display: inline-block; width: 3mm; height: 3mm; margin-right: 1.2mm; vertical-align: -0.4mm; background: currentColor; }
`;
}
