/** A small RFC 6265 cookie jar for one origin, enough to behave like one browser talking to the mock. */
export interface MockCookie {
  name: string;
  value: string;
  path: string;
  /** Milliseconds since epoch; undefined for a session cookie. */
  expiresAt?: number;
  httpOnly: boolean;
  secure: boolean;
  sameSite?: string;
}

function defaultPath(url: URL): string {
  const path = url.pathname;
  if (!path.startsWith('/') || path.lastIndexOf('/') === 0) return '/';
  return path.slice(0, path.lastIndexOf('/'));
}

function pathMatches(requestPath: string, cookiePath: string): boolean {
  if (requestPath === cookiePath) return true;
  if (!requestPath.startsWith(cookiePath)) return false;
  return cookiePath.endsWith('/') || requestPath[cookiePath.length] === '/';
}

export class CookieJar {
  private cookies: MockCookie[] = [];

  constructor(private readonly now: () => number) {}

  /** Stores one `Set-Cookie` value received from `url`; an expired one deletes the stored cookie. */
  store(url: URL, header: string): void {
    const [pair = '', ...attributes] = header.split(';');
    const index = pair.indexOf('=');
    if (index <= 0) return;
    const cookie: MockCookie = {
      name: pair.slice(0, index).trim(),
      value: pair.slice(index + 1).trim(),
      path: defaultPath(url),
      httpOnly: false,
      secure: false,
    };
    let maxAge: number | undefined;
    let expires: number | undefined;
    for (const attribute of attributes) {
      const [rawKey = '', ...rest] = attribute.split('=');
      const key = rawKey.trim().toLowerCase();
      const value = rest.join('=').trim();
      if (key === 'path' && value.startsWith('/')) cookie.path = value;
      else if (key === 'max-age' && /^-?\d+$/.test(value)) maxAge = Number(value);
      else if (key === 'expires' && !Number.isNaN(Date.parse(value))) expires = Date.parse(value);
      else if (key === 'httponly') cookie.httpOnly = true;
      else if (key === 'secure') cookie.secure = true;
      else if (key === 'samesite') cookie.sameSite = value;
    }
    // Max-Age wins over Expires (RFC 6265 §5.3).
    if (maxAge !== undefined) cookie.expiresAt = maxAge <= 0 ? 0 : this.now() + maxAge * 1000;
    else if (expires !== undefined) cookie.expiresAt = expires;
    if (
      cookie.secure &&
      url.protocol !== 'https:' &&
      !['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)
    ) {
      return;
    }
    this.cookies = this.cookies.filter((c) => !(c.name === cookie.name && c.path === cookie.path));
    if (cookie.expiresAt === undefined || cookie.expiresAt > this.now()) this.cookies.push(cookie);
  }

  /** The `Cookie` header for `url`: longer paths first, then older cookies first. */
  header(url: URL): string | null {
    const now = this.now();
    this.cookies = this.cookies.filter((c) => c.expiresAt === undefined || c.expiresAt > now);
    const matching = this.cookies
      .filter((c) => pathMatches(url.pathname || '/', c.path))
      .filter((c) => !c.secure || url.protocol === 'https:' || url.hostname === 'localhost')
      .sort((a, b) => b.path.length - a.path.length);
    return matching.length === 0 ? null : matching.map((c) => `${c.name}=${c.value}`).join('; ');
  }

  list(): MockCookie[] {
    const now = this.now();
    return this.cookies.filter((c) => c.expiresAt === undefined || c.expiresAt > now).map((c) => ({ ...c }));
  }

  clear(): void {
    this.cookies = [];
  }
}
