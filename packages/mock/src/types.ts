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
  /** Deprecated eval strings (`window.oryPasskeyLogin()`), sent beside the triggers on browser flows only. */
  onclick?: string;
  onclickTrigger?: WebAuthnTrigger;
  onload?: string;
  onloadTrigger?: WebAuthnTrigger;
  maxlength?: number;
  node_type: 'input';
}

/** The window functions of the WebAuthn script (Kratos' x/webauthnx/js/trigger.go). */
export type WebAuthnTrigger =
  | 'oryWebAuthnLogin'
  | 'oryWebAuthnRegistration'
  | 'oryPasskeyLogin'
  | 'oryPasskeyLoginAutocompleteInit'
  | 'oryPasskeyRegistration'
  | 'oryPasskeySettingsRegistration';

/** node.AnchorAttributes: the verification flow's "continue" link. */
export interface UiNodeAnchorAttributes {
  href: string;
  title: UiText;
  id: string;
  node_type: 'a';
}

export interface UiInputNode {
  type: 'input';
  group: UiNodeGroup;
  attributes: UiNodeInputAttributes;
  messages: UiText[];
  meta: { label?: UiText };
}

export interface UiAnchorNode {
  type: 'a';
  group: UiNodeGroup;
  attributes: UiNodeAnchorAttributes;
  messages: UiText[];
  meta: { label?: UiText };
}

/** node.TextAttributes: the TOTP secret, the lookup secret list. */
export interface UiTextNode {
  type: 'text';
  group: UiNodeGroup;
  attributes: { text: UiText; id: string; node_type: 'text' };
  messages: UiText[];
  meta: { label?: UiText };
}

/** node.ImageAttributes: the TOTP QR code as a `data:image/png;base64,` URL. */
export interface UiImageNode {
  type: 'img';
  group: UiNodeGroup;
  attributes: { src: string; id: string; width: number; height: number; node_type: 'img' };
  messages: UiText[];
  meta: { label?: UiText };
}

/** node.ScriptAttributes: the WebAuthn script (webauthnx.NewWebAuthnScript), group `webauthn`. */
export interface UiScriptNode {
  type: 'script';
  group: UiNodeGroup;
  attributes: {
    src: string;
    async: boolean;
    referrerpolicy: string;
    crossorigin: string;
    integrity: string;
    type: string;
    id: string;
    nonce: string;
    node_type: 'script';
  };
  messages: UiText[];
  meta: { label?: UiText };
}

/** The node types the mock sends (div comes with the methods that need it). */
export type UiNode = UiInputNode | UiAnchorNode | UiTextNode | UiImageNode | UiScriptNode;

export interface UiContainer {
  action: string;
  /** `GET` only for a passed verification flow, whose action is the continue URL. */
  method: 'POST' | 'GET';
  nodes: UiNode[];
  messages?: UiText[];
}

export type FlowType = 'browser' | 'api';
export type AuthenticatorAssuranceLevel = 'aal1' | 'aal2';

export interface ContinueWith {
  action:
    | 'redirect_browser_to'
    | 'set_ory_session_token'
    | 'show_verification_ui'
    | 'show_settings_ui'
    | 'show_recovery_ui';
  [key: string]: unknown;
}

/** Kratos' courier template types for the messages the mock sends. */
export type CourierTemplateType =
  | 'recovery_code_valid'
  | 'recovery_valid'
  | 'verification_code_valid'
  | 'verification_valid'
  | 'login_code_valid'
  | 'registration_code_valid';

export interface CourierMessage {
  id: string;
  to: string;
  subject: string;
  body: string;
  code?: string;
  link?: string;
  sent_at: string;
  template_type: CourierTemplateType;
}
