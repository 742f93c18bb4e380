// Generated data for the bundle benchmarks: a project whose bundles each hold a few thousand small text files and
// a few large files that compress about as well as real release contents (half random, half text).
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const TEXT = Buffer.from('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: example\ndata:\n  key: value\n'.repeat(800));

function largeFile(file, bytes) {
  const block = 1 << 20;
  const parts = [];
  for (let done = 0; done < bytes; done += block) {
    const n = Math.min(block, bytes - done);
    parts.push((done / block) % 2 === 0 ? randomBytes(n) : TEXT.subarray(0, Math.min(n, TEXT.length)).toString().padEnd(n, '#'));
  }
  writeFileSync(file, Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : p))));
}

/** Writes `dir/compatibility.yaml` with `bundles` bundles of about `megabytes` MB each; returns the bundle folders. */
export function writeBenchProject(dir, { bundles = 3, megabytes = 250, smallFiles = 3000 } = {}) {
  const components = [];
  const folders = [];
  for (let b = 0; b < bundles; b++) {
    const src = path.join(dir, `part${b}`);
    folders.push(src);
    for (let i = 0; i < smallFiles; i++) {
      const sub = path.join(src, 'manifests', `group${i % 50}`);
      mkdirSync(sub, { recursive: true });
      writeFileSync(path.join(sub, `resource-${i}.yaml`), `# resource ${i} of bundle ${b}\n${TEXT.subarray(0, 1000 + (i % 7) * 500).toString()}`);
    }
    mkdirSync(path.join(src, 'images'), { recursive: true });
    const smallTotal = smallFiles * 2500;
    const large = Math.max(0, megabytes * 1024 * 1024 - smallTotal);
    const count = 4;
    for (let i = 0; i < count; i++) largeFile(path.join(src, 'images', `layer-${i}.bin`), Math.floor(large / count));
    components.push(`  - name: part${b}\n    kind: files\n    version: 1.0.0\n    source: part${b}`);
  }
  const yaml = [
    'apiVersion: slipway/v1',
    'release:\n  name: bench\n  version: 1.0.0',
    'components:',
    ...components,
    'bundles:',
    ...folders.map((_, b) => `  - name: b${b}\n    components: [part${b}]`),
    'targets:\n  assets:\n    name: "{bundle}-{version}"',
    '',
  ].join('\n');
  writeFileSync(path.join(dir, 'compatibility.yaml'), yaml);
  return folders;
}
