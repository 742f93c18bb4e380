import type { ErrorObject } from 'ajv';
import type { Diagnostic } from '../errors/diagnostic.js';
import { didYouMean } from './did-you-mean.js';
import { compatibilityValidator } from './schema-validator.js';
import type { PathSegment, YamlSource } from './yaml-source.js';

/** Checks the shape of the file against the published JSON Schema and explains every violation in place. */
export function schemaDiagnostics(data: unknown, source: YamlSource): Diagnostic[] {
  const validate = compatibilityValidator();
  if (validate(data)) return [];
  const errors = (validate.errors ?? []).filter((e) => !isWrapperError(e));
  return errors.map((e) => explain(e, source));
}

/** `propertyNames` and `$ref` failures are reported once, through the error that says what is wrong. */
function isWrapperError(e: ErrorObject): boolean {
  return e.keyword === 'if' || (e.keyword === 'pattern' && 'propertyName' in e);
}

function pointerToPath(pointer: string): PathSegment[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

export function pathLabel(path: readonly PathSegment[]): string {
  let label = '';
  for (const s of path) label += typeof s === 'number' ? `[${s}]` : label ? `.${s}` : s;
  return label || 'the file';
}

function explain(e: ErrorObject, source: YamlSource): Diagnostic {
  const path = pointerToPath(e.instancePath);
  const label = pathLabel(path);
  const at = source.valueLocation(path);
  const parent = e.parentSchema as { properties?: Record<string, unknown>; patternErrorMessage?: string; enum?: string[] } | undefined;
  const base = (code: string, message: string, hint?: string, location = at): Diagnostic => ({
    code,
    message,
    ...(location ? { location } : {}),
    ...(hint ? { hint } : {}),
  });

  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(e.params.additionalProperty);
      const known = Object.keys(parent?.properties ?? {}).filter((k) => k !== '$schema');
      const guess = didYouMean(key, known);
      return base(
        'unknown-key',
        `unknown key "${key}" in ${label}`,
        guess ? `did you mean "${guess}"?` : `allowed keys: ${known.join(', ')}`,
        source.keyLocation([...path, key]),
      );
    }
    case 'required':
      return base('missing-key', `${label} is missing the required key "${String(e.params.missingProperty)}"`);
    case 'type':
      return explainType(e, path, label, source, base);
    case 'enum': {
      const allowed = (e.params.allowedValues as unknown[]).map(String);
      const guess = didYouMean(String(e.data), allowed);
      return base(
        'bad-value',
        `${label} is "${String(e.data)}", which is not one of: ${allowed.join(', ')}`,
        guess ? `did you mean "${guess}"?` : undefined,
      );
    }
    case 'pattern':
      return base('bad-value', `${label} "${String(e.data)}" ${parent?.patternErrorMessage ?? `does not match ${String(e.params.pattern)}`}`);
    case 'propertyNames': {
      const name = String(e.params.propertyName);
      return base('bad-name', `${label}: name "${name}" must be lowercase letters, digits and dashes`, undefined, source.keyLocation([...path, name]));
    }
    case 'minItems':
      return base('empty', `${label} must not be empty`);
    case 'minLength':
      return base('empty', `${label} must not be empty`);
    case 'uniqueItems': {
      const items = e.data as unknown[];
      const j = Number(e.params.j);
      return base('duplicate', `${label} lists "${String(items[j])}" twice`, undefined, source.valueLocation([...path, Number(e.params.i)]));
    }
    case 'format':
      return e.params.format === 'uri'
        ? base('bad-value', `${label} "${String(e.data)}" is not a URL`, 'write an absolute URL, e.g. https://acme.github.io/platform')
        : base('bad-value', `${label} "${String(e.data)}" is not a valid ${String(e.params.format)}`);
    default:
      return base('schema', `${label} ${e.message ?? 'is not valid'}`);
  }
}

function explainType(
  e: ErrorObject,
  path: PathSegment[],
  label: string,
  source: YamlSource,
  base: (code: string, message: string, hint?: string) => Diagnostic,
): Diagnostic {
  const expected = String(e.params.type);
  const written = source.sourceText(path);
  if (expected === 'string' && typeof e.data === 'number' && written !== undefined) {
    if (written !== String(e.data)) {
      return base(
        'yaml-number',
        `${label} is written ${written}, which YAML reads as the number ${String(e.data)}`,
        `quote it: "${written}"`,
      );
    }
    return base('yaml-number', `${label} must be a string, but YAML reads ${written} as a number`, `quote it: "${written}"`);
  }
  const actual = e.data === null ? 'empty' : Array.isArray(e.data) ? 'a list' : typeof e.data === 'object' ? 'a mapping' : `a ${typeof e.data}`;
  const wanted = expected === 'object' ? 'a mapping' : expected === 'array' ? 'a list' : `a ${expected}`;
  return base('bad-type', `${label} must be ${wanted}, but is ${actual}`);
}
