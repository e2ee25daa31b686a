import { randomToken, sha256Hex } from '../crypto';
import { messages } from '../messages';
import type { UiText } from '../types';

// Kratos' DefaultPasswordValidator, offline: minimum length, similarity to the identifier, and — standing in for
// the haveibeenpwned lookup — a short list of the most breached passwords.
const MIN_IDENTIFIER_DISTANCE = 5;
const MAX_SHARED_SUBSTRING_RATIO = 0.5;
const BREACHED = new Map<string, number>([
  ['123456', 42_000_000],
  ['12345678', 3_000_000],
  ['123456789', 7_800_000],
  ['1234567890', 2_500_000],
  ['password', 9_500_000],
  ['password1', 2_400_000],
  ['password123', 2_100_000],
  ['qwerty123', 1_100_000],
  ['qwertyuiop', 1_000_000],
  ['11111111', 1_200_000],
  ['iloveyou', 1_600_000],
  ['abc12345', 400_000],
]);

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] ?? 0;
      row[j] = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length] ?? 0;
}

function longestCommonSubstring(a: string, b: string): number {
  let best = 0;
  const lengths = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    for (let j = b.length; j >= 1; j--) {
      lengths[j] = a[i - 1] === b[j - 1] ? (lengths[j - 1] ?? 0) + 1 : 0;
      best = Math.max(best, lengths[j] ?? 0);
    }
  }
  return best;
}

/** The message for the first rule the password breaks, or undefined when it passes. */
export function checkPassword(identifier: string, password: string, minLength: number): UiText | undefined {
  const length = [...password].length;
  if (length < minLength) return messages.passwordMinLength(minLength, length);
  if (identifier !== '') {
    const id = identifier.toLowerCase();
    const pw = password.toLowerCase();
    if (
      levenshtein(id, pw) < MIN_IDENTIFIER_DISTANCE ||
      longestCommonSubstring(id, pw) / pw.length > MAX_SHARED_SUBSTRING_RATIO
    ) {
      return messages.passwordTooSimilar();
    }
  }
  const breaches = BREACHED.get(password);
  if (breaches !== undefined) return messages.passwordBreached(breaches);
  return undefined;
}

export interface PasswordHash {
  salt: string;
  hash: string;
}

export async function hashPassword(password: string): Promise<PasswordHash> {
  const salt = randomToken();
  return { salt, hash: await sha256Hex(`${salt}:${password}`) };
}

export async function verifyPassword(password: string, stored: PasswordHash | undefined): Promise<boolean> {
  if (!stored) return false;
  return (await sha256Hex(`${stored.salt}:${password}`)) === stored.hash;
}
