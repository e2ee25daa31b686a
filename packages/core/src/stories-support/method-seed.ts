import type { MockFetch } from '@headless-ory/mock';
import { totpCode } from './totp-code';
import type { SeedAccount } from './types';

// Setting up second factors and social links in a story's mock before anything renders, through the same browser
// flows (cookie jar, CSRF, JSON) a signed-in tab would use: the story then starts where a returning user stands.

const jsonHeaders = { Accept: 'application/json', 'Content-Type': 'application/json' };

interface SeedNode {
  type: string;
  attributes: {
    name?: string;
    value?: unknown;
    id?: string;
    text?: { text: string; context?: { secret?: string; secrets?: { text: string }[] } };
  };
}

interface SeedFlow {
  id: string;
  ui: { action: string; nodes: SeedNode[] };
}

async function answer(response: Response, accepted: number[], what: string): Promise<unknown> {
  const body: unknown = await response.json().catch(() => undefined);
  if (!accepted.includes(response.status)) {
    throw new Error(`${what} failed in the story setup: ${response.status} ${JSON.stringify(body)}`);
  }
  return body;
}

function csrfOf(flow: SeedFlow): unknown {
  return flow.ui.nodes.find((node) => node.attributes.name === 'csrf_token')?.attributes.value;
}

function textNode(flow: SeedFlow, id: string): SeedNode['attributes']['text'] {
  const node = flow.ui.nodes.find((n) => n.type === 'text' && n.attributes.id === id);
  if (!node?.attributes.text) throw new Error(`the flow has no "${id}" text node`);
  return node.attributes.text;
}

async function startFlow(mock: MockFetch, path: string): Promise<SeedFlow> {
  const base = mock.mock.options.publicUrl;
  const init = await mock(`${base}${path}`, {
    headers: { Accept: 'application/json' },
    credentials: 'include',
  });
  return (await answer(init, [200], `GET ${path}`)) as SeedFlow;
}

async function submit(
  mock: MockFetch,
  flow: SeedFlow,
  body: Record<string, unknown>,
  accepted: number[],
  what: string,
): Promise<unknown> {
  const response = await mock(flow.ui.action, {
    method: 'POST',
    headers: jsonHeaders,
    credentials: 'include',
    body: JSON.stringify({ csrf_token: csrfOf(flow), ...body }),
  });
  return answer(response, accepted, what);
}

/**
 * Pairs an authenticator app with the signed-in account (settings, method `totp`) and returns its base32 secret.
 * Pairing proves the factor: the session in the jar is aal2 afterwards.
 */
export async function enrollTotp(mock: MockFetch): Promise<string> {
  const flow = await startFlow(mock, '/self-service/settings/browser');
  const secret = textNode(flow, 'totp_secret_key')?.context?.secret;
  if (!secret) throw new Error('the settings flow shows no TOTP secret: is methods.totp on?');
  const code = await totpCode(secret, mock.mock.options.now());
  await submit(mock, flow, { method: 'totp', totp_code: code }, [200], 'pairing TOTP');
  return secret;
}

/** Generates and confirms backup codes for the signed-in account; returns the 12 codes, unused. */
export async function saveLookupCodes(mock: MockFetch): Promise<string[]> {
  const flow = await startFlow(mock, '/self-service/settings/browser');
  const shown = (await submit(
    mock,
    flow,
    { method: 'lookup_secret', lookup_secret_regenerate: true },
    [200],
    'generating backup codes',
  )) as SeedFlow;
  const codes = (textNode(shown, 'lookup_secret_codes')?.context?.secrets ?? []).map((s) => s.text);
  await submit(
    mock,
    shown,
    { method: 'lookup_secret', lookup_secret_confirm: true },
    [200],
    'confirming codes',
  );
  return codes;
}

/**
 * Signs out (a fresh cookie jar) and back in with the password only. An account with a second factor then holds an
 * aal1 session and Kratos asks for the second factor (422 to `?aal=aal2`), as after a real password login.
 */
export async function signInFirstFactor(mock: MockFetch, account: SeedAccount): Promise<void> {
  mock.clearCookies();
  const flow = await startFlow(mock, '/self-service/login/browser');
  await submit(
    mock,
    flow,
    { method: 'password', identifier: account.email, password: account.password },
    [200, 422],
    `signing in ${account.email}`,
  );
}

/** Completes the aal2 step of the session in the jar with one backup code (which is then used). */
export async function useLookupCode(mock: MockFetch, code: string): Promise<void> {
  const flow = await startFlow(mock, '/self-service/login/browser?aal=aal2');
  await submit(mock, flow, { method: 'lookup_secret', lookup_secret: code }, [200], 'using a backup code');
}

/** What the fake provider's consent page is told: the subject, and the email it shares ('' for none). */
export interface ProviderAnswer {
  sub: string;
  email: string;
}

/**
 * The user on the mock's fake provider page (`redirect_browser_to` of the 422) pressing "Allow", then the browser
 * through Kratos' callback. Returns where Kratos finally sends the browser: a page of the app.
 */
export async function allowAtProvider(
  mock: MockFetch,
  authorizeUrl: string,
  { sub, email }: ProviderAnswer,
): Promise<URL> {
  const authorize = new URL(authorizeUrl);
  const consent = await mock(`${authorize.origin}${authorize.pathname}`, {
    method: 'POST',
    credentials: 'include',
    redirect: 'manual',
    body: new URLSearchParams({
      state: authorize.searchParams.get('state') ?? '',
      redirect_uri: authorize.searchParams.get('redirect_uri') ?? '',
      decision: 'allow',
      sub,
      email,
      name: 'Ada Lovelace',
      email_verified: 'true',
    }),
  });
  const callback = consent.headers.get('location');
  if (consent.status !== 303 || !callback) throw new Error(`consent answered ${consent.status}, not a 303`);
  // The callback redirects to the app (another origin than the mock): stop there, as the story's page is the app.
  const back = await mock(callback, { credentials: 'include', redirect: 'manual' });
  const location = back.headers.get('location');
  if (back.status < 300 || back.status >= 400 || !location) {
    throw new Error(`the callback answered ${back.status} ${await back.text()}`);
  }
  return new URL(location, callback);
}

/** Links a provider to the signed-in account through settings and the fake provider (the session must be fresh). */
export async function linkProvider(mock: MockFetch, provider: string, answer: ProviderAnswer): Promise<void> {
  const flow = await startFlow(mock, '/self-service/settings/browser');
  const body = (await submit(
    mock,
    flow,
    { method: 'oidc', link: provider },
    [422],
    `linking ${provider}`,
  )) as {
    redirect_browser_to: string;
  };
  await allowAtProvider(mock, body.redirect_browser_to, answer);
}

/**
 * A sign-in or sign-up through a provider up to the browser's return: a new browser flow, the provider's button,
 * "Allow" on the consent page, Kratos' callback. Returns the app URL Kratos sent the browser back to.
 */
export async function returnFromProvider(
  mock: MockFetch,
  flowType: 'login' | 'registration',
  provider: string,
  answer: ProviderAnswer,
): Promise<URL> {
  const flow = await startFlow(mock, `/self-service/${flowType}/browser`);
  const body = (await submit(
    mock,
    flow,
    { method: 'oidc', provider },
    [422],
    `${flowType} with ${provider}`,
  )) as {
    redirect_browser_to: string;
  };
  return allowAtProvider(mock, body.redirect_browser_to, answer);
}
