import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportCount } from '../../../../../test/support/report-count';
import type { UiText } from '../../client/types';
import { formatMessage } from '../format-message';
import type { LocaleModule, TranslationEntry } from '../types';
import de from './de';
import en from './en';
import es from './es';
import fr from './fr';
import ja from './ja';

// Kratos' message catalogue lives beside the checkout (../shared/kratos, never copied in); CI has it.
const messagesFile = resolve(import.meta.dirname, '../../../../../../shared/kratos/messages.tsv');
const available = existsSync(messagesFile);
if (!available) console.info(`[skip] ${messagesFile} not found: locale coverage is not checked.`);

interface CatalogueEntry {
  id: number;
  template: string;
  contextKeys: string[];
}

function readCatalogue(): CatalogueEntry[] {
  const [, ...rows] = readFileSync(messagesFile, 'utf8').trim().split('\n');
  return rows.map((row) => {
    const [id = '', , template = '', , , keys = ''] = row.split('\t');
    return { id: Number(id), template, contextKeys: keys ? keys.split(',') : [] };
  });
}

const locales: LocaleModule[] = [en, de, es, fr, ja];
const catalogue = available ? readCatalogue() : [];

const MINUTE = 60_000;
const at = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString().replace(/\.\d+Z$/, 'Z');
const unix = (offsetMs: number) => Math.floor((Date.now() + offsetMs) / 1000);

/** What Kratos puts in each context key, as realistic as the tests in its repository. */
function sampleValue(key: string): unknown {
  const samples: Record<string, unknown> = {
    provider: 'GitHub',
    provider_id: 'github',
    duplicateIdentifier: 'ada@example.com',
    duplicate_identifier: 'ada@example.com',
    newLoginUrl: 'https://auth.example.com/self-service/login/browser',
    new_login_url: 'https://auth.example.com/self-service/login/browser',
    available_credential_types: ['password', 'oidc'],
    available_providers: ['github', 'google'],
    available_oidc_providers: ['github', 'google'],
    credential_identifier_hint: 'ada@example.com',
    address: 'ada@example.com',
    channel: 'email',
    masked_address: 'a***@example.com',
    secret: 'xk3p-9q2m',
    used_at: at(-3 * MINUTE),
    used_at_unix: unix(-3 * MINUTE),
    secrets: [
      { id: 1050009, text: 'xk3p-9q2m', type: 'info', context: { secret: 'xk3p-9q2m' } },
      { id: 1050014, text: 'Secret was used at …', type: 'info', context: { used_at: at(-3 * MINUTE) } },
    ],
    display_name: 'YubiKey 5',
    added_at: at(-60 * MINUTE),
    added_at_unix: unix(-60 * MINUTE),
    privilegedSessionExpiresAt: at(15 * MINUTE),
    privileged_session_expires_at: at(15 * MINUTE),
    privileged_session_expires_at_unix: unix(15 * MINUTE),
    expired_at: at(-2 * MINUTE),
    expired_at_unix: unix(-2 * MINUTE),
    title: 'E-Mail',
    name: 'traits.email',
    reason: 'the account is locked',
    property: 'email',
    min_length: 8,
    max_length: 64,
    actual_length: 3,
    pattern: '^[a-z]+$',
    minimum: 18,
    maximum: 120,
    actual: 7,
    base: 5,
    max_items: 3,
    min_items: 1,
    actual_items: 4,
    index_a: 0,
    index_b: 2,
    allowed_types: ['string', 'number'],
    actual_type: 'boolean',
    expected: 'yes',
    breaches: 42,
    value: 'not-an-email',
  };
  if (!Object.hasOwn(samples, key)) throw new Error(`no sample for context key ${key}`);
  return samples[key];
}

function sampleContext(entry: CatalogueEntry): Record<string, unknown> {
  return Object.fromEntries(entry.contextKeys.map((key) => [key, sampleValue(key)]));
}

/** The context keys an entry reads: a template's placeholders, or what a function touches when called. */
function keysUsedBy(entry: TranslationEntry, context: Record<string, unknown>): Set<string> {
  if (typeof entry === 'string')
    return new Set([...entry.matchAll(/\{([^{}]+)\}/g)].map((match) => match[1] ?? ''));
  const used = new Set<string>();
  entry(
    new Proxy(context, {
      get(target, key) {
        if (typeof key === 'string') used.add(key);
        return Reflect.get(target, key);
      },
    }),
  );
  return used;
}

/** The server text carries a value (Go verbs or a `{…}` stand-in), so no translation may leave it out. */
const carriesValue = (template: string) => /%[-+#0-9.[\]]*[sdvqf]|\{/.test(template);

describe.skipIf(!available)('bundled locales', () => {
  it('should translate every Kratos message id in every locale', () => {
    expect(catalogue.length).toBeGreaterThan(150);
    for (const { locale, translations } of locales) {
      const missing = catalogue.filter(({ id }) => !Object.hasOwn(translations, id)).map(({ id }) => id);
      expect({ locale, missing }).toEqual({ locale, missing: [] });
      const extra = Object.keys(translations).filter(
        (id) => !catalogue.some((entry) => entry.id === Number(id)),
      );
      expect({ locale, extra }).toEqual({ locale, extra: [] });
    }
    const entries = catalogue.length * locales.length;
    reportCount(
      'locale-coverage',
      'locale coverage (ids × locales)',
      `${catalogue.length} ids × ${locales.length} locales = ${entries} entries, 100%`,
    );
  });

  it('should only use placeholders the message has in its context', () => {
    for (const entry of catalogue) {
      for (const { locale, translations } of locales) {
        const used = [...keysUsedBy(translations[entry.id] ?? '', sampleContext(entry))];
        const unknown = used.filter((key) => !entry.contextKeys.includes(key));
        expect({ id: entry.id, locale, unknown }).toEqual({ id: entry.id, locale, unknown: [] });
      }
    }
  });

  it('should carry the same values as the English text wherever the server text has one', () => {
    const checked = catalogue.filter((entry) => carriesValue(entry.template));
    expect(checked.length).toBeGreaterThan(40);
    for (const entry of checked) {
      const context = sampleContext(entry);
      const english = [...keysUsedBy(en.translations[entry.id] ?? '', context)].sort();
      expect({ id: entry.id, english: english.length > 0 }).toEqual({ id: entry.id, english: true });
      for (const { locale, translations } of locales) {
        const used = [...keysUsedBy(translations[entry.id] ?? '', context)].sort();
        expect({ id: entry.id, locale, used }).toEqual({ id: entry.id, locale, used: english });
      }
    }
  });

  it('should render every entry with a realistic context and leave nothing unfilled', () => {
    for (const entry of catalogue) {
      const message: UiText = {
        id: entry.id,
        text: 'SERVER TEXT',
        type: 'info',
        context: sampleContext(entry),
      };
      for (const { locale, translations } of locales) {
        const text = formatMessage(message, translations, { locale });
        // A throwing function entry falls back to the server text: that would hide a broken translation here.
        expect({ id: entry.id, locale, text }).not.toEqual({ id: entry.id, locale, text: 'SERVER TEXT' });
        expect({ id: entry.id, locale, text }).not.toEqual({ id: entry.id, locale, text: '' });
        expect({ id: entry.id, locale, text }).not.toEqual({
          id: entry.id,
          locale,
          text: expect.stringMatching(/[{}]|%[sdvq]|undefined|NaN|Invalid Date|\[object/),
        });
      }
    }
  });

  it('should format times, numbers and lists for the reader', () => {
    const render = (id: number, context: Record<string, unknown>, locale: LocaleModule) =>
      formatMessage({ id, text: '', type: 'error', context }, locale.translations, { locale: locale.locale });
    const expired = { expired_at: at(-2 * MINUTE), expired_at_unix: unix(-2 * MINUTE) };
    expect(render(4010001, expired, en)).toBe('The login flow expired 2 minutes ago, please try again.');
    expect(render(4010001, expired, de)).toBe(
      'Der Anmeldevorgang ist vor 2 Minuten abgelaufen. Bitte versuchen Sie es erneut.',
    );
    expect(render(4010001, expired, ja)).toBe(
      'ログインの有効期限が2 分前に切れました。もう一度お試しください。',
    );
    const privileged = { privileged_session_expires_at: at(15 * MINUTE - 1000) };
    expect(render(1060001, privileged, fr)).toContain('dans un délai de 15 minutes.');
    expect(render(4000032, { min_length: 1000, actual_length: 3 }, de)).toBe(
      'Das Passwort muss mindestens 1.000 Zeichen lang sein, hat aber nur 3.',
    );
    expect(render(4000026, { allowed_types: ['string', 'number'], actual_type: 'boolean' }, es)).toBe(
      'Se esperaba string o number, pero se recibió boolean.',
    );
    const usedAt = '2021-08-17T11:32:45Z';
    expect(render(1050014, { used_at: usedAt }, de)).toBe(
      `Verwendet am ${new Intl.DateTimeFormat('de', { dateStyle: 'medium', timeStyle: 'short' }).format(Date.parse(usedAt))}`,
    );
  });

  it('should fall back to the server text when a context lacks the time a function entry needs', () => {
    const message: UiText = {
      id: 4010001,
      text: 'The login flow expired 1.50 minutes ago',
      type: 'error',
      context: {},
    };
    for (const { translations } of locales) {
      expect(formatMessage(message, translations)).toBe('The login flow expired 1.50 minutes ago');
    }
  });
});
