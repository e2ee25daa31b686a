import { ValidationError, type ValidationIssue } from '../errors';
import { type FlowDefinition, refreshCsrfNode, saveFlow, submitFailure } from '../flows/flow';
import { type Exchange, jsonResponse, redirectResponse, withQuery } from '../http';
import { normalizeIdentifier } from '../identity';
import { messages } from '../messages';
import { findNode, inputNode, nodeName, removeNodes, setNodeValue, submitNode, upsertNode } from '../nodes';
import type { FlowRecord } from '../store';
import { codeLogin } from './code-login';
import { enabledStrategies } from './enabled-methods';
import { passkeyLogin } from './passkey-login';
import { identifierLabel, passwordLogin } from './password';
import { type LoginStrategy, NOT_RESPONSIBLE } from './strategy';

/** Thrown when a strategy answered with the next step of the flow (flow.ErrCompletedByStrategy). */
export class StepCompleted extends Error {
  constructor() {
    super('flow response completed by strategy');
    this.name = 'StepCompleted';
  }

  /** Intermediate steps answer 400 + the updated flow to JSON clients, a 303 back to the UI otherwise. */
  respond(ex: Exchange, def: FlowDefinition, flow: FlowRecord): Response {
    def.sortNodes(ex, flow);
    saveFlow(ex, flow);
    if (flow.type === 'browser' && !ex.isJsonRequest()) {
      return redirectResponse(withQuery(def.uiUrl(ex), { flow: flow.id }));
    }
    return jsonResponse(def.serialize(flow, ex), 400);
  }
}

/** Strategies that offer credentials once the identifier is known (identifier_first step 2). */
const CREDENTIAL_STRATEGIES: LoginStrategy[] = [passwordLogin, codeLogin, passkeyLogin];

/** Kratos' idfirst strategy: step 1 asks only for the identifier, step 2 shows the credentials for it. */
export const identifierFirstLogin: LoginStrategy = {
  id: 'identifier_first',
  group: 'identifier_first',

  populateFirstFactor(ex, flow) {
    upsertNode(
      flow.ui,
      inputNode({
        name: 'identifier',
        type: 'text',
        group: 'identifier_first',
        value: '',
        required: true,
        autocomplete: 'username webauthn',
        label: identifierLabel(ex),
      }),
    );
    flow.ui.nodes.push(submitNode('identifier_first', 'identifier_first', messages.labelContinue()));
  },

  populateRefresh() {},
  populateIdentifierFirstCredentials() {},

  async login(ex, flow, body) {
    if (body.method !== 'identifier_first') return NOT_RESPONSIBLE;
    const typed = typeof body.identifier === 'string' ? body.identifier : '';
    const { fail, checkCsrf } = submitFailure(ex, flow, () => setNodeValue(flow.ui, 'identifier', typed));
    const issues: ValidationIssue[] = [];
    if (body.identifier === undefined)
      issues.push({ field: 'identifier', message: messages.required('identifier') });
    else if (typed === '') issues.push({ field: 'identifier', message: messages.minLength(1, 0) });
    if (issues.length > 0) return fail(new ValidationError(issues));
    checkCsrf(body.csrf_token);
    // Account enumeration mitigation (Kratos' default): unknown accounts get the same next step.
    const normalized = normalizeIdentifier(typed);
    const identity = [...ex.store.identities.values()].find((i) =>
      i.passwordIdentifiers.includes(normalized),
    );
    for (const strategy of enabledStrategies(ex, CREDENTIAL_STRATEGIES))
      strategy.populateIdentifierFirstCredentials(ex, flow, identity);
    removeNodes(flow.ui, (node) => nodeName(node) === 'method' && node.group === 'identifier_first');
    const identifierNode = findNode(flow.ui, 'identifier');
    if (identifierNode) identifierNode.attributes = { ...identifierNode.attributes, type: 'hidden' };
    setNodeValue(flow.ui, 'identifier', typed);
    refreshCsrfNode(ex, flow);
    flow.active = 'identifier_first';
    throw new StepCompleted();
  },
};
