import { describe, expect, it } from 'vitest';
import { CookieJar } from './cookie-jar';

const url = new URL('http://localhost:4433/self-service/login/browser');

describe('CookieJar', () => {
  it('should send stored cookies back to matching paths only', () => {
    const jar = new CookieJar(() => 0);
    jar.store(url, 'a=1; Path=/; HttpOnly; SameSite=Lax');
    jar.store(url, 'b=2; Path=/self-service');
    jar.store(url, 'c=3; Path=/sessions');
    expect(jar.header(new URL('http://localhost:4433/self-service/login'))).toBe('b=2; a=1');
    expect(jar.header(new URL('http://localhost:4433/sessions/whoami'))).toBe('c=3; a=1');
    expect(jar.header(new URL('http://localhost:4433/self-servicex'))).toBe('a=1');
  });

  it('should default the path to the directory of the request', () => {
    const jar = new CookieJar(() => 0);
    jar.store(url, 'd=4');
    expect(jar.list()[0]?.path).toBe('/self-service/login');
  });

  it('should keep values that contain "=" (base64) intact', () => {
    const jar = new CookieJar(() => 0);
    jar.store(url, 'csrf=ab+c/d==; Path=/');
    expect(jar.header(url)).toBe('csrf=ab+c/d==');
  });

  it('should expire cookies by Max-Age (which wins over Expires) and delete on Max-Age=0', () => {
    let now = Date.parse('2030-01-01T00:00:00Z');
    const jar = new CookieJar(() => now);
    jar.store(url, 's=1; Path=/; Max-Age=60; Expires=Thu, 01 Jan 2099 00:00:00 GMT');
    jar.store(url, 'e=2; Path=/; Expires=Tue, 01 Jan 2030 00:00:30 GMT');
    now += 31_000;
    expect(jar.header(url)).toBe('s=1');
    now += 30_000;
    expect(jar.header(url)).toBeNull();
    jar.store(url, 'k=1; Path=/');
    jar.store(url, 'k=; Path=/; Expires=Thu, 01 Jan 1970 00:00:01 GMT; Max-Age=0');
    expect(jar.header(url)).toBeNull();
  });

  it('should replace a cookie with the same name and path', () => {
    const jar = new CookieJar(() => 0);
    jar.store(url, 'x=old; Path=/');
    jar.store(url, 'x=new; Path=/');
    expect(jar.header(url)).toBe('x=new');
  });
});
