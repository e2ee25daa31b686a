import type { ContinueWith, Flow, KratosErrorEnvelope, Session } from './types';

// One-expression guards are arrow constants: they minify to less than function declarations.

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A self-service flow: anything with a `ui` container holding nodes. The id is not required because Kratos'
 * own fixtures strip it; every live flow has one.
 */
export const isFlowBody = (body: unknown): body is Flow =>
  isRecord(body) && isRecord(body.ui) && Array.isArray(body.ui.nodes);

/** herodot's envelope `{ error: { message, id?, reason?, … }, …siblings }`. */
export const isErrorEnvelope = (body: unknown): body is KratosErrorEnvelope =>
  isRecord(body) && isRecord(body.error) && !isFlowBody(body);

export const isSession = (value: unknown): value is Session =>
  isRecord(value) && typeof value.id === 'string';

/** The well-formed items of `continue_with` (none when it is missing or not a list). */
export const continueWithOf = (value: unknown): ContinueWith[] =>
  Array.isArray(value)
    ? value.filter((item): item is ContinueWith => isRecord(item) && typeof item.action === 'string')
    : [];

/** The session token a `continue_with` item hands over (`set_ory_session_token`), if it is such an item. */
export const continueWithToken = (item: Record<string, unknown>): string | undefined =>
  item.action === 'set_ory_session_token' ? nonEmptyString(item.ory_session_token) : undefined;

/**
 * `Object.hasOwn` is ES2022; older Hermes (React Native) engines lack it. Not
 * Object.prototype.hasOwnProperty.call: the linter rewrites that to the very Object.hasOwn this avoids.
 */
export const hasOwn = (object: object, key: string): boolean =>
  Object.getOwnPropertyDescriptor(object, key) !== undefined;

export const nonEmptyString = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;

/** `redirect_browser_to` sits top-level (422, 403) and, for session_aal2_required, also in `error.details`. */
// Reading a property of any JSON value but null is safe; only strings are kept.
export const redirectTarget = (envelope: KratosErrorEnvelope | undefined): string | undefined =>
  nonEmptyString(envelope?.redirect_browser_to) ??
  nonEmptyString((envelope?.error.details as Record<string, unknown> | undefined)?.redirect_browser_to);
