import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { STRATEGY_TOKENS, type Card, type Scenario } from '../engine';
import { LANGUAGES, type Language } from '../i18n';
import { loadDeck, normalizeText, parseJson } from '../scenario';
import { coverage, historyProblems, PAPER_SECTIONS, quoteProblems, reachOf, sectionOf, sectionProblems, settableFlags } from '../scenario/deck-check';
import { deckSheetHtml } from './deck-print';
import { loadScenarioArg } from './scenario-arg';

// npm run deck -- check | print --out FILE [--lang en|es]

const USAGE = `Usage:
  npm run deck -- check [--json]             validate every scenario and card, check every quote
                                             against the paper, report coverage and unreachable cards
  npm run deck -- print --out FILE [--lang en|es]
                                             write a printable HTML sheet of every card
  --dir DIR                                  a scenarios folder other than the shipped one`;

const SHIPPED = join(import.meta.dirname, '../../scenarios');

interface Loaded {
  readonly scenarios: Scenario[];
  readonly cards: Card[];
  /** The deck file each card comes from, for messages. */
  readonly fileOf: Map<string, string>;
  readonly errors: string[];
}

const shown = (path: string) => relative(process.cwd(), path) || path;

/** Every scenario file in a scenarios folder and every deck file in its decks/, read from disk. */
function loadAll(dir: string): Loaded {
  const errors: string[] = [];
  const scenarios: Scenario[] = [];
  const listing = (path: string) => {
    try {
      return readdirSync(path).filter((f) => f.endsWith('.json')).sort();
    } catch {
      errors.push(`${shown(path)}: cannot read the folder`);
      return [];
    }
  };
  for (const file of listing(dir)) {
    const loaded = loadScenarioArg(shown(join(dir, file)));
    if (loaded.ok) scenarios.push(loaded.value);
    else errors.push(loaded.error);
  }
  const cards: Card[] = [];
  const fileOf = new Map<string, string>();
  for (const file of listing(join(dir, 'decks'))) {
    const name = shown(join(dir, 'decks', file));
    const parsed = parseJson(name, readFileSync(join(dir, 'decks', file), 'utf8'));
    const deck = parsed.ok ? loadDeck(parsed.value) : parsed;
    if (!deck.ok) {
      errors.push(deck.error);
      continue;
    }
    for (const card of deck.value.cards) {
      const other = fileOf.get(card.id);
      if (other) errors.push(`${name}: card "${card.id}" is also defined in ${other}`);
      fileOf.set(card.id, name);
      cards.push(card);
    }
  }
  return { scenarios, cards, fileOf, errors };
}

function table(title: string, rows: Record<string, number | string>): string {
  const width = Math.max(...Object.keys(rows).map((k) => k.length), 10);
  return [title, ...Object.entries(rows).map(([k, v]) => `  ${k.padEnd(width)}  ${v}`)].join('\n');
}

function readSource(dir: string, errors: string[]): string {
  const path = join(dir, 'sources/downie-2011.txt');
  try {
    return readFileSync(path, 'utf8');
  } catch {
    errors.push(`${shown(path)}: cannot read the paper's text, so no quote can be checked`);
    return '';
  }
}

function check(dir: string, json: boolean): number {
  const { scenarios, cards, fileOf, errors } = loadAll(dir);
  const where = (card: string) => `${fileOf.get(card) ?? 'scenarios'}: card "${card}"`;
  const paper = readSource(dir, errors);
  const source = normalizeText(paper);
  for (const q of quoteProblems(cards, source)) errors.push(`${where(q.card)}: citation.quote is not in the paper: "${q.quote}"`);
  for (const c of cards) {
    if (!sectionOf(c)) errors.push(`${where(c.id)}: citation.section "${c.citation.section}" must start with one of: ${PAPER_SECTIONS.join('; ')}`);
  }
  for (const p of sectionProblems(cards, paper, source)) errors.push(`${where(p.card)}: citation.section "${p.section}" is not where the quote is in the paper (${p.found.join(' or ')})`);
  for (const h of historyProblems(cards)) errors.push(`${where(h.card)} ${h.problem}`);
  const flags = settableFlags(scenarios, cards);
  const unreachable = cards.flatMap((c) => {
    const reach = reachOf(c, scenarios, flags);
    return reach.never ? [{ card: c.id, why: reach.never }] : [];
  });
  for (const u of unreachable) errors.push(`${where(u.card)} can never be drawn under any option: ${u.why}`);
  const cov = coverage(cards);
  for (const token of STRATEGY_TOKENS) {
    if (cov.byStrategy[token].only === 0) errors.push(`no card belongs to strategy ${token} alone: each option needs cards only it can draw`);
  }
  if (json) {
    process.stdout.write(`${JSON.stringify({ scenarios: scenarios.map((s) => s.id), coverage: cov, unreachable, errors })}\n`);
  } else {
    const out = [
      `Scenarios: ${scenarios.map((s) => `${s.id} (${s.deck.length} cards)`).join(', ') || 'none'}`,
      `Cards: ${cov.cards}, ${cov.withChoice} with a choice`,
      '',
      table('Cards per section of the paper:', cov.bySection),
      '',
      table('Cards per tag:', cov.byTag),
      '',
      table('Cards per option (any / only this option):', Object.fromEntries(STRATEGY_TOKENS.map((t) => [t, `${cov.byStrategy[t].any} / ${cov.byStrategy[t].only}`]))),
      '',
      table('Cards per mission:', cov.byMission),
      '',
      table('Cards per year range:', cov.byYears),
      '',
      unreachable.length ? `Cards that can never be drawn (${unreachable.length}):\n${unreachable.map((u) => `  ${u.card}: ${u.why}`).join('\n')}` : 'Every card can be drawn under some option.',
      '',
      errors.length ? `${errors.length} error(s):\n${errors.map((e) => `  ${e}`).join('\n')}` : 'No errors.',
    ];
    process.stdout.write(`${out.join('\n')}\n`);
  }
  return errors.length ? 1 : 0;
}

function print(dir: string, out: string | undefined, lang: string): number {
  if (!out) {
    process.stderr.write(`deck print: --out FILE is required\n${USAGE}\n`);
    return 2;
  }
  if (!(LANGUAGES as readonly string[]).includes(lang)) {
    process.stderr.write(`deck print: --lang: expected one of ${LANGUAGES.join(', ')}, got "${lang}"\n`);
    return 2;
  }
  const { scenarios, cards, errors } = loadAll(dir);
  if (errors.length) {
    process.stderr.write(`deck print: fix these first:\n${errors.join('\n')}\n`);
    return 1;
  }
  try {
    writeFileSync(out, deckSheetHtml(cards, scenarios, lang as Language));
  } catch (e) {
    process.stderr.write(`deck print: cannot write ${out}: ${(e as Error).message}\n`);
    return 2;
  }
  process.stdout.write(`Wrote ${cards.length} cards to ${out}\n`);
  return 0;
}

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: { dir: { type: 'string', default: SHIPPED }, out: { type: 'string' }, lang: { type: 'string', default: 'en' }, json: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } } });
  } catch (e) {
    process.stderr.write(`deck: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const [command, ...rest] = parsed.positionals;
  if (parsed.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (rest.length) {
    process.stderr.write(`deck: unexpected argument "${rest[0]}"\n${USAGE}\n`);
    return 2;
  }
  const dir = parsed.values.dir ?? SHIPPED;
  if (command === 'check') return check(dir, !!parsed.values.json);
  if (command === 'print') return print(dir, parsed.values.out, parsed.values.lang ?? 'en');
  process.stderr.write(`deck: ${command ? `unknown command "${command}"` : 'give a command'}\n${USAGE}\n`);
  return 2;
}

process.exitCode = main(process.argv.slice(2));
