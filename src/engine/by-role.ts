import type { Role } from './types';

// A record by role read or changed with the role known only at run time. `record[role]` with a
// variable role is a keyed property access that V8 cannot specialise (a lookup in a shared cache
// each time); the hot path reads capital and seats several times a decision, and five compares of
// the role against constant names cost a fraction of that lookup.

/** `record[role]`. */
export function ofRole<T>(record: Readonly<Record<Role, T>>, role: Role): T {
  switch (role) {
    case 'mexico':
      return record.mexico;
    case 'sedena':
      return record.sedena;
    case 'semar':
      return record.semar;
    case 'tco':
      return record.tco;
    case 'us':
      return record.us;
  }
}

/** `capital[role] = value`. */
export function setOfRole(record: Record<Role, number>, role: Role, value: number): void {
  switch (role) {
    case 'mexico':
      record.mexico = value;
      return;
    case 'sedena':
      record.sedena = value;
      return;
    case 'semar':
      record.semar = value;
      return;
    case 'tco':
      record.tco = value;
      return;
    case 'us':
      record.us = value;
      return;
  }
}
