import { afterAll, describe, expect, it } from 'vitest';
import { reportCount } from '../../../../../test/support/report-count';
import { defaultTexts, type OryTexts } from '../texts';
import de from './de';
import en from './en';
import es from './es';
import fr from './fr';
import ja from './ja';

// The client's failures are the only texts English leaves unset (its own messages are English and more specific).
const clientErrorKeys = [
  'networkError',
  'timeoutError',
  'abortedError',
  'invalidResponseError',
  'restartFailedError',
];
const allKeys = [...Object.keys(defaultTexts), ...clientErrorKeys].sort();
const translated = { de, es, fr, ja };

/** A text as a reader sees it: functions called with realistic values. */
function render(texts: Partial<OryTexts>, key: string): unknown {
  const text = texts[key as keyof OryTexts];
  return typeof text === 'function' ? text(404, 'Not Found') : text;
}

// Words that are the same in English and in the language, so not a forgotten translation.
const sameAsEnglish: Record<string, string[]> = {
  de: ['settingsPasskey'],
  es: ['errorCode'],
  fr: [],
  ja: [],
};

const covered = new Set<string>();
afterAll(() => {
  const locales = Object.keys(translated).length;
  reportCount(
    'texts-coverage',
    'library texts coverage (keys × translated locales)',
    `${allKeys.length} keys × ${covered.size} of ${locales} locales${covered.size === locales ? ', 100%' : ''}`,
  );
});

describe('bundled locales’ texts', () => {
  it('should give English the defaults', () => {
    expect(en.texts).toBe(defaultTexts);
  });

  it.each(Object.entries(translated))(
    'should cover every OryTexts key in %s, and nothing else',
    (_tag, locale) => {
      expect(Object.keys(locale.texts).sort()).toEqual(allKeys);
    },
  );

  it.each(Object.entries(translated))('should translate every text into %s', (tag, locale) => {
    for (const key of allKeys) {
      const text = render(locale.texts, key);
      expect({ key, text }).toEqual({ key, text: expect.stringMatching(/\S/) });
      expect({ key, text }).not.toEqual({ key, text: expect.stringMatching(/undefined|NaN|\{|\}/) });
      if (key in defaultTexts && !sameAsEnglish[tag]?.includes(key)) {
        expect({ key, text }).not.toEqual({ key, text: render(defaultTexts, key) });
      }
    }
    covered.add(tag);
  });

  it('should put the HTTP code, and the status when there is one, into the error code', () => {
    expect(defaultTexts.errorCode(404, 'Not Found')).toBe('Error 404 (Not Found)');
    expect(de.texts.errorCode(500)).toBe('Fehler 500');
    expect(ja.texts.errorCode(404, 'Not Found')).toBe('エラー 404（Not Found）');
  });
});
