// When the engine throws inside a transition (a rule meeting data it cannot handle), xstate v5
// stops the actor with status 'error' and keeps the error on the snapshot. Every caller that drives
// the machine reads it from here, so an engine error is never mistaken for a game that merely
// stopped: its own message reaches the player or the command line.

export function machineFailure(snapshot: { readonly status: string; readonly error?: unknown }): Error | null {
  if (snapshot.status !== 'error') return null;
  const cause = snapshot.error;
  if (cause instanceof Error) return cause;
  return new Error(`the game stopped on an error: ${String(cause)}`);
}
