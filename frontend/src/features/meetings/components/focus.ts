/** Moves the focus to an element once React has rendered it (e.g. back to the button that opened a form). */
export function focusLater(elementId: string) {
  window.setTimeout(() => document.getElementById(elementId)?.focus(), 0);
}
