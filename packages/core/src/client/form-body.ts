import { hasOwn, isRecord } from './guards';
import type { ClientKind, Flow, UiNode, UiNodeInputAttributes } from './types';

/** What `submit` accepts: a form's FormData (the submitter included), URLSearchParams, or a plain object. */
export type SubmitBody = FormData | URLSearchParams | Record<string, unknown>;

function inputAttributes(node: UiNode): UiNodeInputAttributes | undefined {
  const attributes = node?.attributes as Partial<UiNodeInputAttributes> | undefined;
  return attributes?.node_type === 'input' && typeof attributes.name === 'string'
    ? (attributes as UiNodeInputAttributes)
    : undefined;
}

/** The flow's input nodes by name (the first node wins when a name repeats, as in Kratos' own forms). */
export function inputNodesByName(flow: Flow | undefined): Map<string, UiNodeInputAttributes> {
  const byName = new Map<string, UiNodeInputAttributes>();
  for (const node of flow?.ui?.nodes ?? []) {
    const attributes = inputAttributes(node);
    if (attributes && !byName.has(attributes.name)) byName.set(attributes.name, attributes);
  }
  return byName;
}

/** The value of the flow's hidden `csrf_token` node (browser flows; API flows have none). */
export function getCsrfToken(flow: Flow | undefined): string | undefined {
  const value = inputNodesByName(flow).get('csrf_token')?.value;
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * FormData → the JSON body Kratos expects. Names stay as they are (Kratos reads dotted keys such as
 * `traits.name.first` in JSON too); a name sent several times with different values becomes an array (the same
 * value repeated is one value); checkbox nodes become
 * booleans and number nodes numbers, because Kratos validates JSON against the identity schema's types.
 * With a flow, a missing `csrf_token` is taken from it.
 */
export function formDataToBody(formData: FormData | URLSearchParams, flow?: Flow): Record<string, unknown> {
  const nodes = inputNodesByName(flow);
  const collected = new Map<string, string[]>();
  for (const [name, value] of formData.entries()) {
    if (typeof value !== 'string') continue; // Kratos takes no files
    const values = collected.get(name);
    if (values) values.push(value);
    else collected.set(name, [value]);
  }

  const body: Record<string, unknown> = {};
  for (const [name, values] of collected) {
    const type = nodes.get(name)?.type;
    if (type === 'checkbox') {
      // A hidden "false" before the checkbox is a common HTML idiom: the last value is the checkbox's state.
      body[name] = values[values.length - 1] === 'true';
    } else if (type === 'number') {
      const numbers = values.filter((value) => value.trim() !== '').map(Number);
      if (numbers.length > 0) body[name] = numbers.length === 1 ? numbers[0] : numbers;
    } else {
      // Kratos' "code sent" forms carry `method=code` twice (a hidden node and the submit button): the same value
      // twice is one value — Kratos decodes `method` as a string and rejects an array.
      const distinct = [...new Set(values)];
      body[name] = distinct.length === 1 ? distinct[0] : values;
    }
  }
  return withCsrfToken(body, flow);
}

function withCsrfToken(body: Record<string, unknown>, flow: Flow | undefined): Record<string, unknown> {
  if (typeof body.csrf_token === 'string' && body.csrf_token !== '') return body;
  const token = getCsrfToken(flow);
  return token === undefined ? body : { ...body, csrf_token: token };
}

function isFormLike(body: unknown): body is FormData | URLSearchParams {
  return (
    (typeof FormData !== 'undefined' && body instanceof FormData) ||
    (typeof URLSearchParams !== 'undefined' && body instanceof URLSearchParams)
  );
}

/**
 * The body `submit` posts. Browser flows need `csrf_token` (Kratos' double-submit check); native flows must
 * not send one, so it is stripped even if a form rendered the node.
 */
export function toSubmitBody(
  body: SubmitBody | undefined,
  flow: Flow,
  kind: ClientKind,
): Record<string, unknown> {
  const json = isFormLike(body)
    ? formDataToBody(body, flow)
    : withCsrfToken({ ...(isRecord(body) ? body : {}) }, flow);
  if (kind === 'native') {
    const { csrf_token: _dropped, ...rest } = json;
    return rest;
  }
  return json;
}

/** Any accepted body as a plain object (FormData converted with the flow's node types), csrf untouched. */
export function submittedValues(body: SubmitBody | undefined, flow?: Flow): Record<string, unknown> {
  if (isFormLike(body)) return formDataToBody(body, flow);
  return isRecord(body) ? body : {};
}

/**
 * A submitted value by node name: a dotted key as FormData gives it (`traits.email`), or the same path in an
 * object a caller wrote by hand (`{ traits: { email } }`).
 */
export function readSubmittedValue(values: Record<string, unknown>, name: string): unknown {
  if (hasOwn(values, name)) return values[name];
  let current: unknown = values;
  for (const part of name.split('.')) {
    if (!isRecord(current) || !hasOwn(current, part)) return undefined;
    current = current[part];
  }
  return current;
}
