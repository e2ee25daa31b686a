import { Secret, TOTP, URI } from 'otpauth';
import type { Exchange } from '../http';
import { getTraitValue, listTraitPaths } from '../schema/identity-schema';
import type { IdentityRecord } from '../store';

// Kratos' TOTP keys (strategy/totp/generator.go): RFC 6238 with SHA-1, 6 digits, 30 s steps and a 160-bit
// secret, validated like pquerna/otp's totp.Validate (one step of clock skew either way).

const SECRET_BYTES = 160 / 8;

/** totp.SchemaExtension: the trait marked `credentials.totp.account_name`, else the identity id. */
function accountName(ex: Exchange, identity: IdentityRecord): string {
  for (const path of listTraitPaths(ex.options.identitySchema)) {
    if (!path.extension?.credentials?.totp?.account_name) continue;
    const value = getTraitValue(identity.traits, path);
    if (value !== undefined && value !== null && value !== '') return String(value);
  }
  return identity.id;
}

/** totp.NewKey: a fresh key for the identity, as its `otpauth://totp/…` URL. */
export function newTotpKeyUrl(ex: Exchange, identity: IdentityRecord): string {
  return new TOTP({
    issuer: ex.options.totpIssuer,
    label: accountName(ex, identity),
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: new Secret({ size: SECRET_BYTES }),
  }).toString();
}

/** The base32 secret of a key URL (what the `totp_secret_key` text node shows). */
export function totpSecret(keyUrl: string): string {
  return URI.parse(keyUrl).secret.base32;
}

/** totp.Validate at the mock's clock: the code of this step or of the one before or after. */
export function verifyTotp(keyUrl: string, code: string, nowMs: number): boolean {
  const totp = URI.parse(keyUrl);
  if (!(totp instanceof TOTP) || !/^\d+$/.test(code) || code.length !== totp.digits) return false;
  return totp.validate({ token: code, timestamp: nowMs, window: 1 }) !== null;
}
