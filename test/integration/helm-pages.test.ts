import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseIndex } from '../../src/helm/index-file.js';
import { startGitHttpServer, type GitHttpServer } from '../helpers/git-http-server.js';
import { requireTool } from '../helpers/require-tool.js';
import { BIN, runCli, type CliResult } from '../helpers/run-cli.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'slipway-helm-pages-'));
const env = { SOURCE_DATE_EPOCH: '1767225600' };
let server: GitHttpServer | undefined;

beforeAll(() => {
  requireTool('git', 'git');
});
afterAll(async () => {
  await server?.close();
  rmSync(tmp, { recursive: true, force: true });
});

function bareRemote(name: string): string {
  const dir = path.join(tmp, 'remotes', `${name}.git`);
  mkdirSync(dir, { recursive: true });
  execFileSync('git', ['init', '-q', '--bare', dir]);
  return dir;
}

/** A project with one chart component per entry, published to Pages under charts/. */
function project(name: string, charts: { name: string; version: string; description?: string }[]): string {
  const dir = path.join(tmp, 'projects', name);
  mkdirSync(dir, { recursive: true });
  const components = charts.map((c) => `  - name: ${c.name}\n    kind: chart\n    version: ${c.version}\n    source: charts/${c.name}\n`).join('');
  writeFileSync(
    path.join(dir, 'compatibility.yaml'),
    `apiVersion: slipway/v1\nrelease:\n  name: ${name}\n  version: 1.0.0\ncomponents:\n${components}targets:\n  pages:\n    branch: gh-pages\n    url: https://example.test/charts\n    path: charts\n`,
  );
  for (const c of charts) {
    mkdirSync(path.join(dir, 'charts', c.name, 'templates'), { recursive: true });
    writeFileSync(path.join(dir, 'charts', c.name, 'Chart.yaml'), `apiVersion: v2\nname: ${c.name}\nversion: ${c.version}\ndescription: ${c.description ?? `The ${c.name} chart`}\n`);
    writeFileSync(path.join(dir, 'charts', c.name, 'templates', 'cm.yaml'), `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${c.name}\n`);
  }
  return dir;
}

const git = (remote: string, ...args: string[]) => execFileSync('git', ['--git-dir', remote, ...args], { encoding: 'utf8' });
const branchIndex = (remote: string) => parseIndex(git(remote, 'show', 'gh-pages:charts/index.yaml'), 'index.yaml').index;
const publish = (cwd: string, remote: string, ...extra: string[]) => runCli(['chart', 'publish', '--mode', 'packages-with-index', '--remote', remote, ...extra], { cwd, env });

/** The CLI as a child process that does not block this process: the HTTP remote is served from here. */
function publishAsync(cwd: string, remote: string, extraEnv: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, 'chart', 'publish', '--mode', 'packages-with-index', '--remote', remote], { cwd, env: { ...process.env, NO_COLOR: '1', ...env, ...extraEnv } });
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, stdout, stderr });
    });
  });
}

describe('publishing to a Pages branch of a bare repository given as a path', () => {
  const remote = bareRemote('path');

  it('the first publish creates the branch with the index and the package', () => {
    const dir = project('one', [{ name: 'alpha', version: '0.1.0' }]);
    const r = publish(dir, remote);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^published alpha 0\.1\.0 \(not in the index yet\): https:\/\/example\.test\/charts\/alpha-0\.1\.0\.tgz\npushed [0-9a-f]{12} to gh-pages \(created\)\n$/);
    expect(git(remote, 'ls-tree', '-r', '--name-only', 'gh-pages')).toBe('charts/alpha-0.1.0.tgz\ncharts/index.yaml\n');
    expect(git(remote, 'rev-list', '--count', 'gh-pages').trim()).toBe('1');
  });

  it('a second publish adds a version and keeps the first one\'s created', () => {
    const before = branchIndex(remote).entries.get('alpha')![0]!;
    const dir = project('two', [{ name: 'alpha', version: '0.2.0' }]);
    const r = publish(dir, remote);
    expect(r.code).toBe(0);
    const after = branchIndex(remote).entries.get('alpha')!;
    expect(after.map((e) => e.version)).toEqual(['0.2.0', '0.1.0']);
    expect(after[1]!.created).toBe(before.created);
    expect(after[1]!.digest).toBe(before.digest);
  });

  it('running the same publish again changes nothing', () => {
    const dir = path.join(tmp, 'projects', 'two');
    const head = git(remote, 'rev-parse', 'gh-pages');
    expect(publish(dir, remote)).toEqual({ code: 0, stdout: 'skipped alpha 0.2.0 (unchanged since it was published)\ngh-pages unchanged\n', stderr: '' });
    expect(git(remote, 'rev-parse', 'gh-pages')).toBe(head);
  });

  it('--dry-run prints the plan and pushes nothing', () => {
    const dir = project('three', [{ name: 'beta', version: '1.0.0' }]);
    const head = git(remote, 'rev-parse', 'gh-pages');
    const r = runCli(['chart', 'publish', '--mode', 'packages-with-index', '--remote', remote, '--dry-run', '--json'], { cwd: dir, env });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ mode: 'packages-with-index', branch: 'gh-pages', index: 'charts/index.yaml', items: [{ name: 'beta', version: '1.0.0', action: 'publish' }] });
    expect(git(remote, 'rev-parse', 'gh-pages')).toBe(head);
  });

  it('a changed chart under a published version is refused at its Chart.yaml line (exit 1); --force replaces it', () => {
    const dir = project('changed', [{ name: 'alpha', version: '0.2.0', description: 'Something else' }]);
    const r = publish(dir, remote);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^charts\/alpha\/Chart\.yaml:3:1: alpha 0\.2\.0 is already published with digest [0-9a-f]{64} in gh-pages:charts\/index\.yaml, and the chart now packages to [0-9a-f]{64}: a published version is immutable \(hint: bump the chart version, or pass --force to replace the published package\)\n$/);
    expect(publish(dir, remote, '--force')).toMatchObject({ code: 0, stdout: expect.stringContaining('replaced alpha 0.2.0') });
  });

  it('a chart whose version disagrees with compatibility.yaml is named at the compatibility.yaml line', () => {
    const dir = project('mismatch', [{ name: 'gamma', version: '1.0.0' }]);
    writeFileSync(path.join(dir, 'charts/gamma/Chart.yaml'), 'apiVersion: v2\nname: gamma\nversion: 1.0.1\n');
    const r = publish(dir, remote);
    expect(r).toMatchObject({ code: 1, stderr: 'compatibility.yaml:8:14: chart gamma is version 1.0.1 in charts/gamma/Chart.yaml, but 1.0.0 here (hint: make the two versions agree)\n' });
  });
});

describe('five publishers racing on a bare repository given as a path', () => {
  it('end with all five charts in the index, one commit each', async () => {
    const remote = bareRemote('path-race');
    const names = ['a1', 'b2', 'c3', 'd4', 'e5'];
    const results = await Promise.all(names.map((n) => publishAsync(project(`path-race-${n}`, [{ name: `chart-${n}`, version: '0.1.0' }]), remote)));
    for (const r of results) expect(r).toMatchObject({ code: 0, stderr: '' });
    expect([...branchIndex(remote).entries.keys()].sort()).toEqual(names.map((n) => `chart-${n}`));
    expect(git(remote, 'rev-list', '--count', 'gh-pages').trim()).toBe('5');
  });
});

describe('publishing over HTTP (git http-backend on loopback)', () => {
  const token = 'ghs_testTOKEN0123456789secret';
  let base = '';

  beforeAll(async () => {
    bareRemote('http');
    bareRemote('race');
    server = await startGitHttpServer(path.join(tmp, 'remotes'), { token });
    base = server.url;
  });

  it('sends the token as a header, never in the URL or the output', async () => {
    const dir = project('http', [{ name: 'alpha', version: '0.1.0' }]);
    const r = await publishAsync(dir, `${base}/http.git`, { GITHUB_TOKEN: token });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain(token);
    expect(server!.requests.every((q) => q.authorization !== undefined)).toBe(true);
    expect(branchIndex(path.join(tmp, 'remotes', 'http.git')).entries.get('alpha')!.map((e) => e.version)).toEqual(['0.1.0']);
  });

  it('a wrong token fails with a message that carries no token', async () => {
    const dir = project('http-bad', [{ name: 'beta', version: '0.1.0' }]);
    const wrong = 'ghs_wrongTOKEN9876543210';
    const r = await publishAsync(dir, `${base}/http.git`, { GITHUB_TOKEN: wrong });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^could not read gh-pages of http:\/\/127\.0\.0\.1:\d+\/http\.git: /);
    expect(r.stdout + r.stderr).not.toContain(wrong);
    expect(r.stdout + r.stderr).not.toContain(Buffer.from(`x-access-token:${wrong}`).toString('base64'));
  });

  it('five publishers racing, each adding a different chart, end with all five in the index', async () => {
    const remote = `${base}/race.git`;
    const names = ['one', 'two', 'three', 'four', 'five'];
    const dirs = names.map((n) => project(`race-${n}`, [{ name: `chart-${n}`, version: '1.0.0' }]));
    const results = await Promise.all(dirs.map((d) => publishAsync(d, remote, { GITHUB_TOKEN: token })));
    for (const r of results) {
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    }
    const bare = path.join(tmp, 'remotes', 'race.git');
    const index = branchIndex(bare);
    expect([...index.entries.keys()].sort()).toEqual(names.map((n) => `chart-${n}`).sort());
    expect(git(bare, 'ls-tree', '-r', '--name-only', 'gh-pages').split('\n').filter((f) => f.endsWith('.tgz'))).toHaveLength(5);
    // One commit per publisher: nobody's work replaced anybody else's.
    expect(git(bare, 'rev-list', '--count', 'gh-pages').trim()).toBe('5');
  });
});
