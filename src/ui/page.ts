import { h } from './dom/h';

// Small helpers of the page shell: ids, excerpts of untrusted text, downloads, and keeping what the
// player has entered in a panel across a redraw (a language switch redraws every panel).

/** A fresh id for a tab or a game. */
export function randomId(): string {
  const uuid = globalThis.crypto?.randomUUID?.();
  return uuid ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** At most `max` characters of an untrusted text, for a message. */
export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** Offers `text` as a file called `name`. */
export function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { href: url, download: name, class: 'visually-hidden' });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

type Control = HTMLInputElement | HTMLSelectElement;

/** What the player has entered in the panel's lasting controls (`data-keep`), by their keys. */
export function keptInputs(root: HTMLElement): Map<string, string | boolean> {
  const kept = new Map<string, string | boolean>();
  for (const el of root.querySelectorAll<Control>('[data-keep]')) {
    const key = el.dataset.keep ?? '';
    kept.set(key, isToggle(el) ? el.checked : el.value);
  }
  return kept;
}

/**
 * Enters it again in the redrawn panel. Lists and radio buttons first, with their change events
 * (a scenario sets its length, a mode its roles), then boxes and fields, whose change events
 * update what depends on them (the political capital spent, what can still be afforded).
 */
export function restoreInputs(root: HTMLElement, kept: ReadonlyMap<string, string | boolean>): void {
  const controls = [...root.querySelectorAll<Control>('[data-keep]')];
  const rank = (el: Control) => (el instanceof HTMLSelectElement ? 0 : el.type === 'radio' ? 1 : 2);
  const changed: Control[] = [];
  for (const el of controls.sort((a, b) => rank(a) - rank(b))) {
    const value = kept.get(el.dataset.keep ?? '');
    if (value === undefined) continue;
    if (isToggle(el)) {
      if (el.checked === value) continue;
      el.checked = value === true;
      if (el.type === 'radio' && !el.checked) continue;
    } else {
      if (el.value === value) continue;
      el.value = String(value);
    }
    if (rank(el) < 2) el.dispatchEvent(new Event('change'));
    else changed.push(el);
  }
  for (const el of changed) el.dispatchEvent(new Event('change'));
}

function isToggle(el: Control): el is HTMLInputElement {
  return el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio');
}
