/**
 * The subset of Kratos' public API shapes this library reads. Written here (not imported from
 * @ory/client-fetch) so the published types have no dependency and old/new Kratos versions both fit:
 * every field that Kratos added over time is optional, and unknown groups / types stay representable.
 */

export type FlowType = 'login' | 'registration' | 'settings' | 'recovery' | 'verification';
/** Every flow type, in Kratos' order: the client's flow APIs, the app's routes and URL patterns come from it. */
export const FLOW_TYPES: readonly FlowType[] = [
  'login',
  'registration',
  'settings',
  'recovery',
  'verification',
];
export type ClientKind = 'browser' | 'native';

export type UiTextType = 'info' | 'error' | 'success';

export interface UiText {
  id: number;
  text: string;
  type: UiTextType | (string & {});
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
  | 'identifier_first'
  | 'captcha'
  | 'saml'
  | 'deviceauthn'
  | (string & {});

export type UiNodeType = 'input' | 'text' | 'img' | 'a' | 'script' | 'div' | (string & {});

export interface UiNodeInputAttributes {
  node_type: 'input';
  name: string;
  type: string;
  value?: unknown;
  required?: boolean;
  disabled: boolean;
  autocomplete?: string;
  label?: UiText;
  pattern?: string;
  maxlength?: number;
  /** Deprecated by Kratos (v1.3): an eval string such as `window.oryWebAuthnLogin({...})`. Parsed, never evaluated. */
  onclick?: string;
  onload?: string;
  onclickTrigger?: string;
  onloadTrigger?: string;
  /** JSON-schema `enum` values (Kratos HEAD only): render a select. */
  options?: { value: unknown; label?: UiText }[];
}

export interface UiNodeTextAttributes {
  node_type: 'text';
  id: string;
  text: UiText;
}

export interface UiNodeImageAttributes {
  node_type: 'img';
  id: string;
  src: string;
  width: number;
  height: number;
}

export interface UiNodeAnchorAttributes {
  node_type: 'a';
  id: string;
  href: string;
  title: UiText;
}

export interface UiNodeScriptAttributes {
  node_type: 'script';
  id: string;
  src: string;
  async: boolean;
  referrerpolicy: string;
  crossorigin: string;
  integrity: string;
  type: string;
  nonce: string;
}

export interface UiNodeDivisionAttributes {
  node_type: 'div';
  id: string;
  class?: string;
  data?: Record<string, string>;
}

export type UiNodeAttributes =
  | UiNodeInputAttributes
  | UiNodeTextAttributes
  | UiNodeImageAttributes
  | UiNodeAnchorAttributes
  | UiNodeScriptAttributes
  | UiNodeDivisionAttributes;

export interface UiNodeMeta {
  label?: UiText;
}

export interface UiNode {
  type: UiNodeType;
  group: UiNodeGroup;
  attributes: UiNodeAttributes;
  messages: UiText[];
  meta: UiNodeMeta;
}

export interface UiContainer {
  action: string;
  method: string;
  nodes: UiNode[];
  messages?: UiText[];
}

export interface Identity {
  id: string;
  schema_id: string;
  schema_url?: string;
  state?: 'active' | 'inactive' | (string & {});
  traits: Record<string, unknown>;
  verifiable_addresses?: { id?: string; value: string; verified: boolean; via: string; status: string }[];
  recovery_addresses?: { id?: string; value: string; via: string }[];
  metadata_public?: unknown;
  created_at?: string;
  updated_at?: string;
}

export interface Session {
  id: string;
  active?: boolean;
  expires_at?: string;
  authenticated_at?: string;
  issued_at?: string;
  authenticator_assurance_level?: 'aal0' | 'aal1' | 'aal2' | 'aal3';
  authentication_methods?: { method?: string; aal?: string; completed_at?: string; provider?: string }[];
  identity?: Identity;
  devices?: unknown[];
  tokenized?: string;
}

export type ContinueWith =
  | { action: 'show_verification_ui'; flow: { id: string; url?: string; verifiable_address: string } }
  | { action: 'show_settings_ui'; flow: { id: string; url?: string } }
  | { action: 'show_recovery_ui'; flow: { id: string; url?: string } }
  | { action: 'redirect_browser_to'; redirect_browser_to: string }
  | { action: 'set_ory_session_token'; ory_session_token: string }
  | { action: string; [key: string]: unknown };

/** The fields every self-service flow shares. Flow-specific fields are optional extras. */
export interface Flow {
  id: string;
  type: 'browser' | 'api';
  expires_at: string;
  issued_at: string;
  request_url: string;
  return_to?: string;
  ui: UiContainer;
  state?: string;
  active?: string;
  /** login */
  refresh?: boolean;
  requested_aal?: 'aal1' | 'aal2' | 'aal3';
  oauth2_login_challenge?: string;
  organization_id?: string | null;
  /** settings */
  identity?: Identity;
  continue_with?: ContinueWith[];
  transient_payload?: Record<string, unknown>;
  [key: string]: unknown;
}

export type LoginFlowData = Flow;
export type RegistrationFlowData = Flow;
export type SettingsFlowData = Flow;
export type RecoveryFlowData = Flow;
export type VerificationFlowData = Flow;

/** Success bodies of login / registration submits. Settings, recovery and verification succeed with a flow. */
export interface SuccessfulNativeOrBrowserAuth {
  session?: Session;
  session_token?: string;
  session_token_exchange_code?: string;
  identity?: Identity;
  continue_with?: ContinueWith[];
}

/** herodot's DefaultError envelope. Only `message` is required by Kratos' spec. */
export interface KratosErrorBody {
  id?: string;
  code?: number;
  status?: string;
  request?: string;
  reason?: string;
  message: string;
  details?: Record<string, unknown>;
  debug?: string;
}

export interface KratosErrorEnvelope {
  error: KratosErrorBody;
  redirect_browser_to?: string;
  use_flow_id?: string;
  expired_at?: string;
  since?: number;
  [key: string]: unknown;
}

/** `GET /self-service/errors?id=` */
export interface FlowErrorData {
  id: string;
  error?: KratosErrorBody | Record<string, unknown>;
  created_at?: string;
  updated_at?: string;
}

export interface LogoutFlow {
  logout_url: string;
  logout_token: string;
}
