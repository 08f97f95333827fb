import { Client, type Room } from '@colyseus/sdk';
import { NET_MESSAGE, ROOM_NAME, type ClientMessage } from '../../exercise/protocol';
import type { RoomConnection, RoomConnector } from './link';

// The Colyseus SDK (0.18) behind the link's small connector: the room server sends every
// ServerMessage as plain JSON on one message type and reads every ClientMessage on one (the same
// string both ways, NET_MESSAGE). The SDK reconnects a dropped socket by itself (onDrop, then
// onReconnect); a reload comes back by joining with the seat's rejoin secret (link.ts).

function connection(room: Room): RoomConnection {
  return {
    roomId: room.roomId,
    send: (message: ClientMessage) => room.send(NET_MESSAGE, message),
    onMessage: (handler) => void room.onMessage(NET_MESSAGE, handler),
    onDrop: (handler) => void room.onDrop(() => handler()),
    onReconnect: (handler) => void room.onReconnect(() => handler()),
    onLeave: (handler) => void room.onLeave((code, reason) => handler(code, reason)),
    leave: () => void room.leave(true).catch(() => undefined),
  };
}

/** The room server at `origin` (the page's own: `npm run dev` and `npm start` serve both on one port). */
export function colyseusConnector(origin: string): RoomConnector {
  const client = new Client(origin);
  return {
    create: async (options) => connection(await client.create(ROOM_NAME, options)),
    join: async (code, options) => connection(await client.joinById(code, options)),
  };
}
