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

const legacyPrefix = '__';

/** `oryX` or `__oryX` → the canonical `oryX`, or undefined when it is not a known WebAuthn function. */
export function toTriggerName(name: unknown): WebAuthnTriggerName | undefined {
  if (typeof name !== 'string') return undefined;
  const canonical = name.startsWith(legacyPrefix) ? name.slice(legacyPrefix.length) : name;
  return (webAuthnTriggerNames as readonly string[]).includes(canonical)
    ? (canonical as WebAuthnTriggerName)
    : undefined;
}

function makeTrigger(given: string, args: unknown[]): NodeTrigger | undefined {
  const name = toTriggerName(given);
  if (!name) return undefined;
  const alias = given === name ? `${legacyPrefix}${name}` : name;
  return { name, candidates: [given, alias], args };
}

// `window.name(<json>)` with an optional `window.` and trailing `;`. The argument is only ever JSON.parse'd.
const callPattern = /^\s*(?:window\s*\.\s*)?([A-Za-z_$][\w$]*)\s*\(([\s\S]*)\)\s*;?\s*$/;

/**
 * Parses a legacy eval string such as `window.__oryWebAuthnLogin({"publicKey":{…}})` into a function name and
 * its JSON argument. Returns undefined for anything else (other functions, non-JSON arguments, several
 * statements): such strings are never run.
 */
export function parseLegacyTrigger(source: unknown): NodeTrigger | undefined {
  if (typeof source !== 'string') return undefined;
  const match = callPattern.exec(source);
  if (!match) return undefined;
  const [, fnName = '', rawArgs = ''] = match;
  const argSource = rawArgs.trim();
  if (argSource === '') return makeTrigger(fnName, []);
  try {
    return makeTrigger(fnName, [JSON.parse(argSource)]);
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
  const attributes = node.attributes;
  const trigger = event === 'click' ? attributes.onclickTrigger : attributes.onloadTrigger;
  if (typeof trigger === 'string' && trigger !== '') {
    const parsed = makeTrigger(trigger, []);
    if (parsed) return parsed;
  }
  return parseLegacyTrigger(event === 'click' ? attributes.onclick : attributes.onload);
}
