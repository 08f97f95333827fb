import type { Cause, Role, StrategyToken } from './types';

// Causes are small frozen values shared by every log entry that names them, so that logging a
// change allocates and freezes only the entry itself.

const cache = new Map<string, Cause>();

function shared(key: string, make: () => Cause): Cause {
  let cause = cache.get(key);
  if (!cause) {
    cause = Object.freeze(make());
    cache.set(key, cause);
  }
  return cause;
}

export const ruleCause = (id: string): Cause => shared(`rule:${id}`, () => ({ kind: 'rule', id }));
export const cardCause = (id: string, choice?: string): Cause =>
  shared(`card:${id}:${choice ?? ''}`, () => (choice === undefined ? { kind: 'card', id } : { kind: 'card', id, choice }));
export const actionCause = (id: string, role: Role): Cause => shared(`action:${role}:${id}`, () => ({ kind: 'action', id, role }));
export const strategyCause = (id: StrategyToken): Cause => shared(`strategy:${id}`, () => ({ kind: 'strategy', id }));
