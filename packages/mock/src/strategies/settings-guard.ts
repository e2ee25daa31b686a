import { kratosErrors, PrivilegedSessionRequired } from '../errors';
import { ensureCsrf, refreshCsrfNode } from '../flows/flow';
import type { Body, Exchange } from '../http';
import { isPrivileged } from '../session';
import type { FlowRecord, IdentityRecord, SessionRecord } from '../store';

/** Throws the error after the flow is made ready to be shown again. */
export type Fail = (error: unknown) => never;

/**
 * How every settings strategy starts, as Kratos' do: a failure goes through handleSettingsError, which re-masks
 * the CSRF token (after `beforeFail` has put the strategy's own fields back), and the token must match — except
 * on the continuity replay after re-authentication (`resumed`), whose body Kratos stored itself.
 */
export function settingsFail(
  ex: Exchange,
  flow: FlowRecord,
  body: Body,
  resumed: boolean,
  beforeFail?: () => void,
): Fail {
  const fail: Fail = (error) => {
    beforeFail?.();
    refreshCsrfNode(ex, flow);
    throw error;
  };
  if (!resumed) {
    try {
      ensureCsrf(ex, flow, body.csrf_token);
    } catch (error) {
      fail(error);
    }
  }
  return fail;
}

/**
 * The start of a credential strategy in settings (TOTP, backup codes, passkeys, security keys): the checks above,
 * then the privileged window (403 session_refresh_required), then the identity the session belongs to.
 */
export function settingsCredentialGuard(
  ex: Exchange,
  flow: FlowRecord,
  session: SessionRecord,
  body: Body,
  resumed: boolean,
): { fail: Fail; identity: IdentityRecord } {
  const fail = settingsFail(ex, flow, body, resumed);
  if (!isPrivileged(ex, session)) fail(new PrivilegedSessionRequired());
  const identity = ex.store.identities.get(session.identityId);
  if (!identity) return fail(kratosErrors.notFound());
  return { fail, identity };
}
