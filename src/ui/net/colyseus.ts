import { Client, type Room } from '@colyseus/sdk';
import { NET_MESSAGE, ROOM_NAME, type ClientMessage } from '../../exercise/protocol';
import { SEAT_TAKEN_CODE, type RoomConnection, type RoomConnector } from './link';

// The Colyseus SDK (0.18) behind the link's small connector: the room server sends every
// ServerMessage as plain JSON on one message type and reads every ClientMessage on one (the same
// string both ways, NET_MESSAGE). The SDK reconnects a dropped socket by itself (onDrop, then
// onReconnect); a reload comes back by joining with the seat's rejoin secret (link.ts).

/**
 * One room of the SDK as the link's connection. A seat taken by a rejoin elsewhere reaches the SDK
 * two ways: as the close code (SEAT_TAKEN_CODE) when this connection still held the seat, or, when
 * it was away, as the error its reconnection is refused with, followed by a close the SDK reads as
 * "reconnection failed" (or, under Colyseus' dev mode, "retry"). Both are told to the link as a
 * leave with SEAT_TAKEN_CODE, and the SDK stops reconnecting: the seat is held elsewhere.
 */
export function roomConnection(room: Room): RoomConnection {
  let taken = false;
  room.onError((code) => {
    if (code !== SEAT_TAKEN_CODE) return;
    taken = true;
    room.reconnection.enabled = false;
  });
  return {
    roomId: room.roomId,
    send: (message: ClientMessage) => room.send(NET_MESSAGE, message),
    onMessage: (handler) => void room.onMessage(NET_MESSAGE, handler),
    onDrop: (handler) => void room.onDrop(() => handler()),
    onReconnect: (handler) => void room.onReconnect(() => handler()),
    onLeave: (handler) => void room.onLeave((code, reason) => handler(taken ? SEAT_TAKEN_CODE : code, reason)),
    leave: () => void room.leave(true).catch(() => undefined),
  };
}

/** The room server at `origin` (the page's own: `npm run dev` and `npm start` serve both on one port). */
export function colyseusConnector(origin: string): RoomConnector {
  const client = new Client(origin);
  return {
    create: async (options) => roomConnection(await client.create(ROOM_NAME, options)),
    join: async (code, options) => roomConnection(await client.joinById(code, options)),
  };
}
