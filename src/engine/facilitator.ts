import { startDecisions } from './cards';
import { cardCause } from './causes';
import { addToTrack, applyEffects, setTrack } from './effects';
import { pushLog } from './log';
import type { Refusal } from './refusals';
import type { Scenario } from './scenario-types';
import { clampTrack } from './tracks';
import {
  EFFECT_TRACKS,
  INTEL_LEVELS,
  NUMERIC_TRACKS,
  ROLES,
  type Cause,
  type FacilitatorAction,
  type GameState,
  type LogEntry,
  type NumericTrack,
} from './types';
import type { Work } from './work';

// The control cell's acts on a game (issue 11): an inject (a card of the deck, or one written on
// the spot), an override of a track, a card's effect cancelled, a change of who plays which role.
// Each is an engine action like any other — recorded in the game's moves, so a save, a replay, an
// undo and a fork keep it — with a required reason, written to the game's log as a `facilitator`
// entry, and with its own cause on every track it moves (`{ kind: 'facilitator' }`), so a report
// says "the facilitator's ruling", never a rule of the model.

/** The phases a year is open to the room's play: an inject lands in them. */
const INJECT_PHASES = new Set<GameState['phase']>(['cardChoice', 'decisions']);

/** How far a custom card may move a track in one go. */
export const CUSTOM_EFFECT_LIMIT = 100;

function facilitatorCause(act: 'inject' | 'override' | 'cancel', id: string, reason: string): Cause {
  return { kind: 'facilitator', act, id, reason };
}

/**
 * A character one can see: not a space of any kind, a control or format character (zero-width
 * space, joiners, direction marks, byte-order mark), nor one Unicode says to draw as nothing
 * (Hangul fillers, variation selectors); the blank Braille pattern draws as a space too.
 */
const VISIBLE = /[^\s\p{Z}\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\u2800]/u;

/**
 * Whether a reason the log must keep says anything: one of only spaces or invisible characters
 * (a zero-width space pasted alone) is no reason, however long.
 */
export function hasVisibleText(text: unknown): text is string {
  return typeof text === 'string' && VISIBLE.test(text);
}

/** Why the engine refuses a facilitator action now, or null. */
export function facilitatorError(state: GameState, scenario: Scenario, action: FacilitatorAction): Refusal | null {
  if (!hasVisibleText(action.reason)) return { code: 'reasonRequired', action: action.type };
  if (state.phase === 'debrief') return { code: 'gameOver' };
  switch (action.type) {
    case 'INJECT': {
      if (!INJECT_PHASES.has(state.phase)) return { code: 'wrongPhase', action: action.type, phase: state.phase };
      if (!scenario.deck.some((c) => c.id === action.card)) return { code: 'unknownCard', card: String(action.card) };
      // A card is played once, as in the deck: one already drawn is refused (the list holds it).
      if (!state.deck.includes(action.card)) return { code: 'cardPlayed', card: action.card };
      return null;
    }
    case 'INJECT_CUSTOM': {
      if (!INJECT_PHASES.has(state.phase)) return { code: 'wrongPhase', action: action.type, phase: state.phase };
      if (typeof action.title !== 'string' || !action.title.trim()) return { code: 'injectNeedsTitle' };
      if (!Array.isArray(action.effects)) return { code: 'badEffect', track: String(action.effects), value: '' };
      for (const e of action.effects) {
        if (!(EFFECT_TRACKS as readonly string[]).includes(e?.track)) return { code: 'badEffect', track: String(e?.track), value: String(e?.value) };
        if (!Number.isInteger(e.value) || Math.abs(e.value) > CUSTOM_EFFECT_LIMIT) return { code: 'badEffect', track: e.track, value: String(e.value) };
      }
      return null;
    }
    case 'OVERRIDE':
      if (!(EFFECT_TRACKS as readonly string[]).includes(action.track)) return { code: 'badEffect', track: String(action.track), value: String(action.value) };
      if (typeof action.value !== 'number' || !Number.isFinite(action.value)) return { code: 'badEffect', track: action.track, value: String(action.value) };
      return null;
    case 'SET_INTEL':
      return (INTEL_LEVELS as readonly string[]).includes(action.level) ? null : { code: 'badEffect', track: 'intelligenceSharing', value: String(action.level) };
    case 'CANCEL_CARD':
      return state.drawn.includes(action.card) ? null : { code: 'cardNotThisYear', card: String(action.card) };
    case 'SET_SEATS': {
      const seats = action.seats as Record<string, unknown> | null;
      if (!seats || typeof seats !== 'object') return { code: 'badSeats' };
      for (const role of ROLES) if (seats[role] !== 'human' && seats[role] !== 'computer') return { code: 'badSeats' };
      return null;
    }
  }
}

function logAct(draft: Work, entry: Omit<Extract<LogEntry, { type: 'facilitator' }>, 'type' | 'year'>): void {
  pushLog(draft, { type: 'facilitator', year: draft.year, ...entry });
}

/**
 * Plays a facilitator action on a working copy (checked first by facilitatorError). SET_SEATS
 * changes the config, which a working copy does not hold: the caller applies `seatsAfter`.
 */
export function facilitate(draft: Work, scenario: Scenario, action: FacilitatorAction): void {
  const reason = action.reason.trim();
  switch (action.type) {
    case 'INJECT': {
      const card = scenario.deck.find((c) => c.id === action.card);
      if (!card) throw new Error(`no card ${action.card}`);
      logAct(draft, { act: 'inject', reason, card: card.id });
      // The card comes out of the deck if it is still there, and plays as if drawn: its effects,
      // and its choice for the role it names (a choice during the decisions is answered first).
      draft.deck.splice(draft.deck.indexOf(card.id), 1);
      draft.drawn.push(card.id);
      pushLog(draft, { type: 'cardDrawn', year: draft.year, card: card.id, scheduled: false });
      applyEffects(draft, card.effects, cardCause(card.id));
      if (card.choice) {
        draft.pendingChoices.push({ card: card.id, role: card.choice.role });
        draft.phase = 'cardChoice';
      }
      return;
    }
    case 'INJECT_CUSTOM': {
      const id = `custom:${action.title.trim().slice(0, 60)}`;
      logAct(draft, { act: 'injectCustom', reason, title: action.title.trim(), text: action.text.trim() });
      const cause = facilitatorCause('inject', id, reason);
      for (const e of action.effects) addToTrack(draft, e.track, e.value, cause);
      return;
    }
    case 'OVERRIDE': {
      logAct(draft, { act: 'override', reason, track: action.track, value: action.value });
      const cause = facilitatorCause('override', action.track, reason);
      if (action.track === 'relationship') {
        // The headline is a blend of the two services: both are set to the value.
        setTrack(draft, 'relationship.sedena', action.value, cause);
        setTrack(draft, 'relationship.semar', action.value, cause);
      } else setTrack(draft, action.track, action.value, cause);
      return;
    }
    case 'SET_INTEL': {
      logAct(draft, { act: 'override', reason, track: 'intelligenceSharing', value: action.level });
      const from = draft.intelligenceSharing;
      if (from === action.level) return;
      draft.intelligenceSharing = action.level;
      pushLog(draft, { type: 'track', year: draft.year, track: 'intelligenceSharing', from, to: action.level, cause: facilitatorCause('override', 'intelligenceSharing', reason) });
      return;
    }
    case 'CANCEL_CARD': {
      logAct(draft, { act: 'cancel', reason, card: action.card });
      const cause = facilitatorCause('cancel', action.card, reason);
      // What the card did to the tracks this year, undone change by change, latest first.
      const year = draft.log[draft.log.length - 1] ?? [];
      const changes = year.filter(
        (e): e is Extract<LogEntry, { type: 'track' }> => e.type === 'track' && e.year === draft.year && e.cause.kind === 'card' && e.cause.id === action.card,
      );
      for (const change of changes.reverse()) {
        if (change.track === 'intelligenceSharing') {
          const to = change.from as GameState['intelligenceSharing'];
          if (draft.intelligenceSharing !== to) {
            pushLog(draft, { type: 'track', year: draft.year, track: 'intelligenceSharing', from: draft.intelligenceSharing, to, cause });
            draft.intelligenceSharing = to;
          }
        } else if ((NUMERIC_TRACKS as readonly string[]).includes(change.track)) {
          const track = change.track as NumericTrack;
          setTrack(draft, track, clampTrack(track, draft.tracks[track] + ((change.from as number) - (change.to as number))), cause);
        }
      }
      // A choice it still waits for is dropped with it.
      const waiting = draft.pendingChoices.findIndex((p) => p.card === action.card);
      if (waiting >= 0) draft.pendingChoices.splice(waiting, 1);
      if (draft.phase === 'cardChoice' && draft.pendingChoices.length === 0) afterChoices(draft);
      return;
    }
    case 'SET_SEATS':
      logAct(draft, { act: 'seats', reason, seats: { ...action.seats } });
      return;
  }
}

export function isFacilitatorAction(action: { readonly type: string }): action is FacilitatorAction {
  return FACILITATOR_ACTIONS.has(action.type);
}

export const FACILITATOR_ACTION_TYPES = ['INJECT', 'INJECT_CUSTOM', 'OVERRIDE', 'SET_INTEL', 'CANCEL_CARD', 'SET_SEATS'] as const;
const FACILITATOR_ACTIONS = new Set<string>(FACILITATOR_ACTION_TYPES);

/**
 * The phase after the last card choice: the decisions, from the first role at a year's start, or
 * where they stood when an inject asked for a choice in the middle of them.
 */
export function afterChoices(draft: Work): void {
  if (draft.pending.length > 0) draft.phase = 'decisions';
  else startDecisions(draft);
}
