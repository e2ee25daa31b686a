import { ValidationError, type ValidationIssue } from '../errors';
import { submitFailure } from '../flows/flow';
import { messages } from '../messages';
import { inputNode, resetNodeValue, submitNode, upsertNode } from '../nodes';
import { requiredField, type SecondFactorStrategy } from './second-factor';
import { NOT_RESPONSIBLE } from './strategy';

// Kratos' lookup_secret strategy at login (selfservice/strategy/lookup/login.go): one of the backup codes as
// the second factor; each code works once.

export const lookupSecretLogin: SecondFactorStrategy = {
  id: 'lookup_secret',
  group: 'lookup_secret',

  populateSecondFactor(_ex, flow, identity) {
    if (!identity.lookupSecrets?.length) return;
    upsertNode(
      flow.ui,
      inputNode({
        name: 'lookup_secret',
        type: 'text',
        group: 'lookup_secret',
        value: '',
        required: true,
        label: messages.loginLookupLabel(),
      }),
    );
    flow.ui.nodes.push(submitNode('lookup_secret', 'lookup_secret', messages.loginLookup()));
  },

  async login(ex, flow, body, identity) {
    if (body.method !== 'lookup_secret') return NOT_RESPONSIBLE;
    // handleLoginError: the typed code never stays in the form.
    const { fail, checkCsrf } = submitFailure(ex, flow, () => resetNodeValue(flow.ui, 'lookup_secret'));
    const issues: ValidationIssue[] = [];
    const code = requiredField(body, 'lookup_secret', issues);
    if (issues.length > 0 || code === undefined) return fail(new ValidationError(issues));
    checkCsrf(body.csrf_token);
    const secrets = identity.lookupSecrets;
    if (!secrets?.length) return fail(ValidationError.global(messages.noLookup()));
    const match = secrets.findIndex((secret) => secret.code === code);
    if (match === -1) return fail(ValidationError.global(messages.lookupInvalid()));
    if (secrets[match]?.usedAt !== undefined)
      return fail(ValidationError.global(messages.lookupAlreadyUsed()));
    // Kratos stores the used mark (rounded to the second) before the session is upgraded.
    const updated = structuredClone(identity);
    const used = updated.lookupSecrets?.[match];
    if (used) used.usedAt = Math.round(ex.now() / 1000) * 1000;
    updated.updatedAt = ex.now();
    ex.store.identities.set(updated.id, updated);
    flow.active = 'lookup_secret';
    return updated;
  },
};
