import type { ScriptStatus } from './types';

/** The attributes a script node asks for, already checked (src is absolute and on the Ory origin). */
export interface ScriptRequest {
  src: string;
  async?: boolean;
  type?: string;
  id?: string;
  integrity?: string;
  crossOrigin?: string;
  referrerPolicy?: string;
  nonce?: string;
  group?: string;
}

interface Entry {
  status: Exclude<ScriptStatus, 'idle' | 'blocked'>;
  element: HTMLScriptElement;
  ready: Promise<ScriptStatus>;
}

/**
 * One entry per src for the page's lifetime: the WebAuthn script defines global functions, so it must run
 * once however many forms (or re-mounts, or StrictMode double effects) ask for it.
 */
const registry = new Map<string, Entry>();

function findExisting(src: string): HTMLScriptElement | undefined {
  for (const script of Array.from(document.scripts)) {
    if (script.src === src) return script;
  }
  return undefined;
}

function setIfGiven(element: HTMLScriptElement, attribute: string, value: string | undefined) {
  if (value) element.setAttribute(attribute, value);
}

/**
 * Appends `<script>` to `<head>` once per src (adopting one already in the document) and tells when it loaded.
 * A script that failed to load is forgotten, so a later mount may try again.
 */
export function loadScriptOnce(request: ScriptRequest): Promise<ScriptStatus> {
  const known = registry.get(request.src);
  if (known) return known.ready;

  const existing = findExisting(request.src);
  if (existing) {
    const entry: Entry = { status: 'loaded', element: existing, ready: Promise.resolve('loaded') };
    registry.set(request.src, entry);
    return entry.ready;
  }

  const element = document.createElement('script');
  // Attributes before src: the fetch starts when src is set and the element is connected.
  setIfGiven(element, 'type', request.type);
  setIfGiven(element, 'id', request.id);
  setIfGiven(element, 'integrity', request.integrity);
  setIfGiven(element, 'crossorigin', request.crossOrigin);
  setIfGiven(element, 'referrerpolicy', request.referrerPolicy);
  if (request.nonce) element.nonce = request.nonce;
  element.async = request.async !== false;
  element.setAttribute('data-ory-node', 'script');
  setIfGiven(element, 'data-ory-group', request.group);
  element.src = request.src;

  const ready = new Promise<ScriptStatus>((resolve) => {
    element.addEventListener('load', () => {
      entry.status = 'loaded';
      resolve('loaded');
    });
    element.addEventListener('error', () => {
      entry.status = 'error';
      registry.delete(request.src);
      element.remove();
      resolve('error');
    });
  });
  const entry: Entry = { status: 'loading', element, ready };
  registry.set(request.src, entry);
  document.head.appendChild(element);
  return ready;
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
