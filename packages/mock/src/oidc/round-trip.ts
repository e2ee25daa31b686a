import { browserLocationChangeRequired } from '../aal';
import { serializeCookie } from '../cookies';
import { randomToken } from '../crypto';
import { saveFlow } from '../flows/flow';
import { type Exchange, errorResponse, redirectResponse } from '../http';
import type { FlowRecord, OidcStateRecord } from '../store';
import { StrategyResponse } from '../strategies/strategy-response';
import { authorizeUrl } from './providers';

/** Kratos' continuity cookie: it binds the provider round trip to the browser that started it. */
export const CONTINUITY_COOKIE = 'ory_kratos_continuity';
const ROUND_TRIP_LIFESPAN_MS = 30 * 60_000;

/**
 * ContinuityManager.Pause + AuthCodeURL: remembers the flow and the posted traits under a fresh `state`,
 * binds it to this browser, and sends the browser to the provider — 422 `browser_location_change_required`
 * for JSON requests, a 303 for form posts.
 */
export function redirectToProvider(
  ex: Exchange,
  flow: FlowRecord,
  providerId: string,
  traits: unknown,
): StrategyResponse {
  const state = randomToken();
  ex.store.oidcStates.set(state, {
    state,
    flowId: flow.id,
    provider: providerId,
    ...(traits !== undefined ? { traits } : {}),
    createdAt: ex.now(),
  });
  ex.setCookies.push(
    serializeCookie(CONTINUITY_COOKIE, state, {
      maxAgeSeconds: ROUND_TRIP_LIFESPAN_MS / 1000,
      secure: ex.options.publicUrl.startsWith('https:'),
    }),
  );
  flow.active = 'oidc';
  const target = authorizeUrl(ex, providerId, state);
  return new StrategyResponse((exchange, _def, current) => {
    saveFlow(exchange, current);
    if (exchange.isJsonRequest()) return errorResponse(browserLocationChangeRequired(target));
    return redirectResponse(target);
  });
}

/** The round trip a callback's `state` names, while it is young enough. */
export function findRoundTrip(ex: Exchange, state: string): OidcStateRecord | undefined {
  const record = ex.store.oidcStates.get(state);
  if (!record || record.createdAt + ROUND_TRIP_LIFESPAN_MS <= ex.now()) return undefined;
  return record;
}
