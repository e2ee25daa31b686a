/**
 * Locale-aware formatting of Kratos context values for the function entries of the bundled locales
 * (dates, "x minutes ago", durations, lists). Only the locale modules import this, so it never reaches the
 * main bundle. On a value that is not what Kratos sends (no date, no list) the helpers throw, and
 * formatMessage falls back to the server's text rather than showing "NaN" or "Invalid Date".
 */
export interface LocaleFormatters {
  /** An RFC 3339 string (or Unix seconds) as a medium date with a short time, in the user's time zone. */
  date(value: unknown): string;
  /** A past RFC 3339 time relative to now: "2 minutes ago", "vor 2 Minuten", "2 分前". */
  ago(value: unknown): string;
  /** The time left until an RFC 3339 time, in whole minutes (hours past two): "15 minutes", "15 Minuten". */
  timeLeft(value: unknown): string;
  /** Strings joined as the language lists them: "a, b and c" (conjunction) or "a, b or c" (disjunction). */
  list(value: unknown, type?: 'conjunction' | 'disjunction'): string;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/** Milliseconds since the epoch of an RFC 3339 string or Unix seconds (Kratos sends both). */
function toTime(value: unknown): number {
  const time =
    typeof value === 'number' ? value * SECOND : typeof value === 'string' ? Date.parse(value) : NaN;
  if (!Number.isFinite(time)) throw new RangeError(`not a time: ${String(value)}`);
  return time;
}

function toStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (!Array.isArray(value)) throw new TypeError('not a list');
  return value.map(String);
}

export function createLocaleFormatters(locale: string): LocaleFormatters {
  return {
    date: (value) =>
      new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(toTime(value)),
    ago(value) {
      const elapsed = Math.max(0, Date.now() - toTime(value));
      const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'always' });
      if (elapsed < MINUTE) return relative.format(-Math.round(elapsed / SECOND), 'second');
      if (elapsed < HOUR) return relative.format(-Math.round(elapsed / MINUTE), 'minute');
      if (elapsed < 48 * HOUR) return relative.format(-Math.round(elapsed / HOUR), 'hour');
      return relative.format(-Math.round(elapsed / (24 * HOUR)), 'day');
    },
    timeLeft(value) {
      const left = Math.max(0, toTime(value) - Date.now());
      // Rounded up: "within the next 15 minutes" must not promise more time than the server gives.
      const [amount, unit] =
        left < 2 * HOUR ? [Math.ceil(left / MINUTE), 'minute'] : [Math.floor(left / HOUR), 'hour'];
      return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(amount);
    },
    list: (value, type = 'conjunction') => new Intl.ListFormat(locale, { type }).format(toStrings(value)),
  };
}
