import type { Body, Exchange } from '../http';
import type { FlowRecord, IdentityRecord, SessionRecord } from '../store';
import type { UiNodeGroup } from '../types';

/** Returned by a strategy whose `method` the body does not name (flow.ErrStrategyNotResponsible). */
export const NOT_RESPONSIBLE = Symbol('not responsible');
export type NotResponsible = typeof NOT_RESPONSIBLE;

/** A login method (password now; code, totp, webauthn, passkey, oidc later), like Kratos' login.FormHydrator. */
export interface LoginStrategy {
  id: string;
  group: UiNodeGroup;
  /** Unified first-factor form (`identifier` + credential). */
  populateFirstFactor(ex: Exchange, flow: FlowRecord): void;
  /** `refresh=true` with a session: the identity is known, only the credential is asked. */
  populateRefresh(ex: Exchange, flow: FlowRecord, identity: IdentityRecord): void;
  /** identifier_first step 2: the credential for a known identifier. */
  populateIdentifierFirstCredentials(
    ex: Exchange,
    flow: FlowRecord,
    identity: IdentityRecord | undefined,
  ): void;
  /** Verifies the body; returns the identity, throws a flow error, or is not responsible. */
  login(ex: Exchange, flow: FlowRecord, body: Body): Promise<IdentityRecord | NotResponsible>;
}

/** A registration method, like Kratos' registration.FormHydrator + Strategy. */
export interface RegistrationStrategy {
  id: string;
  group: UiNodeGroup;
  /** One-step (unified) form: the strategy's credential nodes next to the traits. */
  populateCredentials(ex: Exchange, flow: FlowRecord): void;
  /** Two-step registration, traits screen (PopulateRegistrationMethodProfile): e.g. the OIDC buttons. */
  populateProfile?(ex: Exchange, flow: FlowRecord): void;
  /** Returns the new (not yet stored) identity, throws a flow error, or is not responsible. */
  register(ex: Exchange, flow: FlowRecord, body: Body): Promise<IdentityRecord | NotResponsible>;
}

export interface SettingsUpdate {
  /** The session's identity with the change applied; stored only once every check has passed. */
  identity: IdentityRecord;
}

/** A settings method (profile, password now; totp, webauthn, … later), like Kratos' settings.Strategy. */
export interface SettingsStrategy {
  id: string;
  group: UiNodeGroup;
  /** PopulateSettingsMethod: the method's fields with the identity's current values. */
  populate(ex: Exchange, flow: FlowRecord, identity: IdentityRecord): void;
  /**
   * Checks the body and returns the changed identity; throws a flow error, or PrivilegedSessionRequired when the
   * session is too old for this change. `resumed` marks a change replayed after re-authentication (its CSRF token
   * was checked when it was first sent).
   */
  update(
    ex: Exchange,
    flow: FlowRecord,
    session: SessionRecord,
    body: Body,
    resumed: boolean,
  ): Promise<SettingsUpdate>;
}
