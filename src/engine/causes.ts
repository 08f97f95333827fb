import type { Cause, Role, StrategyToken } from './types';

// Causes are small frozen values shared by every log entry that names them, so that logging a
// change allocates and freezes only the entry itself.

function memo<K>(make: (key: K) => Cause): (key: K) => Cause {
  const cache = new Map<K, Cause>();
  return (key) => {
    let cause = cache.get(key);
    if (!cause) {
      cause = Object.freeze(make(key));
      cache.set(key, cause);
    }
    return cause;
  };
}

export const ruleCause = memo<string>((id) => ({ kind: 'rule', id }));
export const strategyCause = memo<StrategyToken>((id) => ({ kind: 'strategy', id }));
const plainCard = memo<string>((id) => ({ kind: 'card', id }));
const choiceOf = new Map<string, (choice: string) => Cause>();
const actionOf = new Map<Role, (id: string) => Cause>();

export function cardCause(id: string, choice?: string): Cause {
  if (choice === undefined) return plainCard(id);
  let forCard = choiceOf.get(id);
  if (!forCard) choiceOf.set(id, (forCard = memo<string>((c) => ({ kind: 'card', id, choice: c }))));
  return forCard(choice);
}

export function actionCause(id: string, role: Role): Cause {
  let forRole = actionOf.get(role);
  if (!forRole) actionOf.set(role, (forRole = memo<string>((a) => ({ kind: 'action', id: a, role }))));
  return forRole(id);
}
