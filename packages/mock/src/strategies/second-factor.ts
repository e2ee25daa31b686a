import type { ValidationIssue } from '../errors';
import type { Body, Exchange } from '../http';
import { messages } from '../messages';
import type { FlowRecord, IdentityRecord } from '../store';
import type { UiImageNode, UiNodeGroup, UiText, UiTextNode } from '../types';
import type { NotResponsible } from './strategy';

/** A method that only solves aal2 (Kratos' AAL2FormHydrator + login.Strategy for totp, lookup_secret, webauthn). */
export interface SecondFactorStrategy {
  id: 'totp' | 'lookup_secret' | 'webauthn';
  group: UiNodeGroup;
  /** PopulateLoginMethodSecondFactor: the method's fields, when the session's identity has this factor. */
  populateSecondFactor(ex: Exchange, flow: FlowRecord, identity: IdentityRecord): void;
  /** Verifies the body against the session's identity; returns it, throws a flow error, or is not responsible. */
  login(
    ex: Exchange,
    flow: FlowRecord,
    body: Body,
    identity: IdentityRecord,
  ): Promise<IdentityRecord | NotResponsible>;
}

/** A required string field of a strategy's JSON schema, with an optional `minLength`. */
export function requiredField(
  body: Body,
  field: string,
  issues: ValidationIssue[],
  minLength = 0,
): string | undefined {
  const value = body[field];
  if (value === undefined) issues.push({ field, message: messages.required(field) });
  else if (typeof value !== 'string')
    issues.push({ field, message: messages.wrongType(['string'], typeof value) });
  else if (value.length < minLength)
    issues.push({ field, message: messages.minLength(minLength, value.length) });
  else return value;
  return undefined;
}

/** A boolean of a settings payload: `true` in JSON, `"true"` from a form's submit button. */
export function flag(body: Body, field: string): boolean {
  const value = body[field];
  return value === true || value === 'true';
}

/** node.NewTextField. */
export function textNode(id: string, text: UiText, group: UiNodeGroup, label: UiText): UiTextNode {
  return { type: 'text', group, attributes: { text, id, node_type: 'text' }, messages: [], meta: { label } };
}

/** node.NewImageField: 256×256 like the TOTP QR code. */
export function imageNode(id: string, src: string, group: UiNodeGroup, label: UiText): UiImageNode {
  return {
    type: 'img',
    group,
    attributes: { src, id, width: 256, height: 256, node_type: 'img' },
    messages: [],
    meta: { label },
  };
}
