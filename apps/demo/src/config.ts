const MOCK_URL = 'http://localhost:4433';

// Vite inlines VITE_* variables at build time; an empty value counts as unset.
const configured = import.meta.env.VITE_ORY_URL?.trim();

/**
 * Development only: `?ory_url=http://localhost:<port>` points this tab at another local Kratos or mock (the
 * journeys start a mock with a controllable clock to expire flows). Loopback http URLs only, and never in a
 * production build: a link must not be able to send a deployed demo's passwords to somebody else's server.
 */
function devOverride(): string | undefined {
  if (!import.meta.env.DEV || typeof window === 'undefined') return undefined;
  const value = new URLSearchParams(window.location.search).get('ory_url');
  if (!value) return undefined;
  try {
    const url = new URL(value);
    const loopback = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
    return url.protocol === 'http:' && loopback && url.pathname === '/' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

const override = devOverride();

/** The Ory (Kratos public API) base URL the demo talks to, without a trailing slash. */
export const oryUrl: string = (override || configured || MOCK_URL).replace(/\/+$/, '');

/** True when the demo talks to the embedded mock rather than a live Ory project. */
export const usesMock: boolean = Boolean(override) || !configured;
