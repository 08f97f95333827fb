import type { Translate } from '../i18n';

// Why an exercise is paused, in the reader's language: a pause the room made itself when a team
// lost its connection is worded here (`dropped`, the team's id); a pause the control cell made
// carries the words it typed, which are shown as they are.

export function pauseWords(pause: { readonly reason?: string | null; readonly dropped?: string | null }, teams: readonly { readonly id: string; readonly name: string }[], t: Translate): string {
  if (pause.dropped === undefined || pause.dropped === null) return pause.reason ?? '';
  const team = teams.find((x) => x.id === pause.dropped);
  return t('exercise.teamDropped', { team: team?.name ?? pause.dropped });
}
