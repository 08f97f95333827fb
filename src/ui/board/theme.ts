import type { RelationshipBand } from '../../engine';

// Colours and type for the board, chosen for a projector: high contrast on a dark ground.

export const FONT = "'Segoe UI', 'Helvetica Neue', Arial, sans-serif";

export const COLORS = {
  background: 0x0d1724,
  panel: 0x152336,
  panelEdge: 0x2b4160,
  text: '#e8eef6',
  textDim: '#9fb3c8',
  headline: 0xffffff,
  sedena: 0xf2a65a,
  semar: 0x5fc7e8,
  institutions: 0xb9a6f0,
  good: 0x5fbf7a,
  bad: 0xe06b5d,
  neutral: 0x8fa6bf,
  usLand: 0x243a57,
  mexicoLand: 0x2f5141,
  otherLand: 0x1c2838,
  border: 0xff8a3d,
  sea: 0x0f2133,
  card: 0xf4ecd8,
  cardEdge: 0x8a7a55,
  cardText: '#1c1a14',
} as const;

export const BAND_COLORS: Readonly<Record<RelationshipBand, number>> = {
  Adversarial: 0x8e2b2b,
  Distant: 0xa8612a,
  Cooperative: 0xb59a2c,
  Collaborative: 0x4f8f45,
  Institutionalized: 0x2f7f7a,
  Integrated: 0x3461a8,
};

export function hex(color: number): string {
  return `#${color.toString(16).padStart(6, '0')}`;
}

/**
 * One colour per alternative of a debrief comparison, in the order of its bands (the player's own
 * choice first), distinct for colour-blind readers (Okabe–Ito) on the dark ground; the historical
 * path is drawn apart, grey and dashed, and the player's game white.
 */
export const ALTERNATIVE_COLORS = [0xe69f00, 0x56b4e9, 0x2ec4a0, 0xf0e442, 0xcc79a7, 0xd55e00] as const;
export const HISTORICAL_COLOR = 0xc8ced6;
export const YOUR_GAME_COLOR = 0xffffff;

export function alternativeColor(kind: 'same' | 'other' | 'historical', index: number): number {
  return kind === 'historical' ? HISTORICAL_COLOR : (ALTERNATIVE_COLORS[index % ALTERNATIVE_COLORS.length] ?? 0xffffff);
}
