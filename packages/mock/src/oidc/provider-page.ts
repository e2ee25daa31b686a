import { serializeCookie } from '../cookies';
import { randomToken } from '../crypto';
import { type Exchange, redirectResponse, withQuery } from '../http';
import type { OidcProvider } from '../options';
import { callbackUrl, consentPath, findProvider } from './providers';
import { findRoundTrip } from './round-trip';

// The fake provider's authorization endpoint: a plain HTML consent page (no scripts) where the user picks what
// the provider says about them, then "Allow" (back to Kratos' callback with a code) or "Deny" (with
// `error=access_denied`). The last answer is remembered per provider, like a provider that knows you.

interface Answer {
  sub: string;
  email: string;
  name: string;
  emailVerified: boolean;
}

const rememberCookie = (providerId: string) => `mock_oidc_${providerId}`;

function defaultAnswer(providerId: string): Answer {
  return { sub: 'ada', email: `ada@${providerId}.example`, name: 'Ada Lovelace', emailVerified: true };
}

function rememberedAnswer(ex: Exchange, providerId: string): Answer {
  const raw = ex.cookies.get(rememberCookie(providerId));
  if (!raw) return defaultAnswer(providerId);
  try {
    const parsed = JSON.parse(decodeURIComponent(raw)) as Partial<Answer>;
    return { ...defaultAnswer(providerId), ...parsed };
  } catch {
    return defaultAnswer(providerId);
  }
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

function htmlResponse(body: string, status = 200): Response {
  return new Response(body, {
    status,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      // No scripts, no framing. form-action stays open: the answer redirects on to the app's origin.
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
    },
  });
}

function page(title: string, content: string, status = 200): Response {
  return htmlResponse(
    `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body { font-family: system-ui, sans-serif; max-width: 28rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5 }
label { display: block; margin-top: .75rem } input[type=text], input[type=email] { width: 100%; padding: .4rem }
.actions { display: flex; gap: .5rem; margin-top: 1.25rem } button { padding: .5rem 1.25rem }
</style>
</head>
<body>
<main>
${content}
</main>
</body>
</html>
`,
    status,
  );
}

function problem(title: string, detail: string, status: number): Response {
  return page(title, `<h1>${escapeHtml(title)}</h1>\n<p>${escapeHtml(detail)}</p>`, status);
}

function consentForm(
  ex: Exchange,
  provider: Required<OidcProvider>,
  state: string,
  redirectUri: string,
): Response {
  const answer = rememberedAnswer(ex, provider.id);
  const label = escapeHtml(provider.label);
  return page(
    `Sign in with ${provider.label}`,
    `<h1>Sign in with ${label}</h1>
<p>This is the mock's stand-in for ${label}. An application asks for your account details. Choose what ${label}
tells it, then allow or deny the request.</p>
<form method="post" action="${escapeHtml(consentPath(provider.id))}">
<input type="hidden" name="state" value="${escapeHtml(state)}">
<input type="hidden" name="redirect_uri" value="${escapeHtml(redirectUri)}">
<label for="sub">Account ID (subject)</label>
<input id="sub" name="sub" type="text" required value="${escapeHtml(answer.sub)}">
<label for="email">Email (leave empty to share none)</label>
<input id="email" name="email" type="email" autocomplete="email" value="${escapeHtml(answer.email)}">
<label for="name">Name</label>
<input id="name" name="name" type="text" autocomplete="name" value="${escapeHtml(answer.name)}">
<label><input name="email_verified" type="checkbox" value="true"${answer.emailVerified ? ' checked' : ''}> The email address is verified</label>
<div class="actions">
<button type="submit" name="decision" value="allow">Allow</button>
<button type="submit" name="decision" value="deny">Deny</button>
</div>
</form>`,
  );
}

/** `GET /__mock/oidc/:provider/authorize`: checks the request like a provider would, then asks the user. */
export function showConsent(ex: Exchange, providerId: string): Response {
  const provider = findProvider(ex, providerId);
  if (!provider)
    return problem('Unknown provider', `No OpenID Connect provider "${providerId}" is configured.`, 404);
  const state = ex.query('state') ?? '';
  const redirectUri = ex.query('redirect_uri') ?? '';
  if (state === '') return problem('Invalid request', 'The authorization request has no state.', 400);
  if (redirectUri !== callbackUrl(ex, provider.id)) {
    return problem(
      'Invalid request',
      `The redirect_uri "${redirectUri}" is not registered for this client.`,
      400,
    );
  }
  return consentForm(ex, provider, state, redirectUri);
}

/** `POST /__mock/oidc/:provider/authorize`: "Allow" hands Kratos a code for the chosen claims, "Deny" an error. */
export async function answerConsent(ex: Exchange, providerId: string): Promise<Response> {
  const provider = findProvider(ex, providerId);
  if (!provider)
    return problem('Unknown provider', `No OpenID Connect provider "${providerId}" is configured.`, 404);
  const body = await ex.body();
  const field = (name: string) => (typeof body[name] === 'string' ? (body[name] as string).trim() : '');
  const state = field('state');
  const redirectUri = callbackUrl(ex, provider.id);
  if (state === '') return problem('Invalid request', 'The authorization request has no state.', 400);
  if (field('decision') !== 'allow') {
    return redirectResponse(
      withQuery(redirectUri, {
        error: 'access_denied',
        error_description: 'The resource owner denied the request',
        state,
      }),
    );
  }
  const answer: Answer = {
    sub: field('sub') || 'ada',
    email: field('email'),
    name: field('name'),
    emailVerified: field('email_verified') === 'true',
  };
  ex.setCookies.push(
    serializeCookie(rememberCookie(provider.id), encodeURIComponent(JSON.stringify(answer)), {
      path: consentPath(provider.id),
      maxAgeSeconds: 365 * 24 * 3600,
      secure: ex.options.publicUrl.startsWith('https:'),
    }),
  );
  const roundTrip = findRoundTrip(ex, state);
  if (!roundTrip || roundTrip.provider !== provider.id) {
    return redirectResponse(
      withQuery(redirectUri, { error: 'invalid_request', error_description: 'Unknown state', state }),
    );
  }
  const code = randomToken();
  roundTrip.code = code;
  roundTrip.claims = claimsOf(answer);
  return redirectResponse(withQuery(redirectUri, { code, state }));
}

/** The ID token claims the fake provider issues for an answer. */
function claimsOf(answer: Answer): Record<string, unknown> {
  const [given, ...family] = answer.name.split(/\s+/).filter(Boolean);
  return {
    sub: answer.sub,
    ...(answer.email ? { email: answer.email, email_verified: answer.emailVerified } : {}),
    ...(answer.name ? { name: answer.name } : {}),
    ...(given ? { given_name: given } : {}),
    ...(family.length > 0 ? { family_name: family.join(' ') } : {}),
    preferred_username: answer.sub,
  };
}
