import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { run } from '../../src/action/main.js';
import { runAction } from '../helpers/action-runner.js';
import { startGitHubFake, type GitHubFake } from '../helpers/github-fake/index.js';
import { requireTool } from '../helpers/require-tool.js';
import { ROOT, runCli, runCliAsync } from '../helpers/run-cli.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'slipway-chart-release-'));
// A copy of the example: one test changes the chart's sources.
const project = path.join(tmp, 'platform');
const release = path.join(tmp, 'release');
const env = { SOURCE_DATE_EPOCH: '1767225600' };
const CHART = 'charts/gateway-0.9.2.tgz';
let fake: GitHubFake;

const sha256sumCheck = (dir: string) => spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dir, encoding: 'utf8' });
const cli = (args: string[]) => runCli(args, { cwd: project, env });

beforeAll(async () => {
  cpSync(path.join(ROOT, 'examples/platform'), project, { recursive: true });
  expect(cli(['bundle', '--out', release, '--version', '1.4.0']).code).toBe(0);
  fake = await startGitHubFake();
});
afterAll(async () => {
  await fake.stop();
  rmSync(tmp, { recursive: true, force: true });
});

describe('slipway chart package --release', () => {
  it('packages into DIR/charts and lists the package in manifest.yaml and SHA256SUMS, which sha256sum -c and verify accept', () => {
    requireTool('sha256sum', 'coreutils');
    const r = cli(['chart', 'package', 'charts/gateway', '--release', release]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const sha256 = /sha256:([0-9a-f]{64})/.exec(r.stdout)![1]!;
    expect(r.stdout).toBe(
      `Successfully packaged chart and saved it to: ${path.join(release, CHART)}\n  sha256:${sha256}\n  listed as ${CHART} in ${path.join(release, 'manifest.yaml')} and SHA256SUMS\n`,
    );
    expect(readFileSync(path.join(release, 'SHA256SUMS'), 'utf8').split('\n')).toContain(`${sha256}  ${CHART}`);
    const manifest = parse(readFileSync(path.join(release, 'manifest.yaml'), 'utf8')) as { artifacts: { file: string }[] };
    expect(manifest.artifacts.find((a) => a.file === CHART)).toEqual({
      file: CHART,
      kind: 'chart',
      size: statSync(path.join(release, CHART)).size,
      sha256,
      details: { name: 'gateway', version: '0.9.2', appVersion: '1.4.0' },
    });
    const check = sha256sumCheck(release);
    expect(check.status).toBe(0);
    expect(check.stdout).toContain(`${CHART}: OK\n`);
    const verified = runCli(['verify', release]);
    expect(verified.code).toBe(0);
    expect(verified.stdout).toContain(`  ok        ${CHART}\n`);
  });

  it('changes nothing when run again with the same chart', () => {
    const before = ['manifest.yaml', 'SHA256SUMS', CHART].map((f) => ({ bytes: readFileSync(path.join(release, f)), mtime: statSync(path.join(release, f)).mtimeMs }));
    const r = cli(['chart', 'package', 'charts/gateway', '--release', release]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`  already listed as ${CHART} in`);
    const after = ['manifest.yaml', 'SHA256SUMS', CHART].map((f) => ({ bytes: readFileSync(path.join(release, f)), mtime: statSync(path.join(release, f)).mtimeMs }));
    expect(after).toEqual(before);
  });

  it('refuses other bytes under a listed name and leaves the release as it was', () => {
    const changed = path.join(tmp, 'changed');
    cpSync(project, changed, { recursive: true });
    appendFileSync(path.join(changed, 'charts/gateway/values.yaml'), '# one more line, same version\n');
    const before = ['manifest.yaml', 'SHA256SUMS', CHART].map((f) => readFileSync(path.join(release, f)));
    const r = runCli(['chart', 'package', 'charts/gateway', '--release', release], { cwd: changed, env });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      new RegExp(`^${CHART.replaceAll('.', '\\.')} is already in the release with sha256 [0-9a-f]{64}; the chart now packages to [0-9a-f]{64} \\(hint: a released chart version is immutable: bump the version in Chart\\.yaml, or package into a new release folder\\)\\n$`),
    );
    expect(['manifest.yaml', 'SHA256SUMS', CHART].map((f) => readFileSync(path.join(release, f)))).toEqual(before);
    // No temporary file left beside the package.
    expect(readdirSync(path.join(release, 'charts'))).toEqual(['gateway-0.9.2.tgz']);
  });

  it('refuses a folder that is not a release, and an --out outside the release', () => {
    const empty = mkdtempSync(path.join(tmp, 'empty-'));
    const notRelease = cli(['chart', 'package', 'charts/gateway', '--release', empty]);
    expect(notRelease.code).toBe(1);
    expect(notRelease.stderr).toBe(`${empty} is not a release folder (it has no manifest.yaml) (hint: build the release first with slipway bundle --out DIR, then package the charts with --release DIR)\n`);
    expect(readdirSync(empty)).toEqual([]);
    const outside = cli(['chart', 'package', 'charts/gateway', '--release', release, '--out', path.join(tmp, 'elsewhere')]);
    expect(outside.code).toBe(1);
    expect(outside.stderr).toBe(`${path.join(tmp, 'elsewhere')} is outside the release folder ${release} (hint: leave --out out: the packages then go to DIR/charts)\n`);
  });

  it('the Action packages into the release given as the input release, with the same core', async () => {
    const r = await runAction(run, { command: 'chart-package', paths: path.join(project, 'charts/gateway'), release }, env);
    expect(r.failed).toBe(false);
    const packages = JSON.parse(r.outputs.packages!) as { release?: { file: string; action: string } }[];
    expect(packages.map((p) => p.release)).toEqual([{ file: CHART, action: 'unchanged' }]);
  });

  it('verify names a chart package with a flipped byte', () => {
    const copy = path.join(tmp, 'flipped');
    cpSync(release, copy, { recursive: true });
    const file = path.join(copy, CHART);
    const bytes = readFileSync(file);
    bytes[100] = bytes[100]! ^ 0xff;
    writeFileSync(file, bytes);
    const r = runCli(['verify', copy]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`  mismatch  ${CHART}\n`);
    expect(r.stderr).toMatch(new RegExp(`^${path.join(copy, 'SHA256SUMS').replaceAll('.', '\\.')}:\\d+:1: ${CHART.replaceAll('.', '\\.')}: sha256 [0-9a-f]{64}, expected [0-9a-f]{64}\\n$`));
  });
});

describe('a release with a chart package, published and downloaded', () => {
  it('publish --to lays the chart out flat, as on GitHub, and download --from puts it back at its path', () => {
    const site = path.join(tmp, 'site');
    const published = runCli(['publish', release, '--to', site]);
    expect(published.code).toBe(0);
    expect(published.stdout).toContain('  uploaded      gateway-0.9.2.tgz  ');
    expect(readdirSync(path.join(site, 'v1.4.0')).sort()).toEqual(['SHA256SUMS', 'acme-platform-docker-1.4.0.tar.gz', 'acme-platform-kubernetes-1.4.0.tar.gz', 'acme-platform-terraform-1.4.0.tar.gz', 'gateway-0.9.2.tgz', 'manifest.yaml']);
    for (const [from, dest] of [[site, path.join(tmp, 'from-site')], [release, path.join(tmp, 'from-copy')]] as const) {
      const r = runCli(['download', '--from', from, '--tag', 'v1.4.0', '--dest', dest]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`  downloaded  ${CHART}  `);
      expect(readFileSync(path.join(dest, CHART))).toEqual(readFileSync(path.join(release, CHART)));
      expect(sha256sumCheck(dest).status).toBe(0);
      expect(runCli(['verify', dest]).code).toBe(0);
    }
  });

  it('publishes the chart to the GitHub fake as the asset gateway-0.9.2.tgz, skips it on a re-run, and download restores charts/', async () => {
    const ghEnv = { GITHUB_TOKEN: fake.token, GITHUB_API_URL: fake.url };
    const first = await runCliAsync(['publish', release, '--repo', 'acme/platform', '--publish'], { env: ghEnv });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const assets = fake.release('acme/platform', 'v1.4.0')!.assets;
    expect(assets.map((a) => a.name).sort()).toEqual(['SHA256SUMS', 'acme-platform-docker-1.4.0.tar.gz', 'acme-platform-kubernetes-1.4.0.tar.gz', 'acme-platform-terraform-1.4.0.tar.gz', 'gateway-0.9.2.tgz', 'manifest.yaml']);
    expect(assets.find((a) => a.name === 'gateway-0.9.2.tgz')!.data.equals(readFileSync(path.join(release, CHART)))).toBe(true);
    const again = await runCliAsync(['publish', release, '--repo', 'acme/platform'], { env: ghEnv });
    expect(again.code).toBe(0);
    expect(again.stdout.split('\n')[0]).toBe('acme/platform@v1.4.0 (published): 0 to change, 6 unchanged');
    const dest = path.join(tmp, 'from-github');
    const r = await runCliAsync(['download', '--repo', 'acme/platform', '--tag', 'v1.4.0', '--dest', dest], { env: ghEnv });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readFileSync(path.join(dest, CHART))).toEqual(readFileSync(path.join(release, CHART)));
    expect(sha256sumCheck(dest).status).toBe(0);
    fake.assertValid();
  });
});
