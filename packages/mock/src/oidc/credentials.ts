import type { Exchange } from '../http';
import type { IdentityRecord } from '../store';

/** FindByCredentialsIdentifier(oidc, "<provider>:<subject>"). */
export function findByOidcSubject(
  ex: Exchange,
  provider: string,
  subject: string,
): IdentityRecord | undefined {
  for (const identity of ex.store.identities.values()) {
    if (identity.oidcCredentials?.some((c) => c.provider === provider && c.subject === subject))
      return identity;
  }
  return undefined;
}

/**
 * The account-linking step after an OIDC registration hit an existing identifier: once the user has signed in
 * to the account that owns it, the provider account is linked to that account.
 */
export function linkDuplicateCredentials(
  ex: Exchange,
  flow: { duplicateCredentials?: { provider: string; subject: string; identifier: string } },
  identity: IdentityRecord,
): void {
  const pending = flow.duplicateCredentials;
  if (!pending) return;
  delete flow.duplicateCredentials;
  // Kratos refuses to link into an account that does not own the duplicate identifier (4010009).
  if (!identity.passwordIdentifiers.includes(pending.identifier)) return;
  if (findByOidcSubject(ex, pending.provider, pending.subject)) return;
  identity.oidcCredentials = [
    ...(identity.oidcCredentials ?? []),
    { provider: pending.provider, subject: pending.subject },
  ];
  identity.updatedAt = ex.now();
}
