/**
 * Development-only warnings. Call sites write the check inline,
 *   `if (typeof process === 'object' && process.env.NODE_ENV !== 'production') devWarn(…)`,
 * because only an inline check lets an app's bundler (which replaces `process.env.NODE_ENV`) drop the call
 * and its message from production builds; where nothing replaces it (plain ESM in a browser) there is no
 * `process` and we stay quiet.
 */
const warned = new Set<string>();

/** Warns once per message. */
export function devWarn(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`[headless-ory] ${message}`);
}

/** Tests only: forget which messages were warned (a suite that warns thousands of times leaves no trace). */
export function resetDevWarnings(): void {
  warned.clear();
}
