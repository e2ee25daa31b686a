/** A JSON Schema (draft-07 subset) for identity traits, with Kratos' `ory.sh/kratos` extension. */
export interface IdentitySchema {
  $id?: string;
  $schema?: string;
  title?: string;
  type?: string | string[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, IdentitySchema>;
  required?: string[];
  additionalProperties?: boolean;
  items?: IdentitySchema;
  'ory.sh/kratos'?: KratosSchemaExtension;
  [key: string]: unknown;
}

export interface KratosSchemaExtension {
  credentials?: {
    password?: { identifier?: boolean };
    webauthn?: { identifier?: boolean };
    totp?: { account_name?: boolean };
    code?: { identifier?: boolean; via?: 'email' | 'sms' };
    passkey?: { display_name?: boolean };
  };
  verification?: { via?: 'email' | 'sms' };
  recovery?: { via?: 'email' | 'sms' };
}

export const DEFAULT_SCHEMA_ID = 'default';

export const DEFAULT_IDENTITY_SCHEMA: IdentitySchema = {
  $id: 'https://schemas.ory.sh/presets/kratos/identity.email.schema.json',
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'Person',
  type: 'object',
  properties: {
    traits: {
      type: 'object',
      properties: {
        email: {
          type: 'string',
          format: 'email',
          title: 'E-Mail',
          'ory.sh/kratos': {
            // Like Kratos' email preset: the address also signs in by one-time code (when `methods.code` is on).
            credentials: {
              password: { identifier: true },
              code: { identifier: true, via: 'email' },
              // The authenticator app lists the pairing under the address (else it would be the identity id).
              totp: { account_name: true },
            },
            verification: { via: 'email' },
            recovery: { via: 'email' },
          },
        },
        name: {
          type: 'object',
          properties: {
            first: { type: 'string', title: 'First name' },
            last: { type: 'string', title: 'Last name' },
          },
        },
      },
      required: ['email'],
      additionalProperties: false,
    },
  },
};

/** One leaf of the traits, e.g. `traits.name.first` (jsonschemax.Path). */
export interface TraitPath {
  name: string;
  /** JSON pointer into the identity document, e.g. `#/traits/name/first`. */
  pointer: string;
  schema: IdentitySchema;
  required: boolean;
  title?: string;
  extension?: KratosSchemaExtension;
}

export function traitsSchema(schema: IdentitySchema): IdentitySchema {
  return schema.properties?.traits ?? { type: 'object', properties: {} };
}

function primaryType(schema: IdentitySchema): string | undefined {
  return Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
}

/** Leaf trait paths in document order (the order Kratos' SortBySchema uses). */
export function listTraitPaths(schema: IdentitySchema): TraitPath[] {
  const out: TraitPath[] = [];
  const walk = (node: IdentitySchema, name: string, pointer: string) => {
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      const childName = `${name}.${key}`;
      const childPointer = `${pointer}/${key}`;
      if (primaryType(child) === 'object' && child.properties) {
        walk(child, childName, childPointer);
        continue;
      }
      out.push({
        name: childName,
        pointer: childPointer,
        schema: child,
        required: node.required?.includes(key) ?? false,
        ...(child.title ? { title: child.title } : {}),
        ...(child['ory.sh/kratos'] ? { extension: child['ory.sh/kratos'] } : {}),
      });
    }
  };
  walk(traitsSchema(schema), 'traits', '#/traits');
  return out;
}

export function traitInputType(path: TraitPath): string {
  switch (path.schema.format) {
    case 'date-time':
      return 'datetime-local';
    case 'email':
      return 'email';
    case 'tel':
      return 'tel';
    case 'date':
      return 'date';
    case 'uri':
      return 'url';
  }
  switch (primaryType(path.schema)) {
    case 'number':
    case 'integer':
      return 'number';
    case 'boolean':
      return 'checkbox';
    default:
      return 'text';
  }
}

export function traitAutocomplete(path: TraitPath): string | undefined {
  return { email: 'email', tel: 'tel', uri: 'url' }[path.schema.format ?? ''];
}

export function getTraitValue(traits: unknown, path: TraitPath): unknown {
  let value: unknown = { traits };
  for (const segment of path.name.split('.')) {
    value =
      typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[segment] : undefined;
  }
  return value;
}

/** Form posts carry strings: turn them into the schema's type, like decoderx does. */
export function coerceFormTraits(traits: unknown, schema: IdentitySchema): unknown {
  if (typeof traits !== 'object' || traits === null) return traits;
  const copy = structuredClone(traits) as Record<string, unknown>;
  for (const path of listTraitPaths(schema)) {
    const segments = path.name.split('.').slice(1);
    const last = segments.pop();
    let parent: unknown = copy;
    for (const segment of segments) parent = (parent as Record<string, unknown> | undefined)?.[segment];
    if (!last || typeof parent !== 'object' || parent === null) continue;
    const holder = parent as Record<string, unknown>;
    const raw = holder[last];
    if (typeof raw !== 'string') continue;
    const type = primaryType(path.schema);
    if (type === 'boolean') holder[last] = raw === 'true' || raw === 'on' || raw === '1';
    else if ((type === 'number' || type === 'integer') && raw.trim() !== '' && !Number.isNaN(Number(raw))) {
      holder[last] = Number(raw);
    } else if ((type === 'number' || type === 'integer') && raw.trim() === '') delete holder[last];
  }
  return copy;
}

/** The default schema's URL segment is base64url("default"), as Kratos builds `schema_url`. */
export function schemaUrl(publicUrl: string, schemaId: string): string {
  const encoded = btoa(schemaId).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return `${publicUrl}/schemas/${encoded}`;
}
