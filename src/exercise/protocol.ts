import type { ExerciseCommand } from './commands';
import type { ExerciseRefusal } from './refusals';
import type { Role } from '../engine';
import type { ExerciseView } from './view';

// Networked rooms (issue 12): what a client and the room's host say to each other, as plain JSON.
// The host (host.ts) is pure and holds one exercise with its players; a Colyseus room on the server
// and a link inside one browser both only carry these messages. The seat a message acts for is
// never in the message: the host knows which player sent it and which seat that player holds.

/** The join code's letters: no 0/O, 1/I/L, so that a code read off a projector is typed right. */
export const JOIN_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const JOIN_CODE_LENGTH = 6;
/** The room type's name on the server. */
export const ROOM_NAME = 'exercise';
/** A dropped client may come back into its seat within this time. */
export const RECONNECT_SECONDS = 120;
/** Players in one room (teams, observers, projectors and the facilitator), by default. */
export const ROOM_MAX_PLAYERS = 40;
/** A room with nobody connected closes after this long (its log stays; a restart restores it). */
export const ROOM_IDLE_MINUTES = 60;

/** A seat a player asks for, or is given by the facilitator. */
export type SeatClaim = { readonly kind: 'team'; readonly team: string } | { readonly kind: 'observer' } | { readonly kind: 'projector' };

/** Options a facilitator creates a room with: the exercise as set up on the console (validated by the host). */
export interface CreateOptions {
  readonly exercise: unknown;
  readonly name: string;
}

/** Options a player joins with. `key` is the facilitator's secret, returned when the room was made. */
export interface JoinOptions {
  readonly name: string;
  readonly claim?: SeatClaim;
  readonly key?: string;
  /** Back into a seat held before (after a page reload or a server restart): the `welcome` message's player and secret. */
  readonly rejoin?: { readonly player: string; readonly secret: string };
}

/** The room server's one message type: every ClientMessage and ServerMessage travels under it as plain JSON. */
export const NET_MESSAGE = 'm';

/** Every message a client sends. `id` is the client's own count, echoed in the answer. */
export type ClientMessage =
  /** An exercise command, for the seat the sender holds. */
  | { readonly type: 'command'; readonly id: number; readonly command: ExerciseCommand }
  /** Ask for a seat (again): waits for the facilitator's approval. */
  | { readonly type: 'claim'; readonly id: number; readonly claim: SeatClaim }
  /** The facilitator: admit a waiting player to a seat (theirs when `seat` is null), or move a seated one. */
  | { readonly type: 'admit'; readonly id: number; readonly player: string; readonly seat: SeatClaim | null }
  /** The facilitator: a player leaves the room, with a reason for the log. */
  | { readonly type: 'remove'; readonly id: number; readonly player: string; readonly reason: string }
  /** The facilitator: pause the exercise by itself when a team's last player drops. */
  | { readonly type: 'pauseOnDrop'; readonly id: number; readonly on: boolean }
  /** The facilitator: admit every claim without asking. */
  | { readonly type: 'autoAdmit'; readonly id: number; readonly on: boolean }
  /** The latest view, when the client's last sequence number is older (after a reconnection). */
  | { readonly type: 'sync'; readonly id: number; readonly since: number };

export type PlayerStatus = 'waiting' | 'seated' | 'removed';

/** A player as the facilitator sees them. */
export interface PlayerInfo {
  readonly id: string;
  readonly name: string;
  readonly claim: SeatClaim | null;
  readonly seat: SeatClaim | { readonly kind: 'facilitator' } | null;
  readonly status: PlayerStatus;
  readonly connected: boolean;
  /** A removed player's record stays in the facilitator's list (the host's audit): when, and the facilitator's reason. */
  readonly removed?: { readonly at: number; readonly reason: string };
}

/** What a player sees before a seat is theirs: the room's title and which seats there are. */
export interface Lobby {
  readonly code: string;
  readonly title: string;
  readonly teams: readonly { readonly id: string; readonly name: string; readonly role: Role; readonly players: number }[];
}

/** Why the host refused a message. */
export type NetRefusal =
  /** The message was not one the protocol knows, or a field was wrong (where: the field's path). */
  | { readonly code: 'malformed'; readonly where: string }
  | { readonly code: 'notSeated' }
  | { readonly code: 'facilitatorOnly'; readonly message: string }
  | { readonly code: 'unknownPlayer'; readonly player: string }
  | { readonly code: 'unknownTeam'; readonly team: string }
  | { readonly code: 'reasonRequired'; readonly message: string }
  | { readonly code: 'roomFull'; readonly max: number }
  | { readonly code: 'badKey' }
  | { readonly code: 'noRoom'; readonly room: string }
  | { readonly code: 'tooFast' }
  /** The room's own code failed on the message (a bug, logged on the server): nothing changed. */
  | { readonly code: 'serverError' }
  /** The exercise itself refused the command (a team acting out of turn, a power without a reason…). */
  | { readonly code: 'exercise'; readonly refusal: ExerciseRefusal };

/** Every message the host sends a client. */
export type ServerMessage =
  /**
   * The client's picture now: `seq` grows by one with every change to the room (a client that
   * missed some asks with `sync`). `view` is what its seat may see (null while it waits for a seat);
   * `players` only to the facilitator; `key` only to the facilitator, once, when the room is made.
   */
  | {
      readonly type: 'view';
      readonly seq: number;
      readonly you: PlayerInfo;
      readonly lobby: Lobby;
      readonly view: ExerciseView | null;
      readonly players?: readonly PlayerInfo[];
      readonly settings?: { readonly pauseOnDrop: boolean; readonly autoAdmit: boolean };
      readonly key?: string;
    }
  /** The message `id` was accepted (its effect is in the view with `seq`). */
  | { readonly type: 'ack'; readonly id: number; readonly seq: number }
  /** The message `id` (null when it could not be read) was refused: nothing changed. */
  | { readonly type: 'refused'; readonly id: number | null; readonly refusal: NetRefusal }
  /** The facilitator removed this player from the room. */
  | { readonly type: 'removed'; readonly reason: string }
  /**
   * Sent by the room server to each client that joins: its player id and a secret that brings it
   * back into the same seat with `JoinOptions.rejoin` (kept by the client, e.g. in sessionStorage).
   */
  | { readonly type: 'welcome'; readonly player: string; readonly rejoin: string };
