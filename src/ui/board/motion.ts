// Whether the player asked the system for less motion (prefers-reduced-motion): the board then
// shows each change at once, with no tween, no flash and no slide.

export function reducedMotion(): boolean {
  try {
    return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  } catch {
    return false;
  }
}
