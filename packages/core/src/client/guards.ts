import type { ContinueWith, Flow, KratosErrorEnvelope, Session } from './types';

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A self-service flow: anything with a `ui` container holding nodes. The id is not required because Kratos'
 * own fixtures strip it; every live flow has one.
 */
export function isFlowBody(body: unknown): body is Flow {
  return isRecord(body) && isRecord(body.ui) && Array.isArray(body.ui.nodes);
}

/** herodot's envelope `{ error: { message, id?, reason?, … }, …siblings }`. */
export function isErrorEnvelope(body: unknown): body is KratosErrorEnvelope {
  return isRecord(body) && isRecord(body.error) && !isFlowBody(body);
}

export function isSession(value: unknown): value is Session {
  return isRecord(value) && typeof value.id === 'string';
}

export function continueWithOf(value: unknown): ContinueWith[] | undefined {
  return Array.isArray(value)
    ? value.filter((item): item is ContinueWith => isRecord(item) && typeof item.action === 'string')
    : undefined;
}

/** `Object.hasOwn` is ES2022; older Hermes (React Native) engines lack it. */
export function hasOwn(object: object, key: string): boolean {
  // Not Object.prototype.hasOwnProperty.call: the linter rewrites that to the very Object.hasOwn this avoids.
  return Object.getOwnPropertyDescriptor(object, key) !== undefined;
}

export function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** `redirect_browser_to` sits top-level (422, 403) and, for session_aal2_required, also in `error.details`. */
export function redirectTarget(envelope: KratosErrorEnvelope): string | undefined {
  const details = envelope.error.details;
  return (
    nonEmptyString(envelope.redirect_browser_to) ??
    (isRecord(details) ? nonEmptyString(details.redirect_browser_to) : undefined)
  );
}
