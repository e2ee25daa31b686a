import { describe, expect, it } from 'vitest';
import { KRATOS } from './__fixtures__/kratos-responses';
import { safeLink, safeUrl } from './index';

const png =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

describe('safeUrl', () => {
  it.each([
    'https://example.com/path?q=1#x',
    'http://localhost:4433/self-service/login/browser',
    '/verification?flow=1',
    'settings',
    './a/b',
    '?flow=1',
    '#top',
  ])('should allow %s', (url) => {
    expect(safeUrl(url, { baseUrl: KRATOS })).toBe(url);
    expect(safeLink(url)).toBe(url);
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['javascript: in capitals', 'JavaScript:alert(1)'],
    ['javascript: with leading spaces', '  javascript:alert(1)'],
    ['javascript: split by a tab', 'java\tscript:alert(1)'],
    ['javascript: split by a newline', 'java\nscript:alert(1)'],
    ['a NUL byte', '\u0000javascript:alert(1)'],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['data:text/html', 'data:text/html,<script>alert(1)</script>'],
    ['data:image without allowData', png],
    ['protocol-relative', '//evil.example/x'],
    ['backslash protocol-relative', '\\\\evil.example'],
    ['slash-backslash', '/\\evil.example'],
    ['backslash-slash', '\\/evil.example'],
    ['file:', 'file:///etc/passwd'],
    ['mailto:', 'mailto:a@example.com'],
    ['an empty string', ''],
    ['a non-string', 42],
    ['http without a host', 'http://'],
  ])('should refuse %s', (_name, url) => {
    expect(safeUrl(url, { baseUrl: KRATOS })).toBeUndefined();
    expect(safeLink(url)).toBeUndefined();
  });

  it('should allow raster data:image URLs for images only', () => {
    expect(safeUrl(png, { baseUrl: KRATOS, allowData: 'image' })).toBe(png);
    expect(safeUrl('data:image/jpeg;base64,/9j/4AAQ', { allowData: 'image' })).toBe(
      'data:image/jpeg;base64,/9j/4AAQ',
    );
  });

  it('should refuse data:image URLs with control characters, as every other URL', () => {
    expect(safeUrl(`${png}\u0000`, { allowData: 'image' })).toBeUndefined();
    expect(safeLink(png)).toBeUndefined();
  });

  it('should refuse SVG and non-image data URLs even for images', () => {
    expect(safeUrl('data:image/svg+xml,<svg onload="alert(1)"/>', { allowData: 'image' })).toBeUndefined();
    expect(safeUrl('data:text/html;base64,PHNjcmlwdD4=', { allowData: 'image' })).toBeUndefined();
  });

  it('should only allow the Ory origin with sameOrigin, resolving relative URLs against it', () => {
    const options = { baseUrl: KRATOS, sameOrigin: true };
    expect(safeUrl(`${KRATOS}/.well-known/ory/webauthn.js`, options)).toBe(
      `${KRATOS}/.well-known/ory/webauthn.js`,
    );
    expect(safeUrl('/.well-known/ory/webauthn.js', options)).toBe(`${KRATOS}/.well-known/ory/webauthn.js`);
    expect(safeUrl('https://cdn.evil.example/webauthn.js', options)).toBeUndefined();
    expect(safeUrl(png, { ...options, allowData: 'image' })).toBeUndefined();
  });
});
