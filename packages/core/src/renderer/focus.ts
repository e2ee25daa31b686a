/**
 * Moves focus to the first invalid control, else to the first form-level alert (made focusable if need be).
 * Returns the element focused, if any.
 */
export function moveFocusToFirstError(form: HTMLFormElement): HTMLElement | undefined {
  const invalid = form.querySelector<HTMLElement>('[aria-invalid="true"]:not([disabled])');
  const target = invalid ?? form.querySelector<HTMLElement>('[role="alert"]');
  if (!target) return undefined;
  if (!invalid && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus();
  return target;
}
