import { sendMessage } from '../courier/courier';
import { CODE_LIFESPAN_MS, deleteFlowSecrets, issueCode, useCode } from '../courier/one-time-secrets';
import { courierTemplates } from '../courier/templates';
import { maskedCsrfToken } from '../csrf';
import { FlowExpiredError, ValidationError } from '../errors';
import { ensureCsrf } from '../flows/flow';
import { bodyString } from '../flows/out-of-band';
import { recoveryAlreadyLoggedIn } from '../flows/recovery';
import { type Exchange, errorResponse, redirectResponse } from '../http';
import { messages } from '../messages';
import { csrfNode, submitNode } from '../nodes';
import { fetchSession } from '../session';
import type { FlowRecord } from '../store';
import { addressInputNode, codeInputNode, hiddenMethodNode, resendNode } from './code-nodes';
import { findRecoveryAddress, type OutOfBandStrategy, requireAddress } from './out-of-band';
import { recoverAccount, retryRecovery } from './recovery-outcome';
import { TOO_OFTEN } from './verification-outcome';

/** Kratos' code strategy for recovery (Recovery V1): email → code → a privileged session and a settings flow. */
export const recoveryByCode: OutOfBandStrategy = {
  id: 'code',

  populate(ex, flow) {
    flow.ui.nodes = [
      ...(flow.type === 'browser' ? [csrfNode(maskedCsrfToken(ex))] : []),
      addressInputNode('code'),
      submitNode('code', 'code', messages.labelContinue()),
    ];
  },

  async submit(ex, flow, body) {
    // A CSRF violation abandons the flow before anything else is looked at.
    ensureCsrf(ex, flow, body.csrf_token);
    delete flow.ui.messages;
    const email = bodyString(body, 'email');
    if (flow.state !== 'choose_method' && email === '')
      return useRecoveryCode(ex, flow, bodyString(body, 'code'));
    if (fetchSession(ex).session) return alreadySignedIn(ex);
    if (bodyString(body, 'method') !== 'code') throw ValidationError.global(messages.recoveryNoStrategy());
    if (flow.state === 'passed_challenge') {
      return retryRecovery(ex, flow.type, messages.recoveryRetrySuccess());
    }
    const address = requireAddress(ex, flow, body, 'code');
    deleteFlowSecrets(ex, flow.id);
    const known = findRecoveryAddress(ex, address);
    // Unknown addresses get the same answer and no message (notify_unknown_recipients is off by default).
    if (known) {
      const code = issueCode(ex, {
        flow,
        address: known.address.value,
        via: 'email',
        identityId: known.identity.id,
      });
      const minutes = Math.round(CODE_LIFESPAN_MS / 60_000);
      sendMessage(ex, { to: known.address.value, ...courierTemplates.recoveryCode(code, minutes) });
    }
    showCodeForm(ex, flow, address);
    return undefined;
  },
};

/** The "code sent" form, rebuilt from scratch like Kratos' recoveryHandleFormSubmission. */
function showCodeForm(ex: Exchange, flow: FlowRecord, address: string): void {
  flow.state = 'sent_email';
  flow.active = 'code';
  flow.ui.messages = [messages.recoveryCodeSent()];
  flow.ui.nodes = [
    ...(flow.type === 'browser' ? [csrfNode(maskedCsrfToken(ex))] : []),
    codeInputNode({ label: messages.labelRecoveryCode(), digitsOnly: true, autocomplete: 'one-time-code' }),
    hiddenMethodNode(),
    submitNode('code', 'code', messages.labelContinue()),
    resendNode('email', address),
  ];
}

function alreadySignedIn(ex: Exchange): Response {
  if (ex.isJsonRequest()) return errorResponse(recoveryAlreadyLoggedIn());
  return redirectResponse(ex.options.defaultReturnTo);
}

function useRecoveryCode(ex: Exchange, flow: FlowRecord, code: string): Response | undefined {
  const result = useCode(ex, flow, code);
  if (result.ok) {
    const identity = result.secret.identityId ? ex.store.identities.get(result.secret.identityId) : undefined;
    if (!identity) throw ValidationError.global(messages.recoveryCodeInvalid());
    return recoverAccount(ex, flow, identity, result.secret.address, 'code_recovery');
  }
  if (result.reason === 'invalid') {
    // Not a flow error: the flow answers 200 with the message (Kratos' recoveryUseCode).
    flow.ui.messages = [messages.recoveryCodeInvalid()];
    return undefined;
  }
  if (result.reason === 'too_often')
    return retryRecovery(ex, flow.type, messages.validationGeneric(TOO_OFTEN));
  const expiresAt = result.expiresAt ?? ex.now();
  return retryRecovery(ex, flow.type, messages.recoveryFlowExpired(expiresAt, ex.now()), (replacementId) =>
    new FlowExpiredError(expiresAt, ex.now()).toHerodot(replacementId),
  );
}
