import { parseCookieHeader } from './cookies';
import type { HerodotError } from './errors';
import type { ResolvedMockOptions } from './options';
import type { Store } from './store';

export interface AppDeps {
  options: ResolvedMockOptions;
  store: Store;
  /** `csrf_token_<sha256 hex of the public URL>`, computed once at start-up. */
  csrfCookieName: string;
}

export type Body = Record<string, unknown>;

/**
 * One request and what the handlers add to its response. Cookies travel separately from the Request because
 * browsers forbid `Cookie` / `Set-Cookie` on script-made Requests and Responses (the in-process fetch needs this).
 */
export class Exchange {
  readonly url: URL;
  readonly cookies: Map<string, string>;
  readonly setCookies: string[] = [];
  /** The anti-CSRF token of this request, once read from the cookie or freshly minted. */
  csrfRawToken: Uint8Array | undefined;
  private bodyPromise: Promise<Body> | undefined;
  private form = false;

  constructor(
    readonly request: Request,
    readonly deps: AppDeps,
    cookieHeader: string | null,
  ) {
    this.url = new URL(request.url);
    this.cookies = parseCookieHeader(cookieHeader);
  }

  get options(): ResolvedMockOptions {
    return this.deps.options;
  }

  get store(): Store {
    return this.deps.store;
  }

  now(): number {
    return this.deps.options.now();
  }

  query(name: string): string | null {
    return this.url.searchParams.get(name);
  }

  header(name: string): string | null {
    return this.request.headers.get(name);
  }

  hasCookies(): boolean {
    return this.cookies.size > 0;
  }

  /** Kratos' x.IsJSONRequest: JSON is accepted, or the body is JSON. */
  isJsonRequest(): boolean {
    return (
      this.acceptsJson() || (this.header('content-type') ?? '').toLowerCase().includes('application/json')
    );
  }

  /** Content negotiation between text/html (the default) and application/json, as gddo's httputil does it. */
  acceptsJson(): boolean {
    return (
      negotiate(this.header('accept'), ['text/html', 'application/json'], 'text/html') === 'application/json'
    );
  }

  /** True when the submitted body was a form (urlencoded / multipart), whose values are all strings. */
  get bodyIsForm(): boolean {
    return this.form;
  }

  body(): Promise<Body> {
    this.bodyPromise ??= this.readBody();
    return this.bodyPromise;
  }

  private async readBody(): Promise<Body> {
    if (this.request.method === 'GET' || this.request.method === 'HEAD') {
      this.form = true;
      return expandDottedKeys(Object.fromEntries(this.url.searchParams));
    }
    const contentType = (this.header('content-type') ?? '').toLowerCase();
    try {
      if (contentType.includes('application/json')) {
        const parsed: unknown = JSON.parse((await this.request.text()) || '{}');
        return isPlainObject(parsed) ? expandDottedKeys(parsed) : {};
      }
      if (
        contentType.includes('application/x-www-form-urlencoded') ||
        contentType.includes('multipart/form-data')
      ) {
        this.form = true;
        const data = contentType.includes('multipart')
          ? await this.request.formData()
          : new URLSearchParams(await this.request.text());
        const entries: Record<string, unknown> = {};
        // The last value wins, so a hidden "false" before a checked checkbox "true" reads as true.
        data.forEach((value, key) => {
          if (typeof value === 'string') entries[key] = value;
        });
        return expandDottedKeys(entries);
      }
    } catch {
      return {};
    }
    return {};
  }
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `{"traits.name.first": "Ada"}` → `{traits: {name: {first: "Ada"}}}` (decoderx's JSON-follows-form format). */
export function expandDottedKeys(input: Record<string, unknown>): Body {
  const out: Body = {};
  for (const [key, raw] of Object.entries(input)) {
    const value = isPlainObject(raw) ? expandDottedKeys(raw) : raw;
    const path = key.split('.');
    let target = out;
    path.forEach((segment, index) => {
      if (index === path.length - 1) {
        const existing = target[segment];
        target[segment] = isPlainObject(existing) && isPlainObject(value) ? { ...existing, ...value } : value;
        return;
      }
      const next = target[segment];
      if (!isPlainObject(next)) target[segment] = {};
      target = target[segment] as Body;
    });
  }
  return out;
}

export function negotiate(accept: string | null, offers: string[], fallback: string): string {
  let best = fallback;
  let bestQ = -1;
  let bestWild = 3;
  const specs = (accept ?? '')
    .split(',')
    .map((part) => {
      const [value = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { value: value.trim().toLowerCase(), q: q ? Number(q.slice(2)) : 1 };
    })
    .filter((spec) => spec.value !== '');
  for (const offer of offers) {
    for (const spec of specs) {
      if (!(spec.q > 0) || spec.q < bestQ) continue;
      if (spec.value === '*/*') {
        if (spec.q > bestQ || bestWild > 2) [bestQ, bestWild, best] = [spec.q, 2, offer];
      } else if (spec.value.endsWith('/*')) {
        if (offer.startsWith(spec.value.slice(0, -1)) && (spec.q > bestQ || bestWild > 1)) {
          [bestQ, bestWild, best] = [spec.q, 1, offer];
        }
      } else if (spec.value === offer && (spec.q > bestQ || bestWild > 0)) {
        [bestQ, bestWild, best] = [spec.q, 0, offer];
      }
    }
  }
  return best;
}

const JSON_TYPE = 'application/json; charset=utf-8';

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': JSON_TYPE, ...headers } });
}

export function errorResponse(error: HerodotError): Response {
  return jsonResponse(error.toJSON(), error.code, error.id ? { 'Ory-Error-Id': error.id } : {});
}

export function redirectResponse(location: string, status = 303): Response {
  return new Response(null, { status, headers: { Location: location } });
}

export function emptyResponse(status = 204): Response {
  return new Response(null, { status });
}

/** `url` with `?flow=<id>` (or another key) appended, like Kratos' flow.AppendTo. */
export function withQuery(url: string, params: Record<string, string>): string {
  const target = new URL(url);
  for (const [key, value] of Object.entries(params)) target.searchParams.set(key, value);
  return target.toString();
}
