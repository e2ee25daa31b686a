import { hasOwn } from '../client/guards';
import type { Translations } from './types';

/**
 * Kratos labels identity-schema fields (traits, and the login identifier) with message 1070002, whose text is
 * the schema's `title` and whose context is `{ title, name }` (`name` like `traits.email`).
 */
const SCHEMA_TITLE_ID = 1070002;

/**
 * Translations for the identity schema's field titles, keyed by field name (`traits.email`) or by the title
 * the schema gives (`E-Mail`); the name wins. Titles not listed stay as the schema wrote them. Spread it over a
 * locale: `{ ...de.translations, ...translateFieldTitles({ 'traits.email': 'E-Mail-Adresse' }) }`.
 */
export function translateFieldTitles(titles: Readonly<Record<string, string>>): Translations {
  const lookup = (key: unknown) => (typeof key === 'string' && hasOwn(titles, key) ? titles[key] : undefined);
  return {
    [SCHEMA_TITLE_ID]: (context) =>
      lookup(context.name) ??
      lookup(context.title) ??
      (typeof context.title === 'string' ? context.title : ''),
  };
}
