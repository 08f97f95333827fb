import { ROLES, type Role } from '../../engine';
import type { Team } from '../../exercise';
import { h, uid } from '../dom/h';
import { reasonField, words, type RunContext } from './context';

// The roster mid-exercise: rename a team, give it another role, let one go (its role is then played
// by the computer from the next move on) or seat a new team in a role the computer plays. Sent as
// one `roster` command with the control cell's reason; the exercise refuses a roster with two teams
// in one role, or none at all.

interface RowInputs {
  readonly team: Team;
  readonly name: HTMLInputElement;
  readonly role: HTMLSelectElement;
  readonly remove: HTMLInputElement;
}

function roleSelect(t: RunContext['t'], id: string, keep: string, value: Role | ''): HTMLSelectElement {
  const select = h('select', { id, 'data-keep': keep },
    ...(value === '' ? [h('option', { value: '' }, words(t)('rosterNoNewTeam'))] : []),
    ...ROLES.map((r) => h('option', { value: r }, t(`roles.${r}`))));
  select.value = value;
  return select;
}

/** The roster, folded away until the control cell needs it. */
export function rosterSection(ctx: RunContext): HTMLElement {
  const { exercise, t } = ctx;
  const c = words(t);
  const rows: RowInputs[] = exercise.teams.map((team) => {
    const nameId = uid('rname');
    const roleId = uid('rrole');
    const removeId = uid('rremove');
    return {
      team,
      name: h('input', { id: nameId, type: 'text', value: team.name, 'data-keep': `roster:${team.id}:name`, autocomplete: 'off' }),
      role: roleSelect(t, roleId, `roster:${team.id}:role`, team.role),
      remove: h('input', { id: removeId, type: 'checkbox', 'data-keep': `roster:${team.id}:remove` }),
    };
  });
  const newName = h('input', { id: uid('rnew'), type: 'text', 'data-keep': 'roster:new:name', autocomplete: 'off' });
  const newRole = roleSelect(t, uid('rnewrole'), 'roster:new:role', '');
  const reason = reasonField(t, 'roster:reason');
  const apply = () => {
    const teams: Team[] = rows.filter((r) => !r.remove.checked).map((r) => ({ ...r.team, name: r.name.value.trim(), role: r.role.value as Role }));
    if (newRole.value) teams.push({ id: `team-${exercise.teams.length + 1}-${newRole.value}`, name: newName.value.trim() || t(`roles.${newRole.value}`), role: newRole.value as Role, objectives: [] });
    const keys = ['roster:reason', 'roster:new:name', 'roster:new:role', ...rows.flatMap((r) => [`roster:${r.team.id}:name`, `roster:${r.team.id}:role`, `roster:${r.team.id}:remove`])];
    ctx.command({ type: 'roster', teams, reason: reason.input.value }, undefined, keys);
  };
  const labelled = (input: HTMLElement, label: string) => h('div', { class: 'field' }, h('label', { for: input.id }, label), input);
  return h('details', { class: 'console-section roster' },
    h('summary', {}, h('h2', {}, c('rosterTitle'))),
    h('p', { class: 'hint' }, c('rosterChangeHint')),
    h('ul', { class: 'roster-rows' },
      ...rows.map((r) =>
        h('li', { class: 'roster-row' },
          labelled(r.name, c('teamName')),
          labelled(r.role, c('rosterRole')),
          h('div', { class: 'check' }, r.remove, h('label', { for: r.remove.id }, c('rosterRemove')))))),
    h('div', { class: 'roster-row new' }, labelled(newName, c('rosterNewName')), labelled(newRole, c('rosterNewRole'))),
    reason.field,
    h('div', { class: 'actions' }, h('button', { type: 'button', onclick: apply }, c('rosterApply'))));
}
