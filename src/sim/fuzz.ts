import { createActor } from 'xstate';
import {
  INTEL_LEVELS,
  MEXICO_POLICIES,
  NUMERIC_TRACKS,
  OPTION_IDS,
  PARTIES,
  ROLES,
  STANCES,
  STRATEGY_TOKENS,
  TRACK_BOUNDS,
  US_POLICIES,
  actionsOf,
  batchSeed,
  dueActor,
  headlineRelationship,
  isComputerTurn,
  legalMoves,
  optionCost,
  signMove,
  EFFECT_TRACKS,
  type GameConfig,
  type UnsignedMove,
  type GameState,
  type LegalMove,
  type NumericTrack,
  type Phase,
  type Role,
  type Scenario,
  type SeatKind,
  type StrategyToken,
} from '../engine';
import { gameMachine, replayActor, type GameActor, type GameEvent, type GameSnapshot, type PlayerMove, type RejectedEvent } from '../machine';
import { makeSave, parseSave, SHIPPED_SCENARIO_IDS, shippedScenario } from '../scenario';

// The fuzzer: random games through the same xstate machine the browser drives, every seat at
// random human or computer, every scenario, option, US policy and game length, with random save /
// reload cycles and a share of deliberately illegal events. After every event it checks the game's
// invariants (tracks bounded and finite, capital never negative, always a way forward, the moves
// replaying to the state, saves round-tripping, refusals changing nothing). Deterministic by seed:
// game i of a run plays from its own generator seeded with batchSeed(seed, i), so one failing game
// replays alone (`--seed S --game i`).

export interface FuzzOptions {
  readonly seed: number;
  readonly games: number;
  /** Each game plays 1..maxSexenios sexenios (1-8). */
  readonly maxSexenios: number;
  /** Play only this game index of the run (to reproduce a failure). */
  readonly only?: number;
  /**
   * The first game index to play [0]: games `from` to `from + games - 1` of the run, so that a long
   * run split into slices (across processes or days) plays exactly the games of one long run.
   */
  readonly from?: number;
  /** The scenarios to draw from; the shipped ones by default. */
  readonly scenarios?: readonly Scenario[];
  /** Track bounds to check against; the engine's by default (a test narrows them to see the check bite). */
  readonly bounds?: Readonly<Record<NumericTrack, readonly [number, number]>>;
  /** Extra invariants, checked after every event alongside the built-in ones. */
  readonly checks?: readonly FuzzCheck[];
  /** Chance, before each legal move, of sending an illegal event first [0.2]. */
  readonly illegalRate?: number;
  /** Chance, after each legal move, of saving, reloading and going on with the reloaded game [0.02]. */
  readonly reloadRate?: number;
  /**
   * Also send malformed events the machine may accept as a lenient reading (a null stance, unknown
   * extra fields): each must be refused, or else the move the machine records must still save and
   * reload [true]. (The machine once recorded such events verbatim and the save then failed to load.)
   */
  readonly hostile?: boolean;
  /** Asked before each game: true ends the run early (a time budget). */
  readonly shouldStop?: () => boolean;
  /** Called after each game (for progress). */
  readonly onGame?: (index: number, report: FuzzReport) => void;
  /** A clock in milliseconds for the report's `seconds` (none: 0). */
  readonly now?: () => number;
}

/** An invariant: a name, and a function that says what is wrong (or null). */
export interface FuzzCheck {
  readonly name: string;
  readonly check: (game: GameState, scenario: Scenario, snapshot: GameSnapshot) => string | null;
}

export interface FuzzFailure {
  readonly seed: number;
  /** The game's index in the run: `--seed <seed> --game <game>` replays it alone. */
  readonly game: number;
  /** The run's --max-sexenios (it shapes each game's draw of settings). */
  readonly maxSexenios: number;
  readonly hostile: boolean;
  readonly scenario: string;
  readonly config: GameConfig;
  /** The players' moves the machine recorded, up to the failure. */
  readonly moves: readonly PlayerMove[];
  /** The event being checked when the invariant broke (a legal or an illegal one), if any. */
  readonly event: unknown;
  readonly invariant: string;
  readonly message: string;
  readonly phase: Phase | null;
  readonly year: number | null;
}

export interface FuzzReport {
  readonly seed: number;
  readonly games: number;
  /** Legal player moves sent (choices, decisions, reports closed, turns delegated). */
  readonly moves: number;
  /** With `hostile`: malformed events the machine accepted as a legal move (then saved and reloaded). */
  readonly lenient: number;
  readonly delegations: number;
  readonly reloads: number;
  /** Illegal events sent, and how many the machine refused with a reason and no change. */
  readonly illegal: number;
  readonly refused: number;
  readonly illegalByKind: Readonly<Record<string, number>>;
  readonly checks: number;
  readonly years: number;
  readonly seconds: number;
  readonly coverage: {
    readonly scenarios: Readonly<Record<string, number>>;
    readonly strategies: Readonly<Record<string, number>>;
    readonly usPolicies: Readonly<Record<string, number>>;
    readonly sexenios: Readonly<Record<string, number>>;
    /** Games by the number of human seats (0-5). */
    readonly humans: Readonly<Record<string, number>>;
  };
  readonly failure: FuzzFailure | null;
}

/** A small seeded generator (mulberry32): the fuzzer's own choices, apart from the game's streams. */
export class Prng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  next(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[this.int(items.length)] as T;
  }
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }
}

/** The path of the first difference between two JSON-like values, or null when they are equal. */
export function firstDifference(a: unknown, b: unknown, path = '$'): string | null {
  if (Object.is(a, b)) return null;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return `${path}: ${short(a)} ≠ ${short(b)}`;
  if (Array.isArray(a) !== Array.isArray(b)) return `${path}: array ≠ object`;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${path}.length: ${a.length} ≠ ${b.length}`;
    for (let i = 0; i < a.length; i++) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  for (const k in ra) {
    const d = firstDifference(ra[k], rb[k], `${path}.${k}`);
    if (d) return d;
  }
  for (const k in rb) if (!(k in ra) && rb[k] !== undefined) return `${path}.${k}: undefined ≠ ${short(rb[k])}`;
  return null;
}

function short(v: unknown): string {
  const text = v === undefined ? 'undefined' : JSON.stringify(v);
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

/**
 * The difference between two game states, checking the log and the history by their length and
 * newest entries only: the older ones were compared at earlier moves and the engine only appends.
 * The full comparison runs at every reload and at the end of each game.
 */
function stateDifference(a: GameState, b: GameState, full: boolean): string | null {
  if (full) return firstDifference(a, b);
  for (const key of Object.keys(a) as (keyof GameState)[]) {
    if (key === 'log' || key === 'history') continue;
    const d = firstDifference(a[key], b[key], `$.${key}`);
    if (d) return d;
  }
  if (Object.keys(a).length !== Object.keys(b).length) return '$: the states have different fields';
  for (const key of ['log', 'history'] as const) {
    const x = a[key];
    const y = b[key];
    if (x.length !== y.length) return `$.${key}.length: ${x.length} ≠ ${y.length}`;
    for (let i = Math.max(0, x.length - 2); i < x.length; i++) {
      const d = firstDifference(x[i], y[i], `$.${key}[${i}]`);
      if (d) return d;
    }
  }
  return null;
}

/** Where each engine phase rests in the machine. */
const MACHINE_STATE: Readonly<Record<Phase, string | Record<string, string>>> = {
  election: 'election',
  transition: 'transition',
  events: { years: 'events' },
  cardChoice: { years: 'cardChoice' },
  decisions: { years: 'decisions' },
  resolution: { years: 'resolution' },
  report: { years: 'report' },
  debrief: 'debrief',
};

const hasHuman = (game: GameState) => ROLES.some((r) => game.config.seats[r] === 'human');

/** The human seat due to act, with its legal moves, or null (a report, the debrief, the computer). */
function humanTurn(game: GameState, scenario: Scenario): { role: Role; moves: LegalMove[] } | null {
  const actor = dueActor(game);
  if (actor === null || actor === 'system' || game.config.seats[actor] !== 'human') return null;
  return { role: actor, moves: legalMoves(game, scenario, actor) };
}

class Failure extends Error {
  constructor(
    readonly invariant: string,
    message: string,
  ) {
    super(message);
  }
}

interface Counters {
  moves: number;
  lenient: number;
  delegations: number;
  reloads: number;
  illegal: number;
  refused: number;
  checks: number;
  years: number;
  illegalByKind: Record<string, number>;
  scenarios: Record<string, number>;
  strategies: Record<string, number>;
  usPolicies: Record<string, number>;
  sexenios: Record<string, number>;
  humans: Record<string, number>;
}

const bump = (counts: Record<string, number>, key: string) => (counts[key] = (counts[key] ?? 0) + 1);

/** An illegal event, what kind it is, and whether the machine must answer with a 'rejected' event. */
interface IllegalEvent {
  readonly kind: string;
  readonly event: GameEvent | { readonly type: string; readonly [k: string]: unknown };
  /**
   * true: refused with a reason, nothing changed. false: an event type the machine has no handler
   * for, ignored: nothing changed. 'either': refused, or accepted as a legal move that must then
   * save and reload like any other.
   */
  readonly refusedWithReason: boolean | 'either';
}

const GAME_EVENT_TYPES = ['ELECT', 'CHOOSE_OPTION', 'RESOLVE_CARD', 'DECIDE', 'CONTINUE'] as const;

/** Builds an illegal event for the current state: every one of these must be refused. */
function illegalEvent(rng: Prng, game: GameState, scenario: Scenario, hostile: boolean): IllegalEvent {
  const phase = game.phase;
  const turn = humanTurn(game, scenario);
  const options: IllegalEvent[] = [];
  // Each illegal move is signed by the seat due now (or the table's first human), so that it is
  // refused for what is wrong with it; the seat's right is tested by kinds of its own below.
  const due = dueActor(game);
  const dueSeat = due && due !== 'system' ? due : (ROLES.find((r) => game.config.seats[r] === 'human') ?? 'facilitator');
  const signed = (event: IllegalEvent['event']): IllegalEvent['event'] => (event.type === 'START' || 'by' in event ? event : { ...event, by: dueSeat });
  const add = (kind: string, event: IllegalEvent['event'], refusedWithReason: IllegalEvent['refusedWithReason'] = true) => options.push({ kind, event: signed(event), refusedWithReason });

  // Wrong phase: an event of a phase other than the current one.
  const wrongPhase = GAME_EVENT_TYPES.filter((t) => {
    const phaseOf = { ELECT: 'election', CHOOSE_OPTION: 'transition', RESOLVE_CARD: 'cardChoice', DECIDE: 'decisions', CONTINUE: 'report' }[t];
    return phaseOf !== phase;
  });
  const type = rng.pick(wrongPhase);
  const anyCard = rng.pick(scenario.deck);
  const wrongPhaseEvent: UnsignedMove =
    type === 'ELECT'
      ? { type: 'ELECT', party: rng.pick(PARTIES) }
      : type === 'CHOOSE_OPTION'
        ? { type: 'CHOOSE_OPTION', option: rng.pick(OPTION_IDS), lawEnforcement: rng.chance(0.5) }
        : type === 'RESOLVE_CARD'
          ? { type: 'RESOLVE_CARD', card: anyCard.id, option: anyCard.choice?.options[0]?.id ?? 'x' }
          : type === 'DECIDE'
            ? { type: 'DECIDE', role: rng.pick(ROLES), actions: [] }
            : { type: 'CONTINUE' };
  add('wrongPhase', wrongPhaseEvent);
  add('gameInProgress', { type: 'START', scenario, config: game.config });
  if (phase === 'report') add('delegateReport', { type: 'DELEGATE' });
  add('unknownEventType', { type: rng.pick(['BOGUS', 'END_REPORT', 'AUTO', 'DRAW_EVENTS', '']) }, false);

  if (turn) {
    const { role, moves } = turn;
    const move = moves[0];
    switch (move?.type) {
      case 'ELECT':
        add('unknownId', { type: 'ELECT', party: rng.pick(['XYZ', 'pri', 'MORENA']) });
        add('garbage', { type: 'ELECT', party: rng.pick([42, {}, ['PRI'], true]) });
        break;
      case 'CHOOSE_OPTION':
        add('unknownId', { type: 'CHOOSE_OPTION', option: rng.pick(['E', 'a', 'C+LE', '']) });
        add('missingSubChoice', { type: 'CHOOSE_OPTION', option: 'C' });
        add('garbage', { type: 'CHOOSE_OPTION', option: rng.pick([0, null, {}, ['A']]) });
        break;
      case 'RESOLVE_CARD': {
        const card = scenario.deck.find((c) => c.id === move.card);
        add('unknownId', { type: 'RESOLVE_CARD', card: move.card, option: 'no-such-option' });
        add('unknownId', { type: 'RESOLVE_CARD', card: 'no-such-card', option: move.options[0] ?? 'x' });
        const other = scenario.deck.filter((c) => c.id !== move.card && c.choice);
        if (other.length) {
          const c = rng.pick(other);
          add('wrongCard', { type: 'RESOLVE_CARD', card: c.id, option: c.choice?.options[0]?.id ?? 'x' });
        }
        const unaffordable = card?.choice?.options.filter((o) => optionCost(o, card.choice?.role ?? role) > game.capital[card.choice?.role ?? role]) ?? [];
        if (unaffordable.length) add('overBudget', { type: 'RESOLVE_CARD', card: move.card, option: rng.pick(unaffordable).id });
        add('garbage', { type: 'RESOLVE_CARD', card: rng.pick([7, null, {}]), option: rng.pick([[], null, 3]) });
        break;
      }
      case 'DECIDE': {
        const available = move.actions;
        const others = ROLES.filter((r) => r !== role);
        add('wrongRole', { type: 'DECIDE', role: rng.pick(others), actions: [] });
        add('unknownRole', { type: 'DECIDE', role: rng.pick(['president', 'MEXICO', '']) as Role, actions: [] });
        add('unknownId', { type: 'DECIDE', role, actions: ['noSuchAction'] });
        const foreign = actionsOf(rng.pick(others));
        if (foreign.length) add('foreignAction', { type: 'DECIDE', role, actions: [rng.pick(foreign).id] });
        if (available.length) {
          const a = rng.pick(available);
          if (a.cost <= move.budget) add('duplicateAction', { type: 'DECIDE', role, actions: [a.id, a.id] });
        }
        const unavailable = actionsOf(role).filter((a) => !available.some((x) => x.id === a.id));
        if (unavailable.length) add('unavailableAction', { type: 'DECIDE', role, actions: [rng.pick(unavailable).id] });
        // Over budget: the available actions, in random order, until their cost passes the budget.
        let cost = 0;
        const over: string[] = [];
        for (const a of rng.shuffle(available)) {
          over.push(a.id);
          cost += a.cost;
          if (cost > move.budget) break;
        }
        if (cost > move.budget) add('overBudget', { type: 'DECIDE', role, actions: over });
        if (role === 'mexico') {
          const banned = STANCES.filter((s) => !move.stances.includes(s));
          if (banned.length) add('illegalStance', { type: 'DECIDE', role, actions: [], stance: rng.pick(banned) });
          add('unknownId', { type: 'DECIDE', role, actions: [], stance: 'sideways' as never });
        } else {
          add('stanceNotMexico', { type: 'DECIDE', role, actions: [], stance: rng.pick(STANCES) });
        }
        add('garbage', { type: 'DECIDE', role: rng.pick([null, 3, {}]), actions: [] });
        add('garbage', { type: 'DECIDE', role, actions: [rng.pick([42, null, {}, ['x']])] });
        add('garbage', { type: 'DECIDE', role, actions: rng.pick([null, 42, 'all', {}, undefined]) as never });
        if (role === 'mexico') add('garbage', { type: 'DECIDE', role, actions: [], stance: rng.pick([42, {}, 'OPEN', true]) as never });
        break;
      }
      default:
        break;
    }
    // The seat's right: a move signed by another seat, by nobody, or by a seat that is no seat.
    const legalMove = legalEvent(new Prng(rng.int(2 ** 32)), game, scenario);
    if (legalMove && legalMove.type !== 'CONTINUE') {
      // Any seat but the one that may send it (a legal move of the control cell's is the facilitator's:
      // signing it 'facilitator' again would be legal, which the fuzzer once sent as a wrong seat).
      const others = [...ROLES, ...(legalMove.type === 'DELEGATE' ? [] : ['facilitator' as const])].filter((s) => s !== legalMove.by);
      add('wrongSeat', { ...legalMove, by: rng.pick(others) });
      const { by: _by, ...anonymous } = legalMove;
      add('noSeat', { ...anonymous, by: rng.pick([undefined, null, '', 'teacher', 42]) as never });
    }
    // The control cell's acts sent by a team, or with no reason.
    add('teamActsAsFacilitator', { type: 'OVERRIDE', track: rng.pick(EFFECT_TRACKS), value: 50, reason: 'because', by: role });
    add('facilitatorWithoutReason', { type: 'OVERRIDE', track: rng.pick(EFFECT_TRACKS), value: 50, reason: rng.pick(['', '   ']), by: 'facilitator' });
    if (hostile && move) {
      const legal = legalMove;
      if (legal && legal.type !== 'DELEGATE') add('hostileExtraField', { ...legal, [rng.pick(['junk', '__proto__x', 'seat'])]: rng.pick([1, null, 'x']) }, 'either');
      if (move.type === 'ELECT') add('hostileNullParty', { type: 'ELECT', party: null as never }, 'either');
      if (move.type === 'DECIDE' && role === 'mexico') add('hostileNullStance', { type: 'DECIDE', role, actions: [], stance: null as never }, 'either');
    }
  }
  return rng.pick(options);
}

/** A random legal move for the human seat due to act (or closing the report), signed by that seat. */
function legalEvent(rng: Prng, game: GameState, scenario: Scenario): PlayerMove | null {
  const move = unsignedLegalEvent(rng, game, scenario);
  return move ? signMove(game, move) : null;
}

/**
 * Now and then an exercise's control cell acts while a year is played: an inject of a card still
 * in the deck, a track overridden within its bounds, intelligence sharing set, a card of the year
 * cancelled. Every act must keep every invariant and save and reload like any move.
 */
function facilitatorAct(rng: Prng, game: GameState): UnsignedMove | null {
  if (game.phase !== 'decisions' && game.phase !== 'cardChoice') return null;
  const reason = rng.pick(['a test of the room', 'what the scenario needs', 'adjudicated']);
  switch (rng.int(4)) {
    case 0:
      return game.deck.length ? { type: 'INJECT', card: rng.pick(game.deck), reason } : null;
    case 1: {
      const track = rng.pick(NUMERIC_TRACKS);
      const [low, high] = TRACK_BOUNDS[track];
      return { type: 'OVERRIDE', track, value: Math.round(low + rng.next() * (high - low)), reason };
    }
    case 2:
      return { type: 'SET_INTEL', level: rng.pick(INTEL_LEVELS), reason };
    default:
      return game.drawn.length ? { type: 'CANCEL_CARD', card: rng.pick(game.drawn), reason } : null;
  }
}

function unsignedLegalEvent(rng: Prng, game: GameState, scenario: Scenario): UnsignedMove | null {
  if (rng.chance(0.03)) {
    const act = facilitatorAct(rng, game);
    if (act) return act;
  }
  if (game.phase === 'report') return { type: 'CONTINUE' };
  const turn = humanTurn(game, scenario);
  const move = turn?.moves[0];
  if (!turn || !move) return null;
  if (rng.chance(0.08)) return { type: 'DELEGATE' };
  switch (move.type) {
    case 'ELECT':
      return rng.chance(0.5) ? { type: 'ELECT' } : { type: 'ELECT', party: rng.pick(PARTIES) };
    case 'CHOOSE_OPTION': {
      const option = rng.pick(move.options);
      if (option === 'C') return { type: 'CHOOSE_OPTION', option, lawEnforcement: rng.chance(0.5) };
      return rng.chance(0.1) ? { type: 'CHOOSE_OPTION', option, lawEnforcement: rng.chance(0.5) } : { type: 'CHOOSE_OPTION', option };
    }
    case 'RESOLVE_CARD':
      return move.options.length ? { type: 'RESOLVE_CARD', card: move.card, option: rng.pick(move.options) } : null;
    case 'DECIDE': {
      let budget = move.budget;
      const actions: string[] = [];
      const appetite = rng.next();
      for (const a of rng.shuffle(move.actions)) {
        if (a.cost <= budget && rng.chance(appetite)) {
          actions.push(a.id);
          budget -= a.cost;
        }
      }
      if (turn.role === 'mexico' && move.stances.length && rng.chance(0.8)) return { type: 'DECIDE', role: turn.role, actions, stance: rng.pick(move.stances) };
      return { type: 'DECIDE', role: turn.role, actions };
    }
  }
}

function randomConfig(rng: Prng, maxSexenios: number): GameConfig {
  const seats = Object.fromEntries(ROLES.map((r) => [r, rng.chance(0.45) ? 'human' : 'computer'])) as Record<Role, SeatKind>;
  const sexenios = 1 + rng.int(maxSexenios);
  const fixedStrategies: StrategyToken[] = rng.chance(0.5) ? Array.from({ length: rng.int(sexenios + 1) }, () => rng.pick(STRATEGY_TOKENS)) : [];
  const fixedParties = rng.chance(0.3) ? Array.from({ length: rng.int(sexenios + 1) }, () => rng.pick(PARTIES)) : [];
  return {
    seed: rng.int(2 ** 32),
    sexenios,
    seats,
    usPolicy: rng.pick(US_POLICIES),
    mexicoPolicy: rng.pick(MEXICO_POLICIES),
    fixedStrategies,
    fixedParties,
  };
}

/** Everything the built-in invariants check after an event. */
function checkState(snapshot: GameSnapshot, scenario: Scenario, options: FuzzOptions, counters: Counters): void {
  const game = snapshot.context.game;
  const check = (name: string, problem: string | null) => {
    counters.checks += 1;
    if (problem) throw new Failure(name, problem);
  };
  check('machine alive', snapshot.status === 'active' ? null : `the machine is ${snapshot.status}${snapshot.error ? `: ${String(snapshot.error)}` : ''}`);
  if (!game) throw new Failure('game present', 'the machine has no game');
  check('machine state matches phase', snapshot.matches(MACHINE_STATE[game.phase] as never) ? null : `phase ${game.phase} but machine state ${JSON.stringify(snapshot.value)}`);

  const bounds = options.bounds ?? TRACK_BOUNDS;
  let bad: string | null = null;
  for (const track of NUMERIC_TRACKS) {
    const v = game.tracks[track];
    const [lo, hi] = bounds[track];
    if (typeof v !== 'number' || !Number.isFinite(v) || v < lo || v > hi) {
      bad = `${track} = ${v} is outside [${lo}, ${hi}]`;
      break;
    }
  }
  const last = game.history[game.history.length - 1];
  if (!bad && last) {
    for (const track of NUMERIC_TRACKS) {
      const v = last.tracks[track];
      const [lo, hi] = bounds[track];
      if (!Number.isFinite(v) || v < lo || v > hi) bad = `${last.year}'s record: ${track} = ${v} is outside [${lo}, ${hi}]`;
    }
  }
  const headline = headlineRelationship(game.tracks);
  if (!bad && (!Number.isFinite(headline) || headline < 0 || headline > 100)) bad = `the headline relationship is ${headline}`;
  if (!bad && !INTEL_LEVELS.includes(game.intelligenceSharing)) bad = `intelligence sharing is "${String(game.intelligenceSharing)}"`;
  check('tracks in bounds and finite', bad);

  const negative = ROLES.find((r) => !Number.isFinite(game.capital[r]) || game.capital[r] < 0);
  check('capital never negative', negative ? `${negative} has ${game.capital[negative]} political capital` : null);

  // No dead end: the table can always act, or the game is over.
  let dead: string | null = null;
  if (game.phase !== 'debrief') {
    if (game.phase === 'report') {
      if (!hasHuman(game)) dead = 'the machine waits at a report with no human at the table';
    } else if (isComputerTurn(game)) {
      dead = `the machine waits in ${game.phase} on the computer (${String(dueActor(game))})`;
    } else {
      const turn = humanTurn(game, scenario);
      const move = turn?.moves[0];
      if (!turn || !move) dead = `${String(dueActor(game))} is due in ${game.phase} but has no legal move`;
      else if (move.type === 'RESOLVE_CARD' && move.options.length === 0) dead = `${turn.role} can afford no option of "${move.card}"`;
      else if (move.type === 'CHOOSE_OPTION' && move.options.length === 0) dead = 'no option to choose';
      else if (move.type === 'DECIDE' && turn.role === 'mexico' && move.stances.length === 0) dead = 'Mexico has no legal stance';
    }
  }
  check('no dead end', dead);
  for (const extra of options.checks ?? []) check(extra.name, extra.check(game, scenario, snapshot));
}

function defaultScenarios(): Scenario[] {
  return SHIPPED_SCENARIO_IDS.map((id) => {
    const result = shippedScenario(id);
    if (!result.ok) throw new Error(result.error);
    return result.value;
  });
}

/** An actor for the game, with its refusals and any crash recorded. */
interface Live {
  actor: GameActor;
  rejected: RejectedEvent[];
  crash: unknown;
  stop(): void;
}

function watch(actor: GameActor): Live {
  const live: Live = {
    actor,
    rejected: [],
    crash: null,
    stop: () => {
      sub.unsubscribe();
      errors.unsubscribe();
      actor.stop();
    },
  };
  const sub = actor.on('rejected', (e) => live.rejected.push(e));
  const errors = actor.subscribe({ error: (e) => (live.crash = e ?? 'unknown error') });
  return live;
}

/** Saves the game as the browser does, parses the file back and replays it: the reloaded game. */
function reload(scenario: Scenario, game: GameState, moves: readonly PlayerMove[]): Live {
  const text = JSON.stringify(makeSave(scenario.id, game.config, moves, '2026-01-01T00:00:00.000Z'), null, 1);
  const parsed = parseSave(text, 'fuzz.json');
  if (!parsed.ok) throw new Failure('save round-trips', `the save does not parse back: ${parsed.error}`);
  const moveDiff = firstDifference(parsed.value.moves, moves) ?? firstDifference(parsed.value.config, game.config);
  if (moveDiff) throw new Failure('save round-trips', `the parsed save differs: ${moveDiff}`);
  const replayed = replayActor(scenario, { scenario: parsed.value.scenario, config: parsed.value.config, moves: parsed.value.moves });
  if (!replayed.ok) throw new Failure('save round-trips', `the save does not replay: ${replayed.error}`);
  const live = watch(replayed.value);
  const reloaded = live.actor.getSnapshot().context.game;
  const diff = reloaded ? stateDifference(reloaded, game, true) : 'no game';
  if (diff) {
    live.stop();
    throw new Failure('save round-trips', `the reloaded game differs from the live one at ${diff}`);
  }
  return live;
}

const MAX_EVENTS_PER_GAME = 20_000;

function playOne(index: number, options: FuzzOptions, scenarios: readonly Scenario[], counters: Counters): FuzzFailure | null {
  const rng = new Prng(batchSeed(options.seed, index));
  const scenario = rng.pick(scenarios);
  const config = randomConfig(rng, options.maxSexenios);
  const illegalRate = options.illegalRate ?? 0.2;
  const reloadRate = options.reloadRate ?? 0.02;
  bump(counters.scenarios, scenario.id);
  bump(counters.usPolicies, config.usPolicy);
  bump(counters.sexenios, String(config.sexenios));
  bump(counters.humans, String(ROLES.filter((r) => config.seats[r] === 'human').length));

  let live = watch(createActor(gameMachine).start());
  // The shadow is fed only the moves the live machine recorded: replaying them from the config
  // must give the live state after every move (illegal events must have left no trace).
  const shadow = watch(createActor(gameMachine).start());
  let synced = 0;
  let current: unknown = { type: 'START' };
  const failure = (e: unknown): FuzzFailure => {
    const snap = live.actor.getSnapshot();
    const game = snap.context.game;
    return {
      seed: options.seed,
      game: index,
      maxSexenios: options.maxSexenios,
      hostile: options.hostile !== false,
      scenario: scenario.id,
      config,
      moves: [...snap.context.moves],
      event: current,
      invariant: e instanceof Failure ? e.invariant : 'no uncaught exception',
      message: e instanceof Failure ? e.message : e instanceof Error ? (e.stack ?? e.message) : String(e),
      phase: game?.phase ?? null,
      year: game?.year ?? null,
    };
  };
  const syncShadow = (full: boolean) => {
    const { moves, game } = live.actor.getSnapshot().context;
    for (; synced < moves.length; synced++) {
      const move = moves[synced] as PlayerMove;
      shadow.actor.send(move);
      if (shadow.rejected.length) throw new Failure('log replays to the state', `the replay refused move ${synced + 1} (${JSON.stringify(move)}): ${shadow.rejected[0]?.reason}`);
      if (shadow.crash) throw new Failure('log replays to the state', `the replay crashed at move ${synced + 1}: ${String(shadow.crash)}`);
    }
    const replayed = shadow.actor.getSnapshot().context.game;
    counters.checks += 1;
    const diff = replayed && game ? stateDifference(replayed, game, full) : replayed === game ? null : 'one has no game';
    if (diff) throw new Failure('log replays to the state', `replaying the moves from the config differs at ${diff}`);
  };

  try {
    live.actor.send({ type: 'START', scenario, config });
    shadow.actor.send({ type: 'START', scenario, config });
    checkState(live.actor.getSnapshot(), scenario, options, counters);
    syncShadow(false);
    for (let events = 0; ; events++) {
      if (events > MAX_EVENTS_PER_GAME) throw new Failure('game ends', `no debrief after ${MAX_EVENTS_PER_GAME} events`);
      const snap = live.actor.getSnapshot();
      const game = snap.context.game as GameState;
      if (game.phase === 'debrief') break;

      if (rng.chance(illegalRate)) {
        const bad = illegalEvent(rng, game, scenario, options.hostile !== false);
        current = bad.event;
        counters.illegal += 1;
        bump(counters.illegalByKind, bad.kind);
        live.rejected.length = 0;
        live.actor.send(bad.event as GameEvent);
        const after = live.actor.getSnapshot();
        if (live.crash) throw new Failure('illegal move refused', `the machine crashed on an illegal ${bad.kind} event: ${String(live.crash)}`);
        counters.checks += 1;
        if (bad.refusedWithReason === 'either' && live.rejected.length === 0) {
          // Accepted: a lenient reading of a legal move. It must behave like one, saves included.
          counters.illegal -= 1;
          counters.lenient += 1;
          counters.moves += 1;
          checkState(after, scenario, options, counters);
          syncShadow(false);
          const reloaded = reload(scenario, after.context.game as GameState, after.context.moves);
          live.stop();
          live = reloaded;
          counters.reloads += 1;
          continue;
        }
        if (bad.refusedWithReason) {
          const [rejection] = live.rejected;
          const code = (rejection as { refusal?: { code?: unknown } } | undefined)?.refusal?.code;
          if (live.rejected.length !== 1 || !rejection || typeof rejection.reason !== 'string' || rejection.reason.trim() === '' || (code !== undefined && (typeof code !== 'string' || code === ''))) {
            throw new Failure('illegal move refused', `a ${bad.kind} event was not refused with one reason (${live.rejected.length} refusals)`);
          }
        }
        if (after.context.game !== game || after.context.moves !== snap.context.moves || firstDifference(after.value, snap.value) || after.status !== snap.status) {
          throw new Failure('illegal move refused', `a refused ${bad.kind} event changed the game`);
        }
        counters.refused += 1;
        live.rejected.length = 0;
        checkState(after, scenario, options, counters);
        continue;
      }

      const move = legalEvent(rng, game, scenario);
      current = move;
      if (!move) throw new Failure('no dead end', `no legal move in ${game.phase} for ${String(dueActor(game))}`);
      const before = snap.context.moves.length;
      live.rejected.length = 0;
      live.actor.send(move);
      if (live.crash) throw new Failure('machine alive', `the machine crashed on a legal move: ${String(live.crash)}`);
      counters.checks += 1;
      if (live.rejected.length) throw new Failure('legal move accepted', `a legal move was refused: ${live.rejected[0]?.reason}`);
      counters.moves += 1;
      if (move.type === 'DELEGATE') counters.delegations += 1;
      const after = live.actor.getSnapshot();
      counters.checks += 1;
      const recorded = after.context.moves;
      if (recorded.length !== before + 1 || firstDifference(recorded[before], move)) {
        throw new Failure('moves recorded', `the machine recorded ${recorded.length - before} moves for ${JSON.stringify(move)}`);
      }
      checkState(after, scenario, options, counters);
      syncShadow(false);

      if (rng.chance(reloadRate)) {
        current = { type: 'RELOAD' };
        const reloaded = reload(scenario, after.context.game as GameState, after.context.moves);
        live.stop();
        live = reloaded;
        counters.reloads += 1;
        counters.checks += 1;
        checkState(live.actor.getSnapshot(), scenario, options, counters);
      }
    }
    // The end: the configured number of sexenios played, and the whole game replays and reloads.
    current = { type: 'END' };
    const end = live.actor.getSnapshot();
    const game = end.context.game as GameState;
    counters.checks += 1;
    if (game.sexenio !== config.sexenios || game.yearInTerm !== 6) {
      throw new Failure('game ends', `the debrief came in sexenio ${game.sexenio}, year ${game.yearInTerm} of the term, of ${config.sexenios} sexenios`);
    }
    // The lockstep replay compared in full, and the whole game saved, parsed and replayed afresh.
    syncShadow(true);
    reload(scenario, game, end.context.moves).stop();
    counters.checks += 1;
    counters.years += game.history.length;
    for (const chunk of game.log) for (const e of chunk) if (e.type === 'strategy') bump(counters.strategies, e.strategy);
    return null;
  } catch (e) {
    return failure(e);
  } finally {
    live.stop();
    shadow.stop();
  }
}

/** Plays `games` fuzzed games (or only game `only`) and reports the counts and the first failure. */
export function runFuzz(options: FuzzOptions): FuzzReport {
  const scenarios = options.scenarios ?? defaultScenarios();
  const now = options.now ?? (() => 0);
  const t0 = now();
  const counters: Counters = {
    moves: 0,
    lenient: 0,
    delegations: 0,
    reloads: 0,
    illegal: 0,
    refused: 0,
    checks: 0,
    years: 0,
    illegalByKind: {},
    scenarios: {},
    strategies: {},
    usPolicies: {},
    sexenios: {},
    humans: {},
  };
  let failure: FuzzFailure | null = null;
  let played = 0;
  const report = (): FuzzReport => ({
    seed: options.seed,
    games: played,
    moves: counters.moves,
    lenient: counters.lenient,
    delegations: counters.delegations,
    reloads: counters.reloads,
    illegal: counters.illegal,
    refused: counters.refused,
    illegalByKind: { ...counters.illegalByKind },
    checks: counters.checks,
    years: counters.years,
    seconds: Math.round((now() - t0) / 10) / 100,
    coverage: {
      scenarios: { ...counters.scenarios },
      strategies: { ...counters.strategies },
      usPolicies: { ...counters.usPolicies },
      sexenios: { ...counters.sexenios },
      humans: { ...counters.humans },
    },
    failure,
  });
  const first = options.from ?? 0;
  const indices = options.only !== undefined ? [options.only] : Array.from({ length: options.games }, (_, i) => first + i);
  for (const i of indices) {
    if (options.shouldStop?.()) break;
    failure = playOne(i, options, scenarios, counters);
    played += 1;
    options.onGame?.(i, report());
    if (failure) break;
  }
  return report();
}
