import { WEBAUTHN_SCRIPT } from './webauthn-script';

/**
 * `GET /.well-known/ory/webauthn.js` (Kratos' webauthnx handler). The script node asks for it with
 * `crossorigin="anonymous"` and an `integrity` hash, so the UI's origin must be allowed to read it: any origin
 * may (it is public code; allowed origins additionally get the mock's usual credentialed CORS headers).
 * `no-cache`, so a browser never keeps bytes that no longer match the integrity of a newer mock.
 */
export function serveWebAuthnScript(): Response {
  return new Response(WEBAUTHN_SCRIPT, {
    status: 200,
    headers: {
      'Content-Type': 'application/javascript; charset=utf-8',
      'Cache-Control': 'no-cache',
      'Access-Control-Allow-Origin': '*',
      'Cross-Origin-Resource-Policy': 'cross-origin',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
