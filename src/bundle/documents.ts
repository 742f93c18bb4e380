import { Ajv, type ValidateFunction } from 'ajv';
import bundleSchema from '../../schema/bundle.schema.json' with { type: 'json' };
import manifestSchema from '../../schema/release-manifest.schema.json' with { type: 'json' };
import { SlipwayError, type Diagnostic } from '../errors/diagnostic.js';
import { YamlSource, type PathSegment } from '../matrix/yaml-source.js';
import type { BundleIndex, ReleaseManifest } from './documents-model.js';

let ajv: Ajv | undefined;
const compiled = new Map<object, ValidateFunction>();

function validator(schema: object): ValidateFunction {
  ajv ??= new Ajv({ allErrors: true, strict: false });
  let v = compiled.get(schema);
  if (!v) compiled.set(schema, (v = ajv.compile(schema)));
  return v;
}

/**
 * manifest.yaml and bundle.yaml come from outside (a download, a copied folder): they are checked against their
 * published schemas, and every violation names the file, line and column.
 */
function parseDocument<T>(text: string, file: string, schema: object, code: string): T {
  const source = new YamlSource(file, text);
  // The fast reader first: positions are worked out only to explain a problem (bundle.yaml lists thousands of files).
  const fast = source.data();
  if (!fast) {
    const syntax = source.syntaxErrors();
    throw new SlipwayError((syntax.length ? syntax : [{ code, message: 'not readable as YAML', location: { file, line: 1, col: 1 } }]).map((d) => ({ ...d, code })));
  }
  const data = fast.value;
  const validate = validator(schema);
  if (validate(data)) return data as T;
  const diagnostics: Diagnostic[] = (validate.errors ?? []).map((e) => {
    const segments: PathSegment[] = e.instancePath === '' ? [] : e.instancePath.slice(1).split('/').map((s) => (/^\d+$/.test(s) ? Number(s) : s.replaceAll('~1', '/').replaceAll('~0', '~')));
    const location = source.valueLocation(segments) ?? { file, line: 1, col: 1 };
    return { code, message: `${e.instancePath || '(document)'} ${e.message ?? 'is invalid'}`, location };
  });
  throw new SlipwayError(diagnostics);
}

export function parseManifest(text: string, file: string): ReleaseManifest {
  return parseDocument<ReleaseManifest>(text, file, manifestSchema, 'manifest-invalid');
}

export function parseBundleIndex(text: string, file: string): BundleIndex {
  return parseDocument<BundleIndex>(text, file, bundleSchema, 'bundle-index-invalid');
}
