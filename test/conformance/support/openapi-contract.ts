import { readFileSync } from 'node:fs';
import type { RecordedExchange } from '@headless-ory/mock';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { componentsDocument, convertSchema } from './openapi-schemas';

type SchemaObject = Record<string, unknown>;

interface ResponseSpec {
  $ref?: string;
  content?: Record<string, { schema?: SchemaObject }>;
}

export interface Operation {
  id: string;
  method: string;
  template: string;
  tags: string[];
  responses: Record<string, ResponseSpec>;
  matcher: RegExp;
  /** Templated segments: an exact path (`/sessions/whoami`) wins over a template (`/sessions/{id}`). */
  wildcards: number;
}

export interface Verdict {
  /** Undefined when no operation of the spec has this method and path. */
  operation?: Operation;
  /** Which documented response was checked: the status itself or `default`. */
  response?: string;
  violations: string[];
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuid4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;
const base64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const integerIn = (min: number, max: number) => ({
  type: 'number' as const,
  validate: (n: number) => Number.isInteger(n) && n >= min && n <= max,
});

/** Every format the spec uses, checked (none is ignored). */
function addFormats(ajv: Ajv): void {
  ajv.addFormat('uuid', uuid);
  ajv.addFormat('uuid4', uuid4);
  ajv.addFormat('date-time', {
    type: 'string',
    validate: (s: string) => rfc3339.test(s) && !Number.isNaN(Date.parse(s)),
  });
  ajv.addFormat('byte', base64);
  ajv.addFormat('int64', integerIn(-(2 ** 63), 2 ** 63));
  ajv.addFormat('int32', integerIn(-(2 ** 31), 2 ** 31 - 1));
  ajv.addFormat('uint8', integerIn(0, 255));
  ajv.addFormat('uint32', integerIn(0, 2 ** 32 - 1));
  ajv.addFormat('uint64', integerIn(0, 2 ** 64));
}

function formatError(error: ErrorObject): string {
  const params = Object.entries(error.params)
    .map(([key, value]) => `${key}=${JSON.stringify(value)}`)
    .join(' ');
  return `${error.instancePath || '/'} ${error.message ?? ''} [${params}] (schema ${error.schemaPath})`;
}

function isErrorEnvelope(body: unknown): boolean {
  return typeof body === 'object' && body !== null && 'error' in body && !('ui' in body);
}

/** Kratos' OpenAPI spec as a validator of mock exchanges: which operation, which response, which errors. */
export class OpenApiContract {
  readonly operations: Operation[];
  private readonly ajv: Ajv;
  private readonly responseRefs: Record<string, ResponseSpec>;
  private readonly components: SchemaObject;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(specFile: string) {
    const spec = JSON.parse(readFileSync(specFile, 'utf8')) as {
      paths: Record<
        string,
        Record<string, { operationId: string; tags?: string[]; responses: Record<string, ResponseSpec> }>
      >;
      components: { schemas: SchemaObject; responses: Record<string, ResponseSpec> };
    };
    this.responseRefs = spec.components.responses;
    this.components = spec.components.schemas;
    // strictSchema stays on (an unknown keyword would be a conversion bug); strictTypes is about how a schema is
    // written (Kratos' omit `type` beside `properties`), not about what it accepts.
    this.ajv = new Ajv({ allErrors: true, discriminator: true, strictTypes: false, strictTuples: false });
    addFormats(this.ajv);
    this.ajv.addSchema(componentsDocument(spec.components.schemas));
    this.operations = Object.entries(spec.paths).flatMap(([template, methods]) =>
      Object.entries(methods)
        .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
        .map(([method, op]) => ({
          id: op.operationId,
          method: method.toUpperCase(),
          template,
          tags: op.tags ?? [],
          responses: op.responses,
          matcher: new RegExp(
            `^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`,
          ),
          wildcards: (template.match(/\{/g) ?? []).length,
        })),
    );
  }

  /** The operation serving `method path`: an exact path before a templated one. */
  operationFor(method: string, path: string): Operation | undefined {
    return this.operations
      .filter((op) => op.method === method.toUpperCase() && op.matcher.test(path))
      .sort((a, b) => a.wildcards - b.wildcards)[0];
  }

  validate(exchange: RecordedExchange): Verdict {
    const operation = this.operationFor(exchange.method, exchange.path);
    if (!operation) return { violations: [] };
    const key = String(exchange.status) in operation.responses ? String(exchange.status) : 'default';
    const documented = operation.responses[key];
    if (!documented) {
      const listed = Object.keys(operation.responses).join(', ');
      return { operation, violations: [`status ${exchange.status} is not documented (only ${listed})`] };
    }
    const response = documented.$ref ? this.resolveResponse(documented.$ref) : documented;
    return { operation, response: key, violations: this.checkBody(operation, key, response, exchange) };
  }

  private resolveResponse(ref: string): ResponseSpec {
    const resolved = this.responseRefs[ref.replace('#/components/responses/', '')];
    if (!resolved) throw new Error(`unknown response ${ref}`);
    return resolved;
  }

  private checkBody(
    operation: Operation,
    key: string,
    response: ResponseSpec,
    exchange: RecordedExchange,
  ): string[] {
    const content = response.content ?? {};
    if (Object.keys(content).length === 0) {
      // emptyResponse: 204 carries nothing; a 303's body is whatever Go's redirect writes, and nobody reads it.
      return exchange.status === 204 && exchange.body !== '' ? ['a 204 response has a body'] : [];
    }
    const isJson = /[/+]json\b/i.test(exchange.contentType ?? '');
    const media = isJson ? 'application/json' : ((exchange.contentType ?? '').split(';')[0]?.trim() ?? '');
    const schema = content[media]?.schema;
    if (!schema) {
      return [
        `content type ${exchange.contentType ?? '(none)'} is not one of ${Object.keys(content).join(', ')}`,
      ];
    }
    if (isJson && typeof exchange.body === 'string') return ['the body is not valid JSON'];
    const validator = this.validatorFor(`${operation.id} ${key} ${media}`, schema);
    if (validator(exchange.body)) return [];
    // Erratum: the spec says a submit's 400 is always the flow, but Kratos answers a missing ?flow= and
    // recovery's "submitted too often" with its error envelope (selfservice/flow/flow.go, strategy/code).
    if (exchange.status === 400 && operation.id.startsWith('update') && isErrorEnvelope(exchange.body)) {
      const envelope = this.validatorFor('errorGeneric', { $ref: '#/components/schemas/errorGeneric' });
      if (envelope(exchange.body)) return [];
    }
    return (validator.errors ?? []).map(formatError);
  }

  private validatorFor(cacheKey: string, schema: SchemaObject): ValidateFunction {
    let validator = this.compiled.get(cacheKey);
    if (!validator) {
      validator = this.ajv.compile(convertSchema(schema, this.components) as SchemaObject);
      this.compiled.set(cacheKey, validator);
    }
    return validator;
  }
}
