import { uuid } from './crypto';
import { getTraitValue, type IdentitySchema, listTraitPaths, schemaUrl } from './schema/identity-schema';
import type { IdentityRecord, VerifiableAddressRecord } from './store';

/** Kratos lower-cases and trims credential identifiers, so `Ada@Example.com ` signs in as `ada@example.com`. */
export function normalizeIdentifier(value: string): string {
  return value.trim().toLowerCase();
}

/** What the `ory.sh/kratos` extension derives from traits: identifiers and addresses. */
export function extractIdentityFields(traits: unknown, schema: IdentitySchema) {
  const passwordIdentifiers: string[] = [];
  const verifiable: { value: string; via: 'email' | 'sms' }[] = [];
  const recovery: { value: string; via: 'email' | 'sms' }[] = [];
  for (const path of listTraitPaths(schema)) {
    const value = getTraitValue(traits, path);
    if (typeof value !== 'string' || value === '') continue;
    const extension = path.extension;
    if (extension?.credentials?.password?.identifier) passwordIdentifiers.push(normalizeIdentifier(value));
    if (extension?.verification?.via)
      verifiable.push({ value: normalizeIdentifier(value), via: extension.verification.via });
    if (extension?.recovery?.via)
      recovery.push({ value: normalizeIdentifier(value), via: extension.recovery.via });
  }
  return { passwordIdentifiers: [...new Set(passwordIdentifiers)], verifiable, recovery };
}

export function newIdentity(
  traits: Record<string, unknown>,
  schema: IdentitySchema,
  now: number,
): IdentityRecord {
  const identity: IdentityRecord = {
    id: uuid(),
    schemaId: 'default',
    traits: {},
    createdAt: now,
    updatedAt: now,
    passwordIdentifiers: [],
    verifiableAddresses: [],
    recoveryAddresses: [],
  };
  applyTraits(identity, traits, schema, now);
  return identity;
}

const addressKey = (a: { value: string; via: string }) => `${a.via}:${a.value}`;

/**
 * New traits and what the schema derives from them. Addresses that stay keep their id and verification state
 * (Kratos merges them the same way); new ones start unverified and `pending`.
 */
export function applyTraits(
  identity: IdentityRecord,
  traits: Record<string, unknown>,
  schema: IdentitySchema,
  now: number,
): void {
  const fields = extractIdentityFields(traits, schema);
  const known = new Map(identity.verifiableAddresses.map((a) => [addressKey(a), a]));
  const knownRecovery = new Map(identity.recoveryAddresses.map((a) => [addressKey(a), a]));
  identity.traits = traits;
  identity.updatedAt = now;
  identity.passwordIdentifiers = fields.passwordIdentifiers;
  identity.verifiableAddresses = fields.verifiable.map(
    (a): VerifiableAddressRecord =>
      known.get(addressKey(a)) ?? {
        id: uuid(),
        ...a,
        verified: false,
        status: 'pending',
        createdAt: now,
        updatedAt: now,
      },
  );
  identity.recoveryAddresses = fields.recovery.map(
    (a) => knownRecovery.get(addressKey(a)) ?? { id: uuid(), ...a },
  );
}

/** identity.ErrProtectedFieldModified: identifiers and addresses change only in a privileged session. */
export function changesProtectedFields(
  identity: IdentityRecord,
  traits: unknown,
  schema: IdentitySchema,
): boolean {
  const next = extractIdentityFields(traits, schema);
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((v, i) => v === b[i]);
  return (
    !same([...identity.passwordIdentifiers].sort(), [...next.passwordIdentifiers].sort()) ||
    !same(identity.verifiableAddresses.map(addressKey).sort(), next.verifiable.map(addressKey).sort()) ||
    !same(identity.recoveryAddresses.map(addressKey).sort(), next.recovery.map(addressKey).sort())
  );
}

const iso = (ms: number) => new Date(ms).toISOString();

/** The identity as the public API shows it (credentials are never included there). */
export function serializeIdentity(identity: IdentityRecord, publicUrl: string) {
  return {
    id: identity.id,
    schema_id: identity.schemaId,
    schema_url: schemaUrl(publicUrl, identity.schemaId),
    state: 'active',
    state_changed_at: iso(identity.createdAt),
    traits: identity.traits,
    verifiable_addresses: identity.verifiableAddresses.map((a) => ({
      id: a.id,
      value: a.value,
      verified: a.verified,
      via: a.via,
      status: a.status,
      ...(a.verifiedAt !== undefined ? { verified_at: iso(a.verifiedAt) } : {}),
      created_at: iso(a.createdAt),
      updated_at: iso(a.updatedAt),
    })),
    recovery_addresses: identity.recoveryAddresses.map((a) => ({
      id: a.id,
      value: a.value,
      via: a.via,
      created_at: iso(identity.createdAt),
      updated_at: iso(identity.updatedAt),
    })),
    metadata_public: null,
    created_at: iso(identity.createdAt),
    updated_at: iso(identity.updatedAt),
    organization_id: null,
  };
}
