import { hasOwn, isRecord, nonEmptyString } from './guards';
import type { ClientKind, Flow, UiNodeInputAttributes } from './types';

/** What `submit` accepts: a form's FormData (the submitter included), URLSearchParams, or a plain object. */
export type SubmitBody = FormData | URLSearchParams | Record<string, unknown>;

/** The attributes of the flow's input node called `name` (the first one when a name repeats, as in Kratos' forms). */
const inputNamed = (flow: Flow | undefined, name: string): UiNodeInputAttributes | undefined =>
  flow?.ui?.nodes?.find((node) => node?.attributes?.node_type === 'input' && node.attributes.name === name)
    ?.attributes as UiNodeInputAttributes | undefined;

/** The value of the flow's hidden `csrf_token` node (browser flows; API flows have none). */
export const getCsrfToken = (flow: Flow | undefined): string | undefined =>
  nonEmptyString(inputNamed(flow, 'csrf_token')?.value);

/**
 * FormData → the JSON body Kratos expects. Names stay as they are (Kratos reads dotted keys such as
 * `traits.name.first` in JSON too); a name sent several times with different values becomes an array (the same
 * value repeated is one value); checkbox nodes become booleans and number nodes numbers, because Kratos
 * validates JSON against the identity schema's types. With a flow, a missing `csrf_token` is taken from it.
 */
export function formDataToBody(formData: FormData | URLSearchParams, flow?: Flow): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const name of new Set(formData.keys())) {
    const type = inputNamed(flow, name)?.type;
    // Kratos takes no files, and an empty number field is no number.
    const values = (formData.getAll(name) as FormDataEntryValue[]).filter(
      (value): value is string => typeof value === 'string' && (type !== 'number' || value.trim() !== ''),
    );
    if (values.length === 0) continue;
    const typed: unknown[] = type === 'number' ? values.map(Number) : values;
    // Kratos' "code sent" forms carry `method=code` twice (a hidden node and the submit button): the same value
    // twice is one value — Kratos decodes `method` as a string and rejects an array.
    const distinct = [...new Set(typed)];
    body[name] =
      type === 'checkbox'
        ? // A hidden "false" before the checkbox is a common HTML idiom: the last value is the checkbox's state.
          values[values.length - 1] === 'true'
        : distinct.length === 1
          ? distinct[0]
          : typed;
  }
  return withCsrfToken(body, flow);
}

/** Fills in the flow's csrf_token unless the body (our own copy) has one. */
function withCsrfToken(body: Record<string, unknown>, flow: Flow | undefined): Record<string, unknown> {
  const token = nonEmptyString(body.csrf_token) ?? getCsrfToken(flow);
  if (token) body.csrf_token = token;
  return body;
}

/** FormData or URLSearchParams, known by what is read of them: a polyfill's or another realm's (an iframe) too. */
const isFormLike = (body: unknown): body is FormData | URLSearchParams =>
  typeof (body as FormData | undefined)?.getAll === 'function';

/**
 * The body `submit` posts. Browser flows need `csrf_token` (Kratos' double-submit check); native flows must
 * not send one, so it is stripped even if a form rendered the node.
 */
export function toSubmitBody(
  body: SubmitBody | undefined,
  flow: Flow,
  kind: ClientKind,
): Record<string, unknown> {
  const json = withCsrfToken({ ...submittedValues(body, flow) }, flow);
  if (kind === 'native') delete json.csrf_token;
  return json;
}

/** Any accepted body as a plain object (FormData converted with the flow's node types). */
export const submittedValues = (body: SubmitBody | undefined, flow?: Flow): Record<string, unknown> =>
  isFormLike(body) ? formDataToBody(body, flow) : isRecord(body) ? body : {};

/**
 * A submitted value by node name: a dotted key as FormData gives it (`traits.email`), or the same path in an
 * object a caller wrote by hand (`{ traits: { email } }`).
 */
export const readSubmittedValue = (values: Record<string, unknown>, name: string): unknown =>
  hasOwn(values, name)
    ? values[name]
    : name
        .split('.')
        .reduce<unknown>(
          (current, part) => (isRecord(current) && hasOwn(current, part) ? current[part] : undefined),
          values,
        );
