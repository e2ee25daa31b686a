/**
 * Tiny URL helpers instead of `URL` / `URLSearchParams`: React Native ships a partial URL polyfill whose
 * `searchParams`, `pathname` and `URLSearchParams#get/set` throw "not implemented". These cover what the
 * client needs, the same way everywhere.
 */

export type QueryInput = Record<string, string | undefined> | readonly (readonly [string, string])[];

/** `{ a: '1', b: 'x y' }` → `a=1&b=x%20y`; undefined values are left out. */
export function buildQuery(query: QueryInput): string {
  const entries = Array.isArray(query) ? query : Object.entries(query);
  return entries
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`)
    .join('&');
}

/** `?a=1&b=x+y` → Map { a → '1', b → 'x y' }; the first value of a repeated name wins, like `get`. */
export function parseQuery(search: string): Map<string, string> {
  const query = new Map<string, string>();
  for (const pair of search.replace(/^\?/, '').split('&')) {
    if (pair === '') continue;
    const index = pair.indexOf('=');
    const name = decode(index === -1 ? pair : pair.slice(0, index));
    const value = index === -1 ? '' : decode(pair.slice(index + 1));
    if (name !== undefined && value !== undefined && !query.has(name)) query.set(name, value);
  }
  return query;
}

function decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

export interface UrlParts {
  /** `http://localhost:4433`, scheme and host lower-cased, default port dropped. */
  origin: string;
  /** Always starts with `/`. */
  pathname: string;
  /** `''` or `?…` */
  search: string;
  hash: string;
}

const absoluteHttp = /^(https?):\/\/([^/?#\\]*)([^?#]*)(\?[^#]*)?(#.*)?$/i;

/** The parts of an absolute http(s) URL, or undefined for anything else (relative, other schemes, no host). */
export function splitUrl(url: string): UrlParts | undefined {
  const match = absoluteHttp.exec(url.trim());
  if (!match) return undefined;
  const scheme = (match[1] as string).toLowerCase();
  const authority = (match[2] as string).toLowerCase();
  const host = authority.slice(authority.lastIndexOf('@') + 1);
  if (host === '' || host.startsWith(':')) return undefined;
  const defaultPort = scheme === 'https' ? ':443' : ':80';
  return {
    origin: `${scheme}://${host.endsWith(defaultPort) ? host.slice(0, -defaultPort.length) : host}`,
    // Browsers read `\` as `/` in http(s) paths.
    pathname: (match[3] || '/').replace(/\\/g, '/'),
    search: match[4] ?? '',
    hash: match[5] ?? '',
  };
}
