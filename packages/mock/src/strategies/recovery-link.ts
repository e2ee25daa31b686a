import { sendMessage } from '../courier/courier';
import { deleteFlowSecrets, issueLinkToken, useLinkToken } from '../courier/one-time-secrets';
import { courierTemplates } from '../courier/templates';
import { ValidationError } from '../errors';
import { ensureCsrf } from '../flows/flow';
import { bodyString } from '../flows/out-of-band';
import { recoveryAlreadyLoggedIn } from '../flows/recovery';
import { type Exchange, errorResponse, redirectResponse, withQuery } from '../http';
import { messages } from '../messages';
import { fetchSession } from '../session';
import { findRecoveryAddress, type OutOfBandStrategy, requireAddress } from './out-of-band';
import { recoverAccount, retryRecovery } from './recovery-outcome';
import { linkForm } from './verification-link';

/** Kratos' link strategy for recovery: the courier sends `…/self-service/recovery?flow=&token=`. */
export const recoveryByLink: OutOfBandStrategy = {
  id: 'link',

  populate(ex, flow) {
    linkForm(ex, flow);
  },

  async submit(ex, flow, body) {
    // The link from the email is opened with a GET and no CSRF token.
    const token = ex.query('token') ?? bodyString(body, 'token');
    if (token) return useToken(ex, token);
    ensureCsrf(ex, flow, body.csrf_token);
    if (fetchSession(ex).session) {
      if (ex.isJsonRequest()) return errorResponse(recoveryAlreadyLoggedIn());
      return redirectResponse(ex.options.defaultReturnTo);
    }
    if (bodyString(body, 'method') !== 'link') throw ValidationError.global(messages.recoveryNoStrategy());
    if (flow.state === 'passed_challenge') {
      return retryRecovery(ex, flow.type, messages.recoveryRetrySuccess());
    }
    const address = requireAddress(ex, flow, body, 'link');
    deleteFlowSecrets(ex, flow.id);
    const known = findRecoveryAddress(ex, address);
    if (known) {
      const token = issueLinkToken(ex, {
        flow,
        address: known.address.value,
        via: 'email',
        identityId: known.identity.id,
      });
      const link = withQuery(`${ex.options.publicUrl}/self-service/recovery`, { flow: flow.id, token });
      sendMessage(ex, { to: known.address.value, ...courierTemplates.recoveryLink(link) });
    }
    flow.state = 'sent_email';
    linkForm(ex, flow, address);
    flow.ui.messages = [messages.recoveryLinkSent()];
    return undefined;
  },
};

/** recoveryUseToken: always a browser (the link was clicked); a bad token starts a new flow with 4060004. */
function useToken(ex: Exchange, token: string): Response {
  const secret = useLinkToken(ex, 'recovery', token);
  const flow = secret ? ex.store.flows.get(secret.flowId) : undefined;
  const identity = secret?.identityId ? ex.store.identities.get(secret.identityId) : undefined;
  if (!secret || !flow || !identity) return retryRecovery(ex, 'browser', messages.recoveryTokenInvalid());
  return recoverAccount(ex, flow, identity, secret.address, 'link_recovery');
}
