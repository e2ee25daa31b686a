import { serializeCookie } from './cookies';
import { constantTimeEqual, fromBase64, randomBytes, sha256Hex, toBase64 } from './crypto';
import { HerodotError } from './errors';
import type { Exchange } from './http';

// Kratos' double-submit CSRF (github.com/ory/nosurf): the cookie holds a raw 32-byte token, forms carry it
// masked with a one-time pad, so the value in the HTML changes on every render but verifies against the cookie.
const TOKEN_LENGTH = 32;
const COOKIE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

export async function csrfCookieNameFor(publicUrl: string): Promise<string> {
  return `csrf_token_${await sha256Hex(publicUrl)}`;
}

function readCookieToken(ex: Exchange): Uint8Array | undefined {
  const value = ex.cookies.get(ex.deps.csrfCookieName);
  const token = value ? fromBase64(value) : undefined;
  return token && token.length === TOKEN_LENGTH ? token : undefined;
}

function issueCookie(ex: Exchange, token: Uint8Array): void {
  const name = ex.deps.csrfCookieName;
  // Replace a cookie queued earlier in the same response (e.g. logout regenerates it).
  const kept = ex.setCookies.filter((c) => !c.startsWith(`${name}=`));
  ex.setCookies.length = 0;
  ex.setCookies.push(
    ...kept,
    serializeCookie(name, toBase64(token), {
      maxAgeSeconds: COOKIE_MAX_AGE_SECONDS,
      secure: ex.options.publicUrl.startsWith('https:'),
    }),
  );
}

/** The request's raw token: from the cookie, or minted now and set on the response (nosurf.Token). */
export function rawCsrfToken(ex: Exchange): Uint8Array {
  if (!ex.csrfRawToken) {
    const fromCookie = readCookieToken(ex);
    ex.csrfRawToken = fromCookie ?? randomBytes(TOKEN_LENGTH);
    if (!fromCookie) issueCookie(ex, ex.csrfRawToken);
  }
  return ex.csrfRawToken;
}

export function regenerateCsrfToken(ex: Exchange): void {
  ex.csrfRawToken = randomBytes(TOKEN_LENGTH);
  issueCookie(ex, ex.csrfRawToken);
}

function mask(token: Uint8Array): string {
  const pad = randomBytes(TOKEN_LENGTH);
  const masked = new Uint8Array(TOKEN_LENGTH * 2);
  masked.set(pad, 0);
  for (let i = 0; i < TOKEN_LENGTH; i++) masked[TOKEN_LENGTH + i] = (token[i] ?? 0) ^ (pad[i] ?? 0);
  return toBase64(masked);
}

function unmask(sent: string): Uint8Array | undefined {
  const bytes = fromBase64(sent);
  if (!bytes) return undefined;
  if (bytes.length === TOKEN_LENGTH) return bytes;
  if (bytes.length !== TOKEN_LENGTH * 2) return undefined;
  const token = new Uint8Array(TOKEN_LENGTH);
  for (let i = 0; i < TOKEN_LENGTH; i++) token[i] = (bytes[TOKEN_LENGTH + i] ?? 0) ^ (bytes[i] ?? 0);
  return token;
}

/** A freshly masked token for the `csrf_token` node. */
export function maskedCsrfToken(ex: Exchange): string {
  return mask(rawCsrfToken(ex));
}

/** The raw token as stored on a browser flow (compared on get-flow, like Kratos' flow.csrf_token). */
export function flowCsrfBinding(ex: Exchange): string {
  return toBase64(rawCsrfToken(ex));
}

export function verifyCsrfToken(ex: Exchange, sent: unknown): boolean {
  if (typeof sent !== 'string' || sent === '') return false;
  const actual = unmask(sent);
  return actual !== undefined && constantTimeEqual(actual, rawCsrfToken(ex));
}

export function flowMatchesCsrfCookie(ex: Exchange, binding: string | undefined): boolean {
  const bound = binding ? fromBase64(binding) : undefined;
  return bound !== undefined && constantTimeEqual(bound, rawCsrfToken(ex));
}

const REASON =
  'Please retry the flow and optionally clear your cookies. The request was rejected to protect you from Cross-Site-Request-Forgery (CSRF) which could cause account takeover, leaking personal information, and other serious security issues.';
const MESSAGE =
  'The request was rejected to protect you from Cross-Site-Request-Forgery (CSRF) which could cause account takeover, leaking personal information, and other serious security issues.';
const HINT_AJAX =
  "We detected an AJAX call, please ensure that CORS is enabled and configured correctly, and that your AJAX code sends cookies and has credentials enabled. For further debugging, check your browser's network tab to see what cookies are included or excluded.";
const HINT_SERVER =
  "We detected a regular browser or server-side call. To debug browser calls check your browser's network tab to see what cookies are included or excluded. If you are calling from a server ensure that the appropriate cookies are being forwarded and that the SDK method is called correctly.";
const NO_COOKIE = 'The HTTP cookie header is empty or not set.';
const COOKIE_MISSING = 'The HTTP cookie header was set but did not include the anti-CSRF cookie.';
const TOKEN_NOT_SENT =
  'The anti-CSRF cookie was found but the CSRF token was not included in the HTTP request body (csrf_token) nor in the HTTP header (X-CSRF-Token).';
const TOKEN_MISMATCH =
  'The HTTP cookie header was set and a CSRF token was sent but they do not match. We recommend deleting all cookies for this domain and retrying the flow.';

/** Kratos' nosurfx.CSRFErrorReason: a 403 `security_csrf_violation` that says what was missing. */
export function csrfError(ex: Exchange, sentToken: unknown): HerodotError {
  const fetchMode = ex.header('sec-fetch-mode');
  const ajax = fetchMode === 'cors' || fetchMode === 'no-cors' || ex.acceptsJson();
  const hint = ajax ? HINT_AJAX : HINT_SERVER;
  let details: Record<string, unknown>;
  if (!ex.hasCookies()) details = { hint, reject_reason: NO_COOKIE };
  else if (!ex.cookies.has(ex.deps.csrfCookieName)) details = { hint, reject_reason: COOKIE_MISSING };
  else if (typeof sentToken !== 'string' || sentToken === '') details = { hint: TOKEN_NOT_SENT };
  else details = { hint, reject_reason: TOKEN_MISMATCH };
  return new HerodotError(403, {
    id: 'security_csrf_violation',
    reason: REASON,
    message: MESSAGE,
    details: { docs: 'https://www.ory.sh/docs/kratos/debug/csrf', ...details },
  });
}
