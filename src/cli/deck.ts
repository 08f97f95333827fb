import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { STRATEGY_TOKENS, type Card, type Scenario } from '../engine';
import { LANGUAGES, type Language } from '../i18n';
import { loadDeck, loadScenario, normalizeText, parseJson } from '../scenario';
import { coverage, historyProblems, PAPER_SECTIONS, quoteProblems, reachOf, sectionOf, sectionProblems, settableFlags } from '../scenario/deck-check';
import { fileProblem, tableKitFile, writeKitFile } from './deck-print';
import { PAPERS, type Paper } from '../print/html';
import { readDeckFile, readTextFile, shownPath } from './scenario-arg';
import { isMain, parseFlags, PROCESS_IO, quote, type CliIo } from './sim-flags';

// npm run deck -- check | print --out FILE [--lang en|es] [--scenario ID] [--paper a4|letter]

const USAGE = `Usage:
  npm run deck -- check [--json]             validate every scenario and card, check every quote
                                             against the paper, report coverage and unreachable cards
  npm run deck -- print --out FILE [--lang en|es] [--scenario ID] [--paper a4|letter]
                                             write the table kit as one printable HTML file: the rules,
                                             the track sheet, the role sheets, the four option cards
                                             and the scenario's event cards at poker size
                                             (scenario default transition-2012, paper default a4)
  --dir DIR                                  a scenarios folder other than the shipped one`;

const SHIPPED = join(import.meta.dirname, '../../scenarios');

interface Loaded {
  readonly scenarios: Scenario[];
  readonly cards: Card[];
  /** The deck file each card comes from, for messages. */
  readonly fileOf: Map<string, string>;
  readonly errors: string[];
  /** Folders and files that could not be read at all: nothing is checked then (exit code 2). */
  readonly unreadable: string[];
}

/** Every scenario file in a scenarios folder and every deck file in its decks/, read from disk. */
function loadAll(dir: string): Loaded {
  const errors: string[] = [];
  const unreadable: string[] = [];
  const scenarios: Scenario[] = [];
  const listing = (path: string) => {
    try {
      return readdirSync(path).filter((f) => f.endsWith('.json')).sort();
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      unreadable.push(`${shownPath(path)}: cannot read the folder${code === 'ENOENT' ? ': no such folder' : code === 'ENOTDIR' ? ': not a folder' : ''}`);
      return [];
    }
  };
  // A file that cannot be read at all (a folder, a FIFO, a broken link, too large) stops the check;
  // one that can be read but does not parse or validate is an error in the report.
  const read = (path: string) => {
    const text = readTextFile(path);
    if (!text.ok) unreadable.push(text.error);
    return text.ok ? parseJson(shownPath(path), text.value) : null;
  };
  const files = listing(dir);
  if (unreadable.length) return { scenarios, cards: [], fileOf: new Map(), errors, unreadable };
  for (const file of files) {
    const path = join(dir, file);
    const parsed = read(path);
    const loaded = parsed && (parsed.ok ? loadScenario(parsed.value, (deckPath) => readDeckFile(join(dirname(path), deckPath))) : parsed);
    if (loaded?.ok) scenarios.push(loaded.value);
    else if (loaded) errors.push(loaded.error);
  }
  const cards: Card[] = [];
  const fileOf = new Map<string, string>();
  for (const file of listing(join(dir, 'decks'))) {
    const name = shownPath(join(dir, 'decks', file));
    const parsed = read(join(dir, 'decks', file));
    if (!parsed) continue;
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
  return { scenarios, cards, fileOf, errors, unreadable };
}

/** The first of the files that could not be read, on one line, and how many more there are. */
function unreadableLine(command: string, unreadable: readonly string[]): string {
  return `deck ${command}: ${unreadable[0]}${unreadable.length > 1 ? ` (and ${unreadable.length - 1} more that cannot be read)` : ''}\n`;
}

/**
 * The problems one a line: a file with several mistakes comes as one message of several lines, and
 * a deck that several scenarios load reports the same mistakes for each, so each is listed once.
 */
function problemLines(messages: readonly string[]): string[] {
  return [...new Set(messages.flatMap((m) => m.split('\n')))];
}

/** How many problems the lines list: "... and 12 more" (load.ts cuts long lists short) counts 12. */
function problemCount(lines: readonly string[]): number {
  return lines.reduce((n, line) => n + Number(/^\.\.\. and (\d+) more$/.exec(line)?.[1] ?? 1), 0);
}

/** Lines listed under a heading, every one indented the same. */
function indented(lines: readonly string[]): string {
  return lines.map((line) => `  ${line}`).join('\n');
}

function table(title: string, rows: Record<string, number | string>): string {
  const width = Math.max(...Object.keys(rows).map((k) => k.length), 10);
  return [title, ...Object.entries(rows).map(([k, v]) => `  ${k.padEnd(width)}  ${v}`)].join('\n');
}

function readSource(dir: string, errors: string[]): string {
  const text = readTextFile(join(dir, 'sources/downie-2011.txt'));
  if (text.ok) return text.value;
  errors.push(`${text.error}: so no quote can be checked against the paper`);
  return '';
}

function check(dir: string, json: boolean, io: CliIo): number {
  const { scenarios, cards, fileOf, errors, unreadable } = loadAll(dir);
  if (unreadable.length) {
    io.stderr(unreadableLine('check', unreadable));
    return 2;
  }
  const where = (card: string) => `${fileOf.get(card) ?? 'scenarios'}: card "${card}"`;
  const paper = readSource(dir, errors);
  const source = normalizeText(paper);
  for (const q of quoteProblems(cards, source)) errors.push(`${where(q.card)}: citation.quote is not in the paper: ${quote(q.quote)}`);
  for (const c of cards) {
    if (!sectionOf(c)) errors.push(`${where(c.id)}: citation.section ${quote(c.citation.section)} must start with one of: ${PAPER_SECTIONS.join('; ')}`);
  }
  for (const p of sectionProblems(cards, paper, source)) errors.push(`${where(p.card)}: citation.section ${quote(p.section)} is not where the quote is in the paper (${p.found.join(' or ')})`);
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
    io.stdout(`${JSON.stringify({ scenarios: scenarios.map((s) => s.id), coverage: cov, unreachable, errors: problemLines(errors) })}\n`);
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
      unreachable.length ? `Cards that can never be drawn (${unreachable.length}):\n${indented(unreachable.map((u) => `${u.card}: ${u.why}`))}` : 'Every card can be drawn under some option.',
      '',
      errors.length ? `${problemCount(problemLines(errors))} error(s):\n${indented(problemLines(errors))}` : 'No errors.',
    ];
    io.stdout(`${out.join('\n')}\n`);
  }
  return errors.length ? 1 : 0;
}

interface PrintFlags {
  readonly out: string | undefined;
  readonly lang: string;
  readonly scenario: string;
  readonly paper: string;
}

function print(dir: string, flags: PrintFlags, io: CliIo): number {
  const { out, lang, paper } = flags;
  if (!out) {
    io.stderr('deck print: --out FILE is required (see npm run deck -- --help)\n');
    return 2;
  }
  if (!(LANGUAGES as readonly string[]).includes(lang)) {
    io.stderr(`deck print: --lang: expected one of ${LANGUAGES.join(', ')}, got ${quote(lang)}\n`);
    return 2;
  }
  if (!(PAPERS as readonly string[]).includes(paper)) {
    io.stderr(`deck print: --paper: expected one of ${PAPERS.join(', ')}, got ${quote(paper)}\n`);
    return 2;
  }
  const { scenarios, errors, unreadable } = loadAll(dir);
  if (unreadable.length) {
    io.stderr(unreadableLine('print', unreadable));
    return 2;
  }
  if (errors.length) {
    io.stderr(`deck print: fix these first:\n${indented(problemLines(errors))}\n`);
    return 1;
  }
  const scenario = scenarios.find((s) => s.id === flags.scenario);
  if (!scenario) {
    io.stderr(`deck print: --scenario: expected one of ${scenarios.map((s) => s.id).join(', ') || 'none'}, got ${quote(flags.scenario)}\n`);
    return 2;
  }
  let html: string;
  try {
    html = tableKitFile({ scenario, language: lang as Language, paper: paper as Paper });
  } catch (e) {
    io.stderr(`deck print: cannot read the kit's typefaces from node_modules/@fontsource: ${fileProblem(e, false)} (run npm install)\n`);
    return 2;
  }
  const written = writeKitFile(out, html);
  if (!written.ok) {
    io.stderr(`deck print: cannot write ${shownPath(out)}: ${written.error}\n`);
    return 2;
  }
  io.stdout(`Wrote the table kit for ${scenario.id} (${scenario.deck.length} event cards, ${lang}, ${paper}) to ${out}\n`);
  return 0;
}

export function main(argv: readonly string[], io: CliIo = PROCESS_IO): number {
  const parsed = parseFlags(
    argv,
    { dir: { type: 'string' }, out: { type: 'string' }, lang: { type: 'string' }, scenario: { type: 'string' }, paper: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean' } },
    true,
  );
  if (!parsed.ok) {
    io.stderr(`deck: ${parsed.error}\n`);
    return 2;
  }
  const { values, positionals } = parsed.value;
  const [command, ...rest] = positionals;
  if (values.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (rest[0] !== undefined) {
    io.stderr(`deck: unexpected argument ${quote(rest[0])} (see npm run deck -- --help)\n`);
    return 2;
  }
  // Each command takes its own flags: one it would ignore is refused, so that nobody believes it was used.
  const own: Readonly<Record<string, readonly string[]>> = { check: ['dir', 'json'], print: ['dir', 'out', 'lang', 'scenario', 'paper'] };
  const stray = command && own[command] ? Object.keys(values).find((name) => !own[command]?.includes(name)) : undefined;
  if (stray) {
    io.stderr(`deck ${command}: --${stray} is not a flag of ${command} (see npm run deck -- --help)\n`);
    return 2;
  }
  const dir = values.dir ?? SHIPPED;
  if (command === 'check') return check(dir, !!values.json, io);
  if (command === 'print') return print(dir, { out: values.out, lang: values.lang ?? 'en', scenario: values.scenario ?? 'transition-2012', paper: values.paper ?? 'a4' }, io);
  io.stderr(`deck: ${command ? `unknown command ${quote(command)}` : 'give a command, check or print'} (see npm run deck -- --help)\n`);
  return 2;
}

if (isMain(import.meta.url)) process.exitCode = main(process.argv.slice(2));
