import type { ResolvedMockOptions } from './options';

// Kratos' serve.public.cors (rs/cors): only configured origins, with credentials.
const ALLOWED_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
const ALLOWED_HEADERS = [
  'authorization',
  'content-type',
  'accept',
  'x-session-token',
  'x-csrf-token',
  'x-xsrf-token',
];
const EXPOSED_HEADERS = 'Content-Type, Set-Cookie';

export function isAllowedOrigin(options: ResolvedMockOptions, origin: string | null): origin is string {
  if (!origin) return false;
  return options.allowedOrigins.some((allowed) => {
    if (allowed === '*') return true;
    if (!allowed.includes('*')) return allowed.toLowerCase() === origin.toLowerCase();
    const [prefix = '', suffix = ''] = allowed.toLowerCase().split('*');
    return origin.toLowerCase().startsWith(prefix) && origin.toLowerCase().endsWith(suffix);
  });
}

/** A preflight is answered 204 either way; only allowed origins get the Access-Control-* headers. */
export function preflightResponse(options: ResolvedMockOptions, request: Request): Response {
  const headers = new Headers({
    Vary: 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers',
  });
  const origin = request.headers.get('origin');
  const method = (request.headers.get('access-control-request-method') ?? '').toUpperCase();
  const requested = (request.headers.get('access-control-request-headers') ?? '')
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
  const headersAllowed = requested.every((h) => ALLOWED_HEADERS.includes(h));
  if (isAllowedOrigin(options, origin) && ALLOWED_METHODS.includes(method) && headersAllowed) {
    headers.set('Access-Control-Allow-Origin', origin);
    headers.set('Access-Control-Allow-Credentials', 'true');
    headers.set('Access-Control-Allow-Methods', method);
    if (requested.length > 0) headers.set('Access-Control-Allow-Headers', requested.join(', '));
  }
  return new Response(null, { status: 204, headers });
}

export function isPreflight(request: Request): boolean {
  return request.method === 'OPTIONS' && request.headers.has('access-control-request-method');
}

export function withCorsHeaders(
  options: ResolvedMockOptions,
  request: Request,
  response: Response,
): Response {
  const origin = request.headers.get('origin');
  const headers = new Headers(response.headers);
  headers.append('Vary', 'Origin');
  if (isAllowedOrigin(options, origin)) {
    headers.set('Access-Control-Allow-Origin', origin);
    headers.set('Access-Control-Allow-Credentials', 'true');
    headers.set('Access-Control-Expose-Headers', EXPOSED_HEADERS);
  }
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
