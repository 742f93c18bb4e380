import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubFake, type GitHubFake } from '../helpers/github-fake/index.js';
import { ROOT, runCli, runCliAsync } from '../helpers/run-cli.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'slipway-download-'));
const example = path.join(ROOT, 'examples/platform');
const release = path.join(tmp, 'release');
const site = path.join(tmp, 'site');
const NAMES = ['SHA256SUMS', 'acme-platform-docker-1.4.0.tar.gz', 'acme-platform-kubernetes-1.4.0.tar.gz', 'acme-platform-terraform-1.4.0.tar.gz', 'manifest.yaml'];
let fake: GitHubFake;
let n = 0;
const fresh = () => path.join(tmp, `dest-${++n}`);

beforeAll(async () => {
  expect(runCli(['bundle', '--out', release, '--version', '1.4.0'], { cwd: example, env: { SOURCE_DATE_EPOCH: '1767225600' } }).code).toBe(0);
  fake = await startGitHubFake();
});
afterAll(async () => {
  await fake.stop();
  rmSync(tmp, { recursive: true, force: true });
});

describe('publish --to and download --from (the local twin, air-gapped installs)', () => {
  it('lays the release out in <dir>/<tag>/ and changes nothing when run again', () => {
    const first = runCli(['publish', release, '--to', site]);
    expect(first.code).toBe(0);
    expect(first.stdout.split('\n')[0]).toBe(`${path.join(site, 'v1.4.0')}: 5 to change, 0 unchanged`);
    expect(readdirSync(path.join(site, 'v1.4.0')).sort()).toEqual(NAMES);
    const again = runCli(['publish', release, '--to', site]);
    expect(again.stdout.split('\n')[0]).toBe(`${path.join(site, 'v1.4.0')}: 0 to change, 5 unchanged`);
  });

  it('downloads from the folder, verifying each file, and verify accepts the result', () => {
    runCli(['publish', release, '--to', site]);
    const dest = fresh();
    const r = runCli(['download', '--from', site, '--tag', 'v1.4.0', '--dest', dest]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(`acme-platform 1.4.0 from ${path.join(site, 'v1.4.0')}: 5 files verified in ${dest}`);
    expect(r.stdout).toContain('  downloaded  acme-platform-kubernetes-1.4.0.tar.gz');
    expect(readdirSync(dest).sort()).toEqual(NAMES);
    expect(runCli(['verify', dest]).code).toBe(0);
    const again = runCli(['download', '--from', site, '--tag', 'v1.4.0', '--dest', dest]);
    expect(again.stdout).toContain('  present     acme-platform-kubernetes-1.4.0.tar.gz');
  });

  it('downloads only the bundles asked for', () => {
    runCli(['publish', release, '--to', site]);
    const dest = fresh();
    const r = runCli(['download', '--from', path.join(site, 'v1.4.0'), '--bundle', 'docker', '--dest', dest]);
    expect(r.code).toBe(0);
    expect(readdirSync(dest).sort()).toEqual(['SHA256SUMS', 'acme-platform-docker-1.4.0.tar.gz', 'manifest.yaml']);
    const unknown = runCli(['download', '--from', site, '--tag', 'v1.4.0', '--bundle', 'helm', '--dest', fresh()]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('the release has no bundle "helm" (hint: its bundles: docker, kubernetes, terraform)');
  });
});

describe('download from GitHub', () => {
  beforeAll(async () => {
    const r = await runCliAsync(['publish', release, '--repo', 'acme/platform', '--publish'], { env: { GITHUB_TOKEN: fake.token, GITHUB_API_URL: fake.url } });
    expect(r.code).toBe(0);
  });
  const env = () => ({ GITHUB_TOKEN: fake.token, GITHUB_API_URL: fake.url });

  it('resumes interrupted downloads with Range requests and keeps only verified files', async () => {
    fake.failNext(['reset', 'reset', '500'], /^GET \/_storage\//);
    const dest = fresh();
    const r = await runCliAsync(['download', '--repo', 'acme/platform', '--tag', 'v1.4.0', '--dest', dest], { env: env() });
    expect(r.stderr).toMatch(/resuming \(attempt 2\)/);
    expect(r.code).toBe(0);
    expect(readdirSync(dest).sort()).toEqual(NAMES);
    expect(fake.requests.some((q) => q.path.startsWith('/_storage/') && q.status === 206)).toBe(true);
    for (const name of NAMES) expect(readFileSync(path.join(dest, name)).equals(readFileSync(path.join(release, name))), name).toBe(true);
    fake.assertValid();
  });

  it('sends the token to the API only, never across the redirect to storage on another origin', async () => {
    // A second origin in front of the fake's storage, recording what each request carried.
    const seen: string[] = [];
    const storage = createServer((req, res) => {
      seen.push(`${req.url!.split('?')[0]} ${req.headers.authorization ?? 'no authorization'}`);
      const forward = httpRequest(`${fake.url}${req.url}`, { method: req.method, headers: req.headers.range ? { range: req.headers.range } : {} }, (upstream) => {
        res.writeHead(upstream.statusCode!, upstream.headers);
        upstream.pipe(res);
      });
      forward.on('error', () => res.destroy());
      forward.end();
    });
    await new Promise<void>((resolve) => storage.listen(0, '127.0.0.1', resolve));
    fake.redirectStorageTo(`http://127.0.0.1:${(storage.address() as AddressInfo).port}`);
    try {
      const dest = fresh();
      const r = await runCliAsync(['download', '--repo', 'acme/platform', '--tag', 'v1.4.0', '--bundle', 'docker', '--dest', dest], { env: env() });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(seen.length).toBeGreaterThan(0);
      expect(seen.filter((s) => !s.endsWith(' no authorization'))).toEqual([]);
      expect(readFileSync(path.join(dest, 'acme-platform-docker-1.4.0.tar.gz')).equals(readFileSync(path.join(release, 'acme-platform-docker-1.4.0.tar.gz')))).toBe(true);
    } finally {
      fake.redirectStorageTo(undefined);
      await new Promise((resolve) => storage.close(resolve));
    }
  });

  it('refuses an asset whose bytes are not the listed ones, and leaves no file that looks complete', async () => {
    const asset = fake.release('acme/platform', 'v1.4.0')!.assets.find((a) => a.name === 'acme-platform-docker-1.4.0.tar.gz')!;
    const original = asset.data;
    const flipped = Buffer.from(original);
    flipped[100]! ^= 0x01;
    asset.data = flipped;
    try {
      const dest = fresh();
      const r = await runCliAsync(['download', '--repo', 'acme/platform', '--tag', 'v1.4.0', '--bundle', 'docker', '--dest', dest], { env: env() });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('acme-platform-docker-1.4.0.tar.gz');
      expect(r.stderr).toContain('the file that arrived is not the one the release lists; nothing was kept');
      expect(existsSync(path.join(dest, 'acme-platform-docker-1.4.0.tar.gz'))).toBe(false);
      expect(readdirSync(dest).sort()).toEqual(['SHA256SUMS', 'manifest.yaml']);
    } finally {
      asset.data = original;
    }
  });
});
