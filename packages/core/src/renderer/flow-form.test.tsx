import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import {
  csrfNode,
  inputNode,
  makeFlow,
  passwordLoginNodes,
  submitNode,
  uiText,
} from '../test-utils/node-builders';
import { entriesOf, renderFlowForm } from '../test-utils/render-flow-form';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

describe('FlowForm', () => {
  it('should render a real form with the flow action and method and every node', () => {
    const { form } = renderFlowForm(passwordLoginNodes());
    expect(form).toHaveAttribute('action', 'https://ory.example.com/self-service/login?flow=flow-1');
    expect(form.getAttribute('method')?.toLowerCase()).toBe('post');
    expect(form).toHaveAttribute('data-state', 'idle');
    expect(form).toHaveAttribute('data-ory-part', 'form');
    expect([...form.elements].map((element) => element.getAttribute('name'))).toEqual([
      'csrf_token',
      'identifier',
      'password',
      'method',
    ]);
  });

  it('should submit FormData with the clicked button as submitter', async () => {
    const user = userEvent.setup();
    const { onSubmit } = renderFlowForm([
      ...passwordLoginNodes(),
      submitNode('provider', 'github', 'Sign in with GitHub', 'oidc'),
    ]);
    await user.type(screen.getByLabelText('ID'), 'ada@example.com');
    await user.type(screen.getByLabelText('Password'), 'hunter22');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(entriesOf(onSubmit.mock.calls[0]?.[0] as FormData)).toEqual([
      ['csrf_token', 'csrf-value'],
      ['identifier', 'ada@example.com'],
      ['password', 'hunter22'],
      ['method', 'password'],
    ]);
    await user.click(screen.getByRole('button', { name: 'Sign in with GitHub' }));
    expect(entriesOf(onSubmit.mock.calls[1]?.[0] as FormData)).toContainEqual(['provider', 'github']);
    expect(entriesOf(onSubmit.mock.calls[1]?.[0] as FormData)).not.toContainEqual(['method', 'password']);
  });

  it('should ignore further submits while the submit promise is pending and mark the form pending', async () => {
    const user = userEvent.setup();
    const pending = deferred();
    const onSubmit = vi.fn(() => pending.promise);
    const { form } = renderFlowForm(passwordLoginNodes(), { onSubmit });
    const button = screen.getByRole('button', { name: 'Sign in' });
    await user.click(button);
    await user.click(button);
    await user.click(button);
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(form).toHaveAttribute('data-state', 'submitting');
    expect(form).toHaveAttribute('data-pending', '');
    expect(form).toHaveAttribute('aria-busy', 'true');
    expect(button).toHaveAttribute('data-pending', '');
    await act(async () => pending.resolve());
    expect(form).toHaveAttribute('data-state', 'idle');
    expect(form).not.toHaveAttribute('data-pending');
    await user.click(button);
    expect(onSubmit).toHaveBeenCalledTimes(2);
  });

  it('should ignore submits while state is submitting', async () => {
    const user = userEvent.setup();
    const { onSubmit, form } = renderFlowForm(passwordLoginNodes(), { state: 'submitting' });
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(form).toHaveAttribute('data-state', 'submitting');
  });

  it('should reflect success and error states, and read the hooks ready status as idle', () => {
    const { form, rerenderWith } = renderFlowForm(passwordLoginNodes(), { state: 'success' });
    expect(form).toHaveAttribute('data-state', 'success');
    rerenderWith(makeFlow(passwordLoginNodes()), { state: 'ready' });
    expect(form).toHaveAttribute('data-state', 'idle');
    rerenderWith(makeFlow(passwordLoginNodes()), { state: 'error' });
    expect(form).toHaveAttribute('data-state', 'error');
  });

  it('should show the error prop as an alert above the nodes', () => {
    const { form } = renderFlowForm(passwordLoginNodes(), { error: new Error('Network down') });
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Network down');
    expect(form.firstElementChild).toContainElement(alert);
    expect(form).toHaveAttribute('data-state', 'error');
  });

  it('should give form-level errors role alert and other messages role status', () => {
    renderFlowForm(
      makeFlow(passwordLoginNodes(), {
        messages: [
          uiText(4000006, 'The provided credentials are invalid.', 'error'),
          uiText(1010014, 'An email containing a code has been sent.', 'info'),
        ],
      }),
    );
    expect(screen.getByRole('alert')).toHaveTextContent('The provided credentials are invalid.');
    expect(screen.getByRole('alert')).toHaveAttribute('data-ory-message-id', '4000006');
    expect(screen.getByRole('status')).toHaveTextContent('An email containing a code has been sent.');
  });

  it('should route a script calling form.submit() into onSubmit without validation', () => {
    const { form, onSubmit } = renderFlowForm([
      csrfNode(),
      inputNode('identifier', { required: true, label: uiText(1070004, 'ID') }),
      inputNode('passkey_login', { group: 'passkey', type: 'hidden' }),
    ]);
    (form.querySelector('[name="passkey_login"]') as HTMLInputElement).value = '{"id":"cred"}';
    form.submit();
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(entriesOf(onSubmit.mock.calls[0]?.[0] as FormData)).toContainEqual([
      'passkey_login',
      '{"id":"cred"}',
    ]);
  });

  it('should turn native validation off once JS runs, unless asked to keep it', () => {
    const { form } = renderFlowForm(passwordLoginNodes());
    expect(form.noValidate).toBe(true);
    const second = renderFlowForm(passwordLoginNodes(), { nativeValidation: true });
    expect(second.form.noValidate).toBe(false);
  });

  it('should show the server values when a new flow object arrives', async () => {
    const user = userEvent.setup();
    const { rerenderWith } = renderFlowForm(passwordLoginNodes());
    await user.type(screen.getByLabelText('ID'), 'typo@example');
    rerenderWith(makeFlow(passwordLoginNodes({ identifier: 'ada@example.com' })));
    expect(screen.getByLabelText('ID')).toHaveValue('ada@example.com');
  });

  it('should keep what the user typed while the flow object stays the same', async () => {
    const user = userEvent.setup();
    const flow = makeFlow(passwordLoginNodes());
    const { rerenderWith } = renderFlowForm(flow);
    await user.type(screen.getByLabelText('ID'), 'ada');
    rerenderWith(flow, { state: 'submitting' });
    expect(screen.getByLabelText('ID')).toHaveValue('ada');
  });

  it('should move focus to the first invalid field when a flow with errors arrives', () => {
    const { rerenderWith } = renderFlowForm(passwordLoginNodes());
    rerenderWith(
      makeFlow(
        passwordLoginNodes({
          identifierMessages: [uiText(4000002, 'Property identifier is missing.', 'error')],
        }),
      ),
    );
    expect(screen.getByLabelText('ID')).toHaveFocus();
  });

  it('should move focus to the form-level alert when no field is invalid', () => {
    const { rerenderWith } = renderFlowForm(passwordLoginNodes());
    rerenderWith(
      makeFlow(passwordLoginNodes(), {
        messages: [uiText(4000006, 'The provided credentials are invalid.', 'error')],
      }),
    );
    expect(screen.getByRole('alert')).toHaveFocus();
  });

  it('should focus the error prop alert when a submit fails', () => {
    const flow = makeFlow(passwordLoginNodes());
    const { rerenderWith } = renderFlowForm(flow);
    rerenderWith(flow, { error: 'Network error' });
    expect(screen.getByRole('alert')).toHaveFocus();
  });

  it('should render only the asked groups plus default', () => {
    const { form } = renderFlowForm(
      [...passwordLoginNodes(), submitNode('provider', 'github', 'Sign in with GitHub', 'oidc')],
      { groups: ['oidc'] },
    );
    expect([...form.elements].map((element) => element.getAttribute('name'))).toEqual([
      'csrf_token',
      'identifier',
      'provider',
    ]);
  });

  it('should apply a filter function', () => {
    const { form } = renderFlowForm(passwordLoginNodes(), { filter: (node) => node.group !== 'password' });
    expect(form.querySelector('[name="password"]')).toBeNull();
  });

  it('should let children render the nodes themselves, or add content after them', () => {
    const { container } = renderFlowForm(passwordLoginNodes(), {
      children: ({ nodes, state }) => (
        <p>
          {nodes.length} nodes, {state.state}
        </p>
      ),
    });
    expect(container).toHaveTextContent('4 nodes, idle');
    expect(container.querySelector('input')).toBeNull();
    renderFlowForm(passwordLoginNodes(), { children: <a href="/recovery">Forgot?</a> });
    expect(screen.getByRole('link', { name: 'Forgot?' })).toBeInTheDocument();
  });

  it('should resolve className as a function of the form state', () => {
    const { form } = renderFlowForm(passwordLoginNodes(), {
      className: (state) => `login login--${state.state}`,
      state: 'submitting',
    });
    expect(form).toHaveClass('login', 'login--submitting');
  });

  it('should give two forms on a page different ids', () => {
    renderFlowForm(passwordLoginNodes());
    renderFlowForm(passwordLoginNodes());
    const ids = screen.getAllByLabelText('ID').map((input) => input.id);
    expect(new Set(ids).size).toBe(2);
  });
});
