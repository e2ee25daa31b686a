import { expect, mocked, waitFor } from 'storybook/test';

/** The FormData of the n-th call (default the last) of a FlowForm `onSubmit` spy, as entries. */
export function submittedEntries(onSubmit: (formData: FormData) => unknown, call = -1): [string, string][] {
  const calls = mocked(onSubmit).mock.calls;
  const formData = calls.at(call)?.[0];
  if (!(formData instanceof FormData)) throw new Error(`onSubmit call ${call} had no FormData`);
  return [...formData.entries()].map(([name, value]) => [name, String(value)]);
}

/** The element an input's `aria-describedby` points at, asserted to exist; its text is what a reader hears. */
export function describedBy(control: HTMLElement): string {
  const ids = control.getAttribute('aria-describedby')?.split(/\s+/).filter(Boolean) ?? [];
  return ids.map((id) => control.ownerDocument.getElementById(id)?.textContent ?? `#${id} missing`).join(' ');
}

/** The drop-in's form once its flow is there (the section leaves its pending state). */
export async function findFlowForm(canvasElement: HTMLElement, flowType: string): Promise<HTMLFormElement> {
  let form: HTMLFormElement | null = null;
  await waitFor(() => {
    form = canvasElement.querySelector<HTMLFormElement>(`section[data-ory-flow="${flowType}"] form`);
    expect(form).not.toBeNull();
  });
  return form as unknown as HTMLFormElement;
}
