import { regenerateCsrfToken } from '../csrf';
import { saveFlow } from '../flows/flow';
import { createVerificationFlow, verificationStrategy } from '../flows/verification';
import { type Exchange, withQuery } from '../http';
import type { FlowRecord, IdentityRecord } from '../store';
import { resendNode } from '../strategies/code-nodes';
import type { ContinueWith } from '../types';

/**
 * hook.Verifier, which Kratos runs first after registration and after settings while verification is enabled: one
 * verification flow per address still to verify, already in `sent_email`, and its message sent. Returns the
 * `show_verification_ui` items for the origin flow's `continue_with`.
 */
export function runVerifier(ex: Exchange, origin: FlowRecord, identity: IdentityRecord): ContinueWith[] {
  const afterRegistration = origin.kind === 'registration' || origin.kind === 'login';
  const strategy = verificationStrategy(ex);
  const items: ContinueWith[] = [];
  for (const address of identity.verifiableAddresses) {
    // Registration skips verified addresses; settings only handles addresses that are new (still `pending`).
    if (afterRegistration ? address.verified : address.status !== 'pending') continue;
    // A new session starts after registration: Kratos binds the verification flow to a regenerated CSRF cookie.
    if (origin.type === 'browser' && afterRegistration) regenerateCsrfToken(ex);
    const flow = createVerificationFlow(ex, origin.type, {
      state: 'sent_email',
      returnTo: afterVerificationReturnTo(origin),
    });
    if (strategy.id === 'code' && address.via === 'email')
      flow.ui.nodes.push(resendNode('email', address.value));
    saveFlow(ex, flow);
    strategy.send(ex, flow, identity, address);
    const url =
      flow.type === 'browser' ? withQuery(ex.options.ui.verification, { flow: flow.id }) : undefined;
    items.push({
      action: 'show_verification_ui',
      flow: { id: flow.id, verifiable_address: address.value, ...(url ? { url } : {}) },
    });
  }
  return items;
}

/** verification.NewPostHookFlow: `after_verification_return_to` of the registration request becomes return_to. */
function afterVerificationReturnTo(origin: FlowRecord): string | undefined {
  try {
    return new URL(origin.requestUrl).searchParams.get('after_verification_return_to') ?? undefined;
  } catch {
    return undefined;
  }
}
