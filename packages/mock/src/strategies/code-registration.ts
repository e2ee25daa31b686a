import { sendMessage } from '../courier/courier';
import { CODE_LIFESPAN_MS, deleteFlowSecrets, issueCode, useCode } from '../courier/one-time-secrets';
import { courierTemplates } from '../courier/templates';
import { ValidationError } from '../errors';
import { refreshCsrfNode, submitFailure } from '../flows/flow';
import { bodyString } from '../flows/out-of-band';
import { type Body, type Exchange, isPlainObject } from '../http';
import { newIdentity } from '../identity';
import { messages } from '../messages';
import { inputNode, nodeName, removeNodes, submitNode, upsertNode } from '../nodes';
import { coerceFormTraits, getTraitValue, listTraitPaths } from '../schema/identity-schema';
import { validateTraits } from '../schema/validate-traits';
import type { FlowRecord, IdentityRecord } from '../store';
import type { UiNode } from '../types';
import { type CodeAddress, codeAddresses } from './code-addresses';
import { resendCodeButton } from './code-login';
import { codeInputNode, hiddenMethodNode } from './code-nodes';
import { markVerified } from './out-of-band';
import { keepTraitValues } from './profile';
import { NOT_RESPONSIBLE, type RegistrationStrategy } from './strategy';
import { showFlowAsIs } from './strategy-response';
import { TOO_OFTEN } from './verification-outcome';

// Kratos' code strategy for registration (passwordless): the traits are validated and a code goes to every
// code address (state `sent_email`, 400 + flow); the traits come back with the code and must not have changed.

class TraitsChanged extends Error {}

const sendCodeButton = () => submitNode('code', 'code', messages.registrationCode());

/** The two-step registration's way back from the code form to the credential choice. */
const credentialSelectionButton = () =>
  inputNode({
    name: 'screen',
    type: 'submit',
    group: 'profile',
    value: 'credential-selection',
    label: messages.registrationBack(),
  });

/** Every node the "code sent" form adds (PopulateRegistrationMethodCredentials/Profile remove them again). */
function isCodeFormNode(node: UiNode): boolean {
  if (node.group === 'code') return true;
  return (
    node.type === 'input' &&
    node.group === 'profile' &&
    node.attributes.name === 'screen' &&
    node.attributes.value === 'credential-selection'
  );
}

export const codeRegistration: RegistrationStrategy = {
  id: 'code',
  group: 'code',

  populateCredentials(_ex, flow) {
    removeNodes(flow.ui, isCodeFormNode);
    flow.ui.nodes.push(sendCodeButton());
  },

  async register(ex, flow, body) {
    if (bodyString(body, 'method') !== 'code') return NOT_RESPONSIBLE;
    const schema = ex.options.identitySchema;
    const traits = ex.bodyIsForm ? coerceFormTraits(body.traits, schema) : body.traits;
    // HandleRegistrationError: the trait fields keep what was posted, the CSRF token is re-masked.
    const { fail, checkCsrf } = submitFailure(ex, flow, () => keepTraitValues(ex, flow, traits));
    checkCsrf(body.csrf_token);
    if (bodyString(body, 'resend').toLowerCase() === 'code') flow.state = 'choose_method';
    if (flow.state === 'choose_method') {
      try {
        sendRegistrationCode(ex, flow, traits);
      } catch (error) {
        return fail(error);
      }
      keepTraitValues(ex, flow, traits);
      throw showFlowAsIs();
    }
    try {
      return verifyRegistrationCode(ex, flow, body, traits);
    } catch (error) {
      // Kratos would show the changed traits now, and no code could match them any more: keep the sent ones.
      if (error instanceof TraitsChanged) {
        refreshCsrfNode(ex, flow);
        throw ValidationError.global(messages.traitsMismatch());
      }
      return fail(error);
    }
  },
};

/** The validated traits' code addresses (4000009 when the schema marks none of the posted traits). */
function addressesOf(ex: Exchange, traits: unknown): CodeAddress[] {
  if (!isPlainObject(traits) || Object.keys(traits).length === 0) {
    throw ValidationError.field('traits', messages.required('traits'));
  }
  const issues = validateTraits(traits, ex.options.identitySchema.properties?.traits ?? {});
  if (issues.length > 0) throw new ValidationError(issues);
  const addresses = codeAddresses(ex.options.identitySchema, traits);
  if (addresses.length === 0) throw ValidationError.global(messages.identifierMissing());
  return addresses;
}

/** registrationSendEmail: one code per address, then the code form with the traits kept as hidden fields. */
function sendRegistrationCode(ex: Exchange, flow: FlowRecord, traits: unknown): void {
  const addresses = addressesOf(ex, traits);
  deleteFlowSecrets(ex, flow.id);
  const minutes = Math.round(CODE_LIFESPAN_MS / 60_000);
  for (const address of addresses) {
    const code = issueCode(ex, { flow, address: address.value, via: address.via });
    sendMessage(ex, { to: address.value, ...courierTemplates.registrationCode(code, minutes) });
  }
  flow.state = 'sent_email';
  flow.active = 'code';
  showCodeForm(ex, flow);
}

/**
 * populateEmailSentFlow for registration: the `default` nodes stay (traits turned hidden unless they carry a
 * message), then the hidden `method`, the code, "Continue", "Resend code" and, in two-step registration, "Back".
 */
function showCodeForm(ex: Exchange, flow: FlowRecord): void {
  const kept = flow.ui.nodes.flatMap((node): UiNode[] => {
    if (node.type === 'input' && node.attributes.type === 'submit') return [];
    if (node.group !== 'default') return [];
    if (node.type !== 'input' || node.messages.length > 0) return [node];
    return [{ ...node, attributes: { ...node.attributes, type: 'hidden' } }];
  });
  flow.ui.nodes = kept;
  upsertNode(flow.ui, hiddenMethodNode());
  flow.ui.nodes.push(
    codeInputNode({ label: messages.labelRegistrationCode(), autocomplete: 'one-time-code' }),
    submitNode('code', 'code', messages.labelContinue()),
    resendCodeButton(),
  );
  if (ex.options.registrationStyle === 'profile_first') flow.ui.nodes.push(credentialSelectionButton());
  flow.ui.messages = [messages.registrationCodeSent()];
  refreshCsrfNode(ex, flow);
}

/**
 * registrationVerifyCode: the traits must be the ones the code was sent for (4000036), the code one of this
 * flow's (4040003). The address it went to is verified before the identity is stored (CodeAddressVerifier).
 */
function verifyRegistrationCode(ex: Exchange, flow: FlowRecord, body: Body, traits: unknown): IdentityRecord {
  const code = bodyString(body, 'code');
  if (code === '') throw ValidationError.field('code', messages.required('code'));
  const addresses = addressesOf(ex, traits);
  for (const path of listTraitPaths(ex.options.identitySchema)) {
    const posted = getTraitValue(traits, path);
    const node = flow.ui.nodes.find((n) => nodeName(n) === path.name);
    // A field the first post left out comes back as "" from the hidden input: that is no change.
    const shown = node?.type === 'input' ? (node.attributes.value ?? '') : undefined;
    if (posted !== undefined && shown !== undefined && shown !== posted) {
      throw new TraitsChanged();
    }
  }
  const result = useCode(ex, flow, code);
  if (!result.ok && result.reason === 'too_often') {
    throw ValidationError.global(messages.validationGeneric(TOO_OFTEN));
  }
  if (!result.ok || !addresses.some((a) => a.value === result.secret.address)) {
    throw ValidationError.global(messages.registrationCodeInvalid());
  }
  const identity = newIdentity(traits as Record<string, unknown>, ex.options.identitySchema, ex.now());
  const verified = identity.verifiableAddresses.find(
    (a) => a.value === result.secret.address && a.via === result.secret.via,
  );
  if (verified) markVerified(ex, verified);
  flow.active = 'code';
  keepTraitValues(ex, flow, traits);
  return identity;
}
