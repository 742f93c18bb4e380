// slipway bundle against the GNU pipeline a user would otherwise run
//   tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -cf - DIR | gzip -N -n | sha256sum
// on the same generated data (3000 small files and 4 large ones, about 250 MB per bundle), both at gzip level 6.
// Goals: one bundle <= 1.0x the pipeline; three bundles <= 0.7x the pipeline run three times in sequence; peak
// memory under 150 MB for a 1 GB bundle. Slipway also hashes every file and the uncompressed tar, and writes
// bundle.yaml, manifest.yaml and SHA256SUMS.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeBenchProject } from './bundle-data.mjs';
import { both, measureCommand, report } from './measure.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const bin = path.join(root, 'bin/slipway.js');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'slipway-bench-bundle-'));
const env = { ...process.env, SOURCE_DATE_EPOCH: '0' };
const runs = Number(process.env.BENCH_RUNS ?? 3);

try {
  const project = path.join(tmp, 'project');
  const folders = writeBenchProject(project, { bundles: 3, megabytes: 250 });
  const out = path.join(tmp, 'out');
  const gnuPipe = (dirs) => dirs.map((d) => `tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -cf - -C ${project} ${path.basename(d)} | gzip -N -n -6 | sha256sum > /dev/null`).join(' && ');
  // Each run starts from an empty folder, as a build does (an existing bundle would be hashed first, to be kept
  // if unchanged); the GNU pipeline writes nothing at all.
  const slipway = (bundles) => ['-c', `rm -rf ${out} && "${process.execPath}" ${bin} bundle --config ${path.join(project, 'compatibility.yaml')} --out ${out} --version 1.0.0 ${bundles.map((b) => `--bundle ${b}`).join(' ')}`];

  const g1 = measureCommand('sh', ['-c', `mkdir -p ${out} && ${gnuPipe(folders.slice(0, 1))}`], { runs, env });
  const s1 = measureCommand('sh', slipway(['b0']), { runs, env });
  report('bundle: one bundle of 250 MB (3000 small files, 4 large)', [
    ['GNU tar | gzip -6 | sha256sum', both(g1)],
    ['slipway bundle', `${both(s1)}, peak ${s1.rssMB.toFixed(0)} MB`],
    ['ratio (goal <= 1.0x)', `${(s1.wall / g1.wall).toFixed(2)}x wall`],
  ]);

  const g3 = measureCommand('sh', ['-c', `mkdir -p ${out} && ${gnuPipe(folders)}`], { runs, env });
  const s3 = measureCommand('sh', slipway([]), { runs, env });
  report('bundle: a release of three such bundles', [
    ['GNU pipeline, one bundle after the other', both(g3)],
    [`slipway bundle (${os.availableParallelism()} cores)`, `${both(s3)}, peak ${s3.rssMB.toFixed(0)} MB`],
    ['ratio (goal <= 0.7x)', `${(s3.wall / g3.wall).toFixed(2)}x wall`],
  ]);
  rmSync(project, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });

  const big = path.join(tmp, 'big');
  writeBenchProject(big, { bundles: 1, megabytes: 1024, smallFiles: 3000 });
  const m = measureCommand(process.execPath, [bin, 'bundle', '--config', path.join(big, 'compatibility.yaml'), '--out', path.join(tmp, 'big-out'), '--version', '1.0.0', '--replace'], { runs: 1, env });
  report('bundle: memory for one 1 GB bundle', [
    ['slipway bundle', `${both(m)}, peak ${m.rssMB.toFixed(0)} MB (goal < 150 MB)`],
  ]);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
