/**
 * Tiny URL helpers instead of `URL` / `URLSearchParams`: React Native ships a partial URL polyfill whose
 * `searchParams`, `pathname` and `URLSearchParams#get/set` throw "not implemented". These cover what the
 * client needs, the same way everywhere.
 */

export type QueryInput = Record<string, string | undefined> | readonly (readonly [string, string])[];

/** `{ a: '1', b: 'x y' }` → `a=1&b=x%20y`; undefined values are left out. */
export const buildQuery = (query: QueryInput): string =>
  (Array.isArray(query) ? query : Object.entries(query))
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`)
    .join('&');

/** `?a=1&b=x+y` → Map { a → '1', b → 'x y' }; the first value of a repeated name wins, like `get`. */
export function parseQuery(search: string): Map<string, string> {
  const query = new Map<string, string>();
  for (const pair of search.replace(/^\?/, '').split('&')) {
    const [name = '', ...value] = pair.split('=');
    try {
      const key = decode(name);
      if (pair && !query.has(key)) query.set(key, decode(value.join('=')));
    } catch {
      // A malformed escape (`%E0%A4%A`): the pair is left out.
    }
  }
  return query;
}

/**
 * `/login` + `{ return_to: 'x' }` → `/login?return_to=x`, keeping any query the route already has (a name given
 * in `query` replaces the route's own). Not URLSearchParams: React Native's polyfill throws on `set`.
 */
export const withQuery = (route: string, query: Record<string, string | undefined>): string =>
  withSearch(route, buildQuery(query));

/**
 * `withQuery` for a query that is encoded already (`a=1&b=2`, or a URL's `?a=1`): it is added as it is, and the
 * route's own pairs with a name it has are dropped. Nothing is decoded, so a Kratos URL's query passes through
 * exactly as Kratos wrote it.
 */
export function withSearch(route: string, search: string): string {
  const [path = route, existing = ''] = route.split('?');
  const added = search.replace(/^\?/, '');
  const nameOf = (pair: string) => pair.split('=')[0];
  const addedNames = added.split('&').map(nameOf);
  const kept = existing.split('&').filter((pair) => !addedNames.includes(nameOf(pair)));
  const text = [...kept, added].filter(Boolean).join('&');
  return text ? `${path}?${text}` : path;
}

const decode = (text: string) => decodeURIComponent(text.replace(/\+/g, ' '));

/**
 * An absolute http(s) URL whose host is neither empty nor only a port (after any `user@`, up to the last `@`).
 * Groups: 1 the origin as written (`https://auth.example.com:8443`), 2 scheme, 3 host, 4 path, 5 query. It
 * matches a prefix (the fragment is never read), so `test` alone says whether a text is such a URL.
 */
export const httpUrl =
  /^((https?):\/\/(?:[^/?#\\]*@)?([^/?#\\@:][^/?#\\@]*))(?=[/?#\\]|$)([/\\][^?#]*)?(\?[^#]*)?/i;

export interface UrlParts {
  /** `http://localhost:4433`, scheme and host lower-cased, default port dropped. */
  origin: string;
  /** Always starts with `/`. */
  pathname: string;
  /** `''` or `?…` */
  search: string;
}

/** The parts of an absolute http(s) URL, or undefined for anything else (relative, other schemes, no host). */
export function splitUrl(url: string): UrlParts | undefined {
  const match = httpUrl.exec(url.trim());
  if (!match) return undefined;
  const [, , scheme, host, pathname, search = ''] = match as string[];
  return {
    origin: `${scheme}://${host}`.toLowerCase().replace(/^(http:.*):80$|^(https:.*):443$/, '$1$2'),
    // Browsers read `\` as `/` in http(s) paths.
    pathname: (pathname || '/').replace(/\\/g, '/'),
    search,
  };
}

/** A URL's query as written (`?a=1`, or `''`): absolute or relative, the fragment left out. */
export const searchOf = (url: string | undefined): string => /^[^?#]*(\?[^#]*)/.exec(url ?? '')?.[1] ?? '';
