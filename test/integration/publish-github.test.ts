import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SlipwayError } from '../../src/errors/diagnostic.js';
import { createGitHubClient } from '../../src/github/client.js';
import { publishReleaseAssets, type AssetFile } from '../../src/github/release-assets.js';
import { sha256Hex } from '../../src/util/hash.js';
import { startGitHubFake, type GitHubFake, type GitHubFakeOptions } from '../helpers/github-fake/index.js';

const REPO = 'acme/platform';
const target = { owner: 'acme', repo: 'platform', tag: 'v1.4.0', name: 'acme-platform 1.4.0' };
const tmp = mkdtempSync(path.join(tmpdir(), 'slipway-publish-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let n = 0;
function files(contents: Record<string, string | Buffer>): AssetFile[] {
  const dir = mkdtempSync(path.join(tmp, `f${++n}-`));
  return Object.entries(contents).map(([name, data]) => {
    writeFileSync(path.join(dir, name), data);
    return { name, path: path.join(dir, name), sha256: sha256Hex(data), size: Buffer.byteLength(data) };
  });
}

let fake: GitHubFake;
async function start(options: GitHubFakeOptions = {}) {
  fake = await startGitHubFake(options);
}
const logs: string[] = [];
const client = () => createGitHubClient({ token: fake.token, baseUrl: fake.url, pacing: false, retry: { baseMs: 5, maxMs: 50 }, log: (m) => logs.push(m) });
const uploads = () => fake.requests.filter((r) => r.method === 'POST' && r.path.includes('/assets?')).length;
const assetsOf = (tag = 'v1.4.0') => fake.release(REPO, tag)?.assets.map((a) => `${a.state} ${a.name} ${a.sha256}`).sort();

beforeEach(() => {
  logs.length = 0;
});
afterEach(async () => {
  fake.assertValid();
  await fake.stop();
});

const RELEASE = { 'acme-kubernetes-1.4.0.tar.gz': 'k8s bundle', 'acme-docker-1.4.0.tar.gz': 'docker bundle', 'manifest.yaml': 'manifest', SHA256SUMS: 'sums' };
const expected = (contents: Record<string, string>) => Object.entries(contents).map(([name, d]) => `uploaded ${name} ${sha256Hex(d)}`).sort();

describe('publishReleaseAssets on the GitHub fake', () => {
  it('creates a draft, uploads every asset, and publishes only when asked', async () => {
    await start();
    const result = await publishReleaseAssets(client(), target, files(RELEASE));
    expect(result.release).toMatchObject({ tag: 'v1.4.0', draft: true, created: true, published: false });
    expect(result.steps.map((s) => `${s.action} ${s.name}`)).toEqual(Object.keys(RELEASE).map((k) => `upload ${k}`));
    expect(assetsOf()).toEqual(expected(RELEASE));
    expect(fake.release(REPO, 'v1.4.0')).toMatchObject({ draft: true, name: 'acme-platform 1.4.0' });
    const published = await publishReleaseAssets(client(), target, files(RELEASE), { publish: true });
    expect(published.release).toMatchObject({ draft: false, published: true, created: false });
    expect(fake.releases(REPO)).toHaveLength(1);
  });

  it('uploads nothing when run again', async () => {
    await start();
    await publishReleaseAssets(client(), target, files(RELEASE));
    const before = uploads();
    const again = await publishReleaseAssets(client(), target, files(RELEASE));
    expect(again.steps.every((s) => s.action === 'skip' && s.reason === 'same digest')).toBe(true);
    expect(uploads()).toBe(before);
    expect(fake.requests.filter((r) => r.method !== 'GET')).toHaveLength(1 + Object.keys(RELEASE).length);
  });

  it('refuses a changed asset on a published release and leaves it as it was', async () => {
    await start();
    await publishReleaseAssets(client(), target, files(RELEASE), { publish: true });
    const changed = { ...RELEASE, 'acme-docker-1.4.0.tar.gz': 'docker bundle, rebuilt' };
    const attempt = publishReleaseAssets(client(), target, files(changed), { replace: true });
    await expect(attempt).rejects.toThrow(
      `acme-docker-1.4.0.tar.gz is already on the published release v1.4.0 of acme/platform with sha256:${sha256Hex('docker bundle')}; the local file is sha256:${sha256Hex('docker bundle, rebuilt')}`,
    );
    expect(assetsOf()).toEqual(expected(RELEASE));
  });

  it('replaces a changed asset on a draft only with replace', async () => {
    await start();
    await publishReleaseAssets(client(), target, files(RELEASE));
    const changed = { ...RELEASE, 'acme-docker-1.4.0.tar.gz': 'docker bundle, rebuilt' };
    await expect(publishReleaseAssets(client(), target, files(changed))).rejects.toThrow('pass --replace to replace it on the draft');
    const replaced = await publishReleaseAssets(client(), target, files(changed), { replace: true });
    expect(replaced.steps.find((s) => s.name === 'acme-docker-1.4.0.tar.gz')?.action).toBe('replace');
    expect(assetsOf()).toEqual(expected(changed));
  });

  it('finds its draft among many releases (drafts are invisible to get-by-tag), across pages', async () => {
    await start();
    for (let i = 0; i < 150; i++) fake.addRelease(REPO, { tag: `v0.${i}.0` });
    const draft = fake.addRelease(REPO, { tag: 'v1.4.0', draft: true, assets: [{ name: 'manifest.yaml', data: 'manifest' }] });
    for (let i = 0; i < 30; i++) fake.addRelease(REPO, { tag: `v2.${i}.0` });
    const result = await publishReleaseAssets(client(), target, files(RELEASE));
    expect(result.release.id).toBe(draft.id);
    expect(result.steps.find((s) => s.name === 'manifest.yaml')?.action).toBe('skip');
    expect(fake.releases(REPO).filter((r) => r.tag === 'v1.4.0')).toHaveLength(1);
    expect(fake.requests.some((r) => r.path.includes('page=2'))).toBe(true);
  });

  it('explains immutable releases and the draft flow when a published immutable release would change', async () => {
    await start();
    fake.addRelease(REPO, { tag: 'v1.4.0', immutable: true, assets: [{ name: 'manifest.yaml', data: 'manifest' }] });
    const error = await publishReleaseAssets(client(), target, files(RELEASE)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SlipwayError);
    const d = (error as SlipwayError).diagnostics[0]!;
    expect(d.code).toBe('publish-immutable');
    expect(d.message).toBe('the release v1.4.0 of acme/platform is published and immutable: its assets can no longer be added, replaced or deleted (acme-kubernetes-1.4.0.tar.gz, acme-docker-1.4.0.tar.gz, SHA256SUMS would change)');
    expect(d.hint).toContain('publish assets to a draft first');
  });

  it('ends with exactly the right assets and no duplicates under 10% faults (500, 429 with Retry-After, reset mid-upload)', async () => {
    const seen = new Set<string>();
    // Several seeded runs: each must end right, and together they must have met every kind of fault.
    for (const seed of [1, 2, 3, 4, 5]) {
      if (fake) await fake.stop();
      await start({ faults: { rate: 0.1, seed, kinds: ['500', '429', 'reset'] } });
      const contents: Record<string, Buffer> = {};
      for (let i = 0; i < 24; i++) contents[`part-${String(i).padStart(2, '0')}.tar.gz`] = Buffer.alloc(64 * 1024 + i, i);
      const result = await publishReleaseAssets(client(), target, files(contents), { publish: true });
      expect(result.release.published).toBe(true);
      for (const r of fake.requests) if (r.fault) seen.add(r.fault === 'reset' && r.path.includes('/assets?') ? 'reset mid-upload' : r.fault);
      expect(fake.releases(REPO)).toHaveLength(1);
      expect(assetsOf()).toEqual(Object.entries(contents).map(([name, d]) => `uploaded ${name} ${sha256Hex(d)}`).sort());
      fake.assertValid();
    }
    expect([...seen].sort()).toEqual(['429', '500', 'reset', 'reset mid-upload']);
    expect(logs.some((l) => /attempt \d in \d+ ms/.test(l))).toBe(true);
  });

  it('retries through secondary rate limits', async () => {
    await start();
    fake.failNext(['secondary', '500'], /^GET .*\/releases$/);
    const result = await publishReleaseAssets(client(), target, files(RELEASE));
    expect(result.steps).toHaveLength(4);
    expect(fake.requests.filter((r) => r.fault).map((r) => `${r.fault} ${r.status}`)).toEqual(['secondary 403', '500 500']);
  });
});
