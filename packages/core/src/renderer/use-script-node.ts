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

/**
 * What to load for a script node, or why not: the src must be on `oryBaseUrl`'s origin (Kratos' own
 * `/.well-known/ory/webauthn.js`) and carry an integrity hash; anything else is refused.
 */
export function getScriptRequest(
  node: UiNode,
  options: { oryBaseUrl?: string | undefined; nonce?: string | undefined },
): { request: ScriptRequest } | { blocked: string } | undefined {
  if (!isScriptNode(node)) return undefined;
  const attributes = node.attributes;
  const rawSrc = text(attributes.src);
  if (!rawSrc) return undefined;
  // Why it was refused is only said in development (the message is dropped from production bundles).
  const dev = typeof process === 'object' && process.env.NODE_ENV !== 'production';
  if (!options.oryBaseUrl)
    return { blocked: dev ? `script ${rawSrc} not loaded: no oryBaseUrl to check its origin against` : '' };
  const src = safeUrl(rawSrc, { baseUrl: options.oryBaseUrl, sameOrigin: true });
  if (!src)
    return {
      blocked: dev ? `script ${rawSrc} not loaded: it is not on the Ory origin (${options.oryBaseUrl})` : '',
    };
  const integrity = text(attributes.integrity);
  // Kratos always sends one (sha512 of webauthn.js). Without a well-formed hash the browser would run whatever
  // the origin serves, so no hash, no script.
  if (!integrity || !sriHash.test(integrity))
    return { blocked: dev ? `script ${rawSrc} not loaded: it has no valid integrity hash` : '' };
  const absolute = new URL(src, options.oryBaseUrl).href;
  return {
    request: {
      src: absolute,
      async: typeof attributes.async === 'boolean' ? attributes.async : undefined,
      type: text(attributes.type),
      id: text(attributes.id),
      integrity,
      crossOrigin: text(attributes.crossorigin),
      referrerPolicy: text(attributes.referrerpolicy),
      nonce: options.nonce ?? text(attributes.nonce),
      group: text(node.group),
    },
  };
}

/**
 * Loads a script node (the WebAuthn / passkey script) once per src, only from the Ory origin, with its
 * integrity, crossorigin, referrerpolicy, nonce, async, type and id. Returns its status.
 */
export function useScriptNode(node: UiNode): ScriptStatus {
  const { oryBaseUrl, nonce } = useOryComponents();
  const [status, setStatus] = useState<ScriptStatus>(() => {
    const plan = getScriptRequest(node, { oryBaseUrl, nonce });
    if (!plan) return 'idle';
    return 'blocked' in plan ? 'blocked' : getScriptStatus(plan.request.src);
  });

  useEffect(() => {
    const plan = getScriptRequest(node, { oryBaseUrl, nonce });
    if (!plan) return setStatus('idle');
    if ('blocked' in plan) {
      if (typeof process === 'object' && process.env.NODE_ENV !== 'production') devWarn(plan.blocked);
      return setStatus('blocked');
    }
    let active = true;
    setStatus(getScriptStatus(plan.request.src) === 'loaded' ? 'loaded' : 'loading');
    loadScriptOnce(plan.request).then((next) => {
      if (active) setStatus(next);
    });
    return () => {
      active = false;
    };
  }, [node, oryBaseUrl, nonce]);

  return status;
}
