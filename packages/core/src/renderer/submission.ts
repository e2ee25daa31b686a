import type { FormEvent } from 'react';

/**
 * The form's data as the browser would post it, including the clicked button's name/value (the submitter:
 * `method=password`, `provider=github`, `screen=previous`…).
 */
export function readSubmission(event: FormEvent<HTMLFormElement>): FormData {
  const form = event.currentTarget;
  const submitter = (event.nativeEvent as SubmitEvent | undefined)?.submitter ?? null;
  try {
    return new FormData(form, submitter);
  } catch {
    // A submitter the FormData constructor refuses (not a submit button of this form): add it by hand.
    const data = new FormData(form);
    const name = submitter?.getAttribute('name');
    if (name) data.append(name, (submitter as HTMLButtonElement).value ?? '');
    return data;
  }
}

export function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null)?.then === 'function';
}

export interface EnhanceFormOptions {
  /** Keep the browser's own validation bubbles (default false: Kratos' messages are shown instead). */
  nativeValidation?: boolean;
}

/**
 * Runs once JavaScript does (a ref callback): turns native validation off so Kratos' translated messages show,
 * and routes a script's `form.submit()` — the WebAuthn script calls it, and a native submit would skip React's
 * onSubmit and POST the page away — through `requestSubmit()`, so it ends in our submit handler. Like the
 * native `submit()`, the routed call skips constraint validation. Returns the undo.
 */
export function enhanceFormElement(form: HTMLFormElement, options: EnhanceFormOptions = {}): () => void {
  const previousNoValidate = form.noValidate;
  const ownSubmit = Object.getOwnPropertyDescriptor(form, 'submit');
  if (!options.nativeValidation) form.noValidate = true;
  Object.defineProperty(form, 'submit', {
    configurable: true,
    writable: true,
    value: function submit() {
      const noValidate = form.noValidate;
      form.noValidate = true;
      try {
        form.requestSubmit();
      } finally {
        form.noValidate = noValidate;
      }
    },
  });
  return () => {
    if (ownSubmit) Object.defineProperty(form, 'submit', ownSubmit);
    else delete (form as { submit?: unknown }).submit;
    form.noValidate = previousNoValidate;
  };
}
