import { stringify } from 'yaml';
import type { BundleSpec } from './build.js';
import type { BundleIndex } from './documents-model.js';
import type { WrittenFile } from './tar-writer.js';

/** bundle.yaml, the last entry of a bundle: the same text in the .tar.gz and the .zip of one bundle. */
export function renderBundleIndex(spec: BundleSpec, files: WrittenFile[]): string {
  const index: BundleIndex = {
    schemaVersion: 1,
    bundle: spec.name,
    release: spec.release,
    components: spec.components,
    files: files.map((f) => ({
      path: f.path,
      mode: `0${f.mode.toString(8)}`,
      ...(f.type === 'file' ? { size: f.size, sha256: f.sha256! } : { link: f.target! }),
    })),
  };
  return `# Slipway bundle index: every file of this bundle with its sha256 (schema: bundle.schema.json).\n${stringify(index, { lineWidth: 0 })}`;
}

