import { hasOwn, isRecord, nonEmptyString } from './guards';
import type { ContinueWith } from './types';

/** What to do after a success, from Kratos' `continue_with`. */
export type NextStep =
  | {
      kind: 'flow-ui';
      flowType: 'verification' | 'settings' | 'recovery';
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

const flowUiActions: Record<string, 'verification' | 'settings' | 'recovery'> = {
  show_verification_ui: 'verification',
  show_settings_ui: 'settings',
  show_recovery_ui: 'recovery',
};

/** The first item of `continue_with` this library can act on, in Kratos' order; unknown actions are skipped. */
export function nextStepFromContinueWith(
  continueWith: readonly ContinueWith[] | undefined,
  options: NextStepOptions = {},
): NextStep | undefined {
  const ignore = new Set(options.ignore ?? []);
  for (const item of continueWith ?? []) {
    const step = toStep(item);
    if (step && !ignore.has(step.kind)) return step;
  }
  return undefined;
}

function toStep(entry: ContinueWith): NextStep | undefined {
  if (!isRecord(entry) || typeof entry.action !== 'string') return undefined;
  const item: Record<string, unknown> = entry;
  const flowType = hasOwn(flowUiActions, entry.action) ? flowUiActions[entry.action] : undefined;
  if (flowType) {
    const flow = isRecord(item.flow) ? item.flow : undefined;
    const flowId = nonEmptyString(flow?.id);
    if (!flowId) return undefined;
    const step: NextStep = { kind: 'flow-ui', flowType, flowId };
    const url = nonEmptyString(flow?.url);
    if (url) step.url = url;
    const address = nonEmptyString(flow?.verifiable_address);
    if (address) step.verifiableAddress = address;
    return step;
  }
  if (item.action === 'redirect_browser_to') {
    const to = nonEmptyString(item.redirect_browser_to);
    return to ? { kind: 'redirect', to } : undefined;
  }
  if (item.action === 'set_ory_session_token') {
    const sessionToken = nonEmptyString(item.ory_session_token);
    return sessionToken ? { kind: 'token', sessionToken } : undefined;
  }
  return undefined;
}
