import { describe, expect, it } from 'vitest';
import { buildQuery, parseQuery, searchOf, splitUrl, withQuery, withSearch } from './url-parts';

describe('buildQuery', () => {
  it('should encode names and values and leave out undefined ones', () => {
    expect(buildQuery({ return_to: 'http://a/b?c=d&e', aal: 'aal2', none: undefined })).toBe(
      'return_to=http%3A%2F%2Fa%2Fb%3Fc%3Dd%26e&aal=aal2',
    );
    expect(buildQuery([['a', 'x y']])).toBe('a=x%20y');
    expect(buildQuery({})).toBe('');
  });
});

describe('parseQuery', () => {
  it('should decode like URLSearchParams#get, the first value winning', () => {
    const query = parseQuery('?return_to=%2Fback&q=a+b&flag&dup=1&dup=2&bad=%E0%A4%A');
    expect(query.get('return_to')).toBe('/back');
    expect(query.get('q')).toBe('a b');
    expect(query.get('flag')).toBe('');
    expect(query.get('dup')).toBe('1');
    expect(query.has('bad')).toBe(false);
  });
});

describe('withQuery', () => {
  it('should add encoded parameters to a route, keeping its own query but not a name it replaces', () => {
    expect(withQuery('/login', { return_to: 'http://a/b?c=d', aal: undefined })).toBe(
      '/login?return_to=http%3A%2F%2Fa%2Fb%3Fc%3Dd',
    );
    expect(withQuery('/auth?tab=1', { flow: 'f1' })).toBe('/auth?tab=1&flow=f1');
    expect(withQuery('/auth?flow=old&tab=1', { flow: 'new' })).toBe('/auth?tab=1&flow=new');
    expect(withQuery('/auth?tab=1', { none: undefined })).toBe('/auth?tab=1');
    expect(withQuery('/auth', {})).toBe('/auth');
  });
});

describe('withSearch', () => {
  it("should add a URL's query as it is, without decoding or re-encoding it", () => {
    expect(withSearch('/login', '?aal=aal2&return_to=%2Fback&q=a+b')).toBe(
      '/login?aal=aal2&return_to=%2Fback&q=a+b',
    );
    expect(withSearch('/auth?aal=aal1&tab=1', 'aal=aal2')).toBe('/auth?tab=1&aal=aal2');
    expect(withSearch('/login', '')).toBe('/login');
    expect(withSearch('/login', '?')).toBe('/login');
  });
});

describe('searchOf', () => {
  it("should return a URL's query as written, absolute or relative, without its fragment", () => {
    expect(searchOf('https://a.example/self-service/login/browser?aal=aal2&return_to=%2Fx#f')).toBe(
      '?aal=aal2&return_to=%2Fx',
    );
    expect(searchOf('/self-service/login/browser?refresh=true')).toBe('?refresh=true');
    expect(searchOf('https://a.example/path#frag?not-a-query')).toBe('');
    expect(searchOf('https://a.example/path')).toBe('');
    expect(searchOf(undefined)).toBe('');
  });
});

describe('splitUrl', () => {
  it('should split an absolute http(s) URL like URL does', () => {
    expect(splitUrl('HTTPS://Example.COM:443/a/b?c=1#d')).toEqual({
      origin: 'https://example.com',
      pathname: '/a/b',
      search: '?c=1',
    });
    expect(splitUrl('http://localhost:4433')).toEqual({
      origin: 'http://localhost:4433',
      pathname: '/',
      search: '',
    });
  });

  it('should take the host after userinfo and stop the host at a backslash, as browsers do', () => {
    expect(splitUrl('https://good.example@evil.example/x')?.origin).toBe('https://evil.example');
    expect(splitUrl('https://evil.example\\@good.example')).toMatchObject({
      origin: 'https://evil.example',
      pathname: '/@good.example',
    });
  });

  it('should stop the query at the fragment, which it never reads', () => {
    expect(splitUrl('https://a.example/p?q=1#x\ny')).toEqual({
      origin: 'https://a.example',
      pathname: '/p',
      search: '?q=1',
    });
  });

  it.each([
    '/relative',
    'javascript:alert(1)',
    'http://',
    'ftp://example.com',
    'http:example.com',
    'http://host:80@',
  ])('should refuse %s', (url) => {
    expect(splitUrl(url)).toBeUndefined();
  });
});
