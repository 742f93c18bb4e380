// slipway bundle --format zip against Info-ZIP's zip, which a user would otherwise run
//   zip -q -r -X -6 - DIR | sha256sum
// on the same generated data (3000 small files and 4 large ones, about 250 MB), both deflating at level 6.
// Slipway also hashes every file, writes bundle.yaml, manifest.yaml and SHA256SUMS, and its zip is reproducible
// (sorted entries, fixed times and modes); zip -X only leaves out the uid/gid fields.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeBenchProject } from './bundle-data.mjs';
import { both, measureCommand, report } from './measure.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const bin = path.join(root, 'bin/slipway.js');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'slipway-bench-bundle-zip-'));
const env = { ...process.env, SOURCE_DATE_EPOCH: '0' };
const runs = Number(process.env.BENCH_RUNS ?? 3);

try {
  const project = path.join(tmp, 'project');
  const [folder] = writeBenchProject(project, { bundles: 1, megabytes: 250 });
  const out = path.join(tmp, 'out');
  const infoZip = measureCommand('sh', ['-c', `cd ${project} && zip -q -r -X -6 - ${path.basename(folder)} | sha256sum > /dev/null`], { runs, env });
  const slipway = (format) =>
    measureCommand('sh', ['-c', `rm -rf ${out} && "${process.execPath}" ${bin} bundle --config ${path.join(project, 'compatibility.yaml')} --out ${out} --version 1.0.0 --format ${format}`], { runs, env });
  const zip = slipway('zip');
  const tarGz = slipway('tar.gz');
  report('bundle --format zip: one bundle of 250 MB (3000 small files, 4 large)', [
    ['zip -r -X -6 | sha256sum', both(infoZip)],
    ['slipway bundle --format zip', `${both(zip)}, peak ${zip.rssMB.toFixed(0)} MB`],
    ['ratio', `${(zip.wall / infoZip.wall).toFixed(2)}x wall`],
    ['slipway bundle (tar.gz), for scale', `${both(tarGz)}, peak ${tarGz.rssMB.toFixed(0)} MB`],
  ]);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
