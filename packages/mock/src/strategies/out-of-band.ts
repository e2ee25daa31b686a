import { ValidationError } from '../errors';
import { submitFailure } from '../flows/flow';
import type { Body, Exchange } from '../http';
import { normalizeIdentifier } from '../identity';
import { messages } from '../messages';
import { upsertNode } from '../nodes';
import { validateTraits } from '../schema/validate-traits';
import type { FlowRecord, IdentityRecord, VerifiableAddressRecord } from '../store';
import { addressInputNode } from './code-nodes';

/** A recovery or verification method (Kratos' recovery.Strategy / verification.Strategy). */
export interface OutOfBandStrategy {
  id: 'code' | 'link';
  /** Populate*Method: the form for the flow's current state. */
  populate(ex: Exchange, flow: FlowRecord): void;
  /**
   * Handles a submit or a link click. Returns its own Response when it completed the request (a redirect, a
   * replaced flow), or undefined: "show the updated flow" (200 with the flow, or a 303 back to the UI).
   */
  submit(ex: Exchange, flow: FlowRecord, body: Body): Promise<Response | undefined>;
}

export interface VerificationStrategy extends OutOfBandStrategy {
  /** The verification hook's SendVerificationEmail: one address of a known identity, flow already `sent_email`. */
  send(ex: Exchange, flow: FlowRecord, identity: IdentityRecord, address: VerifiableAddressRecord): void;
}

export function findVerifiableAddress(ex: Exchange, value: string) {
  const normalized = normalizeIdentifier(value);
  for (const identity of ex.store.identities.values()) {
    const address = identity.verifiableAddresses.find((a) => a.via === 'email' && a.value === normalized);
    if (address) return { identity, address };
  }
  return undefined;
}

export function findRecoveryAddress(ex: Exchange, value: string) {
  const normalized = normalizeIdentifier(value);
  for (const identity of ex.store.identities.values()) {
    const address = identity.recoveryAddresses.find((a) => a.via === 'email' && a.value === normalized);
    if (address) return { identity, address };
  }
  return undefined;
}

/**
 * The address step both flows share: `email` is required and must look like one (the strategies' JSON schemas),
 * and browser flows need the CSRF token. On failure the email field is put back with what was typed.
 */
export function requireAddress(ex: Exchange, flow: FlowRecord, body: Body, group: 'code' | 'link'): string {
  const email = typeof body.email === 'string' ? body.email : '';
  const { fail, checkCsrf } = submitFailure(ex, flow, () =>
    upsertNode(flow.ui, addressInputNode(group, email)),
  );
  if (email === '') fail(ValidationError.field('email', messages.required('email')));
  const issues = validateTraits(email, { type: 'string', format: 'email' }).map((issue) => ({
    ...issue,
    field: 'email',
  }));
  if (issues.length > 0) fail(new ValidationError(issues));
  checkCsrf(body.csrf_token);
  return email;
}

/** Marks the address verified (Kratos sets `verified`, `verified_at` and status `completed` together). */
export function markVerified(ex: Exchange, address: VerifiableAddressRecord): void {
  const now = ex.now();
  address.verified = true;
  address.verifiedAt = now;
  address.status = 'completed';
  address.updatedAt = now;
}
