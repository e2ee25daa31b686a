import { describe, expect, it } from 'vitest';
import { CLIENT_ERROR_IDS, OryClientError } from '../client';
import { formatError } from './format-error';
import de from './locales/de';
import { defaultTexts } from './texts';

const networkFailure = new OryClientError(
  'Could not reach the server. Check your connection and try again.',
  {
    status: 0,
    id: CLIENT_ERROR_IDS.network,
  },
);

describe('formatError', () => {
  it('should say the client’s own failures in the texts’ language, by their id', () => {
    expect(formatError(networkFailure, de.texts)).toBe(de.texts.networkError);
    const timeout = new OryClientError(
      'The server did not answer in time. Check your connection and try again.',
      {
        status: 0,
        id: CLIENT_ERROR_IDS.timeout,
      },
    );
    expect(formatError(timeout, de.texts)).toBe(de.texts.timeoutError);
  });

  it('should keep the client’s own English message under the English defaults', () => {
    expect(formatError(networkFailure, defaultTexts)).toBe(
      'Could not reach the server. Check your connection and try again.',
    );
  });

  it('should show a Kratos reason as it came, whatever its id', () => {
    const refused = new OryClientError('This account was disabled.', {
      status: 400,
      id: 'identity_disabled',
    });
    expect(formatError(refused, de.texts)).toBe('This account was disabled.');
    // An id a server chose can't reach the object's prototype.
    const odd = new OryClientError('Odd.', { status: 400, id: 'constructor' });
    expect(formatError(odd, de.texts)).toBe('Odd.');
  });

  it('should fall back to the texts’ words for a failure without a message', () => {
    expect(formatError(null, de.texts)).toBe('Ein Fehler ist aufgetreten.');
    expect(formatError(new Error(''), defaultTexts)).toBe('Something went wrong.');
    expect(formatError('', defaultTexts)).toBe('Something went wrong.');
    expect(formatError('Bitte später erneut versuchen.', defaultTexts)).toBe(
      'Bitte später erneut versuchen.',
    );
  });
});
