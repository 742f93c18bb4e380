import { describe, expect, it } from 'vitest';
import { parseManifest } from '../../src/bundle/documents.js';

const manifest = (bundle: string) => `schemaVersion: 1
release:
  name: demo
  version: 2.1.0
artifacts:
  - file: demo-k8s-2.1.0.zip
    kind: bundle
    size: 10
    sha256: ${'a'.repeat(64)}
    bundle:
      name: k8s
      format: zip
      top: demo-k8s-2.1.0
${bundle}      components: []
      requires: {}
`;

describe('manifest.yaml for a zip bundle', () => {
  it('records the sha256 of bundle.yaml, not a tar digest', () => {
    expect(parseManifest(manifest(`      indexSha256: ${'b'.repeat(64)}\n`), 'manifest.yaml').artifacts[0]!.bundle!.indexSha256).toBe('b'.repeat(64));
    expect(() => parseManifest(manifest(''), 'manifest.yaml')).toThrow('must have required property \'indexSha256\'');
    expect(() => parseManifest(manifest(`      indexSha256: ${'b'.repeat(64)}\n      tarSha256: ${'c'.repeat(64)}\n`), 'manifest.yaml')).toThrow('must NOT be valid');
  });
});
