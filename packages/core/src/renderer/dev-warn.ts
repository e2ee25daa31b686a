/**
 * Development-only warnings. Bundlers replace `process.env.NODE_ENV`; where nothing does (plain ESM in a
 * browser), reading `process` throws and we stay quiet.
 */
function isDevelopment(): boolean {
  try {
    return process.env.NODE_ENV !== 'production';
  } catch {
    return false;
  }
}

const warned = new Set<string>();

/** Warns once per message, in development only. */
export function devWarn(message: string): void {
  if (!isDevelopment() || warned.has(message)) return;
  warned.add(message);
  console.warn(`[headless-ory] ${message}`);
}
