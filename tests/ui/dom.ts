import { expect } from 'vitest';

// Queries in the spirit of Testing Library, for panels rendered into happy-dom: find controls by the
// name a screen reader would announce, and check that every control has one.

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** The accessible name of a form control: aria-label, a label[for], or a wrapping label. */
export function controlName(el: Control): string {
  const aria = el.getAttribute('aria-label');
  if (aria) return aria.trim();
  const root = el.getRootNode() as Document | Element;
  const byFor = el.id ? root.querySelector?.(`label[for="${el.id}"]`) : null;
  const label = byFor ?? el.closest('label');
  return label?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** Every input, select and text area has a name, and every button says what it does. */
export function expectAccessible(root: Element): void {
  for (const el of root.querySelectorAll<Control>('input, select, textarea')) {
    if (el.getAttribute('aria-hidden') === 'true' || el.type === 'hidden') continue;
    expect(controlName(el), el.outerHTML).not.toBe('');
  }
  for (const button of root.querySelectorAll('button')) {
    expect((button.textContent ?? '').trim() || button.getAttribute('aria-label'), button.outerHTML).toBeTruthy();
  }
}

/** The control whose accessible name matches. */
export function byLabel<T extends Control = HTMLInputElement>(root: Element, name: string | RegExp): T {
  const found = [...root.querySelectorAll<Control>('input, select, textarea')].filter((el) => (typeof name === 'string' ? controlName(el) === name : name.test(controlName(el))));
  if (found.length !== 1) throw new Error(`${found.length} controls named ${String(name)}: ${[...root.querySelectorAll<Control>('input, select, textarea')].map(controlName).join(' | ')}`);
  return found[0] as T;
}

/** The button whose text matches. */
export function button(root: Element, name: string | RegExp): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].filter((b) => {
    // As for screen readers, aria-label names the button over its content.
    const text = b.getAttribute('aria-label') ?? (b.textContent ?? '').trim();
    return typeof name === 'string' ? text === name : name.test(text);
  });
  if (found.length !== 1) throw new Error(`${found.length} buttons named ${String(name)}: ${[...root.querySelectorAll('button')].map((b) => b.textContent).join(' | ')}`);
  return found[0] as HTMLButtonElement;
}

/** Ticks or unticks a box the way a click does (the change event included). */
export function setChecked(box: HTMLInputElement, checked: boolean): void {
  if (box.checked !== checked) box.click();
}

/** Puts a panel in the document, as the app does, so that forms submit and labels resolve. */
export function mount<T extends HTMLElement>(panel: T): T {
  document.body.replaceChildren(panel);
  return panel;
}
