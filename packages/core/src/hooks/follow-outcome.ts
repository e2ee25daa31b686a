import {
  type ContinueWith,
  type FlowType,
  mapKratosUrlToRoute,
  nextStepFromContinueWith,
  type Outcome,
  safeLink,
} from '../client';
import { currentUrl, withQuery } from './navigate';
import type { OryContextValue } from './ory-context';

type Ory = Pick<OryContextValue, 'client' | 'routes' | 'navigate'>;

/** Kratos' browser-init URLs (…/self-service/login/browser?aal=aal2) as the app's routes (/login?aal=aal2). */
export function appRouteOf(ory: Pick<Ory, 'client' | 'routes'>, url: string): string {
  return mapKratosUrlToRoute(url, { baseUrl: ory.client.config.baseUrl, routes: ory.routes });
}

/**
 * Navigates to a Kratos URL, through the app's route when there is one. A target that is not http(s) or a path
 * (`javascript:`, `data:`, `//host`) is never followed: the home route instead.
 */
export function goTo(ory: Ory, url: string): void {
  const target = safeLink(url);
  ory.navigate(target ? appRouteOf(ory, target) : ory.routes.home);
}

/**
 * Kratos' step-up and re-authentication redirects carry no return_to unless the flow had one; without it the
 * user would land on the home route after the second factor instead of the page that asked for it.
 */
function stepUpReturnsHere(outcome: Extract<Outcome, { kind: 'redirect' }>): string {
  const here = currentUrl();
  if (
    !here ||
    (outcome.reason !== 'session_aal2_required' && outcome.reason !== 'session_refresh_required')
  ) {
    return outcome.to;
  }
  // Kratos builds these URLs itself (`…/self-service/login/browser?aal=aal2`): a query, never a fragment.
  return /[?&]return_to=/.test(outcome.to) ? outcome.to : withQuery(outcome.to, { return_to: here });
}

/** The outcomes that mean "this page cannot show a form": send the user where Kratos wants them. */
export function followAway(ory: Ory, flowType: FlowType, outcome: Outcome): void {
  const { routes, navigate } = ory;
  if (outcome.kind === 'redirect') goTo(ory, stepUpReturnsHere(outcome));
  // Signed in already: login/registration/recovery have nothing to do. A return_to from the URL is not trusted
  // here (Kratos did not vet it), so the user lands on the app's home route.
  else if (outcome.kind === 'already') navigate(routes.home);
  // Unauthorized. A second factor asked for without a session (session_aal1_required): a plain sign-in comes first.
  // Settings without a session: sign in first, then come back to this very page.
  else if (outcome.kind === 'unauthorized')
    navigate(flowType === 'login' ? routes.login : withQuery(routes.login, { return_to: currentUrl() }));
}

/**
 * After a successful submit: a flow UI from `continue_with` (verification, settings), else its redirect,
 * then the flow's own return_to (which Kratos validated), then the app's home route.
 */
export function followSuccess(
  ory: Ory,
  flowType: FlowType,
  continueWith: ContinueWith[],
  returnTo: string | undefined,
): void {
  // Settings stay on the page: the saved form shows 1050001 and the user may change more.
  if (flowType === 'settings') return;
  // A flow UI beats a redirect (see nextStepFromContinueWith). The session token (native) was handed over from
  // the outcome already.
  const step = nextStepFromContinueWith(continueWith, { ignore: ['token'] });
  if (step?.kind === 'flow-ui') ory.navigate(withQuery(ory.routes[step.flowType], { flow: step.flowId }));
  else if (step?.kind === 'redirect') goTo(ory, step.to);
  // Recovery and verification stay: their flow shows the result (or, for recovery, continue_with moved on).
  else if (flowType === 'login' || flowType === 'registration') goTo(ory, returnTo ?? ory.routes.home);
}
