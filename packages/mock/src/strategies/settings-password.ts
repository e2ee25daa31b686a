import { PrivilegedSessionRequired, ValidationError } from '../errors';
import { messages } from '../messages';
import { passwordNode, resetNodeValue, submitNode, upsertNode } from '../nodes';
import { isPrivileged } from '../session';
import { checkPassword, hashPassword } from './password-policy';
import { settingsFail } from './settings-guard';
import { showTraitValues } from './settings-profile';
import type { SettingsStrategy } from './strategy';

/** Kratos' password strategy in settings: a new password, only within the privileged session window. */
export const passwordSettings: SettingsStrategy = {
  id: 'password',
  group: 'password',

  populate(_ex, flow) {
    upsertNode(flow.ui, passwordNode('new-password'));
    flow.ui.nodes.push(submitNode('password', 'password', messages.labelSave()));
  },

  async update(ex, flow, session, body, resumed) {
    const identity = ex.store.identities.get(session.identityId);
    // The settings hook's error handler: traits show the stored values, the password is never echoed.
    const fail = settingsFail(ex, flow, body, resumed, () => {
      if (identity) showTraitValues(ex, flow, identity.traits);
      resetNodeValue(flow.ui, 'password');
    });
    // Kratos checks the window before it even looks at the password.
    if (!isPrivileged(ex, session)) return fail(new PrivilegedSessionRequired());
    const password = typeof body.password === 'string' ? body.password : '';
    if (password === '') return fail(ValidationError.field('password', messages.required('password')));
    if (!identity) return fail(ValidationError.global(messages.settingsNoStrategy()));
    for (const identifier of identity.passwordIdentifiers) {
      const problem = checkPassword(identifier, password, ex.options.passwordMinLength);
      if (problem) return fail(ValidationError.field('password', problem));
    }
    const updated = structuredClone(identity);
    updated.passwordHash = await hashPassword(password);
    updated.updatedAt = ex.now();
    return { identity: updated };
  },
};
