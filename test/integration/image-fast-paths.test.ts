import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RegistryClient } from '../../src/oci/client.js';
import { walkGraph } from '../../src/oci/graph.js';
import { openImageSource } from '../../src/oci/open-source.js';
import { promoteImage } from '../../src/oci/promote.js';
import { pushImage } from '../../src/oci/push.js';
import { transferGraph } from '../../src/oci/transfer.js';
import { Redactor } from '../../src/util/redact.js';
import { startFaultProxy, type FaultProxy } from '../helpers/fault-proxy.mjs';
import { skopeoCopyBack, skopeoRaw } from '../helpers/images.js';
import { startRegistry, startTokenServer, type TestRegistry, type TokenServer } from '../helpers/registry.mjs';
import { requireTool } from '../helpers/require-tool.js';
import { writeSyntheticLayout } from '../helpers/synthetic-layout.mjs';

const PASSWORD = 'Fast-Path-Pa55word-42';
const quickRetry = { attempts: 6, baseMs: 20, maxMs: 100 };

/** The requests of a proxy log that touch blobs, and those that write anything. */
const blobRequests = (log: string[]) => log.filter((l) => l.includes('/blobs/'));
const writes = (log: string[]) => log.filter((l) => !l.startsWith('HEAD ') && !l.startsWith('GET '));

describe('fast paths: a re-push is one round of HEADs, a promotion mounts without looking first', () => {
  let registry: TestRegistry;
  let proxy: FaultProxy;
  let tokens: TokenServer;
  let bearer: TestRegistry;
  let dir: string;
  let layout: Awaited<ReturnType<typeof writeSyntheticLayout>>;
  const source = () => `oci:${dir}:app`;

  beforeAll(async () => {
    requireTool('docker-registry', 'docker-registry');
    requireTool('skopeo', 'skopeo');
    requireTool('openssl', 'openssl');
    dir = mkdtempSync(path.join(os.tmpdir(), 'slipway-fast-paths-'));
    layout = await writeSyntheticLayout(dir, { layers: [300_000, 120_000, 5_000], ref: 'app' });
    tokens = await startTokenServer({ users: { ci: PASSWORD } });
    [registry, bearer] = await Promise.all([startRegistry(), startRegistry({ token: tokens })]);
    proxy = await startFaultProxy(registry.url);
  });
  afterAll(async () => {
    await proxy?.close();
    await Promise.all([registry?.stop(), bearer?.stop(), tokens?.close()]);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const push = (to: string, extra: Partial<Parameters<typeof pushImage>[0]> = {}) =>
    pushImage({ source: source(), to, cwd: dir, env: {}, redactor: new Redactor(), client: { retry: quickRetry }, ...extra });

  it('re-pushes with every tag in place: no blob request, no PUT, only HEADs of the tags and the digest', async () => {
    const first = await push(`${proxy.host}/acme/fast`, { version: '2.1.0' });
    expect(first.report?.tagsPut).toEqual(['2.1.0', '2.1', '2', 'latest']);
    proxy.reset();
    const again = await push(`${proxy.host}/acme/fast`, { version: '2.1.0' });
    expect(again.digest).toBe(first.digest);
    expect(again.report).toEqual({ blobs: { existing: 4, mounted: 0, uploaded: 0 }, bytesUploaded: 0, manifestsPut: 0, tagsPut: [], tagsUnchanged: ['2.1.0', '2.1', '2', 'latest'] });
    expect(proxy.stats.blobBytes).toBe(0);
    expect(blobRequests(proxy.log)).toEqual([]);
    expect(writes(proxy.log)).toEqual([]);
    expect(proxy.log.filter((l) => l.startsWith('HEAD ')).sort()).toEqual(
      [first.digest, '2.1.0', '2.1', '2', 'latest'].map((ref) => `HEAD /v2/acme/fast/manifests/${ref}`).sort(),
    );
    // GET /v2/ and the tag list (for --version), then five HEADs at once: one of them reuses the first connection.
    expect(proxy.log.length).toBe(7);
    expect(proxy.stats.connections).toBeLessThanOrEqual(5);
  });

  it('re-pushes with one tag missing: writes that tag only, and touches no blob', async () => {
    proxy.reset();
    const out = await push(`${proxy.host}/acme/fast`, { version: '2.1.0', sha: 'abc1234def' });
    expect(out.tags).toContain('sha-abc1234');
    expect(out.report?.tagsPut).toEqual(['sha-abc1234']);
    expect(out.report?.manifestsPut).toBe(0);
    expect(blobRequests(proxy.log)).toEqual([]);
    expect(writes(proxy.log)).toEqual(['PUT /v2/acme/fast/manifests/sha-abc1234']);
    expect((await skopeoRaw(`${registry.host}/acme/fast:sha-abc1234`)).digest).toBe(out.digest);
  });

  it('promotes by mounting each blob straight away (no HEAD of a blob), copies correctly, and a re-run writes nothing', async () => {
    const staged = await push(`${proxy.host}/acme/staging:sha-abc1234`);
    proxy.reset();
    const promote = () =>
      promoteImage({ source: `docker://${proxy.host}/acme/staging:sha-abc1234`, to: [`docker://${proxy.host}/acme/release`], version: '3.0.0', env: {}, redactor: new Redactor() });
    const first = await promote();
    expect(first.digest).toBe(staged.digest);
    expect(first.targets[0]!.report).toEqual({ blobs: { existing: 0, mounted: 4, uploaded: 0 }, bytesUploaded: 0, manifestsPut: 1, tagsPut: ['3.0.0', '3.0', '3', 'latest'], tagsUnchanged: [] });
    expect(proxy.stats.blobBytes).toBe(0);
    const blobs = blobRequests(proxy.log);
    expect(blobs.filter((l) => l.startsWith('HEAD '))).toEqual([]);
    expect(blobs.map((l) => l.replace(/mount=[^&]+/, 'mount=D')).sort()).toEqual(Array(4).fill('POST /v2/acme/release/blobs/uploads/?mount=D&from=acme%2Fstaging'));
    // Keep-alive: requests in sequence share connections (at most as many connections as requests at once).
    expect(proxy.stats.connections).toBeLessThanOrEqual(5);
    expect(proxy.stats.requests).toBeGreaterThan(10);
    expect(await skopeoCopyBack(`${registry.host}/acme/release:3.0.0`)).toBe(staged.digest);
    for (const tag of ['3.0', '3', 'latest']) expect((await skopeoRaw(`${registry.host}/acme/release:${tag}`)).digest).toBe(staged.digest);

    proxy.reset();
    const again = await promote();
    expect(again.targets[0]!.report).toEqual({ blobs: { existing: 4, mounted: 0, uploaded: 0 }, bytesUploaded: 0, manifestsPut: 0, tagsPut: [], tagsUnchanged: ['3.0.0', '3.0', '3', 'latest'] });
    expect(blobRequests(proxy.log)).toEqual([]);
    expect(writes(proxy.log)).toEqual([]);
  });

  it('retries a mount answered 500, 429 with Retry-After, a dropped connection and a lost answer', async () => {
    await push(`${registry.host}/acme/flaky-src:1.0.0`);
    proxy.reset();
    proxy.inject({ method: 'POST', path: /mount=/, status: 500 });
    proxy.inject({ method: 'POST', path: /mount=/, status: 429, headers: { 'retry-after': '1' } });
    proxy.inject({ method: 'POST', path: /mount=/, reset: true });
    proxy.inject({ method: 'POST', path: /mount=/, dropAnswer: true });
    const log: string[] = [];
    const client = new RegistryClient({ registry: proxy.host, retry: quickRetry, log: (l) => log.push(l) });
    try {
      const image = await openImageSource(source(), dir);
      const graph = await walkGraph(image.root, (d) => image.readManifest(d));
      await image.close();
      const report = await transferGraph(client, 'acme/flaky-dst', graph, ['1.0.0'], {
        mountFrom: 'acme/flaky-src',
        upload: () => Promise.reject(new Error('nothing should need an upload')),
      });
      expect(report.blobs).toEqual({ existing: 0, mounted: 4, uploaded: 0 });
      expect(proxy.faults.filter((f) => (f.times ?? 0) > 0)).toEqual([]);
      expect(log.filter((l) => l.startsWith('retrying')).length).toBe(4);
      expect(proxy.stats.blobBytes).toBe(0);
      expect(await skopeoCopyBack(`${registry.host}/acme/flaky-dst:1.0.0`)).toBe(graph.root.digest);
    } finally {
      await client.close();
    }
  });

  it('uploads into the session a refused mount opened (202), without another HEAD or POST', async () => {
    proxy.reset();
    const client = new RegistryClient({ registry: proxy.host, retry: quickRetry });
    try {
      const image = await openImageSource(source(), dir);
      const graph = await walkGraph(image.root, (d) => image.readManifest(d));
      const sessions: (URL | undefined)[] = [];
      // acme/empty holds nothing: the registry opens an upload for every mount request.
      const report = await transferGraph(client, 'acme/from-empty', graph, ['1.0.0'], {
        mountFrom: 'acme/empty',
        upload: async (blob, session) => {
          sessions.push(session);
          await client.uploadBlob('acme/from-empty', blob, () => image.openBlob(blob.digest), session);
        },
      });
      await image.close();
      expect(report.blobs).toEqual({ existing: 0, mounted: 0, uploaded: 4 });
      expect(sessions.every((s) => s instanceof URL)).toBe(true);
      expect(proxy.stats.blobBytes).toBe(layout.blobs.reduce((n, b) => n + b.size, 0));
      const blobs = blobRequests(proxy.log);
      expect(blobs.filter((l) => l.startsWith('HEAD ') || (l.startsWith('POST ') && !l.includes('mount=')))).toEqual([]);
      expect(blobs.filter((l) => l.startsWith('PUT ')).length).toBe(4);
      expect(await skopeoCopyBack(`${registry.host}/acme/from-empty:1.0.0`)).toBe(graph.root.digest);
    } finally {
      await client.close();
    }
  });

  it('asks the token endpoint once for a whole promotion, with the scopes of both repositories', async () => {
    const env = { SLIPWAY_REGISTRY_USERNAME: 'ci', SLIPWAY_REGISTRY_PASSWORD: PASSWORD };
    const staged = await pushImage({ source: source(), to: `${bearer.host}/acme/tok-staging:sha-abc1234`, cwd: dir, env, redactor: new Redactor() });
    tokens.issued.length = 0;
    const out = await promoteImage({ source: `docker://${bearer.host}/acme/tok-staging:sha-abc1234`, to: [`docker://${bearer.host}/acme/tok-release:1.0.0`], env, redactor: new Redactor() });
    expect(out.targets[0]!.report?.blobs.mounted).toBe(4);
    expect(tokens.issued.length).toBe(1);
    expect(tokens.issued[0]!.access.map((a) => `${a.name}:${a.actions.join(',')}`).sort()).toEqual(['acme/tok-release:pull,push', 'acme/tok-staging:pull']);
    const witness = await skopeoRaw(`${bearer.host}/acme/tok-release:1.0.0`, [`--creds=ci:${PASSWORD}`]);
    expect(witness.digest).toBe(staged.digest);
  });
});
