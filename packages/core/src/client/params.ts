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

const LOGIN = 'refresh aal returnTo';
const REGISTRATION = 'returnTo loginChallenge afterVerificationReturnTo organization identitySchema';

/**
 * Which parameters each init endpoint takes (Kratos' swagger:parameters structs, spec/api.json), in the order
 * they are sent. Native endpoints leave out the browser-only ones: Kratos would ignore them, and
 * login_challenge on an API flow would suggest an OAuth2 round trip that cannot happen without a browser.
 */
const accepted: Record<FlowType, Record<ClientKind, string>> = {
  login: {
    browser: `${LOGIN} loginChallenge organization via identitySchema`,
    native: `${LOGIN} organization via identitySchema returnSessionTokenExchangeCode`,
  },
  registration: {
    browser: REGISTRATION,
    native: 'returnTo organization identitySchema returnSessionTokenExchangeCode',
  },
  settings: { browser: 'returnTo organization', native: 'organization' },
  recovery: { browser: 'returnTo skipSettings', native: '' },
  verification: { browser: 'returnTo', native: 'returnTo' },
};

const acceptedNames = (flowType: FlowType, kind: ClientKind) =>
  accepted[flowType][kind].split(' ').filter(Boolean) as ParamName[];

/** The query of an init request: the accepted, set parameters in snake_case. */
export function toInitQuery(
  flowType: FlowType,
  kind: ClientKind,
  params: FlowParams | undefined,
): [string, string][] {
  const query: [string, string][] = [];
  if (!params) return query;
  for (const name of acceptedNames(flowType, kind)) {
    const value = params[name];
    if (value === undefined || value === null || value === '' || value === false) continue;
    query.push([wireName(name), String(value)]);
  }
  return query;
}

/** The reverse of `toInitQuery`: read camelCase parameters out of a query string (a flow's request_url). */
export function fromInitQuery(
  flowType: FlowType,
  kind: ClientKind,
  query: ReadonlyMap<string, string>,
): FlowParams {
  const params: Record<string, unknown> = {};
  for (const name of acceptedNames(flowType, kind)) {
    const value = query.get(wireName(name));
    if (value === undefined || value === '') continue;
    if (!booleanParams.includes(name)) params[name] = value;
    else if (value === 'true') params[name] = true; // false is every boolean's default: leave it out
  }
  return params as FlowParams;
}

const booleanParams = ['refresh', 'returnSessionTokenExchangeCode', 'skipSettings'];
