import { HerodotError, kratosErrors, PrivilegedSessionRequired, ValidationError } from '../errors';
import { type Exchange, isPlainObject } from '../http';
import { applyTraits, changesProtectedFields } from '../identity';
import { messages } from '../messages';
import { nodeName, setNodeValue, submitNode, upsertNode } from '../nodes';
import { coerceFormTraits, getTraitValue, listTraitPaths } from '../schema/identity-schema';
import { validateTraits } from '../schema/validate-traits';
import { isPrivileged } from '../session';
import type { FlowRecord } from '../store';
import { traitNodes } from './profile';
import { settingsFail } from './settings-guard';
import type { SettingsStrategy } from './strategy';

/** Sets the `traits.*` values of the profile form (container.UpdateNodeValuesFromJSON), resetting the rest. */
export function showTraitValues(ex: Exchange, flow: FlowRecord, traits: unknown): void {
  for (const path of listTraitPaths(ex.options.identitySchema)) {
    const node = flow.ui.nodes.find((n) => nodeName(n) === path.name && n.group === 'profile');
    if (node?.type !== 'input') continue;
    const { value: _previous, ...rest } = node.attributes;
    node.attributes = rest;
    const value = getTraitValue(traits, path);
    if (value !== undefined) setNodeValue(flow.ui, path.name, value);
  }
}

/** Kratos' profile strategy in settings: the traits form, validated by the identity schema. */
export const profileSettings: SettingsStrategy = {
  id: 'profile',
  group: 'profile',

  populate(ex, flow, identity) {
    for (const node of traitNodes(ex.options.identitySchema, 'profile')) upsertNode(flow.ui, node);
    showTraitValues(ex, flow, identity.traits);
    flow.ui.nodes.push(submitNode('profile', 'profile', messages.labelSave()));
  },

  async update(ex, flow, session, body, resumed) {
    const schema = ex.options.identitySchema;
    const traits = ex.bodyIsForm ? coerceFormTraits(body.traits, schema) : body.traits;
    // handleSettingsError: the form keeps what was typed.
    const fail = settingsFail(ex, flow, body, resumed, () => showTraitValues(ex, flow, traits));
    if (!isPlainObject(traits) || Object.keys(traits).length === 0) {
      return fail(new HerodotError(400, { reason: 'Did not receive any value changes.' }));
    }
    const issues = validateTraits(traits, schema.properties?.traits ?? {});
    if (issues.length > 0) return fail(new ValidationError(issues));
    const identity = ex.store.identities.get(session.identityId);
    if (!identity) return fail(kratosErrors.notFound());
    // identity.ErrProtectedFieldModified: identifiers and addresses need a privileged session.
    if (changesProtectedFields(identity, traits, schema) && !isPrivileged(ex, session)) {
      return fail(new PrivilegedSessionRequired());
    }
    const updated = structuredClone(identity);
    applyTraits(updated, traits, schema, ex.now());
    const others = [...ex.store.identities.values()].filter((i) => i.id !== identity.id);
    if (updated.passwordIdentifiers.some((id) => others.some((o) => o.passwordIdentifiers.includes(id)))) {
      return fail(ValidationError.global(messages.duplicateCredentials()));
    }
    return { identity: updated };
  },
};
