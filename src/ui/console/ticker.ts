// The browser's clock for the console and the projector: `tick` every `ms` (setInterval); returns
// how to stop. Tests give their own and drive the ticks themselves.
export function every(ms: number, tick: () => void): () => void {
  const id = setInterval(tick, ms);
  return () => clearInterval(id);
}
