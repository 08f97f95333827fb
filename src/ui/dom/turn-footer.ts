import { h } from './h';

// The footer of a turn's panel where a team answers (its decisions, a card's choice): Confirm and
// the buttons beside it, and above them what they will do. It goes in as the turn section's own
// last child, after the form, and sticks to the bottom of the panel (turn.css): a sticky box
// cannot rise above the top of its parent, so inside the form or the card it would stay down with
// them, out of view at a large text size; as the section's last child it stays in view at any
// size. Its Confirm reaches the form through the form attribute.

export interface TurnFooterParts {
  /** Above the buttons: what the choice will do. */
  readonly above?: HTMLElement;
  /** At the start of the buttons' row: the capital. */
  readonly side?: HTMLElement;
}

export function turnFooter(buttons: readonly HTMLElement[], parts: TurnFooterParts = {}): HTMLElement {
  return h('div', { class: 'turn-footer' }, parts.above ?? null,
    h('div', { class: 'footer-row' }, parts.side ?? null, h('div', { class: 'actions' }, ...buttons)));
}

/**
 * Above a card's Confirm, the option it will send ("Your choice: ..."), kept up to date: at a large
 * text size the options may be scrolled out of view while Confirm is in it.
 */
export function choiceLine(title: string, form: HTMLFormElement): HTMLElement {
  const line = h('p', { class: 'preview', 'aria-live': 'polite' });
  const radios = [...form.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
  const update = () => {
    const picked = radios.find((r) => r.checked);
    const label = picked ? form.querySelector(`label[for="${picked.id}"]`)?.textContent : null;
    line.replaceChildren(...(label ? [h('strong', {}, `${title}: `), label] : []));
  };
  // On each radio: a redrawn panel gets a pick back by a change event that does not bubble (page.ts).
  for (const r of radios) r.addEventListener('change', update);
  update();
  return line;
}
