import { isPlainObject } from '../http';
import { normalizeIdentifier } from '../identity';
import { type IdentitySchema, listTraitPaths } from '../schema/identity-schema';

// The mock's fixed claims mapper, in place of a provider's Jsonnet: it fills the traits a typical mapper fills
// (email, names, username) when the identity schema has them, and reports a verified email as verified.

const CLAIM_FOR_TRAIT: Record<string, string> = {
  'traits.email': 'email',
  'traits.name': 'name',
  'traits.name.first': 'given_name',
  'traits.name.last': 'family_name',
  'traits.first_name': 'given_name',
  'traits.last_name': 'family_name',
  'traits.username': 'preferred_username',
};

/** `identity.traits` of the mapper's output: only traits the schema defines, only claims that are present. */
export function traitsFromClaims(
  schema: IdentitySchema,
  claims: Record<string, unknown>,
): Record<string, unknown> {
  const traits: Record<string, unknown> = {};
  for (const path of listTraitPaths(schema)) {
    const claim = CLAIM_FOR_TRAIT[path.name];
    const value = claim ? claims[claim] : undefined;
    if (typeof value !== 'string' || value === '') continue;
    const segments = path.name.split('.').slice(1);
    const last = segments.pop() as string;
    let target = traits;
    for (const segment of segments) {
      if (!isPlainObject(target[segment])) target[segment] = {};
      target = target[segment] as Record<string, unknown>;
    }
    target[last] = value;
  }
  return traits;
}

/** `identity.verified_addresses` of the mapper's output: the email, when the provider says it is verified. */
export function verifiedEmails(claims: Record<string, unknown>): string[] {
  const email = claims.email;
  return typeof email === 'string' && email !== '' && claims.email_verified === true
    ? [normalizeIdentifier(email)]
    : [];
}

/** oidc.merge: what the user typed into the registration form wins over what the provider said. */
export function mergeTraits(fromClaims: unknown, fromForm: unknown): unknown {
  if (!isPlainObject(fromForm)) return fromClaims;
  if (!isPlainObject(fromClaims)) return fromForm;
  const merged: Record<string, unknown> = { ...fromClaims };
  for (const [key, value] of Object.entries(fromForm)) {
    if (value === undefined || value === '') continue;
    merged[key] = isPlainObject(value) ? mergeTraits(merged[key], value) : value;
  }
  return merged;
}
