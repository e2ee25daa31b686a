import { describe, expect, it } from 'vitest';
import { expandDottedKeys, negotiate } from './http';

const OFFERS = ['text/html', 'application/json'];

describe('negotiate', () => {
  it('should prefer HTML unless JSON is asked for more specifically', () => {
    expect(negotiate(null, OFFERS, 'text/html')).toBe('text/html');
    expect(negotiate('*/*', OFFERS, 'text/html')).toBe('text/html');
    expect(negotiate('application/json', OFFERS, 'text/html')).toBe('application/json');
    expect(negotiate('application/json, text/plain, */*', OFFERS, 'text/html')).toBe('application/json');
    expect(negotiate('text/html,application/xhtml+xml,*/*;q=0.8', OFFERS, 'text/html')).toBe('text/html');
    expect(negotiate('application/json;q=0.5, text/html', OFFERS, 'text/html')).toBe('text/html');
  });
});

describe('expandDottedKeys', () => {
  it('should turn form-style names into nested traits', () => {
    expect(
      expandDottedKeys({ 'traits.email': 'a@b.co', 'traits.name.first': 'Ada', method: 'password' }),
    ).toEqual({
      traits: { email: 'a@b.co', name: { first: 'Ada' } },
      method: 'password',
    });
  });
});
