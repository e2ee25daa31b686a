import { uuid } from './crypto';
import { getTraitValue, type IdentitySchema, listTraitPaths, schemaUrl } from './schema/identity-schema';
import type { IdentityRecord } from './store';

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
  const fields = extractIdentityFields(traits, schema);
  return {
    id: uuid(),
    schemaId: 'default',
    traits,
    createdAt: now,
    updatedAt: now,
    passwordIdentifiers: fields.passwordIdentifiers,
    verifiableAddresses: fields.verifiable.map((a) => ({ id: uuid(), ...a })),
    recoveryAddresses: fields.recovery.map((a) => ({ id: uuid(), ...a })),
  };
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
      verified: false,
      via: a.via,
      status: 'pending',
      created_at: iso(identity.createdAt),
      updated_at: iso(identity.updatedAt),
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
