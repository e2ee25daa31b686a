import { continueWithToken, isRecord, nonEmptyString } from './guards';
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

/**
 * The step to take after a success: a flow UI first (verify the new address, set a password after recovery) —
 * Kratos lists its default redirect_browser_to before show_verification_ui for browser registrations, and
 * following the redirect would skip verification — then the first other actionable item in Kratos' order.
 * Unknown actions and malformed items are skipped.
 */
export function nextStepFromContinueWith(
  continueWith: readonly ContinueWith[] | undefined,
  options: NextStepOptions = {},
): NextStep | undefined {
  const steps = (continueWith ?? [])
    .map((item) => (isRecord(item) ? toStep(item) : undefined))
    .filter((step): step is NextStep => !!step && !options.ignore?.includes(step.kind));
  return steps.find((step) => step.kind === 'flow-ui') ?? steps[0];
}

function toStep(item: Record<string, unknown>): NextStep | undefined {
  const { action } = item;
  const to = action === 'redirect_browser_to' ? nonEmptyString(item.redirect_browser_to) : undefined;
  if (to) return { kind: 'redirect', to };
  const sessionToken = continueWithToken(item);
  if (sessionToken) return { kind: 'token', sessionToken };
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
