import type { Body } from '../http';
import { flag } from '../strategies/second-factor';
import { bodyString } from './out-of-band';

/**
 * The settings method a body names without a `method` field: Kratos' totp and lookup_secret strategies set it
 * themselves when their own submit buttons (`totp_unlink`, `lookup_secret_*`) were pressed.
 */
export function impliedSettingsMethod(body: Body): string {
  if (flag(body, 'totp_unlink')) return 'totp';
  // The oidc strategy answers bodies with `link` or `unlink` (a provider id).
  if (typeof body.link === 'string' || typeof body.unlink === 'string') return 'oidc';
  const lookup = ['confirm', 'reveal', 'regenerate', 'disable'];
  if (lookup.some((action) => flag(body, `lookup_secret_${action}`))) return 'lookup_secret';
  // The WebAuthn script submits the form without a button: its result field names the method.
  if (bodyString(body, 'webauthn_register') || bodyString(body, 'webauthn_remove')) return 'webauthn';
  if (bodyString(body, 'passkey_settings_register') || bodyString(body, 'passkey_remove')) return 'passkey';
  return '';
}
