import { randomBytes, randomToken, uuid } from '../crypto';
import type { Exchange } from '../http';
import type { AddressVia, FlowKind, FlowRecord, OneTimeSecretRecord } from '../store';

// Kratos' one-time codes (strategy/code: 6 digits, `selfservice.methods.code.config.lifespan` 15m) and link tokens
// (strategy/link: `selfservice.methods.link.config.lifespan` 1h), bound to the flow that sent them. Any flow kind
// can use them: recovery and verification now, passwordless login and registration later.
export const CODE_LENGTH = 6;
export const CODE_LIFESPAN_MS = 15 * 60_000;
export const LINK_LIFESPAN_MS = 60 * 60_000;
/** persistence/sql useOneTimeCode: the sixth submit on a flow is refused, right or wrong. */
export const MAX_CODE_SUBMITS = 5;

/** Uniform decimal digits (rejection sampling keeps `% 10` unbiased). */
export function generateCode(length = CODE_LENGTH): string {
  let code = '';
  while (code.length < length) {
    for (const byte of randomBytes(length)) if (byte < 250 && code.length < length) code += String(byte % 10);
  }
  return code;
}

interface SecretInit {
  flow: FlowRecord;
  address: string;
  via: AddressVia;
  identityId?: string;
}

function store(
  ex: Exchange,
  kind: OneTimeSecretRecord['kind'],
  init: SecretInit,
  secret: string,
  ttl: number,
) {
  ex.store.secrets.push({
    id: uuid(),
    kind,
    flowId: init.flow.id,
    flowKind: init.flow.kind,
    secret,
    address: init.address,
    via: init.via,
    ...(init.identityId ? { identityId: init.identityId } : {}),
    expiresAt: ex.now() + ttl,
  });
  return secret;
}

/** A fresh code for `init.address`, valid for this flow only. */
export function issueCode(ex: Exchange, init: SecretInit): string {
  return store(ex, 'code', init, generateCode(), CODE_LIFESPAN_MS);
}

/** A fresh link token (32 alphanumerics), valid for this flow only. */
export function issueLinkToken(ex: Exchange, init: SecretInit): string {
  return store(ex, 'token', init, randomToken(), LINK_LIFESPAN_MS);
}

/** Delete*CodesOfFlow: a resend invalidates what was sent before. */
export function deleteFlowSecrets(ex: Exchange, flowId: string): void {
  const kept = ex.store.secrets.filter((s) => s.flowId !== flowId);
  ex.store.secrets.splice(0, ex.store.secrets.length, ...kept);
}

export type CodeCheck =
  | { ok: true; secret: OneTimeSecretRecord }
  | { ok: false; reason: 'invalid' | 'too_often' | 'expired'; expiresAt?: number };

/** Use*Code: counts the submit first (brute-force guard), then spends a matching unused code of this flow. */
export function useCode(ex: Exchange, flow: FlowRecord, code: string): CodeCheck {
  flow.submitCount = (flow.submitCount ?? 0) + 1;
  if (flow.submitCount > MAX_CODE_SUBMITS) return { ok: false, reason: 'too_often' };
  const secret = ex.store.secrets.find(
    (s) => s.kind === 'code' && s.flowId === flow.id && s.usedAt === undefined && s.secret === code.trim(),
  );
  if (!secret) return { ok: false, reason: 'invalid' };
  secret.usedAt = ex.now();
  if (secret.expiresAt <= ex.now()) return { ok: false, reason: 'expired', expiresAt: secret.expiresAt };
  return { ok: true, secret };
}

/** Use*Token: a link token of the given flow kind, spent once; undefined when unknown, used or expired. */
export function useLinkToken(
  ex: Exchange,
  flowKind: FlowKind,
  token: string,
): OneTimeSecretRecord | undefined {
  const secret = ex.store.secrets.find(
    (s) => s.kind === 'token' && s.flowKind === flowKind && s.usedAt === undefined && s.secret === token,
  );
  if (!secret) return undefined;
  secret.usedAt = ex.now();
  return secret.expiresAt > ex.now() ? secret : undefined;
}
