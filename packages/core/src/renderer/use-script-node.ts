import { useEffect, useState } from 'react';
import { nonEmptyString } from '../client/guards';
import { safeUrl } from '../client/safe-url';
import type { UiNode } from '../client/types';
import { isScriptNode, type ScriptNode } from '../nodes/guards';
import { useOryComponents } from './components-context';
import { devWarn } from './dev-warn';
import { getScriptStatus, loadScriptOnce } from './script-registry';
import type { ScriptStatus } from './types';

/** At least one well-formed SRI token: browsers ignore malformed ones and then load the script unchecked. */
const sriHash = /(?:^|\s)sha(?:256|384|512)-[A-Za-z0-9+/]+={0,2}(?:\?\S*)?(?=\s|$)/;

/**
 * The src to load for a script node, absolute: undefined when there is nothing to load, `false` when it is
 * refused. The src must be on `oryBaseUrl`'s origin (Kratos' own `/.well-known/ory/webauthn.js`) and the node
 * must carry an integrity hash.
 */
export function getScriptSrc(node: UiNode, oryBaseUrl: string | undefined): string | false | undefined {
  if (!isScriptNode(node)) return undefined;
  const { src: rawSrc, integrity } = node.attributes;
  if (!nonEmptyString(rawSrc)) return undefined;
  const src = oryBaseUrl && safeUrl(rawSrc, { baseUrl: oryBaseUrl, sameOrigin: true });
  // Kratos always sends one (sha512 of webauthn.js). Without a well-formed hash the browser would run whatever
  // the origin serves, so no hash, no script.
  return !!src && typeof integrity === 'string' && sriHash.test(integrity) && new URL(src, oryBaseUrl).href;
}

/** Development only (dropped from production bundles): why `getScriptSrc` refused a script node. */
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
  const { oryBaseUrl, nonce } = useOryComponents();
  const src = getScriptSrc(node, oryBaseUrl);
  // What the effect learnt about this src; before it has run, the registry's status (a script loaded by
  // another form is `loaded` at once).
  const [status, setStatus] = useState<ScriptStatus>();

  // biome-ignore lint/correctness/useExhaustiveDependencies: `src` is made from node and oryBaseUrl
  useEffect(() => {
    if (!src) {
      if (src === false && typeof process === 'object' && process.env.NODE_ENV !== 'production')
        devWarn(whyRefused(node, oryBaseUrl));
      // Forget an earlier src's status: it says nothing about the next one.
      return setStatus(undefined);
    }
    let active = true;
    // A src means a script node (getScriptSrc).
    const { status, ready } = loadScriptOnce(src, node as ScriptNode, nonce);
    setStatus(status);
    ready.then((next) => {
      if (active) setStatus(next);
    });
    return () => {
      active = false;
    };
  }, [node, oryBaseUrl, nonce]);

  return src ? (status ?? getScriptStatus(src)) : src === false ? 'blocked' : 'idle';
}
