import { flowCsrfBinding, regenerateCsrfToken } from '../csrf';
import { HerodotError } from '../errors';
import { saveFlow } from '../flows/flow';
import { createRecoveryFlow, recoveryDefinition } from '../flows/recovery';
import { createSettingsFlow } from '../flows/settings';
import { type Exchange, errorResponse, jsonResponse, redirectResponse, withQuery } from '../http';
import { messages } from '../messages';
import { createSession, issueSessionCookie } from '../session';
import type { FlowRecord, IdentityRecord } from '../store';
import type { FlowType, UiText } from '../types';
import { findVerifiableAddress, markVerified } from './out-of-band';

/**
 * recoveryIssueSession (with continue_with transitions): the flow passes, a new aal1 session starts (cookie, or a
 * token for API flows), a settings flow carries 1060001 with the privileged window, and the client is sent there:
 * `continue_with: show_settings_ui` for JSON and API, a 303 to the settings UI for plain browsers.
 */
export function recoverAccount(
  ex: Exchange,
  flow: FlowRecord,
  identity: IdentityRecord,
  recoveredAddress: string,
  method: 'code_recovery' | 'link_recovery',
): Response {
  // The address just proved is verified too (markRecoveryAddressVerified).
  const verifiable = findVerifiableAddress(ex, recoveredAddress);
  if (verifiable && verifiable.identity.id === identity.id && !verifiable.address.verified) {
    markVerified(ex, verifiable.address);
  }
  delete flow.ui.messages;
  flow.state = 'passed_challenge';
  if (flow.type === 'browser') {
    regenerateCsrfToken(ex);
    flow.csrfToken = flowCsrfBinding(ex);
  }
  const session = createSession(ex, identity, method);
  const continueWith: Record<string, unknown>[] = [];
  if (flow.type === 'browser') issueSessionCookie(ex, session);
  else continueWith.push({ action: 'set_ory_session_token', ory_session_token: session.token });

  // The settings flow takes over the recovery request's return_to.
  const settings = createSettingsFlow(ex, flow.type, identity, {
    requestUrl: withReturnTo(`${ex.options.publicUrl}/self-service/settings/${flow.type}`, flow),
  });
  const now = ex.now();
  settings.ui.messages = [messages.recoverySuccess(now + ex.options.privilegedSessionMaxAgeMs, now)];
  saveFlow(ex, settings);
  const settingsUrl = withQuery(ex.options.ui.settings, { flow: settings.id });

  if (flow.type === 'browser' && !ex.isJsonRequest()) {
    saveFlow(ex, flow);
    return redirectResponse(settingsUrl);
  }
  continueWith.push({ action: 'show_settings_ui', flow: { id: settings.id, url: settingsUrl } });
  flow.continueWith = continueWith as FlowRecord['continueWith'];
  saveFlow(ex, flow);
  const body = recoveryDefinition.serialize(flow, ex);
  delete flow.continueWith;
  return jsonResponse(body);
}

function withReturnTo(url: string, flow: FlowRecord): string {
  const target = new URL(url);
  const returnTo = flow.returnTo ?? new URL(flow.requestUrl).searchParams.get('return_to');
  if (returnTo) target.searchParams.set('return_to', returnTo);
  return target.toString();
}

/**
 * retryRecoveryFlow (continue_with transitions): a fresh flow holds the message; JSON clients get the error with
 * `details.continue_with: [show_recovery_ui]`, browsers a 303 to the new flow.
 */
export function retryRecovery(
  ex: Exchange,
  type: FlowType,
  message: UiText,
  errorFor?: (replacementId: string) => HerodotError,
): Response {
  regenerateCsrfToken(ex);
  const replacement = createRecoveryFlow(ex, type);
  replacement.ui.messages = [message];
  saveFlow(ex, replacement);
  if (!ex.isJsonRequest() && type === 'browser') {
    return redirectResponse(withQuery(recoveryDefinition.uiUrl(ex), { flow: replacement.id }));
  }
  const base = errorFor?.(replacement.id) ?? new HerodotError(400, { reason: message.text });
  const withContinue = new HerodotError(
    base.code,
    {
      ...base.error,
      details: {
        ...base.error.details,
        continue_with: [{ action: 'show_recovery_ui', flow: { id: replacement.id } }],
      },
    },
    base.extra,
  );
  return errorResponse(withContinue);
}
