import type { Exchange } from '../http';
import type { IdentityRecord } from '../store';
import { isMethodEnabled } from './enabled-methods';

/**
 * identity.Manager.CountActiveFirstFactorCredentials: what the identity can still sign in with. A password
 * counts once, each linked provider once, each passkey once, and passwordless code once whenever it is switched
 * on (Kratos' code strategy counts 1 for any identity then).
 */
export function countFirstFactorCredentials(ex: Exchange, identity: IdentityRecord): number {
  let count = identity.passwordHash ? 1 : 0;
  count += identity.oidcCredentials?.length ?? 0;
  if (isMethodEnabled(ex, 'passkey')) count += identity.passkeys?.credentials.length ?? 0;
  if (isMethodEnabled(ex, 'code')) count += 1;
  return count;
}
