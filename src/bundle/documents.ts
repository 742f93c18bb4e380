import type { ValidateFunction } from 'ajv';
import { SlipwayError, type Diagnostic } from '../errors/diagnostic.js';
import { YamlSource, type PathSegment } from '../matrix/yaml-source.js';
import { bundleIndexValidator, manifestValidator } from './document-validators.js';
import type { BundleIndex, ReleaseManifest } from './documents-model.js';

/**
 * manifest.yaml and bundle.yaml come from outside (a download, a copied folder): they are checked against their
 * published schemas, and every violation names the file, line and column.
 */
function parseDocument<T>(text: string, file: string, validate: ValidateFunction, code: string): T {
  const source = new YamlSource(file, text);
  // The fast reader first: positions are worked out only to explain a problem (bundle.yaml lists thousands of files).
  const fast = source.data();
  if (!fast) {
    const syntax = source.syntaxErrors();
    throw new SlipwayError((syntax.length ? syntax : [{ code, message: 'not readable as YAML', location: { file, line: 1, col: 1 } }]).map((d) => ({ ...d, code })));
  }
  const data = fast.value;
  if (validate(data)) return data as T;
  const diagnostics: Diagnostic[] = (validate.errors ?? []).map((e) => {
    const segments: PathSegment[] = e.instancePath === '' ? [] : e.instancePath.slice(1).split('/').map((s) => (/^\d+$/.test(s) ? Number(s) : s.replaceAll('~1', '/').replaceAll('~0', '~')));
    const location = source.valueLocation(segments) ?? { file, line: 1, col: 1 };
    return { code, message: `${e.instancePath || '(document)'} ${e.message ?? 'is invalid'}`, location };
  });
  throw new SlipwayError(diagnostics);
}

export function parseManifest(text: string, file: string): ReleaseManifest {
  return parseDocument<ReleaseManifest>(text, file, manifestValidator(), 'manifest-invalid');
}

export function parseBundleIndex(text: string, file: string): BundleIndex {
  return parseDocument<BundleIndex>(text, file, bundleIndexValidator(), 'bundle-index-invalid');
}
