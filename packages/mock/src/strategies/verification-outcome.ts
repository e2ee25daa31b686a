import { regenerateCsrfToken } from '../csrf';
import { replacedBy } from '../flows/out-of-band';
import { createVerificationFlow, verificationDefinition } from '../flows/verification';
import type { Exchange } from '../http';
import { messages } from '../messages';
import { anchorNode } from '../nodes';
import { flowReturnTo, secureReturnTo } from '../return-to';
import type { FlowRecord } from '../store';
import type { FlowType, UiText } from '../types';
import { findVerifiableAddress, markVerified } from './out-of-band';

export const TOO_OFTEN = 'The request was submitted too often. Please request another code.';

/**
 * The challenge is passed: the address is verified and the form becomes a `GET` to the continue URL with a
 * single "Continue" link (verification.Flow.ContinueURL: the flow's return_to, else the default return URL).
 */
export function passVerification(ex: Exchange, flow: FlowRecord, addressValue: string): void {
  const known = findVerifiableAddress(ex, addressValue);
  if (known) markVerified(ex, known.address);
  const returnTo = secureReturnTo(ex.options, flowReturnTo(flow));
  flow.state = 'passed_challenge';
  flow.ui = {
    method: 'GET',
    action: returnTo,
    nodes: [
      anchorNode('continue', returnTo, flow.active === 'link' ? 'link' : 'code', messages.labelContinue()),
    ],
    messages: [messages.verificationSuccess()],
  };
}

/**
 * retryVerificationFlowWithMessage: a fresh flow (bound to a regenerated CSRF cookie) carries the message; JSON
 * clients get 410 `self_service_flow_replaced`, browsers a 303 to it.
 */
export function retryVerification(ex: Exchange, type: FlowType, message: UiText): Response {
  regenerateCsrfToken(ex);
  const replacement = createVerificationFlow(ex, type);
  replacement.ui.messages = [message];
  return replacedBy(ex, verificationDefinition, replacement, 'An error occured, please use the new flow.');
}
