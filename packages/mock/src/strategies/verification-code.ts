import { sendMessage } from '../courier/courier';
import { deleteFlowSecrets, issueCode, useCode } from '../courier/one-time-secrets';
import { courierTemplates } from '../courier/templates';
import { flowCsrfBinding, maskedCsrfToken, regenerateCsrfToken } from '../csrf';
import { FlowExpiredError, ValidationError } from '../errors';
import { refreshCsrfNode, saveFlow } from '../flows/flow';
import { bodyString } from '../flows/out-of-band';
import { createVerificationFlow, verificationDefinition } from '../flows/verification';
import { type Exchange, errorResponse, redirectResponse, withQuery } from '../http';
import { messages } from '../messages';
import { csrfNode, findNode, setNodeValue, submitNode } from '../nodes';
import type { FlowRecord } from '../store';
import { addressInputNode, codeInputNode, hiddenMethodNode, resendNode } from './code-nodes';
import { findVerifiableAddress, requireAddress, type VerificationStrategy } from './out-of-band';
import { passVerification, retryVerification, TOO_OFTEN } from './verification-outcome';

/** Kratos' code strategy for verification: the courier sends a code, and a link that carries it. */
export const verificationByCode: VerificationStrategy = {
  id: 'code',

  populate(ex, flow) {
    if (flow.state === 'sent_email') {
      // HEAD's order: the hidden method (which the resend button relies on) before the code field.
      flow.ui.nodes = [
        hiddenMethodNode(),
        codeInputNode({ label: messages.labelVerificationCode(), autocomplete: 'one-time-code' }),
      ];
      flow.ui.messages = [messages.verificationCodeSent()];
    } else {
      flow.ui.nodes = [addressInputNode('code')];
    }
    flow.ui.nodes.push(submitNode('code', 'code', messages.labelContinue()));
    if (flow.type === 'browser') flow.ui.nodes.push(csrfNode(maskedCsrfToken(ex)));
  },

  send(ex, flow, identity, address) {
    const code = issueCode(ex, { flow, address: address.value, via: address.via, identityId: identity.id });
    const link = withQuery(`${ex.options.publicUrl}/self-service/verification`, { flow: flow.id, code });
    sendMessage(ex, { to: address.value, ...courierTemplates.verificationCode(code, link) });
    address.status = 'sent';
  },

  async submit(ex, flow, body) {
    const code = bodyString(body, 'code');
    const method = bodyString(body, 'method') || (code ? 'code' : '');
    if (method !== 'code') throw ValidationError.global(messages.verificationNoStrategy());
    if (flow.state === 'passed_challenge') {
      return retryVerification(ex, flow.type, messages.verificationRetrySuccess());
    }
    if (code)
      return ex.request.method === 'GET' ? openLink(ex, flow, code) : useVerificationCode(ex, flow, code);

    const email = requireAddress(ex, flow, body, 'code');
    deleteFlowSecrets(ex, flow.id);
    const known = findVerifiableAddress(ex, email);
    // Unknown addresses get the same answer and no message (notify_unknown_recipients is off by default).
    if (known) verificationByCode.send(ex, flow, known.identity, known.address);
    flow.state = 'sent_email';
    verificationByCode.populate(ex, flow);
    flow.ui.nodes.push(resendNode('email', email));
    return undefined;
  },
};

/** The link in the email (`GET ?flow=&code=`) prefills the code and opens the UI; the user still submits it. */
function openLink(ex: Exchange, flow: FlowRecord, code: string): Response {
  if (findNode(flow.ui, 'code')) setNodeValue(flow.ui, 'code', code);
  // The email may be opened in a browser without the flow's CSRF cookie: bind the flow to a fresh one.
  regenerateCsrfToken(ex);
  flow.csrfToken = flowCsrfBinding(ex);
  refreshCsrfNode(ex, flow);
  saveFlow(ex, flow);
  return redirectResponse(withQuery(ex.options.ui.verification, { flow: flow.id }));
}

function useVerificationCode(ex: Exchange, flow: FlowRecord, code: string): Response | undefined {
  const result = useCode(ex, flow, code);
  if (result.ok) {
    passVerification(ex, flow, result.secret.address);
    return undefined;
  }
  if (result.reason === 'invalid') {
    flow.ui.messages = [messages.verificationCodeInvalid()];
    return undefined;
  }
  if (result.reason === 'too_often')
    return retryVerification(ex, flow.type, messages.validationGeneric(TOO_OFTEN));
  // An expired code replaces the flow like an expired flow: 410 + use_flow_id, or a 303 to the new one.
  const expiresAt = result.expiresAt ?? ex.now();
  const replacement = createVerificationFlow(ex, flow.type, { requestUrl: flow.requestUrl });
  replacement.ui.messages = [messages.verificationFlowExpired(expiresAt, ex.now())];
  saveFlow(ex, replacement);
  if (!ex.isJsonRequest() && flow.type === 'browser') {
    return redirectResponse(withQuery(verificationDefinition.uiUrl(ex), { flow: replacement.id }));
  }
  return errorResponse(new FlowExpiredError(expiresAt, ex.now()).toHerodot(replacement.id));
}
