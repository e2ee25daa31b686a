import { randomToken } from '../crypto';
import type { Exchange } from '../http';
import { inputNode } from '../nodes';
import type { FlowRecord, WebAuthnCredentialRecord } from '../store';
import type { UiInputNode, UiNodeGroup, UiScriptNode, UiText, WebAuthnTrigger } from '../types';
import { WEBAUTHN_SCRIPT_INTEGRITY, WEBAUTHN_SCRIPT_PATH } from '../webauthn/webauthn-script';
import { bytesOfBase64Url } from './webauthn-ceremony';

// The nodes the webauthn and passkey strategies share (x/webauthnx/nodes.go and the strategies' own).

/**
 * webauthnx.NewWebAuthnScript: the script, in group `webauthn` even for passkeys, with the integrity of the
 * served bytes and a fresh nonce (Kratos: 24 random alphanumerics) each time a form is built.
 */
export function webauthnScriptNode(ex: Exchange): UiScriptNode {
  return {
    type: 'script',
    group: 'webauthn',
    attributes: {
      src: `${ex.options.publicUrl}${WEBAUTHN_SCRIPT_PATH}`,
      async: true,
      referrerpolicy: 'no-referrer',
      crossorigin: 'anonymous',
      integrity: WEBAUTHN_SCRIPT_INTEGRITY,
      type: 'text/javascript',
      id: 'webauthn_script',
      nonce: randomToken().slice(0, 24),
      node_type: 'script',
    },
    messages: [],
    meta: {},
  };
}

/** Browser flows get the script; API (native) flows have no page to run it in. */
export function isBrowserFlow(flow: FlowRecord): boolean {
  return flow.type === 'browser';
}

/**
 * A button that runs a window function: `onclickTrigger` always, the deprecated `onclick` eval string only on
 * browser flows (with the JSON argument Kratos puts there for security keys).
 */
export function triggerButton(
  flow: FlowRecord,
  init: { name: string; group: UiNodeGroup; trigger: WebAuthnTrigger; label: UiText; value?: string },
): UiInputNode {
  const argument = init.value ?? '';
  return inputNode({
    name: init.name,
    type: 'button',
    group: init.group,
    ...(init.value !== undefined ? { value: init.value } : {}),
    onclickTrigger: init.trigger,
    ...(isBrowserFlow(flow) ? { onclick: `window.${init.trigger}(${argument})` } : {}),
    label: init.label,
  });
}

/** A hidden input, optionally with an `onloadTrigger` (and `onload` on browser flows). */
export function hiddenNode(
  flow: FlowRecord,
  init: { name: string; group: UiNodeGroup; value?: string; onload?: WebAuthnTrigger },
): UiInputNode {
  return inputNode({
    name: init.name,
    type: 'hidden',
    group: init.group,
    ...(init.value !== undefined ? { value: init.value } : {}),
    ...(init.onload ? { onloadTrigger: init.onload } : {}),
    ...(init.onload && isBrowserFlow(flow) ? { onload: `window.${init.onload}()` } : {}),
  });
}

/** Kratos names a credential in `*_remove` by `%x` of its raw id. */
export function credentialHex(credential: WebAuthnCredentialRecord): string {
  return [...bytesOfBase64Url(credential.id)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** One `*_remove` submit button per credential, labelled with its name and when it was added. */
export function removeButtons(
  name: 'passkey_remove' | 'webauthn_remove',
  credentials: WebAuthnCredentialRecord[],
  label: (credential: WebAuthnCredentialRecord) => UiText,
  disabled = false,
): UiInputNode[] {
  return credentials.map((credential) =>
    inputNode({
      name,
      type: 'submit',
      group: name === 'passkey_remove' ? 'passkey' : 'webauthn',
      value: credentialHex(credential),
      disabled,
      label: label(credential),
    }),
  );
}
