import { checkSessionAal } from '../aal';
import { HerodotError, PrivilegedSessionRequired, ValidationError } from '../errors';
import { runVerifier } from '../hooks/verifier';
import { type Body, type Exchange, errorResponse, jsonResponse, redirectResponse, withQuery } from '../http';
import { messages } from '../messages';
import { flowReturnTo, secureReturnTo } from '../return-to';
import { fetchSession, issueSessionCookie } from '../session';
import type { FlowRecord, IdentityRecord, SessionRecord } from '../store';
import { StrategyResponse } from '../strategies/strategy-response';
import { assertNotExpired, findFlow, requireFlowId, saveFlow, writeFlowError } from './flow';
import { bodyString } from './out-of-band';
import {
  identityMismatch,
  populateSettingsForm,
  SETTINGS_STRATEGIES,
  serializeSettingsFlow,
  settingsDefinition,
  settingsUnauthenticated,
} from './settings';
import { impliedSettingsMethod } from './settings-methods';
import { ReturnToUi, returnToUi } from './settings-return-to-ui';

interface Submitted {
  method: string;
  body: Body;
  resumed: boolean;
}

/**
 * settings.PrepareUpdate + continuity: a change paused for re-authentication is replayed when the browser comes
 * back to `/self-service/settings?flow=` (a GET, or a submit without a method); otherwise the body is the change.
 */
async function readSubmission(ex: Exchange, flow: FlowRecord): Promise<Submitted> {
  const body = await ex.body();
  // totp_unlink and the lookup_secret buttons submit without a `method`: their strategies claim them.
  const method = bodyString(body, 'method') || impliedSettingsMethod(body);
  const paused = flow.pausedSettings;
  if (paused && (ex.request.method === 'GET' || !method)) {
    return { method: paused.method, body: paused.body, resumed: true };
  }
  return { method, body, resumed: false };
}

/** `POST` (and `GET`) `/self-service/settings?flow=`: Handler.updateSettingsFlow. */
export async function submitSettings(ex: Exchange): Promise<Response> {
  const { session } = fetchSession(ex);
  if (!session) return settingsUnauthenticated(ex);
  let flow: FlowRecord;
  try {
    flow = findFlow(ex, 'settings', requireFlowId(ex));
  } catch (error) {
    const notFound = new HerodotError(404, {
      reason: 'The settings request could not be found. Please restart the flow.',
    });
    const known = error instanceof HerodotError && error.code === 404 ? notFound : error;
    return writeFlowError(ex, settingsDefinition, undefined, known);
  }
  // required_aal: JSON and API clients get 403 session_aal2_required, browsers the aal2 login (returning here).
  const aalError = checkSessionAal(
    ex.options,
    session,
    ex.store.identities.get(session.identityId),
    ex.options.settingsRequiredAal,
    `${ex.options.publicUrl}${ex.url.pathname}${ex.url.search}`,
  );
  if (aalError) {
    if (flow.type === 'api' || ex.isJsonRequest()) return errorResponse(aalError);
    return redirectResponse(String(aalError.extra.redirect_browser_to));
  }
  let submitted: Submitted | undefined;
  try {
    if (flow.identityId !== session.identityId) throw identityMismatch();
    assertNotExpired(ex, flow);
    submitted = await readSubmission(ex, flow);
    const strategy = SETTINGS_STRATEGIES.find((s) => s.id === submitted?.method);
    if (!strategy) throw ValidationError.global(messages.settingsNoStrategy());
    delete flow.pausedSettings;
    const { identity } = await strategy.update(ex, flow, session, submitted.body, submitted.resumed);
    return completeSettings(ex, flow, session, identity);
  } catch (error) {
    if (error instanceof PrivilegedSessionRequired) return reauthenticate(ex, flow, error, submitted);
    if (error instanceof ReturnToUi) return returnToUi(ex, settingsDefinition, flow);
    if (error instanceof StrategyResponse) return error.respond(ex, settingsDefinition, flow);
    return writeFlowError(ex, settingsDefinition, flow, error);
  }
}

/**
 * settings.ErrorHandler.reauthenticate: 403 `session_refresh_required` (JSON) or a 303 to a refresh login whose
 * return_to is this very submit URL; browser flows keep the change to replay it afterwards.
 */
function reauthenticate(
  ex: Exchange,
  flow: FlowRecord,
  error: PrivilegedSessionRequired,
  submitted: Submitted | undefined,
): Response {
  if (flow.type === 'browser' && submitted) {
    flow.pausedSettings = { method: submitted.method, body: submitted.body };
  }
  saveFlow(ex, flow);
  const login = new URL(`${ex.options.publicUrl}/self-service/login/browser`);
  login.searchParams.set('refresh', 'true');
  login.searchParams.set('return_to', `${ex.options.publicUrl}${ex.url.pathname}${ex.url.search}`);
  if (flow.type === 'api' || ex.isJsonRequest()) {
    return errorResponse(error.toHerodot(login.toString()));
  }
  return redirectResponse(login.toString());
}

/**
 * HookExecutor.PostSettingsHook: store the identity, rebuild the form with 1050001 in `state: success`, run the
 * verification hook for new addresses, then answer: the flow (API), the flow + `redirect_browser_to` (browser
 * JSON), or a 303 to return_to, which defaults to the settings UI with this flow.
 */
export function completeSettings(
  ex: Exchange,
  flow: FlowRecord,
  session: SessionRecord,
  identity: IdentityRecord,
): Response {
  const requested = flowReturnTo(flow);
  const returnTo = requested
    ? secureReturnTo(ex.options, requested)
    : withQuery(ex.options.ui.settings, { flow: flow.id });
  ex.store.identities.set(identity.id, identity);
  flow.state = 'success';
  populateSettingsForm(ex, flow, identity);
  flow.ui.messages = [messages.settingsSuccess()];
  const verification = runVerifier(ex, flow, identity);
  saveFlow(ex, flow);
  if (flow.type === 'browser') issueSessionCookie(ex, session);
  if (flow.type === 'browser' && !ex.isJsonRequest()) return redirectResponse(returnTo);
  // continue_with items are transient: they go out with this answer only.
  flow.continueWith =
    flow.type === 'api'
      ? verification
      : [...verification, { action: 'redirect_browser_to', redirect_browser_to: returnTo }];
  const body = serializeSettingsFlow(flow, ex);
  delete flow.continueWith;
  return jsonResponse(body);
}
