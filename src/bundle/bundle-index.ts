import { stringify } from 'yaml';
import { sha256Hex } from '../util/hash.js';
import type { BundleFormat, BundleSpec } from './build.js';
import { BUNDLE_INDEX_FILE, type BundleDetails, type BundleIndex } from './documents-model.js';
import type { WrittenFile } from './tar-writer.js';

/**
 * A bundle's bundle.yaml as the last entry of its archive, made from the files written before it, and what the
 * release manifest says of the bundle once it is written: the same for the .tar.gz and the .zip.
 */
export class BundleIndexEntry {
  readonly path = BUNDLE_INDEX_FILE;
  private files = 0;
  private sha256 = '';

  constructor(private readonly spec: BundleSpec) {}

  readonly render = (files: WrittenFile[]): Buffer => {
    const data = Buffer.from(renderBundleIndex(this.spec, files));
    this.files = files.length;
    this.sha256 = sha256Hex(data);
    return data;
  };

  /** The bundle's entry in manifest.yaml; a .tar.gz adds the sha256 and size of its uncompressed tar. */
  details(format: BundleFormat, tar?: { tarSha256: string; tarSize: number }): BundleDetails {
    const { spec } = this;
    return { name: spec.name, format, top: spec.top, ...tar, indexSha256: this.sha256, files: this.files, components: spec.components.map(({ path: _p, ...c }) => c), requires: spec.requires };
  }
}

/**
 * bundle.yaml, the last entry of a bundle: the same text in the .tar.gz and the .zip of one bundle. The file list is
 * written line by line: as one YAML document of thousands of nodes it would cost more memory than the whole
 * streaming build (the collector grows its young generation for it).
 */
export function renderBundleIndex(spec: BundleSpec, files: WrittenFile[]): string {
  const head: Omit<BundleIndex, 'files'> = { schemaVersion: 1, bundle: spec.name, release: spec.release, components: spec.components };
  const list = files.map(
    (f) =>
      `  - path: ${yamlString(f.path)}\n    mode: "0${f.mode.toString(8)}"\n` +
      (f.type === 'file' ? `    size: ${f.size}\n    sha256: ${yamlString(f.sha256!)}\n` : `    link: ${yamlString(f.target!)}\n`),
  );
  return `# Slipway bundle index: every file of this bundle with its sha256 (schema: bundle.schema.json).\n${stringify(head, { lineWidth: 0 })}files:${list.length ? `\n${list.join('')}` : ' []\n'}`;
}

/** Plain where no YAML reader (1.1 or 1.2) could take it for anything but a string; else double-quoted. */
function yamlString(value: string): string {
  if (PLAIN.test(value) && !AMBIGUOUS.test(value)) return value;
  return JSON.stringify(value).replace(/[\u0085\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const PLAIN = /^[\w.][\w./@+-]*$/;
/** Numbers, booleans, null and dates in YAML 1.1 or 1.2. */
const AMBIGUOUS = /^(?:[-+]?[0-9][0-9_]*(?:\.[0-9_]*)?(?:e[-+]?[0-9]+)?|[-+]?\.[0-9][0-9_]*(?:e[-+]?[0-9]+)?|\.(?:inf|nan)|0x[0-9a-f_]+|0o[0-7_]+|0b[01_]+|\d{4}-\d\d?-\d\d?.*|y|n|yes|no|on|off|true|false|null)$/i;
