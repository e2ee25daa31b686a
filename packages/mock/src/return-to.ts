import { kratosErrors } from './errors';
import type { ResolvedMockOptions } from './options';

interface AllowedUrl {
  protocol: string;
  /** Lower-case host without port; a leading `*.` allows any subdomain. */
  hostname: string;
  port: string;
  pathname: string;
}

function parseAllowed(entry: string): AllowedUrl | undefined {
  const wildcard = entry.includes('://*.');
  try {
    const url = new URL(wildcard ? entry.replace('://*.', '://') : entry);
    return {
      protocol: url.protocol,
      hostname: `${wildcard ? '*.' : ''}${url.hostname.toLowerCase()}`,
      port: url.port,
      pathname: url.pathname || '/',
    };
  } catch {
    return undefined;
  }
}

function matches(target: URL, allowed: AllowedUrl): boolean {
  const hostname = target.hostname.toLowerCase();
  const hostOk = allowed.hostname.startsWith('*.')
    ? hostname.endsWith(allowed.hostname.slice(1))
    : hostname === allowed.hostname;
  return (
    target.protocol === allowed.protocol &&
    hostOk &&
    target.port === allowed.port &&
    (target.pathname || '/').startsWith(allowed.pathname)
  );
}

/**
 * Kratos' x.SecureRedirectTo: `rawReturnTo` (or the default) after checking scheme, host and path prefix against
 * the allowlist. Throws `self_service_flow_return_to_forbidden`.
 */
export function secureReturnTo(options: ResolvedMockOptions, rawReturnTo: string | null | undefined): string {
  if (!rawReturnTo) return options.defaultReturnTo;
  let target: URL;
  try {
    // A relative return_to takes the default's scheme and host.
    target = new URL(rawReturnTo, options.defaultReturnTo);
  } catch (error) {
    throw kratosErrors.returnToUnparsable(error instanceof Error ? error.message : String(error));
  }
  // SecureRedirectAllowSelfServiceURLs: Kratos' own self-service endpoints are always fine (a refresh login sends
  // the browser back to `/self-service/settings?flow=` to finish a paused change).
  const publicUrl = new URL(options.publicUrl);
  if (target.origin === publicUrl.origin && target.pathname.startsWith('/self-service/'))
    return target.toString();
  for (const entry of options.returnToAllowlist) {
    const allowed = parseAllowed(entry);
    if (allowed && matches(target, allowed)) return target.toString();
  }
  throw kratosErrors.returnToForbidden(target.toString());
}

/** The return_to a flow was started with: its own field, else the one in its request URL (Kratos reads both). */
export function flowReturnTo(flow: { returnTo?: string; requestUrl: string }): string | undefined {
  if (flow.returnTo) return flow.returnTo;
  try {
    return new URL(flow.requestUrl).searchParams.get('return_to') ?? undefined;
  } catch {
    return undefined;
  }
}
