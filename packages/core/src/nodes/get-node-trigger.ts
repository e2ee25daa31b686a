import type { UiNode } from '../client/types';
import { isInputNode } from './guards';

/**
 * The window functions Kratos' WebAuthn script defines (x/webauthnx/js/trigger.go), new names first. Since
 * v1.3 the script also sets the `__ory*` aliases; before it (v1.0–v1.2) only the `__ory*` names existed.
 * Nothing outside this set is ever called, whatever a node says.
 */
export const webAuthnTriggerNames = [
  'oryWebAuthnLogin',
  'oryWebAuthnRegistration',
  'oryPasskeyLogin',
  'oryPasskeyLoginAutocompleteInit',
  'oryPasskeyRegistration',
  'oryPasskeySettingsRegistration',
] as const;

export type WebAuthnTriggerName = (typeof webAuthnTriggerNames)[number];

export interface NodeTrigger {
  /** The canonical (new) name, e.g. `oryWebAuthnLogin`. */
  name: WebAuthnTriggerName;
  /** The names to look up on `window`, in order: the one the node gave first, then its alias. */
  candidates: [string, string];
  /** Arguments parsed from a legacy `onclick` / `onload` string (JSON only); empty for triggers. */
  args: unknown[];
}

/** `oryX` or `__oryX` → the canonical `oryX`, or undefined when it is not a known WebAuthn function. */
export function toTriggerName(name: unknown): WebAuthnTriggerName | undefined {
  return webAuthnTriggerNames.find((known) => name === known || name === `__${known}`);
}

function makeTrigger(given: unknown, args: unknown[]): NodeTrigger | undefined {
  const name = toTriggerName(given);
  // The name as given first, then its alias (`__` added or removed).
  return name && { name, candidates: [given as string, given === name ? `__${name}` : name], args };
}

// `window.name(<json>)` with an optional `window.` and trailing `;`. The argument is only ever JSON.parse'd; a
// name that is not a known WebAuthn function is refused after the match.
const callPattern = /^\s*(?:window\s*\.\s*)?(\w+)\s*\((.*)\)\s*;?\s*$/s;

/**
 * Parses a legacy eval string such as `window.__oryWebAuthnLogin({"publicKey":{…}})` into a function name and
 * its JSON argument. Returns undefined for anything else (other functions, non-JSON arguments, several
 * statements): such strings are never run.
 */
export function parseLegacyTrigger(source: unknown): NodeTrigger | undefined {
  const match = typeof source === 'string' ? callPattern.exec(source) : null;
  if (!match) return undefined;
  const argument = match[2]?.trim();
  try {
    return makeTrigger(match[1], argument ? [JSON.parse(argument)] : []);
  } catch {
    return undefined;
  }
}

/**
 * What a node asks to run on click or on load: its `onclickTrigger` / `onloadTrigger` (v1.3+), else its
 * legacy `onclick` / `onload` string, parsed. Undefined when there is nothing (safe) to run.
 */
export function getNodeTrigger(node: UiNode, event: 'click' | 'load'): NodeTrigger | undefined {
  if (!isInputNode(node)) return undefined;
  const attributes = node.attributes as unknown as Record<string, unknown>;
  return makeTrigger(attributes[`on${event}Trigger`], []) ?? parseLegacyTrigger(attributes[`on${event}`]);
}
