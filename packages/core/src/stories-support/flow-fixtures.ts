import type { Flow, UiNode, UiNodeGroup, UiText } from '../client/types';

/** Static, Kratos-shaped flows for the renderer's stories: every node type, message and state. */

export const FIXTURE_ORY_URL = 'https://ory.example.com';

export function text(id: number, value: string, type: UiText['type'] = 'info', context?: object): UiText {
  return context
    ? { id, text: value, type, context: context as Record<string, unknown> }
    : { id, text: value, type };
}

interface InputSpec {
  name: string;
  type: string;
  group?: UiNodeGroup;
  value?: unknown;
  label?: UiText;
  required?: boolean;
  autocomplete?: string;
  messages?: UiText[];
}

export function input({
  name,
  type,
  group = 'default',
  value,
  label,
  required,
  autocomplete,
  messages = [],
}: InputSpec): UiNode {
  return {
    type: 'input',
    group,
    attributes: {
      node_type: 'input',
      name,
      type,
      disabled: false,
      ...(value === undefined ? {} : { value }),
      ...(required ? { required } : {}),
      ...(autocomplete ? { autocomplete } : {}),
    },
    messages,
    meta: label ? { label } : {},
  };
}

export const csrf = input({ name: 'csrf_token', type: 'hidden', value: 'masked-csrf-token', required: true });

export const labels = {
  email: text(1070002, 'E-Mail', 'info', { title: 'E-Mail', name: 'identifier' }),
  password: text(1070001, 'Password'),
  signIn: text(1010022, 'Sign in with password'),
  remember: text(1070002, 'Remember me on this device', 'info', { title: 'Remember me on this device' }),
};

export function identifier(messages: UiText[] = [], value = ''): UiNode {
  return input({
    name: 'identifier',
    type: 'email',
    value,
    label: labels.email,
    required: true,
    autocomplete: 'username',
    messages,
  });
}

export function password(messages: UiText[] = []): UiNode {
  return input({
    name: 'password',
    type: 'password',
    group: 'password',
    label: labels.password,
    required: true,
    autocomplete: 'current-password',
    messages,
  });
}

export const passwordSubmit = input({
  name: 'method',
  type: 'submit',
  group: 'password',
  value: 'password',
  label: labels.signIn,
});

function oidcButton(providerId: string, provider: string): UiNode {
  return input({
    name: 'provider',
    type: 'submit',
    group: 'oidc',
    value: providerId,
    label: text(1010002, `Sign in with ${provider}`, 'info', { provider, provider_id: providerId }),
  });
}

export const oidcButtons = [oidcButton('github', 'GitHub'), oidcButton('google', 'Google')];

function contentNode(
  type: 'img' | 'a' | 'text' | 'script' | 'div',
  group: UiNodeGroup,
  attributes: object,
  label?: UiText,
): UiNode {
  return {
    type,
    group,
    attributes: { node_type: type, ...attributes } as UiNode['attributes'],
    messages: [],
    meta: label ? { label } : {},
  };
}

// A 1×1 transparent PNG stands in for Kratos' TOTP QR code (a data: URL, like the real one).
const QR_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

export const totpQr = contentNode(
  'img',
  'totp',
  { id: 'totp_qr', src: QR_PNG, width: 256, height: 256 },
  text(1050005, 'Authenticator app QR code'),
);

export const totpSecret = contentNode(
  'text',
  'totp',
  { id: 'totp_secret_key', text: text(1050006, 'JBSWY3DPEHPK3PXP', 'info', { secret: 'JBSWY3DPEHPK3PXP' }) },
  text(1050017, 'This is your authenticator app secret. Use it if you can not scan the QR code.'),
);

export const lookupCodes = contentNode(
  'text',
  'lookup_secret',
  {
    id: 'lookup_secret_codes',
    text: text(1050015, 'abcd-1234, efgh-5678, used', 'info', {
      secrets: [
        text(1050009, 'abcd-1234', 'info', { secret: 'abcd-1234' }),
        text(1050009, 'efgh-5678', 'info', { secret: 'efgh-5678' }),
        text(1050014, 'Secret was used at 2026-01-02 03:04:05 +0000 UTC', 'info', {
          used_at: '2026-01-02T03:04:05Z',
        }),
      ],
    }),
  },
  text(1050010, 'These are your back up recovery codes. Please keep them in a safe place!'),
);

export const totpCode = input({
  name: 'totp_code',
  type: 'text',
  group: 'totp',
  label: text(1070006, 'Verify code'),
  autocomplete: 'one-time-code',
});

export const continueLink = contentNode(
  'a',
  'code',
  { id: 'continue', href: 'https://ory.example.com/ui/welcome' },
  text(1070009, 'Continue'),
);

export const webauthnScript = contentNode('script', 'webauthn', {
  id: 'webauthn_script',
  src: 'https://ory.example.com/.well-known/ory/webauthn.js',
  async: true,
  referrerpolicy: 'no-referrer',
  crossorigin: 'anonymous',
  integrity: 'sha512-AAAA',
  type: 'text/javascript',
  nonce: 'nonce-from-kratos',
});

export const captchaDiv = contentNode('div', 'captcha', {
  id: 'captcha-widget',
  class: 'captcha-box',
  data: { sitekey: 'site-key-123' },
});

export const rememberMe = input({
  name: 'remember',
  type: 'checkbox',
  group: 'password',
  value: true,
  label: labels.remember,
});
export const hiddenTransient = input({
  name: 'transient_payload',
  type: 'hidden',
  value: '{"source":"story"}',
});

export function flow(nodes: UiNode[], messages?: UiText[], id = 'story-flow'): Flow {
  return {
    id,
    type: 'browser',
    expires_at: '2030-01-01T00:00:00Z',
    issued_at: '2029-12-31T23:00:00Z',
    request_url: `${FIXTURE_ORY_URL}/self-service/login/browser`,
    ui: {
      action: `${FIXTURE_ORY_URL}/self-service/login?flow=${id}`,
      method: 'POST',
      nodes,
      ...(messages ? { messages } : {}),
    },
  };
}

/** Every node type Kratos sends, in one form. */
export const everyNodeFlow = flow([
  csrf,
  hiddenTransient,
  ...oidcButtons,
  identifier(),
  password(),
  rememberMe,
  passwordSubmit,
  totpQr,
  totpSecret,
  totpCode,
  lookupCodes,
  continueLink,
  webauthnScript,
  captchaDiv,
]);

export const messages = {
  missingIdentifier: text(4000002, 'Property identifier is missing.', 'error', { property: 'identifier' }),
  shortPassword: text(4000032, 'The password must be at least 8 characters long, but got 3.', 'error', {
    min_length: 8,
    actual_length: 3,
  }),
  invalidCredentials: text(
    4000006,
    'The provided credentials are invalid, check for spelling mistakes in your password or username, email address, or phone number.',
    'error',
  ),
  confirmIdentity: text(1010003, 'Please confirm this action by verifying that it is you.'),
};
