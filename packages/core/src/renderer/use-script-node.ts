import { useEffect, useState } from 'react';
import { nonEmptyString as text } from '../client/guards';
import { safeUrl } from '../client/safe-url';
import type { UiNode } from '../client/types';
import { isScriptNode } from '../nodes/guards';
import { useOryComponents } from './components-context';
import { devWarn } from './dev-warn';
import { getScriptStatus, loadScriptOnce, type ScriptRequest } from './script-registry';
import type { ScriptStatus } from './types';

/** At least one well-formed SRI token: browsers ignore malformed ones and then load the script unchecked. */
const sriHash = /(?:^|\s)sha(?:256|384|512)-[A-Za-z0-9+/]+={0,2}(?:\?\S*)?(?=\s|$)/;

interface ScriptOptions {
  oryBaseUrl?: string | undefined;
  nonce?: string | undefined;
}

/**
 * What to load for a script node: undefined when there is nothing to load, `false` when it is refused. The src
 * must be on `oryBaseUrl`'s origin (Kratos' own `/.well-known/ory/webauthn.js`) and carry an integrity hash.
 */
export function getScriptRequest(
  node: UiNode,
  { oryBaseUrl, nonce }: ScriptOptions,
): ScriptRequest | false | undefined {
  if (!isScriptNode(node)) return undefined;
  const attributes = node.attributes;
  const rawSrc = text(attributes.src);
  if (!rawSrc) return undefined;
  const src = oryBaseUrl && safeUrl(rawSrc, { baseUrl: oryBaseUrl, sameOrigin: true });
  const integrity = text(attributes.integrity);
  // Kratos always sends one (sha512 of webauthn.js). Without a well-formed hash the browser would run whatever
  // the origin serves, so no hash, no script.
  if (!src || !integrity || !sriHash.test(integrity)) return false;
  return {
    src: new URL(src, oryBaseUrl).href,
    attributes: {
      type: text(attributes.type),
      id: text(attributes.id),
      integrity,
      crossorigin: text(attributes.crossorigin),
      referrerpolicy: text(attributes.referrerpolicy),
      'data-ory-node': 'script',
      'data-ory-group': text(node.group),
    },
    async: attributes.async !== false,
    nonce: nonce ?? text(attributes.nonce),
  };
}

/** Development only (dropped from production bundles): why `getScriptRequest` refused a script node. */
function whyRefused(node: UiNode, oryBaseUrl: string | undefined): string {
  const src = (node.attributes as { src?: unknown }).src;
  const reason = !oryBaseUrl
    ? 'no oryBaseUrl to check its origin against'
    : safeUrl(src, { baseUrl: oryBaseUrl, sameOrigin: true })
      ? 'it has no valid integrity hash'
      : `it is not on the Ory origin (${oryBaseUrl})`;
  return `script ${src} not loaded: ${reason}`;
}

/**
 * Loads a script node (the WebAuthn / passkey script) once per src, only from the Ory origin, with its
 * integrity, crossorigin, referrerpolicy, nonce, async, type and id. Returns its status.
 */
export function useScriptNode(node: UiNode): ScriptStatus {
  const options = useOryComponents();
  const { oryBaseUrl, nonce } = options;
  const [status, setStatus] = useState<ScriptStatus>(() => {
    const request = getScriptRequest(node, options);
    return request ? getScriptStatus(request.src) : request === false ? 'blocked' : 'idle';
  });

  useEffect(() => {
    const request = getScriptRequest(node, { oryBaseUrl, nonce });
    if (!request) {
      if (request === false && typeof process === 'object' && process.env.NODE_ENV !== 'production')
        devWarn(whyRefused(node, oryBaseUrl));
      return setStatus(request === false ? 'blocked' : 'idle');
    }
    let active = true;
    setStatus(getScriptStatus(request.src) === 'loaded' ? 'loaded' : 'loading');
    loadScriptOnce(request).then((next) => {
      if (active) setStatus(next);
    });
    return () => {
      active = false;
    };
  }, [node, oryBaseUrl, nonce]);

  return status;
}
