import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exerciseGame, exerciseView, type Exercise, type ExerciseSeat, type HostInput, type HostOutput, type SeatClaim } from '../../src/exercise';
import type { PlayerMove } from '../../src/engine';
import { FACILITATOR, KEY, TEAMS, keysOf, nextTeamMessage, player, sc, seatedRoom, type Outgoing, type Room } from './host-room';

// Issue 12, item 2, on the wire: over random games in turn and in secret, with random players
// joining, moving, dropping, coming back and being removed, every message the host sends holds
// only what the recipient's seat may see. tests/exercise/view.test.ts proves it of exerciseView
// for each seat; this proves the host gives each player the view of the seat it holds and nothing
// more: the key and the list of players to the facilitator only, no private word to the room, and a
// view that does not depend on what any other team has sealed.

const HIDDEN = ['seed', 'draws', 'deck', 'sealed', 'notes', 'eventsList', 'objectives', 'objective', 'expectedResponse'];
const EXTRA = ['PLAYER-projector', 'PLAYER-observer', 'PLAYER-late'];
const SEATS: readonly SeatClaim[] = [...TEAMS.map((t) => ({ kind: 'team' as const, team: t.id })), { kind: 'observer' }, { kind: 'projector' }];

/** The exercise with every sealed decision but `keep`'s replaced by another: what a seat must not be able to tell apart. */
function otherSealsSwapped(exercise: Exercise, keep: string | null): Exercise {
  const sealed = Object.fromEntries(
    Object.entries(exercise.sealed).map(([team, move]): [string, PlayerMove] => [team, team === keep || move.type !== 'DECIDE' ? move : { type: 'DECIDE', role: move.role, actions: ['decoy-action'], by: move.role }]),
  );
  return { ...exercise, sealed };
}

/** Checks one message the host sent, against the room as it stands after the input. */
function checkMessage(room: Room, input: HostInput, out: HostOutput): void {
  const message = out.message;
  const text = JSON.stringify(message);
  const self = room.host.players().find((p) => p.id === out.to);
  const facilitator = self?.status === 'seated' && self.seat?.kind === 'facilitator';
  if (facilitator) {
    if (message.type === 'view') expect(message.view?.seat).toBe('facilitator');
    return;
  }
  // Nobody but the facilitator hears the key or who else is in the room.
  expect(text).not.toContain(KEY);
  expect(text.split(out.to).join('')).not.toContain('PLAYER-');
  // A removed player hears the facilitator's reason for removing it, and nothing else.
  if (message.type !== 'view') {
    if (message.type !== 'removed') expect(text).not.toMatch(/SECRET-/);
    return;
  }
  expect(Object.keys(message).filter((k) => k === 'players' || k === 'key' || k === 'settings')).toEqual([]);
  expect(message.you).toEqual(self);
  const seat = self?.status === 'seated' ? self.seat : null;
  if (!seat) {
    expect(message.view).toBeNull();
    return;
  }
  const view = message.view;
  if (!view || view.seat === 'facilitator') throw new Error(`${out.to} got ${view?.seat ?? 'no'} view`);
  const at = input.at;
  const exercise = room.host.exercise;
  if (seat.kind === 'team') {
    if (view.seat !== 'team') throw new Error(`${out.to} holds a team's seat but got a ${view.seat} view`);
    expect(view.team.id).toBe(seat.team);
    expect(view.sealed).toEqual(exercise.sealed[seat.team] ?? null);
    for (const t of TEAMS) if (t.id !== seat.team) expect(text).not.toContain(`SECRET-OBJECTIVE-${t.id}`);
  } else expect(view.seat).toBe(seat.kind);
  const roomPart = view.room;
  expect(JSON.stringify(roomPart)).not.toMatch(/SECRET-/);
  const keys = keysOf(roomPart);
  for (const hidden of HIDDEN) expect(keys.has(hidden), hidden).toBe(false);
  // Nothing of another team's sealed decision: the view is the same whatever it was.
  const swapped = otherSealsSwapped(exercise, seat.kind === 'team' ? seat.team : null);
  const as: ExerciseSeat = seat.kind === 'observer' ? { kind: 'observer', name: self?.name ?? '' } : seat;
  expect(view).toEqual(exerciseView(swapped, exerciseGame(sc, swapped), sc, as, at));
}

/** One random step of the room: the game moves on, the control cell acts, players come and go. */
function randomStep(room: Room, pick: number, n: number): void {
  const secret = (kind: string) => `SECRET-${kind}-${n}`;
  const everyone = [...TEAMS.map((t) => player(t.id)), ...EXTRA];
  const someone = everyone[pick % everyone.length] ?? FACILITATOR;
  const f = (message: Outgoing) => room.send(FACILITATOR, message);
  switch (pick % 13) {
    case 0:
    case 1:
    case 2:
    case 3: {
      const next = nextTeamMessage(room);
      if (next) room.send(...next);
      else f({ type: 'command', command: { type: 'hotwash', reason: secret('HOTWASH') } });
      return;
    }
    case 4:
      f({ type: 'command', command: { type: 'inject', card: { kind: 'deck', card: room.game().deck[n % Math.max(1, room.game().deck.length)] ?? 'none' }, reason: secret('INJECT') } });
      return;
    case 5:
      f({ type: 'command', command: { type: 'planInject', inject: { id: `p${n}`, card: { kind: 'custom', title: `Planned ${n}`, text: 'words', effects: [] }, objective: secret('OBJECTIVE'), expectedResponse: secret('EXPECTED'), schedule: { kind: 'hold' } }, reason: secret('PLAN') } });
      return;
    case 6:
      f({ type: 'command', command: { type: 'rule', ruling: { kind: 'free', text: secret('RULING') }, reason: secret('RULING-REASON'), public: false } });
      return;
    case 7:
      room.send('PLAYER-observer', { type: 'command', command: { type: 'note', text: secret('NOTE'), team: 'red' } });
      room.send(player(TEAMS[pick % TEAMS.length]?.id ?? 'red'), { type: 'command', command: { type: 'note', text: secret('TEAM-NOTE') } });
      return;
    case 8:
      f({ type: 'command', command: room.host.exercise.paused ? { type: 'resume', reason: 'back' } : { type: 'pause', reason: 'coffee' } });
      return;
    case 9: {
      const p = room.host.players().find((x) => x.id === someone);
      if (!p) room.join(someone, { name: `Guest ${n}`, claim: SEATS[n % SEATS.length] as SeatClaim });
      else if (p.connected) room.drop(someone);
      else room.reconnect(someone);
      return;
    }
    case 10:
      f({ type: 'admit', player: someone, seat: n % 3 === 0 ? null : (SEATS[(pick + n) % SEATS.length] ?? null) });
      return;
    case 11:
      if (n % 4 === 0) f({ type: 'remove', player: someone, reason: 'asked to leave' });
      else f({ type: n % 2 ? 'pauseOnDrop' : 'autoAdmit', on: pick % 2 === 0 });
      return;
    default:
      f({ type: 'command', command: { type: 'skip', reason: secret('SKIP') } });
  }
}

describe('what the host sends each player', () => {
  it('holds only what the seat may see: no key, players or private word to the room, no other team’s seal', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.array(fc.nat(), { minLength: 10, maxLength: 50 }), (secretMode, seed, picks) => {
        const room = seatedRoom(secretMode ? 'secret' : 'inTurn', seed);
        let checked = 0;
        room.onResult = (input, result) => {
          for (const out of result.out) {
            checkMessage(room, input, out);
            checked++;
          }
        };
        room.join('PLAYER-projector', { name: 'Projector', claim: { kind: 'projector' } });
        room.send(FACILITATOR, { type: 'admit', player: 'PLAYER-projector', seat: null });
        room.join('PLAYER-observer', { name: 'Dr. Ruiz', claim: { kind: 'observer' } });
        room.send(FACILITATOR, { type: 'admit', player: 'PLAYER-observer', seat: null });
        picks.forEach((pick, n) => randomStep(room, pick, n));
        room.tick(room.at + 3_600_000);
        expect(checked).toBeGreaterThan(picks.length);
      }),
      { numRuns: 30 },
    );
  });
});
