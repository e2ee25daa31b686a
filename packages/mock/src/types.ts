/** Wire types of the Kratos public API, as the mock sends them (see ../kratos/openapi.json). */

export type UiTextType = 'info' | 'error' | 'success';

export interface UiText {
  id: number;
  text: string;
  type: UiTextType;
  context?: Record<string, unknown>;
}

export type UiNodeGroup =
  | 'default'
  | 'password'
  | 'oidc'
  | 'profile'
  | 'link'
  | 'code'
  | 'totp'
  | 'lookup_secret'
  | 'webauthn'
  | 'passkey'
  | 'identifier_first';

export interface UiNodeInputAttributes {
  name: string;
  type: string;
  value?: unknown;
  required?: boolean;
  autocomplete?: string;
  pattern?: string;
  disabled: boolean;
  maxlength?: number;
  node_type: 'input';
}

export interface UiNode {
  type: 'input' | 'text' | 'img' | 'a' | 'script' | 'div';
  group: UiNodeGroup;
  attributes: UiNodeInputAttributes;
  messages: UiText[];
  meta: { label?: UiText };
}

export interface UiContainer {
  action: string;
  method: 'POST';
  nodes: UiNode[];
  messages?: UiText[];
}

export type FlowType = 'browser' | 'api';
export type AuthenticatorAssuranceLevel = 'aal1' | 'aal2';

export interface ContinueWith {
  action: 'redirect_browser_to' | 'set_ory_session_token' | 'show_verification_ui' | 'show_settings_ui';
  [key: string]: unknown;
}

export interface CourierMessage {
  id: string;
  to: string;
  subject: string;
  body: string;
  code?: string;
  link?: string;
  sent_at: string;
}
