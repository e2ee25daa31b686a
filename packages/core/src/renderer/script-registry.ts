import { nonEmptyString } from '../client/guards';
import type { ScriptNode } from '../nodes/guards';
import type { ScriptStatus } from './types';

export interface Entry {
  status: Exclude<ScriptStatus, 'idle' | 'blocked'>;
  element: HTMLScriptElement;
  ready: Promise<ScriptStatus>;
}

/**
 * One entry per src for the page's lifetime: the WebAuthn script defines global functions, so it must run
 * once however many forms (or re-mounts, or StrictMode double effects) ask for it.
 */
const registry = new Map<string, Entry>();

/** The node's attributes the `<script>` takes as they are (empty ones skipped). */
const copiedAttributes = ['type', 'id', 'integrity', 'crossorigin', 'referrerpolicy'] as const;

/**
 * Appends the node's `<script>` to `<head>` with `src` (already checked: absolute, on the Ory origin, with an
 * integrity hash); a script that failed to load is forgotten, so a later mount may try again.
 */
function inject(src: string, { attributes, group }: ScriptNode, nonce: string | undefined): Entry {
  const element = document.createElement('script');
  const set = (name: string, value: unknown) => {
    const text = nonEmptyString(value);
    if (text) element.setAttribute(name, text);
  };
  // Attributes before src: the fetch starts when src is set and the element is connected.
  for (const name of copiedAttributes) set(name, attributes[name]);
  set('data-ory-node', 'script');
  set('data-ory-group', group);
  const scriptNonce = nonce ?? nonEmptyString(attributes.nonce);
  if (scriptNonce) element.nonce = scriptNonce;
  element.async = attributes.async !== false;
  element.src = src;
  const entry: Entry = {
    status: 'loading',
    element,
    ready: new Promise((resolve) => {
      element.addEventListener('load', () => {
        entry.status = 'loaded';
        resolve('loaded');
      });
      element.addEventListener('error', () => {
        entry.status = 'error';
        registry.delete(src);
        element.remove();
        resolve('error');
      });
    }),
  };
  document.head.appendChild(element);
  return entry;
}

/**
 * Loads a checked src once for a script node (adopting a `<script>` already in the document): its entry,
 * `loading` or `loaded`, whose `ready` tells how it ended. `nonce` (the app's) wins over the node's.
 */
export function loadScriptOnce(src: string, node: ScriptNode, nonce: string | undefined): Entry {
  let entry = registry.get(src);
  if (!entry) {
    const existing = Array.from(document.scripts).find((script) => script.src === src);
    entry = existing
      ? { status: 'loaded', element: existing, ready: Promise.resolve('loaded') }
      : inject(src, node, nonce);
    registry.set(src, entry);
  }
  return entry;
}

/** The current status of a src, for a synchronous first render. */
export function getScriptStatus(src: string): ScriptStatus {
  return registry.get(src)?.status ?? 'idle';
}

/** Tests only: forget every script (the elements stay where they are unless `removeElements`). */
export function resetScriptRegistry(removeElements = true): void {
  if (removeElements) for (const entry of registry.values()) entry.element.remove();
  registry.clear();
}
