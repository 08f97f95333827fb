import type { MomentKind } from '../engine';
import type { SoundName } from './index';

// Which sound a big moment makes when it comes on stage (issue 10): a band crossing up or down,
// an election, an offer refused and the end of a sexenio each have their own; the rest reuse the
// stamp (a strategy taken) or the alert (a turn of events).

export function momentSound(kind: MomentKind, tone: 'good' | 'bad' | 'neutral'): SoundName | null {
  switch (kind) {
    case 'band':
      return tone === 'bad' ? 'bandDown' : 'bandUp';
    case 'election':
      return 'election';
    case 'offerRefused':
      return 'refusal';
    case 'sexenioEnd':
      return 'termEnd';
    case 'strategy':
      return 'stamp';
    case 'intelligence':
      return tone === 'bad' ? 'bandDown' : 'bandUp';
    case 'handover':
    case 'accommodationKnown':
    case 'fragmentation':
      return 'alert';
  }
}
