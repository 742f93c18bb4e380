// The main job: a whole local release of examples/platform, with the same commands a workflow runs.
// Everything lands in out/release; nothing leaves the machine.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const example = path.join(root, 'examples/platform');
const out = path.join(root, 'out');
const release = path.join(out, 'release');
const version = process.env.SLIPWAY_DEMO_VERSION ?? '1.4.0';
// Reproducible: the same bytes on every run and every machine.
const env = { ...process.env, SOURCE_DATE_EPOCH: process.env.SOURCE_DATE_EPOCH ?? '1767225600' };

function slipway(...args) {
  console.log(`\n$ slipway ${args.join(' ')}`);
  const r = spawnSync(process.execPath, [path.join(root, 'bin/slipway.js'), ...args], { cwd: example, env, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`\ndemo: "slipway ${args[0]}" failed with exit code ${r.status}`);
    process.exit(r.status ?? 1);
  }
}

spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
rmSync(out, { recursive: true, force: true });
mkdirSync(release, { recursive: true });

slipway('validate');
slipway('plan', '--version', version, '--format', 'markdown');
slipway('matrix');
slipway('check', 'kubernetes=1.30', 'helm=3.15', 'docker=26.1');

// The reproducible bundles, with manifest.yaml and SHA256SUMS: the release folder the other artifacts join.
slipway('bundle', '--out', path.relative(example, release), '--version', version);

// The Helm chart: linted, packaged reproducibly and indexed as a chart repository (what the Pages branch serves).
const charts = path.relative(example, path.join(release, 'charts'));
slipway('chart', 'lint', 'charts/gateway');
slipway('chart', 'package', 'charts/gateway', '--out', charts);
slipway('chart', 'index', charts, '--url', 'https://acme.github.io/platform/charts');

// The Windows installers: built with wixl when it is here (scripts/setup.sh installs it), else only their WiX
// sources, with the ways to build them.
const hasWixl = spawnSync('sh', ['-c', 'command -v wixl && command -v msiinfo && command -v msibuild'], { stdio: 'ignore' }).status === 0;
if (hasWixl) {
  slipway('msi', 'build', '--out', path.relative(example, release), '--version', version);
} else {
  slipway('msi', 'generate', '--out', path.relative(example, path.join(out, 'msi-sources')), '--version', version);
  console.log([
    '',
    'demo: wixl is not installed, so the installers were generated but not built. To build them:',
    '  on Debian or Ubuntu: sudo apt-get install wixl msitools (or bash scripts/setup.sh), then npm run demo again;',
    '  on Windows: run out/msi-sources/<installer>/build.cmd (it installs the pinned WiX with dotnet tool install).',
  ].join('\n'));
}

// The local twin of the GitHub release (out/releases/<tag>/), then what an operator does on the receiving end:
// fetch it from a copied folder, verifying every file before keeping it, and check the whole folder offline.
const releases = path.join(out, 'releases');
slipway('verify', path.relative(example, release));
slipway('publish', path.relative(example, release), '--to', path.relative(example, releases));
slipway('download', '--from', path.relative(example, releases), '--tag', `v${version}`, '--dest', path.relative(example, path.join(out, 'download')));
slipway('verify', path.relative(example, path.join(out, 'download')));

console.log(`\ndemo: local release of acme-platform ${version} in ${path.relative(process.cwd(), release) || release}`);
