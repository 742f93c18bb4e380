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

/** Runs one step and stops the demo when it fails; slipwayOutput returns the step's output instead of showing it. */
function slipway(...args) {
  return run(args, false);
}

function slipwayOutput(...args) {
  return run(args, true);
}

function run(args, capture) {
  if (!capture) console.log(`\n$ slipway ${args.join(' ')}`);
  const r = spawnSync(process.execPath, [path.join(root, 'bin/slipway.js'), ...args], {
    cwd: example,
    env,
    ...(capture ? { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] } : { stdio: 'inherit' }),
  });
  if (r.status !== 0) {
    console.error(`\ndemo: "slipway ${args[0]}" failed with exit code ${r.status}`);
    process.exit(r.status ?? 1);
  }
  return r.stdout;
}

spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
rmSync(out, { recursive: true, force: true });
mkdirSync(release, { recursive: true });

slipway('validate');
slipway('plan', '--version', version, '--format', 'markdown');
slipway('matrix');
slipway('check', 'kubernetes=1.30', 'helm=3.15', 'docker=26.1');

// The reproducible bundles (.tar.gz, and .zip for Windows users), with manifest.yaml and SHA256SUMS: the release
// folder the other artifacts join.
slipway('bundle', '--out', path.relative(example, release), '--version', version, '--format', 'tar.gz,zip');

// The Helm chart: linted, packaged reproducibly into the release (charts/gateway-<version>.tgz, listed in its
// manifest.yaml and SHA256SUMS like the bundles) and indexed as a chart repository (what the Pages branch serves).
const charts = path.relative(example, path.join(release, 'charts'));
slipway('chart', 'lint', 'charts/gateway');
slipway('chart', 'package', 'charts/gateway', '--release', path.relative(example, release));
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

// The container images of the plan: built with buildah (FROM scratch, so no network) into OCI layouts under
// out/images, one multi-platform index per component. They are pushed only to a registry given in
// SLIPWAY_DEMO_REGISTRY (e.g. 127.0.0.1:5000); otherwise the push is shown as a dry run and the layouts stay local.
const hasBuildah = spawnSync('sh', ['-c', 'command -v buildah'], { stdio: 'ignore' }).status === 0;
if (hasBuildah) {
  const { buildLayout } = await import('./buildah-layout.mjs');
  const imageJobs = JSON.parse(slipwayOutput('plan', '--version', version)).jobs.image;
  const components = [...new Set(imageJobs.map((j) => j.component))];
  const registry = process.env.SLIPWAY_DEMO_REGISTRY;
  for (const component of components) {
    const jobs = imageJobs.filter((j) => j.component === component);
    const layout = path.join(out, 'images', component);
    console.log(`
$ buildah build ${jobs[0].file} for ${jobs.map((j) => j.platform).join(', ')} -> ${path.relative(root, layout)}`);
    await buildLayout({ context: path.join(example, jobs[0].context), file: path.join(example, jobs[0].file), platforms: jobs.map((j) => j.platform), out: layout, ref: version, epoch: env.SOURCE_DATE_EPOCH });
    const source = `oci:${path.relative(example, layout)}:${version}`;
    if (registry) slipway('image', 'push', source, '--to', `${registry}/${jobs[0].image.split('/').slice(1).join('/')}`, '--version', version, '--title', component);
    else slipway('image', 'push', source, '--to', jobs[0].image, '--version', version, '--latest', 'always', '--title', component, '--dry-run');
  }
  slipway('image', 'tags', '--version', version);
} else {
  console.log('\ndemo: buildah is not installed, so the images were not built (sudo apt-get install buildah, or bash scripts/setup.sh)');
}

console.log(`\ndemo: local release of acme-platform ${version} in ${path.relative(process.cwd(), release) || release}`);
