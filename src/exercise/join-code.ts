import { JOIN_ALPHABET, JOIN_CODE_LENGTH } from './protocol';

// A room's join code (issue 12): short, read off a projector and typed on a phone, so its letters
// leave out the ones people confuse. The server draws it (with its own randomness) and names the
// room by it; the host and the clients check it here.

/** A new join code: JOIN_CODE_LENGTH letters of JOIN_ALPHABET, drawn with `random` (in [0, 1)). */
export function newJoinCode(random: () => number): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_ALPHABET[Math.min(JOIN_ALPHABET.length - 1, Math.floor(random() * JOIN_ALPHABET.length))];
  return code;
}

/**
 * Whether `text` is a join code exactly as the room server names its rooms: JOIN_CODE_LENGTH
 * letters of JOIN_ALPHABET, upper case, nothing else. What a person types goes through
 * `normalizeJoinCode` first.
 */
export function isJoinCode(text: string): boolean {
  if (text.length !== JOIN_CODE_LENGTH) return false;
  for (const ch of text) if (!JOIN_ALPHABET.includes(ch)) return false;
  return true;
}

/**
 * A typed join code in the form the server knows, or null: upper case, with the spaces and hyphens
 * people put in to read it in pairs taken out. Look-alikes (O for 0, I or L for 1) are not guessed
 * at: the alphabet leaves them out, so a code that has them was misread and is refused.
 */
export function normalizeJoinCode(text: string): string | null {
  const code = text.replace(/[\s-]+/g, '').toUpperCase();
  return isJoinCode(code) ? code : null;
}
