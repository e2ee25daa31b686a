const MOCK_URL = 'http://localhost:4433';

// Vite inlines VITE_* variables at build time; an empty value counts as unset.
const configured = import.meta.env.VITE_ORY_URL?.trim();

/** The Ory (Kratos public API) base URL the demo talks to, without a trailing slash. */
export const oryUrl: string = (configured || MOCK_URL).replace(/\/+$/, '');

/** True when the demo talks to the embedded mock rather than a live Ory project. */
export const usesMock: boolean = !configured;
