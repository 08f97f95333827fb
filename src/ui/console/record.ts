import type { Exercise, ExerciseLogEntry, Ruling } from '../../exercise';
import type { Language, Translate } from '../../i18n';
import { h } from '../dom/h';
import { cardTitle, section, selectField, sinceStart, textField, whoName, words, type RunContext } from './context';
import type { Scenario } from '../../engine';
import { pauseWords } from '../pause-words';

// Observer notes tagged to the year, a team and an objective; and the exercise log, newest first,
// with who did what, when and why (issue 11, item 3).

export function notesSection(ctx: RunContext): HTMLElement {
  const { t, exercise } = ctx;
  const c = words(t);
  const text = textField(c('noteText'), 'note:text', {}, true);
  const team = selectField(c('noteTeam'), 'note:team', [{ value: '', label: c('noTeam') }, ...exercise.teams.map((x) => ({ value: x.id, label: x.name }))]);
  const objectives = exercise.teams.flatMap((x) => x.objectives.map((o) => ({ value: o.id, label: `${x.name}: ${o.text}` })));
  const objective = selectField(c('noteObjective'), 'note:objective', [{ value: '', label: c('noObjective') }, ...objectives]);
  const add = h('button', { type: 'button', class: 'primary' }, c('addNote'));
  add.addEventListener('click', () => {
    ctx.command({ type: 'note', text: text.input.value, team: team.select.value || null, objective: objective.select.value || null }, undefined, ['note:text']);
  });
  const notes = [...exercise.notes].reverse();
  return section(c('notes'), 'console-notes',
    text.field, h('div', { class: 'row' }, team.field, objective.field), h('div', { class: 'actions' }, add),
    notes.length ? h('ul', { class: 'notes-list' }, ...notes.map((n) => h('li', {}, h('span', { class: 'hint' }, `${n.year}${n.team ? ` · ${exercise.teams.find((x) => x.id === n.team)?.name ?? n.team}` : ''} — `), n.text))) : null);
}

/** What a ruling did, in words (the console and the projector). */
export function rulingText(ruling: Ruling, scenario: Scenario | null, t: Translate, language: Language): string {
  const c = words(t);
  switch (ruling.kind) {
    case 'accept':
      return c('ruled.accept');
    case 'override':
      return c('ruled.override', { track: t(`tracks.${ruling.track}`), value: ruling.value });
    case 'overrideIntel':
      return c('ruled.overrideIntel', { level: t(`intel.${ruling.level}`) });
    case 'cancel':
      return c('ruled.cancel', { card: scenario ? cardTitle(scenario, ruling.card, language) : ruling.card });
    case 'free':
      return ruling.text;
  }
}

/** One log entry's "what", for the control cell. */
function entryWhat(entry: ExerciseLogEntry, exercise: Exercise, scenario: Scenario, t: Translate, language: Language): string {
  const c = words(t);
  const kind = c(`log.${entry.kind}`);
  const d = entry.detail;
  switch (entry.kind) {
    case 'move': {
      const move = d.move as { type?: string; role?: string; actions?: string[]; option?: string; party?: string; card?: string } | undefined;
      switch (move?.type) {
        case 'DECIDE':
          return `${kind}: ${t(`roles.${move.role ?? ''}`)} — ${(move.actions ?? []).map((a) => t(`actions.${a}.name`)).join(', ') || c('noAction')}`;
        case 'ELECT':
          return `${kind}: ${move.party ? c('moves.electParty', { party: move.party }) : c('moves.elect')}`;
        case 'CHOOSE_OPTION':
          return `${kind}: ${c('moves.option', { option: move.option ?? '' })}`;
        case 'RESOLVE_CARD': {
          const card = scenario.deck.find((x) => x.id === move.card);
          const option = card?.choice?.options.find((o) => o.id === move.option);
          return `${kind}: ${card?.title[language] ?? move.card ?? ''} — ${option?.label[language] ?? move.option ?? ''}`;
        }
        case 'DELEGATE':
          return `${kind}: ${c('moves.delegate')}`;
        case 'CONTINUE':
          return `${kind}: ${c('moves.continue')}`;
        default:
          return `${kind}: ${move?.type ?? ''}`;
      }
    }
    case 'inject': {
      const card = typeof d.card === 'string' ? d.card : '';
      return `${kind}: ${scenario.deck.some((x) => x.id === card) ? cardTitle(scenario, card, language) : card}`;
    }
    case 'ruling':
      return `${kind}: ${rulingText(d.ruling as Ruling, scenario, t, language)}`;
    case 'note':
      return `${kind}: ${exercise.notes.find((n) => n.id === d.note)?.text ?? ''}`;
    case 'sealed':
      return `${kind}: ${exercise.teams.find((x) => x.id === d.team)?.name ?? String(d.team)}`;
    case 'extend':
      return `${kind}: +${Math.round(Number(d.seconds) / 60)} min`;
    default:
      return kind;
  }
}

export function logSection(ctx: RunContext): HTMLElement {
  const { t, exercise, scenario, language } = ctx;
  const c = words(t);
  const entries = [...exercise.log].reverse();
  return section(c('logTitle'), 'console-log',
    h('ol', { class: 'exercise-log', reversed: true },
      ...entries.map((e) => h('li', { class: `log-entry${e.public ? '' : ' private'}`, 'data-kind': e.kind },
        h('span', { class: 'when' }, `${sinceStart(exercise, e)} · ${e.year} · ${t(`phases.${e.phase}`)}`), ' ',
        h('strong', {}, whoName(exercise, e.by, t)), ': ',
        entryWhat(e, exercise, scenario, t, language),
        e.reason ? h('span', { class: 'why' }, ` — ${e.kind === 'pause' ? pauseWords({ reason: e.reason, dropped: typeof e.detail.dropped === 'string' ? e.detail.dropped : null }, exercise.teams, t) : e.reason}`) : null,
        e.public ? null : h('span', { class: 'tag' }, ` (${c('private')})`)))));
}
