import { sendMessage } from '../courier/courier';
import { deleteFlowSecrets, issueLinkToken, useLinkToken } from '../courier/one-time-secrets';
import { courierTemplates } from '../courier/templates';
import { maskedCsrfToken } from '../csrf';
import { ValidationError } from '../errors';
import { saveFlow } from '../flows/flow';
import { bodyString } from '../flows/out-of-band';
import { verificationDefinition } from '../flows/verification';
import { type Exchange, redirectResponse, withQuery } from '../http';
import { messages } from '../messages';
import { csrfNode, submitNode } from '../nodes';
import type { FlowRecord } from '../store';
import { addressInputNode } from './code-nodes';
import { findVerifiableAddress, requireAddress, type VerificationStrategy } from './out-of-band';
import { passVerification, retryVerification } from './verification-outcome';

/** Kratos' link strategy for verification: the courier sends `…/self-service/verification?flow=&token=`. */
export const verificationByLink: VerificationStrategy = {
  id: 'link',

  populate(ex, flow) {
    linkForm(ex, flow);
    if (flow.state === 'sent_email') flow.ui.messages = [messages.verificationLinkSent()];
  },

  send(ex, flow, identity, address) {
    const token = issueLinkToken(ex, {
      flow,
      address: address.value,
      via: address.via,
      identityId: identity.id,
    });
    const link = withQuery(`${ex.options.publicUrl}/self-service/verification`, { flow: flow.id, token });
    sendMessage(ex, { to: address.value, ...courierTemplates.verificationLink(link) });
    address.status = 'sent';
  },

  async submit(ex, flow, body) {
    const token = ex.query('token') ?? bodyString(body, 'token');
    if (token) return clickLink(ex, token);
    if (bodyString(body, 'method') !== 'link')
      throw ValidationError.global(messages.verificationNoStrategy());
    if (flow.state === 'passed_challenge') {
      return retryVerification(ex, flow.type, messages.verificationRetrySuccess());
    }
    const email = requireAddress(ex, flow, body, 'link');
    deleteFlowSecrets(ex, flow.id);
    const known = findVerifiableAddress(ex, email);
    if (known) verificationByLink.send(ex, flow, known.identity, known.address);
    flow.state = 'sent_email';
    linkForm(ex, flow, email);
    flow.ui.messages = [messages.verificationLinkSent()];
    return undefined;
  },
};

/** The link strategy's form: the CSRF node first, then the address (with what was typed) and the button. */
export function linkForm(ex: Exchange, flow: FlowRecord, email?: string): void {
  flow.ui.nodes = [
    ...(flow.type === 'browser' ? [csrfNode(maskedCsrfToken(ex))] : []),
    addressInputNode('link', email),
    submitNode('link', 'link', messages.labelContinue()),
  ];
}

/** The link was opened (always in a browser): a valid token verifies its address; a bad one starts over. */
function clickLink(ex: Exchange, token: string): Response {
  const secret = useLinkToken(ex, 'verification', token);
  const flow = secret ? ex.store.flows.get(secret.flowId) : undefined;
  if (!secret || !flow) return retryVerification(ex, 'browser', messages.verificationTokenInvalid());
  passVerification(ex, flow, secret.address);
  saveFlow(ex, flow);
  return redirectResponse(withQuery(verificationDefinition.uiUrl(ex), { flow: flow.id }));
}
