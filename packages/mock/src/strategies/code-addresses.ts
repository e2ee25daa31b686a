import type { Exchange } from '../http';
import { normalizeIdentifier } from '../identity';
import { getTraitValue, type IdentitySchema, listTraitPaths } from '../schema/identity-schema';
import type { AddressVia, IdentityRecord } from '../store';

export interface CodeAddress {
  value: string;
  via: AddressVia;
}

/**
 * The code credential's addresses (identity.CredentialsCode): every trait marked `credentials.code.identifier`.
 * Emails are lower-cased, as Kratos' code strategy does.
 */
export function codeAddresses(schema: IdentitySchema, traits: unknown): CodeAddress[] {
  const addresses: CodeAddress[] = [];
  for (const path of listTraitPaths(schema)) {
    const code = path.extension?.credentials?.code;
    const value = getTraitValue(traits, path);
    if (!code?.identifier || typeof value !== 'string' || value.trim() === '') continue;
    const via: AddressVia = code.via ?? (path.schema.format === 'tel' ? 'sms' : 'email');
    const normalized = via === 'email' ? normalizeIdentifier(value) : value.trim();
    if (!addresses.some((a) => a.value === normalized)) addresses.push({ value: normalized, via });
  }
  return addresses;
}

/** Kratos' maybeNormalizeEmail: phones stay as typed, anything with an `@` is lower-cased. */
export function normalizeCodeIdentifier(identifier: string): string {
  return identifier.includes('@') ? normalizeIdentifier(identifier) : identifier.trim();
}

/** FindByCredentialsIdentifier(code, identifier): the identity and the address that identifier names. */
export function findByCodeAddress(
  ex: Exchange,
  identifier: string,
): { identity: IdentityRecord; address: CodeAddress } | undefined {
  const wanted = normalizeCodeIdentifier(identifier);
  for (const identity of ex.store.identities.values()) {
    const address = codeAddresses(ex.options.identitySchema, identity.traits).find((a) => a.value === wanted);
    if (address) return { identity, address };
  }
  return undefined;
}
