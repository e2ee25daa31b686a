import type { ScriptStatus } from './types';

/** A script node's request, already checked: src is absolute and on the Ory origin. */
export interface ScriptRequest {
  src: string;
  /** Set as given before src (type, id, integrity, crossorigin, referrerpolicy, the data attributes); empty ones skipped. */
  attributes: Record<string, string | undefined>;
  async: boolean;
  nonce: string | undefined;
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

/** Appends the `<script>` to `<head>`; a script that failed to load is forgotten, so a later mount may try again. */
function inject({ src, attributes, async, nonce }: ScriptRequest): Entry {
  const element = document.createElement('script');
  // Attributes before src: the fetch starts when src is set and the element is connected.
  for (const [name, value] of Object.entries(attributes)) if (value) element.setAttribute(name, value);
  if (nonce) element.nonce = nonce;
  element.async = async;
  element.src = src;
  const settle = (status: 'loaded' | 'error', resolve: (status: ScriptStatus) => void) => () => {
    entry.status = status;
    if (status === 'error') {
      registry.delete(src);
      element.remove();
    }
    resolve(status);
  };
  const entry: Entry = {
    status: 'loading',
    element,
    ready: new Promise((resolve) => {
      element.addEventListener('load', settle('loaded', resolve));
      element.addEventListener('error', settle('error', resolve));
    }),
  };
  document.head.appendChild(element);
  return entry;
}

/** Loads a src once (adopting a `<script>` already in the document) and tells when it loaded. */
export function loadScriptOnce(request: ScriptRequest): Promise<ScriptStatus> {
  let entry = registry.get(request.src);
  if (!entry) {
    const existing = Array.from(document.scripts).find((script) => script.src === request.src);
    entry = existing
      ? { status: 'loaded', element: existing, ready: Promise.resolve('loaded') }
      : inject(request);
    registry.set(request.src, entry);
  }
  return entry.ready;
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
