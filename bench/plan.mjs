// validate + plan of a generated 500-component release (goal: under 300 ms each, whole process), beside the floor:
// reading the same file with the YAML library and checking it against the JSON Schema with ajv, nothing more.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { both, measureCommand, report } from './measure.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dir = mkdtempSync(path.join(os.tmpdir(), 'slipway-bench-plan-'));
const kinds = ['chart', 'image', 'compose', 'terraform', 'files', 'installer'];
const count = 500;

const lines = [
  'apiVersion: slipway/v1',
  'release: { name: big, version: 3.2.1 }',
  'platforms:',
  '  kubernetes: ["1.29", "1.30", "1.31"]',
  '  helm: ["3.14", "3.15"]',
  'components:',
];
for (let i = 0; i < count; i++) {
  const kind = kinds[i % kinds.length];
  mkdirSync(path.join(dir, 'src', `c${i}`), { recursive: true });
  lines.push(`  - name: c${i}`, `    kind: ${kind}`, `    version: 1.${i % 50}.${i % 7}`, `    source: src/c${i}`, '    requires:');
  if (i > 0) lines.push(`      c${i - 1}: ">=1.0.0 <2.0.0"`);
  if (i > 10) lines.push(`      c${i - 10}: "^1.0.0"`);
  lines.push(`      kubernetes: ">=1.29.0 <1.32.0"`);
  if (kind === 'image') lines.push('    image:', '      platforms: [linux/amd64, linux/arm64]');
}
lines.push('bundles:');
for (let b = 0; b < 10; b++) {
  lines.push(`  - name: bundle-${b}`, `    components: [${Array.from({ length: 50 }, (_, j) => `c${b * 50 + j}`).join(', ')}]`);
}
const config = path.join(dir, 'compatibility.yaml');
writeFileSync(config, `${lines.join('\n')}\n`);

const floorScript = path.join(dir, 'floor.mjs');
writeFileSync(floorScript, `
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(${JSON.stringify(path.join(root, 'package.json'))});
const { parseDocument } = require('yaml');
const { Ajv } = require('ajv');
const schema = JSON.parse(readFileSync(${JSON.stringify(path.join(root, 'schema/compatibility.schema.json'))}, 'utf8'));
const doc = parseDocument(readFileSync(${JSON.stringify(config)}, 'utf8'));
if (!new Ajv({ strict: false, allErrors: true }).compile(schema)(doc.toJS())) process.exit(1);
`);

try {
  const bin = path.join(root, 'bin/slipway.js');
  const floor = measureCommand(process.execPath, [floorScript], { runs: 11 });
  const validate = measureCommand(process.execPath, [bin, 'validate', '-c', config], { runs: 11 });
  const plan = measureCommand(process.execPath, [bin, 'plan', '-c', config, '--version', '3.2.1'], { runs: 11 });
  const verdict = (m) => (m.wall < 300 ? 'ok' : m.cpu < 300 ? 'ok in cpu time (busy machine)' : 'OVER GOAL');
  report(`validate + plan of ${count} components, ${lines.length} lines (median of 11 runs, whole process)`, [
    ['yaml parse + ajv schema check alone (the floor)', both(floor)],
    ['slipway validate (goal < 300 ms)', `${both(validate)} ${verdict(validate)}`],
    ['slipway plan (goal < 300 ms)', `${both(plan)} ${verdict(plan)}`],
    ['ratio validate / floor (wall)', `${(validate.wall / floor.wall).toFixed(2)}x`],
  ]);
} finally {
  // --keep leaves the generated release behind for profiling.
  if (process.argv.includes('--keep')) console.log(`  kept ${config}`);
  else rmSync(dir, { recursive: true, force: true });
}
