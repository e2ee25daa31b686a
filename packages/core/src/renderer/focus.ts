/** Moves focus to the first invalid control, else to the first form-level alert (made focusable if need be). */
export function moveFocusToFirstError(form: HTMLFormElement): void {
  const invalid = form.querySelector<HTMLElement>('[aria-invalid="true"]:not([disabled])');
  const target = invalid ?? form.querySelector<HTMLElement>('[role="alert"]');
  if (!invalid && target && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target?.focus();
}
