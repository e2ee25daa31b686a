import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithOry } from '../test-utils/render-with-ory';
import { type UseFlowErrorResult, useFlowError } from './use-flow-error';

function Probe({ id, onResult }: { id: string | undefined; onResult: (r: UseFlowErrorResult) => void }) {
  onResult(useFlowError(id));
  return null;
}

function mount(id: string | undefined) {
  const latest: { current?: UseFlowErrorResult } = {};
  const view = renderWithOry(<Probe id={id} onResult={(r) => (latest.current = r)} />);
  return { ...view, result: () => latest.current as UseFlowErrorResult };
}

describe('useFlowError', () => {
  it('should be an error at once, not a wait, when the page has no error id', () => {
    const view = mount(undefined);
    expect(view.result()).toEqual({ flowError: undefined, status: 'error', error: null });
    expect(view.count('GET /self-service/errors')).toBe(0);
  });

  it('should be pending, then an error with a message, for an id Kratos does not know', async () => {
    const view = mount('unknown-id');
    expect(view.result().status).toBe('pending');
    await waitFor(() => expect(view.result().status).toBe('error'));
    expect(view.result().error?.message).toBeTruthy();
  });
});
