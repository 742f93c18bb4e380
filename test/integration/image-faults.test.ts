import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pushImage } from '../../src/oci/push.js';
import { Redactor } from '../../src/util/redact.js';
import { startFaultProxy, type FaultProxy } from '../helpers/fault-proxy.mjs';
import { skopeoRaw } from '../helpers/images.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.mjs';
import { requireTool } from '../helpers/require-tool.js';
import { writeSyntheticLayout } from '../helpers/synthetic-layout.mjs';

/** Every blob the registry stores (layers, configs and manifests alike), by digest. */
function storedBlobs(registry: TestRegistry): string[] {
  const root = path.join(registry.dir, 'data/docker/registry/v2/blobs/sha256');
  return readdirSync(root).flatMap((prefix) => readdirSync(path.join(root, prefix)).map((hex) => `sha256:${hex}`)).sort();
}

describe('pushing through a faulty network', () => {
  let registry: TestRegistry;
  let proxy: FaultProxy;
  let dir: string;
  let layout: Awaited<ReturnType<typeof writeSyntheticLayout>>;
  const log: string[] = [];

  beforeAll(async () => {
    requireTool('docker-registry', 'docker-registry');
    requireTool('skopeo', 'skopeo');
    dir = mkdtempSync(path.join(os.tmpdir(), 'slipway-faults-'));
    registry = await startRegistry();
    proxy = await startFaultProxy(registry.url);
    // Two layers over the 1 MiB chunk size used below, and a small one.
    layout = await writeSyntheticLayout(dir, { layers: [3 * 1024 * 1024, 2 * 1024 * 1024, 10_000], ref: '1.0.0' });
  });
  afterAll(async () => {
    await proxy?.close();
    await registry?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('completes despite 500s, 429 with Retry-After, a secondary rate limit, resets mid-upload and a slow answer', async () => {
    proxy.inject({ method: 'HEAD', path: /\/blobs\//, status: 500, times: 2 });
    proxy.inject({ method: 'POST', path: /\/blobs\/uploads\/$/, status: 429, headers: { 'retry-after': '1' } });
    proxy.inject({ method: 'POST', path: /\/blobs\/uploads\//, status: 429, body: '{"errors":[{"code":"TOOMANYREQUESTS","message":"retry-after: 300ms, allowed: 44000/minute"}]}' });
    proxy.inject({ method: 'PUT', path: /\/blobs\/uploads\//, resetAfterBytes: 512 * 1024, times: 3 });
    proxy.inject({ method: 'PUT', path: /\/manifests\/1\.0\.0$/, status: 403, body: 'You have exceeded a secondary rate limit. retry-after: 1s' });
    proxy.inject({ method: 'GET', path: /\/tags\/list/, delayMs: 1500 });
    proxy.inject({ method: 'PUT', path: /\/manifests\/1\.0$/, status: 502 });
    const result = await pushImage({
      source: `oci:${dir}:1.0.0`,
      to: `${proxy.host}/acme/faulty`,
      version: '1.0.0',
      cwd: dir,
      env: {},
      redactor: new Redactor(),
      log: (line) => log.push(line),
      client: { chunkSize: 1024 * 1024, retry: { attempts: 10, baseMs: 50, maxMs: 200 } },
    });
    expect(proxy.faults.filter((f) => (f.times ?? 0) > 0)).toEqual([]);
    expect(result.tags).toEqual(['1.0.0', '1.0', '1', 'latest']);
    expect(log.some((l) => l.includes('falling back to chunked upload'))).toBe(true);
    expect(log.filter((l) => l.startsWith('retrying')).length).toBeGreaterThanOrEqual(6);
    // The registry holds exactly the image: its blobs and its manifest, nothing half-written among them.
    expect(storedBlobs(registry)).toEqual([...layout.blobs.map((b) => b.digest), result.digest].sort());
    for (const tag of result.tags) expect((await skopeoRaw(`${registry.host}/acme/faulty:${tag}`)).digest).toBe(result.digest);
  });

  it('sends no blob byte when everything is already there', async () => {
    proxy.reset();
    const again = await pushImage({ source: `oci:${dir}:1.0.0`, to: `${proxy.host}/acme/faulty`, version: '1.0.0', cwd: dir, env: {}, redactor: new Redactor() });
    expect(proxy.stats.blobBytes).toBe(0);
    expect(again.report?.blobs.uploaded).toBe(0);
    expect(proxy.log.every((l) => l.startsWith('HEAD') || l.startsWith('GET'))).toBe(true);
  });
});
