// slipway verify against sha256sum -c on the same release folder: three bundles of about 250 MB each (3000 small
// files and 4 large ones), their manifest.yaml and SHA256SUMS. Goal: at most 1.0x. sha256sum only hashes the
// .tar.gz files; slipway also decompresses each bundle and checks every file inside against its bundle.yaml.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { writeBenchProject } from './bundle-data.mjs';
import { both, measureInTurns, report } from './measure.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const bin = path.join(root, 'bin/slipway.js');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'slipway-bench-verify-'));
const runs = Number(process.env.BENCH_RUNS ?? 9);

try {
  const project = path.join(tmp, 'project');
  writeBenchProject(project, { bundles: 3, megabytes: 250 });
  const out = path.join(tmp, 'release');
  const built = spawnSync(process.execPath, [bin, 'bundle', '--config', path.join(project, 'compatibility.yaml'), '--out', out, '--version', '1.0.0'], { env: { ...process.env, SOURCE_DATE_EPOCH: '0' }, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(built.stderr);
  rmSync(project, { recursive: true, force: true });
  // In turns, so that both meet the same load on a shared machine.
  const [gnu, slipway] = measureInTurns([
    { command: 'sha256sum', args: ['-c', '--quiet', 'SHA256SUMS'], cwd: out },
    { command: process.execPath, args: [bin, 'verify', out] },
  ], { runs });
  report(`verify: a release of three 250 MB bundles (median of ${runs} runs each, taken in turns)`, [
    ['sha256sum -c SHA256SUMS', both(gnu)],
    ['slipway verify (also every file inside each bundle)', `${both(slipway)}, peak ${slipway.rssMB.toFixed(0)} MB`],
    ['ratio (goal <= 1.0x)', `${(slipway.wall / gnu.wall).toFixed(2)}x wall, ${(slipway.cpu / gnu.cpu).toFixed(2)}x cpu`],
  ]);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
