import type { RoomView } from '../../exercise';
import type { Language } from '../../i18n';
import type { KeyValueStore } from '../types';

// How the room's picture travels from the facilitator's console to the projector (issue 11, item
// 1): kept thin and swappable, so that a network (issue 12) can take the place of the browser's
// BroadcastChannel without the console or the projector changing. The console publishes the room
// view (exercise/view.ts: never a hidden field, a team's sealed choice or a note) after every
// accepted command; a projector that opens says "hello" and the console answers with the latest.
// The last picture is also kept in storage, so a projector reopened while the console is closed
// still shows where the exercise stood.

/** One picture of the room, as published: the view, the language to word it in, and when. */
export interface RoomPost {
  readonly room: RoomView;
  readonly language: Language;
  /** ms since the epoch, by the console's clock: the projector counts the clock down from here. */
  readonly at: number;
}

export interface RoomTransport {
  /** The console: the room's picture now, to every projector (and kept for one that opens later). */
  publish(post: RoomPost): void;
  /** The console: a projector has opened and asks for the latest picture. */
  onHello(handler: () => void): () => void;
  /** A projector: every picture from now on; says hello so that the console publishes at once. */
  subscribe(handler: (post: RoomPost) => void): () => void;
  /** The last picture kept, whoever published it (null when none, or when it cannot be read). */
  latest(): RoomPost | null;
  close(): void;
}

export const ROOM_CHANNEL = 'csd-exercise';
export const ROOM_KEY = 'csd.exercise.room';

type Message = { readonly kind: 'room'; readonly post: RoomPost } | { readonly kind: 'hello' };

/** The part of a BroadcastChannel the transport uses (a test gives an in-memory one). */
export interface ChannelLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  close(): void;
}

function isPost(value: unknown): value is RoomPost {
  const post = value as Partial<RoomPost> | null;
  return !!post && typeof post === 'object' && typeof post.at === 'number' && (post.language === 'en' || post.language === 'es') && !!post.room && typeof post.room === 'object' && typeof post.room.id === 'string';
}

function isMessage(value: unknown): value is Message {
  const m = value as Partial<Message> | null;
  if (!m || typeof m !== 'object') return false;
  return m.kind === 'hello' || (m.kind === 'room' && isPost((m as { post?: unknown }).post));
}

/** The room over a BroadcastChannel between the windows of one browser, with the last picture in storage. */
export function channelTransport(channel: ChannelLike | null, storage: KeyValueStore | null): RoomTransport {
  const listeners = new Set<(event: MessageEvent) => void>();
  const listen = (handler: (message: Message) => void): (() => void) => {
    const listener = (event: MessageEvent) => {
      if (isMessage(event.data)) handler(event.data);
    };
    listeners.add(listener);
    channel?.addEventListener('message', listener);
    return () => {
      listeners.delete(listener);
      channel?.removeEventListener('message', listener);
    };
  };
  return {
    publish(post) {
      try {
        storage?.setItem(ROOM_KEY, JSON.stringify(post));
      } catch {
        // A full store loses only the picture for a projector opened later; the live one still gets it.
      }
      channel?.postMessage({ kind: 'room', post } satisfies Message);
    },
    onHello(handler) {
      return listen((m) => {
        if (m.kind === 'hello') handler();
      });
    },
    subscribe(handler) {
      const stop = listen((m) => {
        if (m.kind === 'room') handler(m.post);
      });
      channel?.postMessage({ kind: 'hello' } satisfies Message);
      return stop;
    },
    latest() {
      try {
        const parsed: unknown = JSON.parse(storage?.getItem(ROOM_KEY) ?? 'null');
        return isPost(parsed) ? parsed : null;
      } catch {
        return null;
      }
    },
    close() {
      for (const l of listeners) channel?.removeEventListener('message', l);
      listeners.clear();
      channel?.close();
    },
  };
}

/** The browser's transport: BroadcastChannel `csd-exercise` where there is one, and the page's storage. */
export function browserTransport(storage: KeyValueStore | null): RoomTransport {
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(ROOM_CHANNEL) : null;
  return channelTransport(channel, storage);
}

/** In-memory channels joined as one browser's windows are (for tests): each post reaches the others. */
export function memoryChannels(): () => ChannelLike {
  const open = new Set<{ deliver(data: unknown): void }>();
  return () => {
    const listeners = new Set<(event: MessageEvent) => void>();
    const me = { deliver: (data: unknown) => listeners.forEach((l) => l(new MessageEvent('message', { data: structuredClone(data) }))) };
    open.add(me);
    return {
      postMessage: (data) => {
        for (const other of open) if (other !== me) other.deliver(data);
      },
      addEventListener: (_type, l) => void listeners.add(l),
      removeEventListener: (_type, l) => void listeners.delete(l),
      close: () => void open.delete(me),
    };
  };
}
