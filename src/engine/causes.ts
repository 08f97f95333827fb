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
const cardChoice = memo<string>((key) => {
  const [id = '', choice = ''] = key.split('\u0000');
  return { kind: 'card', id, choice };
});
const action = memo<string>((key) => {
  const [role = 'us', id = ''] = key.split('\u0000');
  return { kind: 'action', id, role: role as Role };
});

export const cardCause = (id: string, choice?: string): Cause => (choice === undefined ? plainCard(id) : cardChoice(`${id}\u0000${choice}`));
export const actionCause = (id: string, role: Role): Cause => action(`${role}\u0000${id}`);
