import { ValidationError, type ValidationIssue } from '../errors';
import { submitFailure } from '../flows/flow';
import type { Body, Exchange } from '../http';
import { extractIdentityFields, newIdentity, normalizeIdentifier } from '../identity';
import { messages } from '../messages';
import {
  findNode,
  inputNode,
  passwordNode,
  resetNodeValue,
  setNodeValue,
  submitNode,
  upsertNode,
} from '../nodes';
import { coerceFormTraits, listTraitPaths } from '../schema/identity-schema';
import { validateTraits } from '../schema/validate-traits';
import type { IdentityRecord } from '../store';
import type { UiText } from '../types';
import { checkPassword, hashPassword, verifyPassword } from './password-policy';
import { keepTraitValues } from './profile';
import { type LoginStrategy, NOT_RESPONSIBLE, type RegistrationStrategy } from './strategy';

/** login.GetIdentifierLabelFromSchema: the title of the one identifier trait, else "ID". */
export function identifierLabel(ex: Exchange): UiText {
  const identifiers = listTraitPaths(ex.options.identitySchema).filter((path) => {
    const credentials = path.extension?.credentials;
    return (
      credentials?.password?.identifier ||
      credentials?.webauthn?.identifier ||
      credentials?.passkey?.display_name ||
      credentials?.totp?.account_name ||
      credentials?.code?.identifier
    );
  });
  const [only] = identifiers;
  return identifiers.length === 1 && only?.title
    ? messages.labelGenerated(only.title, only.name)
    : messages.labelId();
}

/** The fields of the password strategy's JSON schemas (login.schema.json / registration.schema.json). */
function requiredString(body: Body, field: string, issues: ValidationIssue[]): string | undefined {
  const value = body[field];
  if (value === undefined) issues.push({ field, message: messages.required(field) });
  else if (typeof value !== 'string')
    issues.push({ field, message: messages.wrongType(['string'], typeof value) });
  else if (value === '') issues.push({ field, message: messages.minLength(1, 0) });
  else return value;
  return undefined;
}

function findByIdentifier(ex: Exchange, identifier: string): IdentityRecord | undefined {
  const normalized = normalizeIdentifier(identifier);
  return [...ex.store.identities.values()].find((i) => i.passwordIdentifiers.includes(normalized));
}

export const passwordLogin: LoginStrategy = {
  id: 'password',
  group: 'password',

  populateFirstFactor(ex, flow) {
    upsertNode(
      flow.ui,
      inputNode({
        name: 'identifier',
        type: 'text',
        group: 'default',
        value: '',
        required: true,
        label: identifierLabel(ex),
      }),
    );
    upsertNode(flow.ui, passwordNode('current-password'));
    flow.ui.nodes.push(submitNode('password', 'password', messages.loginPassword()));
  },

  populateRefresh(_ex, flow, identity) {
    const [identifier] = identity.passwordIdentifiers;
    // Only offered when the identity has a password (CountActiveFirstFactorCredentials).
    if (!identifier || !identity.passwordHash) return;
    upsertNode(
      flow.ui,
      inputNode({ name: 'identifier', type: 'hidden', group: 'default', value: identifier }),
    );
    upsertNode(flow.ui, passwordNode('current-password'));
    flow.ui.nodes.push(submitNode('password', 'password', messages.login()));
  },

  populateIdentifierFirstCredentials(_ex, flow) {
    // With account-enumeration mitigation (Kratos' default) the password is offered even for unknown accounts.
    upsertNode(flow.ui, passwordNode('current-password'));
    flow.ui.nodes.push(submitNode('password', 'password', messages.loginPassword()));
  },

  async login(ex, flow, body) {
    if (body.method !== 'password') return NOT_RESPONSIBLE;
    const typed = typeof body.identifier === 'string' ? body.identifier : '';
    // handleLoginError: keep what was typed as identifier, never the password.
    const { fail, checkCsrf } = submitFailure(ex, flow, () => {
      resetNodeValue(flow.ui, 'password');
      if (findNode(flow.ui, 'identifier')?.attributes.type !== 'hidden')
        setNodeValue(flow.ui, 'identifier', typed);
    });
    const issues: ValidationIssue[] = [];
    const identifier = requiredString(body, 'identifier', issues);
    const password = requiredString(body, 'password', issues);
    if (issues.length > 0 || identifier === undefined || password === undefined)
      return fail(new ValidationError(issues));
    checkCsrf(body.csrf_token);
    const identity = findByIdentifier(ex, identifier);
    if (!identity || !(await verifyPassword(password, identity.passwordHash))) {
      return fail(ValidationError.global(messages.invalidCredentials()));
    }
    flow.active = 'password';
    return identity;
  },
};

export const passwordRegistration: RegistrationStrategy = {
  id: 'password',
  group: 'password',

  populateCredentials(_ex, flow) {
    upsertNode(flow.ui, passwordNode('new-password'));
    upsertNode(flow.ui, submitNode('password', 'password', messages.registration()));
  },

  async register(ex, flow, body) {
    if (body.method !== 'password') return NOT_RESPONSIBLE;
    const schema = ex.options.identitySchema;
    const traits = ex.bodyIsForm ? coerceFormTraits(body.traits, schema) : body.traits;
    // handleRegistrationError: keep the typed traits (values only), re-mask the CSRF token.
    const { fail, checkCsrf } = submitFailure(ex, flow, () => keepTraitValues(ex, flow, traits));
    const issues: ValidationIssue[] = [];
    const password = requiredString(body, 'password', issues);
    if (traits === undefined) issues.push({ field: 'traits', message: messages.required('traits') });
    if (issues.length > 0 || password === undefined) return fail(new ValidationError(issues));
    checkCsrf(body.csrf_token);
    const traitIssues = validateTraits(traits, schema.properties?.traits ?? {});
    if (traitIssues.length > 0) return fail(new ValidationError(traitIssues));

    const { passwordIdentifiers } = extractIdentityFields(traits, schema);
    if (passwordIdentifiers.length === 0) return fail(ValidationError.global(messages.identifierMissing()));
    for (const identifier of passwordIdentifiers) {
      const problem = checkPassword(identifier, password, ex.options.passwordMinLength);
      if (problem) return fail(ValidationError.field('password', problem));
    }
    const identity = newIdentity(traits as Record<string, unknown>, schema, ex.now());
    identity.passwordHash = await hashPassword(password);
    flow.active = 'password';
    // The hooks need the typed traits on the form if storing the identity fails (duplicate).
    keepTraitValues(ex, flow, traits);
    return identity;
  },
};
