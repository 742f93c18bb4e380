// Chart repository indexes at scale, whole `slipway chart index` processes:
//   1. index 5,000 chart versions from their packages (goal: under 3 s);
//   2. add one chart to an index of 15,000 entries (goal: under 1.5 s, peak memory under 300 MB);
// each beside the floor: the YAML library (`yaml`, what a Node tool would use) parsing and writing the same index,
// nothing else. Helm itself is not installed here; its `helm repo index` reads every package the same way.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { both, measureCommand, report } from './measure.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const { Header } = createRequire(import.meta.url)('tar');
const dir = mkdtempSync(path.join(os.tmpdir(), 'slipway-bench-helm-'));
const bin = path.join(root, 'bin/slipway.js');
const url = 'https://acme.github.io/charts';

/** A small chart package (Chart.yaml, values.yaml, one template) as `helm package` would lay it out. */
function chartPackage(name, version) {
  const files = {
    'Chart.yaml': `apiVersion: v2\nname: ${name}\nversion: ${version}\nappVersion: "${version}"\ndescription: Chart ${name} of the benchmark, a description long enough to be folded by the index writer as Helm does\ntype: application\nkeywords: [bench, ${name}]\nmaintainers:\n  - name: Bench team\n    email: bench@example.com\n`,
    'values.yaml': `replicas: 2\nimage: example/${name}:${version}\n`,
    'templates/deployment.yaml': `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}-${name}\n`,
  };
  const blocks = [];
  for (const [p, body] of Object.entries(files)) {
    const data = Buffer.from(body);
    const header = Buffer.alloc(512);
    new Header({ path: `${name}/${p}`, mode: 0o644, size: data.length, mtime: new Date(0), type: 'File' }).encode(header, 0);
    blocks.push(header, data, Buffer.alloc((512 - (data.length % 512)) % 512));
  }
  blocks.push(Buffer.alloc(1024));
  return gzipSync(Buffer.concat(blocks));
}

/** The floor: read the index with the YAML library and write it back, in a process of its own. */
const floorScript = path.join(dir, 'yaml-floor.cjs');
writeFileSync(
  floorScript,
  `const { readFileSync, writeFileSync } = require('node:fs');\nconst YAML = require(${JSON.stringify(path.join(root, 'node_modules/yaml'))});\nconst doc = YAML.parse(readFileSync(process.argv[2], 'utf8'));\nwriteFileSync(process.argv[3], YAML.stringify(doc));\n`,
);

try {
  // 1. 5,000 versions: 500 charts x 10 versions.
  const repo = path.join(dir, 'repo');
  mkdirSync(repo);
  for (let c = 0; c < 500; c++) for (let v = 0; v < 10; v++) writeFileSync(path.join(repo, `chart-${c}-1.${v}.0.tgz`), chartPackage(`chart-${c}`, `1.${v}.0`));
  const fresh = () => rmSync(path.join(repo, 'index.yaml'), { force: true });
  // Each run starts from no index, so every run reads and indexes all 5,000 packages.
  const index5k = measureCommand('sh', ['-c', `rm -f '${repo}/index.yaml' && exec '${process.execPath}' '${bin}' chart index '${repo}' --url ${url}`], { runs: 3 });
  fresh();
  measureCommand(process.execPath, [bin, 'chart', 'index', repo, '--url', url], { runs: 0 });
  const floor5k = measureCommand(process.execPath, [floorScript, path.join(repo, 'index.yaml'), path.join(dir, 'floor-5k.yaml')], { runs: 3 });
  report('index 5,000 chart versions from their packages (goal: under 3 s)', [
    ['slipway chart index (read 5,000 .tgz, sha256, write)', both(index5k)],
    ['floor: the yaml library parsing and writing that index', both(floor5k)],
    ['ratio slipway / floor', `${(index5k.wall / floor5k.wall).toFixed(2)}x`],
  ]);

  // 2. One more chart into a 15,000-entry index: build it from the 5,000 above, three times over under other names.
  const big = path.join(dir, 'big');
  mkdirSync(big);
  const lines = ['apiVersion: v1', 'entries:'];
  for (let c = 0; c < 1500; c++) {
    lines.push(`  chart-${c}:`);
    for (let v = 9; v >= 0; v--) {
      lines.push(
        '  - apiVersion: v2', `    appVersion: 1.${v}.0`, '    created: "2025-06-01T12:00:00.123456789Z"',
        `    description: Chart chart-${c} of the benchmark, a description long enough to be folded by the index writer`, '      as Helm does',
        `    digest: ${(c * 10 + v).toString(16).padStart(64, '0')}`, '    keywords:', '    - bench', `    - chart-${c}`,
        '    maintainers:', '    - email: bench@example.com', '      name: Bench team', `    name: chart-${c}`, '    type: application',
        '    urls:', `    - ${url}/chart-${c}-1.${v}.0.tgz`, `    version: 1.${v}.0`,
      );
    }
  }
  lines.push('generated: "2025-06-01T12:00:00Z"', '');
  const bigIndex = lines.join('\n');
  writeFileSync(path.join(big, 'base.yaml'), bigIndex);
  writeFileSync(path.join(big, 'newchart-0.1.0.tgz'), chartPackage('newchart', '0.1.0'));
  const add = measureCommand('sh', ['-c', `cp '${big}/base.yaml' '${big}/index.yaml' && exec '${process.execPath}' '${bin}' chart index '${big}' --url ${url}`], { runs: 5 });
  copyFileSync(path.join(big, 'base.yaml'), path.join(big, 'index.yaml'));
  const floor15k = measureCommand(process.execPath, [floorScript, path.join(big, 'base.yaml'), path.join(dir, 'floor-15k.yaml')], { runs: 3 });
  report('add one chart to an index of 15,000 entries (goal: under 1.5 s, peak memory under 300 MB)', [
    ['slipway chart index (merge, write)', `${both(add)}, peak ${add.rssMB.toFixed(0)} MB`],
    ['floor: the yaml library parsing and writing that index', `${both(floor15k)}, peak ${floor15k.rssMB.toFixed(0)} MB`],
    ['ratio slipway / floor', `${(add.wall / floor15k.wall).toFixed(2)}x`],
  ]);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
