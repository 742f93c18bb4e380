import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

/**
 * The api.github.com OpenAPI description (@octokit/openapi), used to hold the fake to what the real API accepts
 * and returns: every request is matched to an operation and its parameters and body are validated; every response
 * is validated against the schema of its status.
 */
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema?: Record<string, unknown>;
}

interface Operation {
  operationId: string;
  parameters?: (Parameter | { $ref: string })[];
  requestBody?: { required?: boolean; content: Record<string, { schema?: Record<string, unknown> }> };
  responses: Record<string, { $ref?: string; content?: Record<string, { schema?: Record<string, unknown> }> }>;
}

interface Spec {
  paths: Record<string, Record<string, Operation>>;
  components: { parameters: Record<string, Parameter>; responses: Record<string, { content?: Record<string, { schema?: Record<string, unknown> }> }> };
}

export interface MatchedOperation {
  template: string;
  method: string;
  operation: Operation;
  params: Record<string, string>;
}

let loaded: { spec: Spec; ajv: Ajv; routes: { method: string; template: string; regex: RegExp; names: string[] }[] } | undefined;
const validators = new Map<object, ValidateFunction>();

function load() {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
  const spec = JSON.parse(readFileSync(file, 'utf8')) as Spec;
  // OpenAPI 3.0 schemas are JSON Schema with extras (nullable, example, discriminator): ajv knows nullable and
  // ignores the rest when not strict.
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  ajv.addSchema({ $id: 'github', components: spec.components });
  const routes = Object.keys(spec.paths).flatMap((template) => {
    const names: string[] = [];
    const regex = new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{([^}]+)\\?\}/g, (_m, n: string) => {
      names.push(n);
      return '([^/]+)';
    })}$`);
    return Object.keys(spec.paths[template]!).filter((m) => m !== 'parameters').map((method) => ({ method, template, regex, names }));
  });
  // Literal segments win over parameters: /releases/latest is not /releases/{release_id}.
  routes.sort((a, b) => a.names.length - b.names.length);
  loaded = { spec, ajv, routes };
  return loaded;
}

function validator(schema: Record<string, unknown>): ValidateFunction {
  let v = validators.get(schema);
  if (!v) {
    const { ajv } = load();
    v = ajv.compile(rebase(schema) as object);
    validators.set(schema, v);
  }
  return v;
}

/** `#/components/...` inside the spec becomes `github#/components/...` for the schema registered as "github". */
function rebase(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(rebase);
  if (schema && typeof schema === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(schema)) out[k] = k === '$ref' && typeof v === 'string' && v.startsWith('#/') ? `github${v}` : rebase(v);
    return out;
  }
  return schema;
}

export function matchOperation(method: string, pathname: string): MatchedOperation | undefined {
  const { spec, routes } = load();
  const m = method.toLowerCase();
  for (const r of routes) {
    if (r.method !== m) continue;
    const found = r.regex.exec(pathname);
    if (!found) continue;
    const params = Object.fromEntries(r.names.map((n, i) => [n, decodeURIComponent(found[i + 1]!)]));
    return { template: r.template, method: m, operation: spec.paths[r.template]![m]!, params };
  }
  return undefined;
}

function resolveParameter(p: Parameter | { $ref: string }): Parameter {
  if ('$ref' in p) return load().spec.components.parameters[p.$ref.split('/').pop()!]!;
  return p;
}

/** Parameters arrive as strings; the schema says what they must be. */
function coerce(value: string, schema: Record<string, unknown> | undefined): unknown {
  if (schema?.type === 'integer' && /^-?\d+$/.test(value)) return Number(value);
  if (schema?.type === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}

/** What is wrong with a request, as sentences; empty when the real API would accept its shape. */
export function requestViolations(op: MatchedOperation, query: URLSearchParams, contentType: string | undefined, body: unknown): string[] {
  const problems: string[] = [];
  const where = `${op.method.toUpperCase()} ${op.template}`;
  const declared = (op.operation.parameters ?? []).map(resolveParameter);
  for (const p of declared) {
    const raw = p.in === 'path' ? op.params[p.name] : p.in === 'query' ? query.get(p.name) ?? undefined : undefined;
    if (p.in === 'header') continue;
    if (raw === undefined) {
      if (p.required) problems.push(`${where}: the ${p.in} parameter "${p.name}" is required`);
      continue;
    }
    if (p.schema) {
      const v = validator(p.schema);
      if (!v(coerce(raw, p.schema))) problems.push(`${where}: ${p.in} parameter ${p.name}=${JSON.stringify(raw)} ${v.errors?.map((e) => e.message).join(', ')}`);
    }
  }
  for (const name of query.keys()) {
    if (!declared.some((p) => p.in === 'query' && p.name === name)) problems.push(`${where}: unknown query parameter "${name}"`);
  }
  const rb = op.operation.requestBody;
  if (rb) {
    const json = rb.content['application/json'];
    if (json) {
      if (body === undefined) {
        if (rb.required) problems.push(`${where}: a JSON body is required`);
      } else if (json.schema) {
        const v = validator(json.schema);
        if (!v(body)) problems.push(`${where}: body ${v.errors?.map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ')}`);
      }
    } else if (!contentType) {
      problems.push(`${where}: Content-Type is required`);
    }
  } else if (body !== undefined) {
    problems.push(`${where}: takes no body`);
  }
  return problems;
}

/** Statuses any endpoint may answer whether or not its description lists them. */
const GENERIC = new Set([401, 403, 429, 500, 502, 503]);

export function responseViolations(op: MatchedOperation, status: number, body: unknown): string[] {
  const where = `${op.method.toUpperCase()} ${op.template} -> ${status}`;
  const declared = op.operation.responses[String(status)] ?? op.operation.responses.default;
  if (!declared) return GENERIC.has(status) ? [] : [`${where}: the API description does not list this status`];
  const response = declared.$ref ? load().spec.components.responses[declared.$ref.split('/').pop()!]! : declared;
  const schema = response.content?.['application/json']?.schema;
  if (!schema) return body === undefined ? [] : [];
  const v = validator(schema);
  return v(body) ? [] : [`${where}: response ${v.errors?.slice(0, 5).map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ')}`];
}
