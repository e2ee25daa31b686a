import { assuranceLevel } from './aal';
import { serializeCookie } from './cookies';
import { randomToken, uuid } from './crypto';
import type { Exchange } from './http';
import { serializeIdentity } from './identity';
import type { IdentityRecord, SessionRecord } from './store';
import type { AuthenticatorAssuranceLevel } from './types';

export const SESSION_COOKIE = 'ory_kratos_session';

export interface SessionLookup {
  session?: SessionRecord;
  /** True when the request carried no cookie and no token at all (ErrNoCredentialsForSession). */
  credentialsMissing: boolean;
}

function bearerToken(ex: Exchange): string | undefined {
  const header = ex.header('authorization');
  const match = header?.match(/^bearer\s+(.+)$/i);
  return match?.[1]?.trim();
}

/** session.ManagerHTTP.FetchFromRequest: X-Session-Token, then `Authorization: Bearer`, then the cookie. */
export function fetchSession(ex: Exchange): SessionLookup {
  const token = ex.header('x-session-token') ?? bearerToken(ex) ?? ex.cookies.get(SESSION_COOKIE);
  if (!token) return { credentialsMissing: true };
  const session = [...ex.store.sessions.values()].find((s) => s.token === token);
  if (!session?.active || session.expiresAt <= ex.now()) return { credentialsMissing: false };
  return { session, credentialsMissing: false };
}

export function createSession(ex: Exchange, identity: IdentityRecord, method: string): SessionRecord {
  const now = ex.now();
  const session: SessionRecord = {
    id: uuid(),
    token: randomToken('ory_st_'),
    logoutToken: randomToken('ory_lo_'),
    identityId: identity.id,
    active: true,
    issuedAt: now,
    authenticatedAt: now,
    expiresAt: now + ex.options.sessionLifespanMs,
    aal: 'aal1',
    methods: [{ method, aal: 'aal1', completedAt: now }],
    devices: [
      { id: uuid(), ip_address: '127.0.0.1', user_agent: ex.header('user-agent') ?? '', location: '' },
    ],
  };
  ex.store.sessions.set(session.id, session);
  return session;
}

/** A refresh or step-up on an existing session: new authentication time, one more method, the AAL it reaches. */
export function reauthenticate(
  ex: Exchange,
  session: SessionRecord,
  method: string,
  aal: AuthenticatorAssuranceLevel,
) {
  const now = ex.now();
  session.authenticatedAt = now;
  session.expiresAt = now + ex.options.sessionLifespanMs;
  session.methods.push({ method, aal, completedAt: now });
  session.aal = assuranceLevel(session.methods);
}

export function issueSessionCookie(ex: Exchange, session: SessionRecord): void {
  ex.setCookies.push(
    serializeCookie(SESSION_COOKIE, session.token, {
      maxAgeSeconds: Math.max(1, Math.floor((session.expiresAt - ex.now()) / 1000)),
      secure: ex.options.publicUrl.startsWith('https:'),
    }),
  );
}

export function clearSessionCookie(ex: Exchange): void {
  ex.setCookies.push(
    serializeCookie(SESSION_COOKIE, '', {
      maxAgeSeconds: 0,
      secure: ex.options.publicUrl.startsWith('https:'),
    }),
  );
}

const iso = (ms: number) => new Date(ms).toISOString();

export function serializeSession(ex: Exchange, session: SessionRecord) {
  const identity = ex.store.identities.get(session.identityId);
  return {
    id: session.id,
    active: session.active,
    expires_at: iso(session.expiresAt),
    authenticated_at: iso(session.authenticatedAt),
    authenticator_assurance_level: session.aal,
    authentication_methods: session.methods.map((m) => ({
      method: m.method,
      aal: m.aal,
      completed_at: iso(m.completedAt),
    })),
    issued_at: iso(session.issuedAt),
    identity: identity ? serializeIdentity(identity, ex.options.publicUrl) : null,
    devices: session.devices,
  };
}

/** session.Manager.IsPrivileged: authenticated recently enough to change credentials and addresses. */
export function isPrivileged(ex: Exchange, session: SessionRecord): boolean {
  return session.authenticatedAt + ex.options.privilegedSessionMaxAgeMs > ex.now();
}
