import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { UiNode } from '../client/types';
import { webAuthnTriggerNames } from '../nodes/get-node-trigger';
import { isInputNode } from '../nodes/guards';
import { kratosSnapshotsAvailable, listFixtures, readFixtureNodes } from '../test-utils/kratos-fixtures';
import { csrfNode, inputNode, uiText } from '../test-utils/node-builders';
import { renderFlowForm } from '../test-utils/render-flow-form';

type Globals = Record<string, unknown>;
const globals = window as unknown as Globals;

function clearGlobals() {
  for (const name of [...webAuthnTriggerNames, ...webAuthnTriggerNames.map((name) => `__${name}`), 'evil'])
    delete globals[name];
}

const passkeyButton = (extra: Record<string, unknown> = {}) =>
  inputNode('passkey_login_trigger', {
    group: 'passkey',
    type: 'button',
    value: '',
    onclickTrigger: 'oryPasskeyLogin',
    onclick: 'window.oryPasskeyLogin()',
    label: uiText(1010021, 'Sign in with passkey'),
    ...extra,
  });

describe('WebAuthn / passkey triggers', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    clearGlobals();
  });
  afterEach(() => {
    vi.useRealTimers();
    clearGlobals();
  });

  it('should call the onclickTrigger function at once when it exists, without submitting', () => {
    const fn = vi.fn();
    globals.oryPasskeyLogin = fn;
    const { onSubmit } = renderFlowForm([csrfNode(), passkeyButton()]);
    const button = screen.getByRole('button', { name: 'Sign in with passkey' });
    expect(button).toHaveAttribute('type', 'button');
    fireEvent.click(button);
    expect(fn).toHaveBeenCalledTimes(1);
    expect(fn).toHaveBeenCalledWith();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('should retry every 100 ms until the script defines the function', () => {
    renderFlowForm([passkeyButton()]);
    fireEvent.click(screen.getByRole('button', { name: 'Sign in with passkey' }));
    act(() => vi.advanceTimersByTime(1_000));
    const fn = vi.fn();
    globals.oryPasskeyLogin = fn;
    expect(fn).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(100));
    expect(fn).toHaveBeenCalledTimes(1);
    act(() => vi.advanceTimersByTime(5_000));
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('should mark the button busy while it waits for the script, and not once the function runs', async () => {
    renderFlowForm([passkeyButton()]);
    const button = screen.getByRole('button', { name: 'Sign in with passkey' });
    fireEvent.click(button);
    expect(button).toHaveAttribute('aria-busy', 'true');
    globals.oryPasskeyLogin = vi.fn();
    await act(async () => vi.advanceTimersByTime(100));
    expect(button).not.toHaveAttribute('aria-busy');
    // Already defined: called inside the click, busy for no time at all.
    fireEvent.click(button);
    await act(async () => {});
    expect(globals.oryPasskeyLogin).toHaveBeenCalledTimes(2);
    expect(button).not.toHaveAttribute('aria-busy');
  });

  it('should not stay busy once it gives up waiting', async () => {
    renderFlowForm([passkeyButton()]);
    const button = screen.getByRole('button', { name: 'Sign in with passkey' });
    fireEvent.click(button);
    await act(async () => vi.advanceTimersByTime(10_100));
    expect(button).not.toHaveAttribute('aria-busy');
  });

  it('should tell the user when the passkey ceremony is cancelled, and clear it on the next try', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    globals.oryPasskeyLogin = () =>
      Promise.reject(new DOMException('The operation was aborted.', 'NotAllowedError'));
    renderFlowForm([csrfNode(), passkeyButton()]);
    const button = screen.getByRole('button', { name: 'Sign in with passkey' });
    await act(async () => fireEvent.click(button));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The passkey or security key did not respond, or the request was cancelled. Please try again.',
    );
    globals.oryPasskeyLogin = vi.fn();
    await act(async () => fireEvent.click(button));
    expect(screen.queryByRole('alert')).toBeNull();
    error.mockRestore();
  });

  it('should tell the user when the WebAuthn script never loaded', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    renderFlowForm([csrfNode(), passkeyButton()]);
    fireEvent.click(screen.getByRole('button', { name: 'Sign in with passkey' }));
    expect(screen.queryByRole('alert')).toBeNull();
    act(() => vi.advanceTimersByTime(10_100));
    expect(screen.getByRole('alert')).toHaveTextContent('Passkeys can’t be used right now');
    warn.mockRestore();
  });

  it('should say nothing when passkey autofill is cancelled (the user chose another way)', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    globals.oryPasskeyLoginAutocompleteInit = () => Promise.reject(new DOMException('aborted', 'AbortError'));
    renderFlowForm([
      csrfNode(),
      inputNode('passkey_login', {
        group: 'passkey',
        type: 'hidden',
        onloadTrigger: 'oryPasskeyLoginAutocompleteInit',
      }),
    ]);
    await act(async () => vi.advanceTimersByTime(10));
    expect(screen.queryByRole('alert')).toBeNull();
    error.mockRestore();
  });

  it('should give up after 10 seconds', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    renderFlowForm([passkeyButton()]);
    fireEvent.click(screen.getByRole('button', { name: 'Sign in with passkey' }));
    act(() => vi.advanceTimersByTime(10_100));
    // Giving up shows the "unavailable" alert: let React's scheduler render it, then no timer may remain.
    act(() => vi.advanceTimersByTime(0));
    expect(vi.getTimerCount()).toBe(0);
    const fn = vi.fn();
    globals.oryPasskeyLogin = fn;
    act(() => vi.advanceTimersByTime(1_000));
    expect(fn).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it('should stop waiting when the form unmounts', () => {
    const { unmount } = renderFlowForm([passkeyButton()]);
    fireEvent.click(screen.getByRole('button', { name: 'Sign in with passkey' }));
    unmount();
    const fn = vi.fn();
    globals.oryPasskeyLogin = fn;
    act(() => vi.advanceTimersByTime(500));
    expect(fn).not.toHaveBeenCalled();
  });

  it('should call the __ory alias when only the old name exists, and the reverse', () => {
    const legacy = vi.fn();
    globals.__oryPasskeyLogin = legacy;
    renderFlowForm([passkeyButton()]);
    fireEvent.click(screen.getByRole('button', { name: 'Sign in with passkey' }));
    expect(legacy).toHaveBeenCalledTimes(1);

    const current = vi.fn();
    globals.oryPasskeySettingsRegistration = current;
    renderFlowForm([
      inputNode('passkey_register_trigger', {
        group: 'passkey',
        type: 'button',
        onclick: 'window.__oryPasskeySettingsRegistration()',
        label: uiText(1050019, 'Add passkey'),
      }),
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Add passkey' }));
    expect(current).toHaveBeenCalledTimes(1);
  });

  it('should call the onloadTrigger once on mount, even under StrictMode', () => {
    const fn = vi.fn();
    globals.oryPasskeyLoginAutocompleteInit = fn;
    renderFlowForm([
      csrfNode(),
      inputNode('identifier', { autocomplete: 'username webauthn', label: uiText(1070004, 'ID') }),
      inputNode('passkey_login', {
        group: 'passkey',
        type: 'hidden',
        onload: 'window.oryPasskeyLoginAutocompleteInit()',
        onloadTrigger: 'oryPasskeyLoginAutocompleteInit',
      }),
    ]);
    act(() => vi.advanceTimersByTime(0));
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('should wait for the onloadTrigger function and cancel the wait on unmount', () => {
    const node = inputNode('passkey_login', {
      group: 'passkey',
      type: 'hidden',
      onloadTrigger: 'oryPasskeyLoginAutocompleteInit',
    });
    const first = renderFlowForm([node]);
    act(() => vi.advanceTimersByTime(300));
    const fn = vi.fn();
    globals.oryPasskeyLoginAutocompleteInit = fn;
    act(() => vi.advanceTimersByTime(100));
    expect(fn).toHaveBeenCalledTimes(1);

    delete globals.oryPasskeyLoginAutocompleteInit;
    const second = renderFlowForm([node]);
    second.unmount();
    first.unmount();
    globals.oryPasskeyLoginAutocompleteInit = fn;
    act(() => vi.advanceTimersByTime(1_000));
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('should parse a legacy onclick with a JSON argument and never evaluate it', () => {
    const fn = vi.fn();
    globals.__oryWebAuthnLogin = fn;
    renderFlowForm([
      inputNode('webauthn_login_trigger', {
        group: 'webauthn',
        type: 'button',
        onclick:
          'window.__oryWebAuthnLogin({"publicKey":{"challenge":"Y2hhbA","rpId":"example.com","note":"alert(1)"}})',
        label: uiText(1010008, 'Use security key'),
      }),
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Use security key' }));
    expect(fn).toHaveBeenCalledWith({
      publicKey: { challenge: 'Y2hhbA', rpId: 'example.com', note: 'alert(1)' },
    });
  });

  it('should not call functions outside the WebAuthn set', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const evil = vi.fn();
    globals.evil = evil;
    const { onSubmit } = renderFlowForm([
      inputNode('x', { type: 'button', onclick: 'window.evil()', label: uiText(1, 'Evil') }),
      inputNode('y', { type: 'button', onclickTrigger: 'evil', label: uiText(2, 'Evil too') }),
      inputNode('z', {
        type: 'submit',
        onclick: 'window.oryWebAuthnLogin(document.cookie)',
        label: uiText(3, 'Sneaky'),
      }),
    ]);
    for (const name of ['Evil', 'Evil too', 'Sneaky']) {
      const button = screen.getByRole('button', { name });
      expect(button).toHaveAttribute('type', 'button');
      fireEvent.click(button);
    }
    act(() => vi.advanceTimersByTime(11_000));
    expect(evil).not.toHaveBeenCalled();
    expect(onSubmit).not.toHaveBeenCalled();
    warn.mockRestore();
  });
});

describe('WebAuthn triggers on old Kratos node shapes (v1.0.0, v1.1.0)', () => {
  const available = kratosSnapshotsAvailable();
  const files = available
    ? [...listFixtures('history/v1.0.0'), ...listFixtures('history/v1.1.0')].filter((file) =>
        readFixtureNodes(file).some(
          (node) => isInputNode(node) && node.attributes.name?.startsWith('webauthn_'),
        ),
      )
    : [];

  beforeEach(clearGlobals);
  afterEach(clearGlobals);

  it.skipIf(!available)('should find old WebAuthn fixtures without trigger attributes', () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const file of files) {
      const nodes = readFixtureNodes(file);
      expect(nodes.some((node) => isInputNode(node) && node.attributes.onclickTrigger)).toBe(false);
    }
  });

  it.skipIf(!available)('should render them and call the __ory function with the parsed options', () => {
    for (const file of files) {
      // Kratos' snapshots strip the onclick (it embeds the challenge); put back what v1.0/v1.1 sent.
      const nodes: UiNode[] = readFixtureNodes(file).map((node) => {
        if (!isInputNode(node) || !node.attributes.name?.endsWith('_trigger')) return node;
        const fn = node.attributes.name.includes('login')
          ? '__oryWebAuthnLogin'
          : '__oryWebAuthnRegistration';
        const options = { publicKey: { challenge: 'Y2hhbGxlbmdl', rpId: 'example.com' } };
        return {
          ...node,
          attributes: { ...node.attributes, onclick: `window.${fn}(${JSON.stringify(options)})` },
        };
      });
      const login = vi.fn();
      const registration = vi.fn();
      globals.__oryWebAuthnLogin = login;
      globals.__oryWebAuthnRegistration = registration;
      const { unmount, form } = renderFlowForm(nodes);
      const triggers = [...form.querySelectorAll<HTMLButtonElement>('button[name$="_trigger"]')];
      for (const trigger of triggers) {
        expect(trigger.type, file).toBe('button');
        fireEvent.click(trigger);
      }
      const calls = [...login.mock.calls, ...registration.mock.calls];
      expect(calls.length, file).toBe(triggers.length);
      for (const call of calls)
        expect(call[0]).toEqual({ publicKey: { challenge: 'Y2hhbGxlbmdl', rpId: 'example.com' } });
      unmount();
    }
  });
});
