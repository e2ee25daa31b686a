import { ValidationError } from '../errors';
import { refreshCsrfNode, submitFailure } from '../flows/flow';
import type { Body, Exchange } from '../http';
import { extractIdentityFields } from '../identity';
import { messages } from '../messages';
import { nodeName, removeNodes, resetMessages, submitNode, upsertNode } from '../nodes';
import { coerceFormTraits } from '../schema/identity-schema';
import { validateTraits } from '../schema/validate-traits';
import type { FlowRecord } from '../store';
import type { UiNode } from '../types';
import { StepCompleted } from './identifier-first';
import { keepTraitValues, populateTraitNodes } from './profile';
import { registrationStrategies } from './registration-strategies';

// Kratos' profile strategy with `selfservice.flows.registration.enable_legacy_one_step: false` (two steps, the
// default since v1.2): first the traits (method=profile), then the credentials with the traits hidden, and a
// `screen=previous` button to go back.

const isProfileSubmit = (node: UiNode) => nodeName(node) === 'method' && node.group === 'profile';
const isPreviousScreen = (node: UiNode) => nodeName(node) === 'screen' && node.group === 'profile';
const CREDENTIAL_GROUPS: UiNode['group'][] = ['password', 'code', 'webauthn', 'passkey'];
const isCredentialNode = (node: UiNode) => CREDENTIAL_GROUPS.includes(node.group);

function showProfileForm(ex: Exchange, flow: FlowRecord, traits?: unknown): void {
  removeNodes(flow.ui, (node) => isPreviousScreen(node) || isCredentialNode(node) || isProfileSubmit(node));
  // Upsert restores the visible input types that step 2 had turned into hidden ones.
  populateTraitNodes(ex, flow);
  for (const strategy of registrationStrategies(ex)) strategy.populateProfile?.(ex, flow);
  if (traits !== undefined) keepTraitValues(ex, flow, traits);
  flow.ui.nodes.push(submitNode('profile', 'profile', messages.registration()));
}

function showCredentialsForm(ex: Exchange, flow: FlowRecord, traits: unknown): void {
  removeNodes(flow.ui, isProfileSubmit);
  for (const node of flow.ui.nodes) {
    if (node.type === 'input' && node.group === 'default' && node.attributes.name.startsWith('traits.')) {
      node.attributes = { ...node.attributes, type: 'hidden' };
    }
  }
  upsertNode(flow.ui, submitNode('profile', 'previous', messages.registrationBack(), 'screen'));
  for (const strategy of registrationStrategies(ex)) strategy.populateCredentials(ex, flow);
  keepTraitValues(ex, flow, traits);
  flow.ui.messages = [messages.registrationChooseCredentials()];
}

export const profileFirst = {
  /** Step 1 at init: the traits and a "Sign up" (method=profile) button; no credential fields yet. */
  populateProfileStep(ex: Exchange, flow: FlowRecord): void {
    showProfileForm(ex, flow);
  },

  /** Handles `method=profile` (to step 2) and `screen=previous` (back to step 1); other bodies pass through. */
  async handleProfileStep(ex: Exchange, flow: FlowRecord, body: Body): Promise<void> {
    const screen = typeof body.screen === 'string' ? body.screen : '';
    if (body.method !== 'profile' && body.method !== 'profile:back' && screen === '') return;
    const schema = ex.options.identitySchema;
    const traits = ex.bodyIsForm ? coerceFormTraits(body.traits, schema) : (body.traits ?? {});
    resetMessages(flow.ui);

    if (screen === 'previous' || body.method === 'profile:back') {
      showProfileForm(ex, flow, traits);
      refreshCsrfNode(ex, flow);
      throw new StepCompleted();
    }

    const { fail, checkCsrf } = submitFailure(ex, flow, () => keepTraitValues(ex, flow, traits));
    flow.active = undefined;
    flow.state = 'choose_method';
    checkCsrf(body.csrf_token);
    const issues = validateTraits(traits, schema.properties?.traits ?? {});
    if (issues.length > 0) fail(new ValidationError(issues));
    if (extractIdentityFields(traits, schema).passwordIdentifiers.length === 0) {
      fail(ValidationError.global(messages.identifierMissing()));
    }
    showCredentialsForm(ex, flow, traits);
    refreshCsrfNode(ex, flow);
    throw new StepCompleted();
  },
};
