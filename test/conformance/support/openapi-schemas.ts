// Turns the OpenAPI 3.0 components of Kratos' spec into one JSON Schema (draft-07) document ajv can compile:
// `nullable` becomes a `null` type, `$ref`s point into `definitions`, `discriminator.mapping` (which ajv does
// not support) is checked against the subschemas' enums and dropped, and OpenAPI-only annotations go.

type SchemaObject = Record<string, unknown>;

export const SPEC_ID = 'kratos-openapi';
const COMPONENT_REF = '#/components/schemas/';

const isObject = (value: unknown): value is SchemaObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Keywords whose value is a map from names to schemas: their keys are data, never keywords. */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions']);
/** Keywords whose value is data (enum values, examples): copied as they are. */
const DATA_KEYWORDS = new Set(['enum', 'const', 'default', 'required', 'examples']);
/** OpenAPI annotations with no JSON Schema meaning. */
const DROPPED = new Set(['example', 'nullable', 'discriminator', 'xml', 'externalDocs']);

export function toRef(ref: string): string {
  if (!ref.startsWith(COMPONENT_REF)) throw new Error(`unsupported $ref ${ref}`);
  return `${SPEC_ID}#/definitions/${ref.slice(COMPONENT_REF.length)}`;
}

export function convertSchema(schema: unknown, components: SchemaObject): unknown {
  if (Array.isArray(schema)) return schema.map((item) => convertSchema(item, components));
  if (!isObject(schema)) return schema;
  const out: SchemaObject = {};
  for (const [key, value] of Object.entries(schema)) {
    if (DROPPED.has(key) || key.startsWith('x-')) continue;
    if (key === '$ref') out.$ref = toRef(String(value));
    else if (SCHEMA_MAPS.has(key) && isObject(value)) {
      out[key] = Object.fromEntries(
        Object.entries(value).map(([name, sub]) => [name, convertSchema(sub, components)]),
      );
    } else if (DATA_KEYWORDS.has(key)) out[key] = value;
    else out[key] = convertSchema(value, components);
  }
  if (isObject(schema.discriminator)) {
    const propertyName = checkedDiscriminator(schema, components);
    // Without an enum per subschema ajv cannot dispatch on the tag; `oneOf` alone still decides.
    if (propertyName) out.discriminator = { propertyName };
  }
  return schema.nullable === true ? nullable(out) : out;
}

function nullable(schema: SchemaObject): SchemaObject {
  // `{nullable: true}` alone (a raw JSON value) already allows null.
  if (schema.$ref !== undefined) return { anyOf: [{ $ref: schema.$ref }, { type: 'null' }] };
  if (typeof schema.type === 'string') {
    const withNull: SchemaObject = { ...schema, type: [schema.type, 'null'] };
    if (Array.isArray(schema.enum)) withNull.enum = [...schema.enum, null];
    return withNull;
  }
  return schema;
}

/**
 * The discriminator's property name when every mapped subschema pins it with a one-value enum that matches
 * its mapping key (then dropping `mapping`, which ajv does not support, loses nothing); undefined when a
 * subschema leaves it open (Kratos' request bodies: `method` free or `link|code`). A contradicting enum throws.
 */
function checkedDiscriminator(schema: SchemaObject, components: SchemaObject): string | undefined {
  const discriminator = schema.discriminator as { propertyName: string; mapping?: Record<string, string> };
  const { propertyName, mapping = {} } = discriminator;
  let pinned = true;
  for (const [value, ref] of Object.entries(mapping)) {
    const target = components[ref.slice(COMPONENT_REF.length)];
    const property = isObject(target) && isObject(target.properties) ? target.properties[propertyName] : null;
    const values = isObject(property) ? property.enum : undefined;
    if (Array.isArray(values) && !values.includes(value)) {
      throw new Error(`discriminator mapping ${propertyName}=${value} → ${ref} disagrees with its enum`);
    }
    if (!Array.isArray(values) || values.length !== 1) pinned = false;
  }
  return pinned ? propertyName : undefined;
}

/**
 * Where Kratos' spec contradicts Kratos' own code (NOTES.md §2), the code wins — the mock copies what Kratos sends.
 * Each erratum is narrow and says why; everything else in the spec is checked as written.
 */
function withErrata(components: SchemaObject): SchemaObject {
  const genericError = components.genericError as SchemaObject & { properties: SchemaObject };
  return {
    ...components,
    // The spec nests the envelope twice here (`error: errorGeneric` = `{error: {error: …}}`), yet Kratos sends
    // one level (`{error: {id: 'browser_location_change_required', …}, redirect_browser_to}`), like any error.
    errorBrowserLocationChangeRequired: {
      ...(components.errorBrowserLocationChangeRequired as SchemaObject),
      properties: {
        ...((components.errorBrowserLocationChangeRequired as SchemaObject).properties as SchemaObject),
        error: { $ref: '#/components/schemas/genericError' },
      },
    },
    genericError: {
      ...genericError,
      properties: {
        ...genericError.properties,
        // The spec says `details` must be empty (additionalProperties: false), yet Kratos fills it: the CSRF
        // error's docs/hint/reject_reason, a 410's redirect_to/return_to/api, recovery's continue_with.
        details: { type: 'object', description: 'Further error details (erratum: any keys)' },
      },
    },
  };
}

/** `{ $id, definitions }` holding every component schema, converted. */
export function componentsDocument(components: SchemaObject): SchemaObject {
  const corrected = withErrata(components);
  return {
    $id: SPEC_ID,
    definitions: Object.fromEntries(
      Object.entries(corrected).map(([name, schema]) => [name, convertSchema(schema, corrected)]),
    ),
  };
}
