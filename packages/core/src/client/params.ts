import type { ClientKind, FlowType } from './types';

/** Parameters of `GET /self-service/login/{browser,api}`, camelCase; sent snake_case and only when set. */
export interface LoginParams {
  returnTo?: string;
  /** Ask for the password again although a session exists (privileged actions). */
  refresh?: boolean;
  /** `aal2` for a second factor; Kratos rejects anything but aal1/aal2. */
  aal?: 'aal1' | 'aal2';
  /** OAuth2 (Hydra) login challenge; browser flows only. */
  loginChallenge?: string;
  organization?: string;
  /** Deprecated by Kratos, kept for older deployments. */
  via?: string;
  identitySchema?: string;
  /** Native only: ask for a code to exchange for a session token after an OIDC round trip. */
  returnSessionTokenExchangeCode?: boolean;
}

export interface RegistrationParams {
  returnTo?: string;
  loginChallenge?: string;
  afterVerificationReturnTo?: string;
  organization?: string;
  identitySchema?: string;
  returnSessionTokenExchangeCode?: boolean;
}

export interface SettingsParams {
  returnTo?: string;
  organization?: string;
}

export interface RecoveryParams {
  returnTo?: string;
  skipSettings?: boolean;
}

export interface VerificationParams {
  returnTo?: string;
}

/** Every parameter of every flow: what `client.flow(type)` accepts; each flow sends only its own. */
export type FlowParams = LoginParams &
  RegistrationParams &
  SettingsParams &
  RecoveryParams &
  VerificationParams;

type ParamName = keyof FlowParams;

/** `returnTo` → `return_to`: every parameter's wire name is its snake_case. */
const wireName = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/**
 * Which parameters each init endpoint takes (Kratos' swagger:parameters structs, spec/api.json), in the order
 * they are sent. `+name`: browser endpoint only, `-name`: native (`/api`) endpoint only. Native endpoints leave
 * out the browser-only ones: Kratos would ignore them, and login_challenge on an API flow would suggest an
 * OAuth2 round trip that cannot happen without a browser.
 */
const accepted: Record<FlowType, string> = {
  login:
    'refresh aal returnTo +loginChallenge organization via identitySchema -returnSessionTokenExchangeCode',
  registration:
    'returnTo +loginChallenge +afterVerificationReturnTo organization identitySchema -returnSessionTokenExchangeCode',
  settings: '+returnTo organization',
  recovery: '+returnTo +skipSettings',
  verification: 'returnTo',
};

/** Every parameter a flow type takes, on either endpoint: what the drop-ins read from their props and the URL. */
export const flowParamNames = (flowType: FlowType) => accepted[flowType].match(/\w+/g) as ParamName[];

/** The other endpoint's names are dropped; the markers of the rest fall away as the words are read. */
const acceptedNames = (flowType: FlowType, kind: ClientKind) =>
  (accepted[flowType].replace(kind === 'native' ? /\+\w+/g : /-\w+/g, '').match(/\w+/g) ?? []) as ParamName[];

/**
 * The query of an init request: the accepted, set parameters in snake_case. Unset means undefined, '' or
 * false (every boolean's default); the types allow no other falsy value.
 */
export const toInitQuery = (
  flowType: FlowType,
  kind: ClientKind,
  params: FlowParams | undefined,
): [string, string][] =>
  acceptedNames(flowType, kind)
    .filter((name) => params?.[name])
    .map((name) => [wireName(name), String(params?.[name])]);

const booleanParams = ['refresh', 'returnSessionTokenExchangeCode', 'skipSettings'];

/** The reverse of `toInitQuery`: read camelCase parameters out of a query string (a flow's request_url). */
export function fromInitQuery(
  flowType: FlowType,
  kind: ClientKind,
  query: ReadonlyMap<string, string>,
): FlowParams {
  const params: Record<string, unknown> = {};
  for (const name of acceptedNames(flowType, kind)) {
    const value = query.get(wireName(name));
    if (!value) continue;
    if (!booleanParams.includes(name)) params[name] = value;
    else if (value === 'true') params[name] = true; // false is every boolean's default: leave it out
  }
  return params;
}
