import type { FormEvent } from 'react';
import { nonEmptyString } from '../client/guards';
import { safeUrl } from '../client/safe-url';
import type { Flow } from '../client/types';
import { enhanceFormElement, isThenable, readSubmission } from './submission';

export interface FormProps {
  action: string | undefined;
  method: string;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  /** Enhances the form once JS runs: no native validation bubbles, `form.submit()` routed to onSubmit. */
  ref: (form: HTMLFormElement | null) => undefined | (() => void);
}

/** `ui.method` when it is a string (Kratos sends `POST`), else `post`: React would choke on anything else. */
export function formMethod(method: unknown): string {
  return nonEmptyString(method) ?? 'post';
}

/** Forms whose submit promise has not settled yet: a second submit is ignored. */
const inFlight = new WeakSet<HTMLFormElement>();

// One stable callback, so React attaches it once per form element rather than on every render.
const enhanceRef = (form: HTMLFormElement | null) => (form ? enhanceFormElement(form) : undefined);

/**
 * Props for your own `<form>` around a flow: a real `action`/`method` (it works before hydration and without
 * JS) and an onSubmit that prevents the page POST and calls `submit(new FormData(form, submitter))`. While
 * the promise `submit` returns is pending, further submits are ignored.
 */
export function getFormProps(
  flow: { ui?: Pick<Flow['ui'], 'action' | 'method'> } | null | undefined,
  submit: (formData: FormData) => unknown,
): FormProps {
  return {
    // Only an http(s) or relative URL: a `javascript:` / `vbscript:` / `data:` action would run (or, in React 19,
    // be swapped for React's own throwing `javascript:` URL) when the form is posted before hydration.
    action: safeUrl(flow?.ui?.action),
    method: formMethod(flow?.ui?.method),
    onSubmit: (event) => {
      event.preventDefault();
      const form = event.currentTarget;
      if (inFlight.has(form)) return;
      const result = submit(readSubmission(event));
      if (!isThenable(result)) return;
      inFlight.add(form);
      const release = () => inFlight.delete(form);
      result.then(release, release);
    },
    ref: enhanceRef,
  };
}
