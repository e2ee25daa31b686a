import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { UiNode } from '../client/types';
import { csrfNode, inputNode, otherNode, submitNode, uiText } from '../test-utils/node-builders';
import { renderFlowForm } from '../test-utils/render-flow-form';

describe('FlowForm node types', () => {
  it('should render a text-like input as a labelled field with the attributes Kratos gives', () => {
    const { container } = renderFlowForm([
      inputNode('traits.email', {
        type: 'email',
        required: true,
        autocomplete: 'email',
        pattern: '.+@.+',
        maxlength: 64,
        value: 'ada@example.com',
        label: uiText(1070007, 'Email'),
      }),
    ]);
    const input = screen.getByLabelText('Email') as HTMLInputElement;
    expect(input).toHaveAttribute('type', 'email');
    expect(input).toHaveAttribute('name', 'traits.email');
    expect(input).toBeRequired();
    expect(input).toHaveAttribute('autocomplete', 'email');
    expect(input).toHaveAttribute('pattern', '.+@.+');
    expect(input).toHaveAttribute('maxlength', '64');
    expect(input.value).toBe('ada@example.com');
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(input).toHaveAttribute('data-ory-node', 'input');
    expect(input).toHaveAttribute('data-ory-group', 'default');
    expect(input).toHaveAttribute('data-ory-name', 'traits.email');
    expect(input).toHaveAttribute('data-required', '');
    expect(input).not.toHaveAttribute('data-invalid');
    expect(container.querySelector('[data-ory-part="field"][data-ory-name="traits.email"]')).toContainElement(
      input,
    );
  });

  it('should mark an input with an error message invalid and describe it by its messages', () => {
    renderFlowForm([
      inputNode('identifier', {
        label: uiText(1070004, 'ID'),
        messages: [uiText(4000002, 'Property identifier is missing.', 'error'), uiText(1, 'A hint.', 'info')],
      }),
    ]);
    const input = screen.getByLabelText('ID');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAttribute('data-invalid', '');
    expect(input).toHaveAccessibleDescription('Property identifier is missing. A hint.');
    const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
    expect(ids).toHaveLength(2);
    for (const id of ids) expect(document.getElementById(id)).toHaveAttribute('data-ory-part', 'message');
  });

  it('should give a field without a label its name as label', () => {
    renderFlowForm([inputNode('traits.foobar', { required: true })]);
    expect(screen.getByLabelText('traits.foobar')).toHaveAttribute('name', 'traits.foobar');
  });

  it('should render a checkbox with value true and no hidden false companion', () => {
    const { form } = renderFlowForm([
      inputNode('traits.newsletter', { type: 'checkbox', value: true, label: uiText(1070002, 'Newsletter') }),
    ]);
    const checkbox = screen.getByRole('checkbox', { name: 'Newsletter' });
    expect(checkbox).toBeChecked();
    expect(checkbox).toHaveAttribute('value', 'true');
    expect(form.querySelectorAll('[name="traits.newsletter"]')).toHaveLength(1);
  });

  it('should render options as a select', () => {
    renderFlowForm([
      inputNode('traits.plan', {
        value: 'pro',
        required: true,
        label: uiText(1070002, 'Plan'),
        options: [{ value: 'free' }, { value: 'pro', label: uiText(1, 'Professional') }],
      }),
    ]);
    const select = screen.getByRole('combobox', { name: 'Plan' }) as HTMLSelectElement;
    expect(select.value).toBe('pro');
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['free', 'Professional']);
  });

  it('should render hidden inputs as real named inputs', () => {
    const { form } = renderFlowForm([csrfNode('token-123')]);
    const hidden = form.querySelector('input[type="hidden"][name="csrf_token"]') as HTMLInputElement;
    expect(hidden.value).toBe('token-123');
    expect(hidden).toHaveAttribute('data-ory-node', 'input');
  });

  it('should render submit buttons with name, value and the label text', () => {
    renderFlowForm([
      submitNode('provider', 'github', 'Sign in with GitHub', 'oidc'),
      submitNode('method', 'password', 'Sign in', 'password'),
    ]);
    const github = screen.getByRole('button', { name: 'Sign in with GitHub' });
    expect(github).toHaveAttribute('type', 'submit');
    expect(github).toHaveAttribute('name', 'provider');
    expect(github).toHaveAttribute('value', 'github');
    expect(github).toHaveAttribute('data-ory-node', 'button');
    expect(github).toHaveAttribute('data-ory-group', 'oidc');
    expect(screen.getByRole('button', { name: 'Sign in' })).toHaveAttribute('value', 'password');
  });

  it('should translate labels and messages with the provider translations', () => {
    renderFlowForm(
      [
        inputNode('password', {
          type: 'password',
          label: uiText(1070001, 'Password'),
          messages: [
            uiText(4000032, 'The password must be at least 8 characters long, but got 3.', 'error', {
              min_length: 8,
              actual_length: 3,
            }),
          ],
        }),
        submitNode('provider', 'github', 'Sign in with GitHub', 'oidc'),
      ],
      {
        provider: {
          translations: {
            1070001: 'Passwort',
            4000032: 'Mindestens {min_length} Zeichen, nicht {actual_length}.',
          },
        },
      },
    );
    expect(screen.getByLabelText('Passwort')).toHaveAccessibleDescription('Mindestens 8 Zeichen, nicht 3.');
  });

  it('should render the TOTP QR image only from a safe src', () => {
    const qr = otherNode(
      'img',
      { id: 'totp_qr', src: 'data:image/png;base64,iVBORw0KGgo=', width: 256, height: 256 },
      'totp',
      uiText(1050005, 'Authenticator app QR code'),
    );
    const svg = otherNode('img', { id: 'evil', src: 'data:image/svg+xml,<svg onload=alert(1)>' }, 'totp');
    const js = otherNode('img', { id: 'evil2', src: 'javascript:alert(1)' }, 'totp');
    const { container } = renderFlowForm([qr, svg, js]);
    const image = screen.getByRole('img', { name: 'Authenticator app QR code' });
    expect(image).toHaveAttribute('src', 'data:image/png;base64,iVBORw0KGgo=');
    expect(image).toHaveAttribute('width', '256');
    expect(image).toHaveAttribute('data-ory-node', 'img');
    expect(container.querySelectorAll('img')).toHaveLength(1);
  });

  it('should render a safe anchor as a link and a javascript: href as plain text', () => {
    const { container } = renderFlowForm([
      otherNode('a', {
        id: 'continue',
        href: 'https://app.example.com/welcome',
        title: uiText(1070009, 'Continue'),
      }),
      otherNode('a', { id: 'evil', href: 'javascript:alert(1)', title: uiText(1, 'Click me') }),
      otherNode('a', { id: 'evil2', href: ' JaVaScRiPt:alert(1)', title: uiText(1, 'Me too') }),
    ]);
    expect(screen.getByRole('link', { name: 'Continue' })).toHaveAttribute(
      'href',
      'https://app.example.com/welcome',
    );
    expect(screen.queryByRole('link', { name: 'Click me' })).toBeNull();
    expect(screen.getByText('Click me').tagName).toBe('SPAN');
    expect(screen.getByText('Me too')).not.toHaveAttribute('href');
    expect(container.querySelectorAll('a')).toHaveLength(1);
    expect(container.innerHTML).not.toContain('javascript:');
  });

  it('should render the TOTP secret text with its label', () => {
    renderFlowForm([
      otherNode(
        'text',
        {
          id: 'totp_secret_key',
          text: uiText(1050006, 'JBSWY3DPEHPK3PXP', 'info', { secret: 'JBSWY3DPEHPK3PXP' }),
        },
        'totp',
        uiText(1050017, 'This is your authenticator app secret.'),
      ),
    ]);
    const text = screen.getByText('JBSWY3DPEHPK3PXP').closest('[data-ory-node="text"]');
    expect(text).toHaveAttribute('id', 'totp_secret_key');
    expect(text).toHaveTextContent('This is your authenticator app secret.');
  });

  it('should render lookup codes as a list, one item per secret', () => {
    renderFlowForm([
      otherNode(
        'text',
        {
          id: 'lookup_secret_codes',
          text: uiText(1050015, 'key-0, used', 'info', {
            secrets: [
              uiText(1050009, 'key-0', 'info', { secret: 'key-0' }),
              uiText(1050014, 'Secret was used at 2021-08-17', 'info', { used_at: '2021-08-17T11:32:39Z' }),
              uiText(1050009, 'key-2', 'info', { secret: 'key-2' }),
            ],
          }),
        },
        'lookup_secret',
      ),
    ]);
    const items = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(items).toEqual(['key-0', 'Secret was used at 2021-08-17', 'key-2']);
  });

  it('should render a div with its id, class and safe data attributes', () => {
    const { container } = renderFlowForm([
      otherNode(
        'div',
        {
          id: 'captcha',
          class: 'cf-turnstile',
          data: {
            sitekey: '0x4AAA',
            theme: 'light',
            'ory-node': 'evil',
            'bad key"': 'x',
            onclick: 'alert(1)',
          },
        },
        'captcha',
      ),
    ]);
    const div = container.querySelector('#captcha') as HTMLElement;
    expect(div).toHaveClass('cf-turnstile');
    expect(div).toHaveAttribute('data-sitekey', '0x4AAA');
    expect(div).toHaveAttribute('data-theme', 'light');
    expect(div).toHaveAttribute('data-ory-node', 'div');
    expect(div).toHaveAttribute('data-onclick', 'alert(1)');
    expect(div).not.toHaveAttribute('onclick');
    expect(div.getAttributeNames().some((name) => name.includes('bad'))).toBe(false);
  });

  it('should render nothing, and never throw, for unknown types, groups and garbage', () => {
    const garbage = [
      null,
      undefined,
      42,
      'input',
      {},
      { type: 'input' },
      { type: 'input', group: 'default', attributes: null, messages: null, meta: null },
      { type: 'input', group: 'default', attributes: { node_type: 'input' }, messages: 'x', meta: {} },
      {
        type: 'video',
        group: 'default',
        attributes: { node_type: 'video', src: 'x' },
        messages: [],
        meta: {},
      },
      inputNode('mystery', { group: 'not_a_group', label: 'Mystery' }),
      otherNode('text', { id: 'broken', text: null }),
      otherNode('a', { href: 'https://example.com', title: null, id: '' }),
      otherNode('img', { src: 42, id: '' }),
      otherNode('div', { id: '', data: 'nope' }),
      {
        type: 'input',
        group: 'default',
        attributes: { node_type: 'input', name: 'odd', type: 'reset' },
        messages: [{}],
        meta: { label: 5 },
      },
    ] as unknown as UiNode[];
    const { form } = renderFlowForm(garbage);
    expect(screen.queryByText('Mystery')).toBeNull();
    expect(form.querySelector('video')).toBeNull();
    // A type this renderer doesn't know is a plain text input, never a reset button.
    expect(form.querySelector('input[name="odd"]')).toHaveAttribute('type', 'text');
    expect(form.querySelector('a')).toHaveAttribute('href', 'https://example.com');
  });
});
