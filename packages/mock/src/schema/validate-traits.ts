import type { ValidationIssue } from '../errors';
import { isPlainObject } from '../http';
import { messages } from '../messages';
import type { IdentitySchema } from './identity-schema';

// A small draft-07 validator for traits, producing the node messages Kratos' container.ParseError derives
// from ory/jsonschema errors (4000002 required, 4000003/4000017 length, 4000004 pattern, 4000026 type, ...).

const FORMATS: Record<string, (value: string) => boolean> = {
  email: (v) => /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+$/.test(v),
  uri: (v) => /^[a-z][a-z0-9+.-]*:/i.test(v) && URL.canParse(v),
  date: (v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)),
  'date-time': (v) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(v) && !Number.isNaN(Date.parse(v)),
  tel: (v) => /^\+?[0-9 ()-]{3,}$/.test(v),
};

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function typeMatches(expected: string, value: unknown): boolean {
  const actual = jsonType(value);
  return expected === actual || (expected === 'number' && actual === 'integer');
}

function validateValue(
  value: unknown,
  schema: IdentitySchema,
  field: string,
  issues: ValidationIssue[],
): void {
  const add = (message: ValidationIssue['message']) => issues.push({ field, message });
  if (schema.type !== undefined) {
    const allowed = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!allowed.some((t) => typeMatches(t, value))) {
      add(messages.wrongType(allowed, jsonType(value)));
      return;
    }
  }
  if (schema.const !== undefined && JSON.stringify(schema.const) !== JSON.stringify(value)) {
    add(messages.validationGeneric('const failed'));
  }
  if (schema.enum && !schema.enum.some((option) => JSON.stringify(option) === JSON.stringify(value))) {
    add(
      messages.validationGeneric(
        `value must be one of ${schema.enum.map((v) => JSON.stringify(v)).join(', ')}`,
      ),
    );
  }
  if (typeof value === 'string') {
    const length = [...value].length;
    if (schema.minLength !== undefined && length < schema.minLength)
      add(messages.minLength(schema.minLength, length));
    if (schema.maxLength !== undefined && length > schema.maxLength)
      add(messages.maxLength(schema.maxLength, length));
    if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) {
      add(messages.pattern(schema.pattern));
    }
    const check = schema.format ? FORMATS[schema.format] : undefined;
    if (check && !check(value)) {
      add(
        messages.validationGeneric(`${JSON.stringify(value)} is not valid ${JSON.stringify(schema.format)}`),
      );
    }
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) add(messages.minimum(schema.minimum, value));
    if (schema.maximum !== undefined && value > schema.maximum) add(messages.maximum(schema.maximum, value));
  }
  if (isPlainObject(value)) {
    const properties = schema.properties ?? {};
    for (const key of schema.required ?? []) {
      if (!(key in value)) issues.push({ field: `${field}.${key}`, message: messages.required(key) });
    }
    if (schema.additionalProperties === false) {
      const extra = Object.keys(value).filter((key) => !(key in properties));
      if (extra.length > 0) {
        add(
          messages.validationGeneric(
            `additionalProperties ${extra.map((k) => JSON.stringify(k)).join(', ')} not allowed`,
          ),
        );
      }
    }
    for (const [key, child] of Object.entries(properties)) {
      if (key in value) validateValue(value[key], child, `${field}.${key}`, issues);
    }
  }
}

/** Validates `traits` against the `traits` sub-schema; field names are node names (`traits.email`). */
export function validateTraits(traits: unknown, schema: IdentitySchema): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  validateValue(traits, schema, 'traits', issues);
  return issues;
}
