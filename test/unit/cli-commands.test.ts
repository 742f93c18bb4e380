import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { EXAMPLE } from '../helpers/example.js';
import { runCli } from '../helpers/run-cli.js';

const inExample = (...args: string[]) => runCli(args, { cwd: EXAMPLE });

describe('slipway (the command line)', () => {
  it('--version prints the version', () => {
    expect(runCli(['--version'])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it('--help lists every command', () => {
    const r = runCli(['--help']);
    expect(r.code).toBe(0);
    for (const command of ['validate', 'plan', 'matrix', 'check', 'list', 'show']) expect(r.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
  });

  it.each(['validate', 'plan', 'matrix', 'check', 'list', 'show'])('%s --help describes its options', (command) => {
    const r = runCli([command, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Usage: slipway ${command}`);
    expect(r.stdout).toContain('-c, --config <file>');
    expect(r.stdout).toContain('--json');
  });

  it('usage mistakes exit 2 with one line and no stack trace', () => {
    expect(runCli(['frobnicate'])).toEqual({ code: 2, stdout: '', stderr: "error: unknown command 'frobnicate'\n" });
    expect(runCli(['plan', '--format', 'yaml'])).toMatchObject({ code: 2, stderr: "error: option '-f, --format <format>' argument 'yaml' is invalid. Allowed choices are json, markdown.\n" });
    expect(runCli(['validate', '--bogus'])).toMatchObject({ code: 2, stderr: "error: unknown option '--bogus'\n" });
    expect(runCli([]).code).toBe(2);
  });

  it('a missing compatibility file is named, with a hint, exit 1', () => {
    expect(runCli(['validate', '-c', 'nope.yaml'])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'nope.yaml: no such file (hint: run in the folder that holds compatibility.yaml, or pass --config PATH)\n',
    });
  });
});

describe('slipway validate', () => {
  it('prints a one-line summary and exits 0 on the example', () => {
    expect(inExample('validate')).toEqual({
      code: 0,
      stdout: 'compatibility.yaml: valid: acme-platform, 8 components, 5 platforms, 3 bundles, 14 requirements satisfied\n',
      stderr: '',
    });
  });

  it('--json gives the same facts as data', () => {
    expect(JSON.parse(inExample('validate', '--json').stdout)).toEqual({
      valid: true, file: 'compatibility.yaml', release: 'acme-platform', components: 8, platforms: 5, bundles: 3, requirements: 14,
    });
  });
});

describe('slipway plan', () => {
  it('expands images per platform, puts installers on windows and tests charts on each supported Kubernetes', () => {
    const r = inExample('plan', '--version', '1.4.0');
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout);
    expect(plan.release).toEqual({ name: 'acme-platform', version: '1.4.0', tag: 'v1.4.0', prerelease: false, draft: false, versionSource: 'option' });
    expect(plan.config).toBe('compatibility.yaml');
    expect(plan.jobs.bundle.map((j: { asset: string }) => j.asset)).toEqual([
      'acme-platform-kubernetes-1.4.0', 'acme-platform-docker-1.4.0', 'acme-platform-terraform-1.4.0',
    ]);
    expect(plan.jobs.image).toEqual([
      { id: 'image-api-linux-amd64', name: 'image api linux/amd64', component: 'api', version: '1.4.0', platform: 'linux/amd64', os: 'linux', arch: 'amd64', runner: 'ubuntu-latest', image: 'ghcr.io/acme/api', context: 'images/api', file: 'images/api/Containerfile' },
      { id: 'image-api-linux-arm64', name: 'image api linux/arm64', component: 'api', version: '1.4.0', platform: 'linux/arm64', os: 'linux', arch: 'arm64', runner: 'ubuntu-24.04-arm', image: 'ghcr.io/acme/api', context: 'images/api', file: 'images/api/Containerfile' },
      { id: 'image-worker-linux-amd64', name: 'image worker linux/amd64', component: 'worker', version: '1.4.0', platform: 'linux/amd64', os: 'linux', arch: 'amd64', runner: 'ubuntu-latest', image: 'ghcr.io/acme/worker', context: 'images/worker', file: 'images/worker/Containerfile' },
    ]);
    expect(plan.jobs.chart).toEqual([{ id: 'chart-gateway', name: 'chart gateway', component: 'gateway', version: '0.9.2', path: 'charts/gateway', runner: 'ubuntu-latest' }]);
    expect(plan.jobs.installer).toEqual([
      { id: 'installer-acmectl', name: 'installer acmectl', component: 'acmectl', version: '1.4.0', path: 'installer', runner: 'windows-latest', os: 'windows' },
      { id: 'installer-stack-msi', name: 'installer stack-msi', component: 'stack-msi', version: '1.4.0', path: '', runner: 'windows-latest', os: 'windows' },
    ]);
    expect(plan.jobs.test.map((j: { platformVersion: string }) => j.platformVersion)).toEqual(['1.29', '1.30', '1.31']);
  });

  it('marks a prerelease version', () => {
    const plan = JSON.parse(inExample('plan', '--version', 'v2.0.0-rc.1').stdout);
    expect(plan.release).toMatchObject({ version: '2.0.0-rc.1', tag: 'v2.0.0-rc.1', prerelease: true });
  });

  it('prints a readable markdown table', () => {
    const r = inExample('plan', '--version', '1.4.0', '--format', 'markdown');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`## Release plan: acme-platform 1.4.0

Tag \`v1.4.0\`, stable; version from option.

| kind | job | version | runner | what |
| --- | --- | --- | --- | --- |
| bundle | bundle kubernetes | 1.4.0 | ubuntu-latest | acme-platform-kubernetes-1.4.0 (gateway, k8s-scripts) |
| bundle | bundle docker | 1.4.0 | ubuntu-latest | acme-platform-docker-1.4.0 (stack) |
| bundle | bundle terraform | 1.4.0 | ubuntu-latest | acme-platform-terraform-1.4.0 (cloud) |
| image | image api linux/amd64 | 1.4.0 | ubuntu-latest | ghcr.io/acme/api linux/amd64 |
| image | image api linux/arm64 | 1.4.0 | ubuntu-24.04-arm | ghcr.io/acme/api linux/arm64 |
| image | image worker linux/amd64 | 1.4.0 | ubuntu-latest | ghcr.io/acme/worker linux/amd64 |
| chart | chart gateway | 0.9.2 | ubuntu-latest | charts/gateway |
| installer | installer acmectl | 1.4.0 | windows-latest | installer |
| installer | installer stack-msi | 1.4.0 | windows-latest |  |
| test | test gateway on kubernetes 1.29 | 0.9.2 | ubuntu-latest | kubernetes 1.29 |
| test | test gateway on kubernetes 1.30 | 0.9.2 | ubuntu-latest | kubernetes 1.30 |
| test | test gateway on kubernetes 1.31 | 0.9.2 | ubuntu-latest | kubernetes 1.31 |

`);
  });

  it('takes the version from a pushed tag', () => {
    const r = runCli(['plan'], { cwd: EXAMPLE, env: { GITHUB_REF: 'refs/tags/v1.4.1' } });
    expect(JSON.parse(r.stdout).release).toMatchObject({ version: '1.4.1', versionSource: 'tag-ref' });
  });

  it('a malformed --version is a usage error (exit 2)', () => {
    expect(inExample('plan', '--version', 'banana')).toEqual({
      code: 2, stdout: '', stderr: '--version "banana" is not a SemVer version (hint: for example 1.4.0 or 2.0.0-rc.1)\n',
    });
  });
});

describe('slipway matrix', () => {
  it('prints the compatibility table as markdown', () => {
    const r = inExample('matrix');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`| component | kind | api | worker | gateway | kubernetes | helm | docker | terraform | windows |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
| api 1.4.0 | image |  |  |  |  |  |  |  |  |
| worker 1.4.0 | image | >=1.4.0 <2.0.0 |  |  |  |  |  |  |  |
| gateway 0.9.2 | chart | ~1.4.0 | ~1.4.0 |  | >=1.29.0 <1.32.0 | >=3.14.0 |  |  |  |`);
    expect(r.stdout).toContain('| kubernetes | 1.30 | gateway | - |');
  });

  it('and as JSON', () => {
    const table = JSON.parse(inExample('matrix', '--format', 'json').stdout);
    expect(table.targets).toEqual(['api', 'worker', 'gateway', 'kubernetes', 'helm', 'docker', 'terraform', 'windows']);
    expect(table.components[2]).toEqual({
      name: 'gateway', kind: 'chart', version: '0.9.2',
      requires: { api: '~1.4.0', worker: '~1.4.0', kubernetes: '>=1.29.0 <1.32.0', helm: '>=3.14.0' },
    });
  });
});

describe('slipway check', () => {
  it('says compatible and exits 0', () => {
    expect(inExample('check', 'kubernetes=1.30.4', 'helm=3.15')).toEqual({
      code: 0, stdout: 'compatible: acme-platform works with kubernetes 1.30.4, helm 3.15.0 (9 requirements checked)\n', stderr: '',
    });
  });

  it('explains each conflict with the place of the requirement, exit 1', () => {
    const r = inExample('check', 'kubernetes=1.28', 'api=1.3.0');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(`not compatible: 5 conflicts with kubernetes 1.28.0, api 1.3.0
  worker 1.4.0 requires api >=1.4.0 <2.0.0, but api 1.3.0 is installed (compatibility.yaml:35:12)
  gateway 0.9.2 requires api ~1.4.0, but api 1.3.0 is installed (compatibility.yaml:43:12)
  gateway 0.9.2 requires kubernetes >=1.29.0 <1.32.0, but kubernetes 1.28.0 is installed (compatibility.yaml:45:19)
  stack 1.4.0 requires api ~1.4.0, but api 1.3.0 is installed (compatibility.yaml:54:12)
  acmectl 1.4.0 requires api >=1.4.0 <2.0.0, but api 1.3.0 is installed (compatibility.yaml:81:12)
note: api 1.3.0 is not this release's version (1.4.0); its own requirements were not checked
`);
  });

  it('refuses what it cannot read, as a usage error', () => {
    expect(inExample('check', 'kubernets=1.30', 'helm')).toEqual({
      code: 2,
      stdout: '',
      stderr: '"kubernets" is neither a component nor a platform of acme-platform (hint: did you mean "kubernetes"?)\n"helm" is not name=version (hint: for example kubernetes=1.30.4 api=1.4.0)\n',
    });
    expect(inExample('check', 'api=1.4')).toMatchObject({ code: 2, stderr: 'api=1.4: "1.4" is not a version (hint: write MAJOR.MINOR.PATCH)\n' });
  });

  it('--json returns the conflicts as data', () => {
    const data = JSON.parse(inExample('check', 'kubernetes=1.32', '--json').stdout);
    expect(data).toEqual({
      compatible: false,
      checked: 8,
      conflicts: ['gateway 0.9.2 requires kubernetes >=1.29.0 <1.32.0, but kubernetes 1.32.0 is installed (compatibility.yaml:45:19)'],
      notes: [],
    });
  });
});

describe('slipway list and show', () => {
  it('lists the components', () => {
    expect(inExample('list').stdout).toBe(`api          image      1.4.0  HTTP API of the platform
worker       image      1.4.0  Background worker
gateway      chart      0.9.2  Helm chart that runs the API and the worker
stack        compose    1.4.0  docker-compose stack for a single host
cloud        terraform  0.6.1  Terraform module for the database and the queue
k8s-scripts  files      1.4.0  Install and upgrade scripts for Kubernetes
acmectl      installer  1.4.0  Operator tools for Windows
stack-msi    installer  1.4.0  The compose stack as a Windows installer
`);
  });

  it('shows one component with who requires it and where it is declared', () => {
    expect(inExample('show', 'gateway')).toEqual({
      code: 0,
      stderr: '',
      stdout: `gateway 0.9.2 (chart)
  Helm chart that runs the API and the worker
  source:      charts/gateway
  requires:    api ~1.4.0, worker ~1.4.0, kubernetes >=1.29.0 <1.32.0, helm >=3.14.0
  required by: k8s-scripts >=0.9.0 <1.0.0
  bundles:     kubernetes
  declared at: compatibility.yaml:37:5
`,
    });
    expect(JSON.parse(inExample('show', 'api', '--json').stdout)).toMatchObject({ name: 'api', requiredBy: { worker: '>=1.4.0 <2.0.0', gateway: '~1.4.0', stack: '~1.4.0', acmectl: '>=1.4.0 <2.0.0' } });
  });

  it('an unknown component suggests the closest name, exit 2', () => {
    expect(inExample('show', 'gatewy')).toEqual({ code: 2, stdout: '', stderr: 'no component "gatewy" in compatibility.yaml (hint: did you mean "gateway"?)\n' });
  });
});
