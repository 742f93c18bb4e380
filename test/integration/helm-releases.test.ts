import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseIndex } from '../../src/helm/index-file.js';
import { sha256Hex } from '../../src/util/hash.js';
import { startGitHubFake, type GitHubFake } from '../helpers/github-fake/index.js';
import { requireTool } from '../helpers/require-tool.js';
import { runCliAsync } from '../helpers/run-cli.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'slipway-helm-releases-'));
let fake: GitHubFake;
const remote = path.join(tmp, 'pages.git');

beforeAll(async () => {
  requireTool('git', 'git');
  execFileSync('git', ['init', '-q', '--bare', remote]);
  fake = await startGitHubFake();
});
afterAll(async () => {
  await fake?.stop();
  rmSync(tmp, { recursive: true, force: true });
});

function project(charts: { name: string; version: string }[]): string {
  const dir = path.join(tmp, 'project');
  rmSync(dir, { recursive: true, force: true });
  const components = charts.map((c) => `  - name: ${c.name}\n    kind: chart\n    version: ${c.version}\n    source: charts/${c.name}\n`).join('');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'compatibility.yaml'), `apiVersion: slipway/v1\nrelease:\n  name: acme\n  version: 1.0.0\ncomponents:\n${components}targets:\n  github:\n    repository: acme/charts\n  pages:\n    branch: gh-pages\n    url: https://acme.github.io/charts\n    path: .\n`);
  for (const c of charts) {
    mkdirSync(path.join(dir, 'charts', c.name), { recursive: true });
    writeFileSync(path.join(dir, 'charts', c.name, 'Chart.yaml'), `apiVersion: v2\nname: ${c.name}\nversion: ${c.version}\n`);
  }
  return dir;
}

const publish = (dir: string) =>
  runCliAsync(['chart', 'publish', '--remote', remote], { cwd: dir, env: { SOURCE_DATE_EPOCH: '1767225600', GITHUB_TOKEN: fake.token, GITHUB_API_URL: fake.url, GITHUB_SERVER_URL: fake.url } });

describe('chart publish in releases mode, against the GitHub fake', () => {
  it('makes one published release per chart version with its package, and points the index at the download URL', async () => {
    const dir = project([{ name: 'alpha', version: '0.1.0' }, { name: 'beta', version: '2.0.0' }]);
    const r = await publish(dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    for (const [name, version] of [['alpha', '0.1.0'], ['beta', '2.0.0']] as const) {
      const release = fake.release('acme/charts', `${name}-${version}`)!;
      expect(release).toMatchObject({ draft: false });
      expect(release.assets.map((a) => a.name)).toEqual([`${name}-${version}.tgz`]);
      const pkg = readFileSync(path.join(dir, '.slipway/charts', `${name}-${version}.tgz`));
      expect(release.assets[0]!.sha256).toBe(sha256Hex(pkg));
    }
    const index = parseIndex(execFileSync('git', ['--git-dir', remote, 'show', 'gh-pages:index.yaml'], { encoding: 'utf8' }), 'index.yaml').index;
    expect(index.entries.get('alpha')![0]!.urls).toEqual([`${fake.url}/acme/charts/releases/download/alpha-0.1.0/alpha-0.1.0.tgz`]);
    fake.assertValid();
  });

  it('a re-run publishes nothing new: no request to GitHub, no commit', async () => {
    const dir = path.join(tmp, 'project');
    const requests = fake.requests.length;
    const head = execFileSync('git', ['--git-dir', remote, 'rev-parse', 'gh-pages'], { encoding: 'utf8' });
    const r = await publish(dir);
    expect(r).toEqual({ code: 0, stdout: 'skipped alpha 0.1.0 (unchanged since it was published)\nskipped beta 2.0.0 (unchanged since it was published)\ngh-pages unchanged\n', stderr: '' });
    expect(fake.requests.length).toBe(requests);
    expect(execFileSync('git', ['--git-dir', remote, 'rev-parse', 'gh-pages'], { encoding: 'utf8' })).toBe(head);
  });

  it('a release left by a run that failed before the index is reused, not uploaded twice', async () => {
    const dir = project([{ name: 'gamma', version: '1.0.0' }]);
    // An unreachable Pages remote fails the plan, before anything is uploaded.
    const broken = await runCliAsync(['chart', 'publish', '--remote', path.join(tmp, 'missing.git')], { cwd: dir, env: { SOURCE_DATE_EPOCH: '1767225600', GITHUB_TOKEN: fake.token, GITHUB_API_URL: fake.url, GITHUB_SERVER_URL: fake.url } });
    expect(broken.code).toBe(1);
    expect(fake.release('acme/charts', 'gamma-1.0.0')).toBeUndefined();
    // A run stopped between the upload and the index push leaves the package on its release: the next run finds it
    // by digest, uploads nothing and only adds the index entry.
    const pkg = readFileSync(path.join(dir, '.slipway/charts/gamma-1.0.0.tgz'));
    fake.addRelease('acme/charts', { tag: 'gamma-1.0.0', assets: [{ name: 'gamma-1.0.0.tgz', data: pkg }] });
    const uploads = () => fake.requests.filter((q) => q.method === 'POST' && q.path.includes('/assets')).length;
    const before = uploads();
    const r = await publish(dir);
    expect(r.code).toBe(0);
    expect(uploads()).toBe(before);
    const index = parseIndex(execFileSync('git', ['--git-dir', remote, 'show', 'gh-pages:index.yaml'], { encoding: 'utf8' }), 'index.yaml').index;
    expect(index.entries.get('gamma')![0]!.digest).toBe(sha256Hex(pkg));
    fake.assertValid();
  });
});

describe('chart publish in releases mode without a token', () => {
  it('stops with what to set, before any request to GitHub', async () => {
    const dir = project([{ name: 'delta', version: '0.1.0' }]);
    const requests = fake.requests.length;
    const r = await runCliAsync(['chart', 'publish', '--remote', remote], {
      cwd: dir,
      env: { SOURCE_DATE_EPOCH: '1767225600', SLIPWAY_GITHUB_TOKEN: '', GITHUB_TOKEN: '', GH_TOKEN: '', GITHUB_API_URL: fake.url, GITHUB_SERVER_URL: fake.url },
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no GitHub token to publish chart packages to releases with');
    expect(r.stderr).toContain('hint: set GITHUB_TOKEN');
    expect(r.stderr).not.toContain('    at ');
    expect(fake.requests.length).toBe(requests);
    expect(fake.release('acme/charts', 'delta-0.1.0')).toBeUndefined();
  });
});
