import { isRecord, nonEmptyString } from './guards';
import type { ContinueWith } from './types';

type FlowUiType = 'verification' | 'settings' | 'recovery';

/** What to do after a success, from Kratos' `continue_with`. */
export type NextStep =
  | {
      kind: 'flow-ui';
      flowType: FlowUiType;
      flowId: string;
      /** Kratos' UI URL for browser flows (absent for native ones). */
      url?: string;
      /** show_verification_ui: the address to verify. */
      verifiableAddress?: string;
    }
  | { kind: 'redirect'; to: string }
  | { kind: 'token'; sessionToken: string };

export interface NextStepOptions {
  /** Skip these kinds, e.g. `['token']` when the token is taken from the outcome's `sessionToken` already. */
  ignore?: readonly NextStep['kind'][];
}

/** `show_verification_ui`, `show_settings_ui`, `show_recovery_ui`: group 1 is the flow to show. */
const showFlowUi = /^show_(verification|settings|recovery)_ui$/;

/** The first item of `continue_with` this library can act on, in Kratos' order; unknown actions are skipped. */
export function nextStepFromContinueWith(
  continueWith: readonly ContinueWith[] | undefined,
  options: NextStepOptions = {},
): NextStep | undefined {
  for (const item of continueWith ?? []) {
    const step = isRecord(item) ? toStep(item) : undefined;
    if (step && !options.ignore?.includes(step.kind)) return step;
  }
  return undefined;
}

function toStep(item: Record<string, unknown>): NextStep | undefined {
  const { action } = item;
  if (action === 'redirect_browser_to') {
    const to = nonEmptyString(item.redirect_browser_to);
    return to ? { kind: 'redirect', to } : undefined;
  }
  if (action === 'set_ory_session_token') {
    const sessionToken = nonEmptyString(item.ory_session_token);
    return sessionToken ? { kind: 'token', sessionToken } : undefined;
  }
  const flowType = (typeof action === 'string' ? showFlowUi.exec(action)?.[1] : undefined) as
    | FlowUiType
    | undefined;
  // Reading a property of any JSON value but null is safe; only strings are kept.
  const flow = (item.flow ?? {}) as Record<string, unknown>;
  const flowId = nonEmptyString(flow.id);
  return flowType && flowId
    ? {
        kind: 'flow-ui',
        flowType,
        flowId,
        url: nonEmptyString(flow.url),
        verifiableAddress: nonEmptyString(flow.verifiable_address),
      }
    : undefined;
}
