import jsYaml from 'js-yaml';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { BundleSpec } from '../../src/bundle/build.js';
import { renderBundleIndex } from '../../src/bundle/bundle-index.js';
import type { WrittenFile } from '../../src/bundle/tar-writer.js';

const spec: BundleSpec = {
  name: 'demo-k8s',
  release: { name: 'demo', version: '2.1.0' },
  file: 'demo-k8s-2.1.0.tar.gz',
  top: 'demo-k8s-2.1.0',
  components: [{ name: 'app', kind: 'chart', version: '1.2.3', path: 'app', requires: { kubernetes: '>=1.27' } }],
  requires: { kubernetes: '>=1.27' },
  sources: [],
};
const sha = (n: number) => n.toString(16).padStart(64, 'a');
const file = (path: string, n = 1): WrittenFile => ({ path, type: 'file', mode: 0o644, size: n * 100, sha256: sha(n) });

function asDocument(files: WrittenFile[]) {
  return {
    schemaVersion: 1,
    bundle: spec.name,
    release: spec.release,
    components: spec.components,
    files: files.map((f) => ({ path: f.path, mode: `0${f.mode.toString(8)}`, ...(f.type === 'file' ? { size: f.size, sha256: f.sha256 } : { link: f.target }) })),
  };
}

describe('bundle.yaml', () => {
  it('is written as the yaml library writes the same document, for ordinary names', () => {
    const files = [file('app/Chart.yaml'), file('app/templates/deploy-1.yaml', 2), { path: 'bin/run', type: 'symlink', mode: 0o777, size: 0, target: '../tools/run.sh' } as WrittenFile, { ...file('tools/install.sh', 3), mode: 0o755 }];
    const text = renderBundleIndex(spec, files);
    expect(text).toBe(`# Slipway bundle index: every file of this bundle with its sha256 (schema: bundle.schema.json).\n${stringify(asDocument(files), { lineWidth: 0 })}`);
    expect(renderBundleIndex(spec, [])).toBe(`# Slipway bundle index: every file of this bundle with its sha256 (schema: bundle.schema.json).\n${stringify(asDocument([]), { lineWidth: 0 })}`);
  });

  it('reads back as the same strings for names a YAML reader could take for something else', () => {
    const names = ['yes', 'No', 'on', 'null', '0755', '1e5', '1_000', '0x1F', '2024-01-02', 'a b', 'x: y', '#x', '- x', '"q"', "it's", 'back\\slash', 'tab\tname', 'ünïcödé/ファイル', 'line\u2028sep', '1.0', '~', '.5', '.inf', '.NaN', '.hidden'];
    const files = names.map((n, i) => file(`dir/${i}/../${n}`, i + 1)).concat(names.map((n, i) => file(n, i + 100)));
    files.push(file('digits', 0), { ...file('all-digit-sha'), sha256: '1'.repeat(64) }, { ...file('exp-sha'), sha256: `1e${'2'.repeat(62)}` });
    const text = renderBundleIndex(spec, files);
    const expected = asDocument(files);
    expect(parse(text)).toEqual(expected);
    expect(jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA })).toEqual(expected);
    // YAML 1.1 readers (the default schema of js-yaml, PyYAML) too.
    expect(jsYaml.load(text)).toEqual(expected);
    expect(parse(text, { version: '1.1' })).toEqual(expected);
  });
});
