import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFaultProxy, type FaultProxy } from '../helpers/fault-proxy.mjs';
import { buildExampleLayouts, EPOCH, skopeoCopyBack, skopeoRaw } from '../helpers/images.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.mjs';
import { requireTool } from '../helpers/require-tool.js';
import { runCliAsync } from '../helpers/run-cli.js';
import { runTool } from '../helpers/run-tool.js';

const env = { SOURCE_DATE_EPOCH: EPOCH, GITHUB_REPOSITORY: 'acme/platform', GITHUB_SERVER_URL: 'https://github.com', GITHUB_SHA: 'abc1234def5678abc1234def5678abc1234def56' };

interface PushJson {
  image: string;
  digest: string;
  tags: string[];
  platforms: string[];
  annotations: Record<string, string>;
  report: { blobs: { existing: number; mounted: number; uploaded: number }; bytesUploaded: number; manifestsPut: number; tagsPut: string[]; tagsUnchanged: string[] };
}

describe('slipway image push and promote against the CNCF registry', () => {
  let registry: TestRegistry;
  let proxy: FaultProxy;
  let layouts: { dir: string; worker: string; api: string };
  let tmp: string;

  beforeAll(async () => {
    for (const [tool, pkg] of [['docker-registry', 'docker-registry'], ['skopeo', 'skopeo'], ['buildah', 'buildah']] as const) requireTool(tool, pkg);
    tmp = mkdtempSync(path.join(os.tmpdir(), 'slipway-image-push-'));
    [registry, layouts] = await Promise.all([startRegistry(), buildExampleLayouts()]);
    proxy = await startFaultProxy(registry.url);
  });
  afterAll(async () => {
    await proxy?.close();
    await registry?.stop();
    if (layouts) rmSync(layouts.dir, { recursive: true, force: true });
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  const push = async (args: string[]) => {
    const r = await runCliAsync(['image', 'push', ...args, '--json'], { env });
    if (r.code !== 0) throw new Error(`exit ${r.code}: ${r.stdout}${r.stderr}`);
    return JSON.parse(r.stdout) as PushJson;
  };

  it('pushes a single-platform layout with the release tags and annotations; skopeo sees the same digest under each tag', async () => {
    const out = await push([`oci:${layouts.worker}:1.4.0`, '--to', `${registry.host}/acme/worker`, '--version', '1.4.0', '--title', 'acme-worker', '--licenses', 'MIT']);
    expect(out.tags).toEqual(['1.4.0', '1.4', '1', 'latest']);
    expect(out.report.blobs.uploaded).toBeGreaterThan(0);
    expect(out.annotations).toEqual({
      'org.opencontainers.image.source': 'https://github.com/acme/platform',
      'org.opencontainers.image.revision': env.GITHUB_SHA,
      'org.opencontainers.image.version': '1.4.0',
      'org.opencontainers.image.created': '2026-01-01T00:00:00Z',
      'org.opencontainers.image.licenses': 'MIT',
      'org.opencontainers.image.title': 'acme-worker',
    });
    for (const tag of out.tags) expect((await skopeoRaw(`${registry.host}/acme/worker:${tag}`)).digest).toBe(out.digest);
    const raw = JSON.parse((await skopeoRaw(`${registry.host}/acme/worker:1.4.0`)).raw) as { annotations: Record<string, string> };
    expect(raw.annotations['org.opencontainers.image.version']).toBe('1.4.0');
    expect(await skopeoCopyBack(`${registry.host}/acme/worker:1.4.0`)).toBe(out.digest);
  });

  it('pushes again without sending anything: same digest, no blob, no manifest, no tag moved', async () => {
    const first = await push([`oci:${layouts.worker}:1.4.0`, '--to', `${registry.host}/acme/worker`, '--version', '1.4.0']);
    const again = await push([`oci:${layouts.worker}:1.4.0`, '--to', `${registry.host}/acme/worker`, '--version', '1.4.0']);
    expect(again.digest).toBe(first.digest);
    expect(again.report).toEqual({ blobs: { existing: again.report.blobs.existing, mounted: 0, uploaded: 0 }, bytesUploaded: 0, manifestsPut: 0, tagsPut: [], tagsUnchanged: ['1.4.0', '1.4', '1', 'latest'] });
  });

  it('pushes a two-platform index whole, children first; skopeo copies it back with the same digest', async () => {
    const out = await push([`oci:${layouts.api}:1.4.0`, '--to', `${registry.host}/acme/api`, '--version', '1.4.0']);
    expect([...out.platforms].sort()).toEqual(['linux/amd64', 'linux/arm64']);
    expect(out.report.manifestsPut).toBe(3);
    const seen = await skopeoRaw(`${registry.host}/acme/api:1.4`);
    expect(seen.digest).toBe(out.digest);
    const index = JSON.parse(seen.raw) as { mediaType: string; manifests: { platform: { architecture: string } }[]; annotations: Record<string, string> };
    expect(index.mediaType).toBe('application/vnd.oci.image.index.v1+json');
    expect(index.manifests.map((m) => m.platform.architecture).sort()).toEqual(['amd64', 'arm64']);
    expect(index.annotations['org.opencontainers.image.created']).toBe('2026-01-01T00:00:00Z');
    for (const arch of ['amd64', 'arm64']) {
      const r = await runTool('skopeo', ['inspect', '--tls-verify=false', '--override-arch', arch, '--format', '{{.Architecture}}', `docker://${registry.host}/acme/api:1.4.0`]);
      expect(r.stdout.trim()).toBe(arch);
    }
    expect(await skopeoCopyBack(`${registry.host}/acme/api:1.4.0`)).toBe(out.digest);
  });

  it('pushes a docker save archive', async () => {
    const archive = path.join(tmp, 'worker.tar');
    const made = await runTool('skopeo', ['copy', `oci:${layouts.worker}:1.4.0`, `docker-archive:${archive}:acme/worker:1.4.0`]);
    expect(made.stderr).toBe('');
    const out = await push([`docker-archive:${archive}`, '--to', `${registry.host}/acme/worker-archive:1.4.0`]);
    expect(out.tags).toEqual(['1.4.0']);
    const seen = await skopeoRaw(`${registry.host}/acme/worker-archive:1.4.0`);
    expect(seen.digest).toBe(out.digest);
    const manifest = JSON.parse(seen.raw) as { layers: { mediaType: string }[] };
    expect(manifest.layers.length).toBeGreaterThan(0);
    const config = await runTool('skopeo', ['inspect', '--tls-verify=false', '--config', `docker://${registry.host}/acme/worker-archive:1.4.0`]);
    expect(JSON.parse(config.stdout).config.Entrypoint).toEqual(['/usr/local/bin/acme-worker']);
  });

  it('promotes an index to another repository by mounting: zero blob bytes through the proxy, same digest, idempotent', async () => {
    const staged = await push([`oci:${layouts.api}:1.4.0`, '--to', `${proxy.host}/acme/api-staging:sha-abc1234`]);
    proxy.reset();
    const r = await runCliAsync(['image', 'promote', `docker://${proxy.host}/acme/api-staging:sha-abc1234`, '--to', `docker://${proxy.host}/acme/api-release`, '--version', '1.4.0', '--json'], { env });
    expect(r.stderr.split('\n').filter((l) => /error/i.test(l))).toEqual([]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { digest: string; targets: { image: string; tags: string[]; report: PushJson['report'] }[] };
    expect(out.digest).toBe(staged.digest);
    expect(out.targets[0]!.tags).toEqual(['1.4.0', '1.4', '1', 'latest']);
    expect(out.targets[0]!.report.blobs.uploaded).toBe(0);
    expect(out.targets[0]!.report.blobs.mounted).toBeGreaterThan(0);
    expect(proxy.stats.blobBytes).toBe(0);
    // latest is the last tag written: an interrupted promotion never moves it alone.
    const puts = proxy.log.filter((l) => /^PUT \/v2\/acme\/api-release\/manifests\/(?!sha256)/.test(l)).map((l) => l.split('/').pop());
    expect(puts).toEqual(['1.4.0', '1.4', '1', 'latest']);
    expect((await skopeoRaw(`${registry.host}/acme/api-release:latest`)).digest).toBe(staged.digest);
    proxy.reset();
    const again = await runCliAsync(['image', 'promote', `docker://${proxy.host}/acme/api-staging:sha-abc1234`, '--to', `docker://${proxy.host}/acme/api-release`, '--version', '1.4.0', '--json'], { env });
    const second = JSON.parse(again.stdout) as typeof out;
    expect(second.targets[0]!.report.tagsPut).toEqual([]);
    expect(second.targets[0]!.report.manifestsPut).toBe(0);
    expect(proxy.log.filter((l) => !l.startsWith('HEAD') && !l.startsWith('GET'))).toEqual([]);
  });

  it('promotes across registries by streaming each missing blob once, and then sends nothing', async () => {
    const other = await startRegistry();
    const counting = await startFaultProxy(other.url);
    try {
      const staged = await push([`oci:${layouts.api}:1.4.0`, '--to', `${registry.host}/acme/cross:sha-abc1234`]);
      const args = ['image', 'promote', `docker://${registry.host}/acme/cross:sha-abc1234`, '--to', `docker://${counting.host}/mirror/api:1.4.0`, '--to', `docker://${counting.host}/mirror/api:stable`, '--json'];
      const first = await runCliAsync(args, { env });
      expect(first.code).toBe(0);
      const out = JSON.parse(first.stdout) as { digest: string; size: number; targets: { tags: string[]; report: PushJson['report'] }[] };
      expect(out.digest).toBe(staged.digest);
      expect(out.targets[0]!.tags).toEqual(['1.4.0', 'stable']);
      expect(out.targets[0]!.report.blobs.mounted).toBe(0);
      expect(counting.stats.blobBytes).toBe(out.targets[0]!.report.bytesUploaded);
      expect(await skopeoCopyBack(`${other.host}/mirror/api:stable`)).toBe(staged.digest);
      counting.reset();
      const again = await runCliAsync(args, { env });
      expect(JSON.parse(again.stdout).targets[0].report.blobs.uploaded).toBe(0);
      expect(counting.stats.blobBytes).toBe(0);
    } finally {
      await counting.close();
      await other.stop();
    }
  });

  it('keeps latest and the major tag on the highest release when a backport is pushed', async () => {
    await push([`oci:${layouts.worker}:1.4.0`, '--to', `${registry.host}/acme/backport`, '--version', '2.0.0']);
    await push([`oci:${layouts.worker}:1.4.0`, '--to', `${registry.host}/acme/backport`, '--version', '1.5.0', '--latest', 'never']);
    const backport = await push([`oci:${layouts.worker}:1.4.0`, '--to', `${registry.host}/acme/backport`, '--version', '1.4.9']);
    expect(backport.tags).toEqual(['1.4.9', '1.4']);
    const r = await runCliAsync(['image', 'tags', '--version', '1.4.9', '--image', `${registry.host}/acme/backport`]);
    expect(r.stdout).toContain('# not 1: a higher 1.x is already released');
    expect(r.stdout).toContain('# not latest: a higher version is released (2.0.0)');
  });

  it('refuses an uppercase repository and names the corrected one; a dry run pushes nothing', async () => {
    const r = await runCliAsync(['image', 'push', `oci:${layouts.worker}:1.4.0`, '--to', `${registry.host}/Acme/Worker`, '--version', '1.4.0']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`use ${registry.host}/acme/worker`);
    const dry = await runCliAsync(['image', 'push', `oci:${layouts.worker}:1.4.0`, '--to', `${registry.host}/acme/dry`, '--version', '1.4.0', '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/^would push /);
    const shaOnly = await runCliAsync(['image', 'push', `oci:${layouts.worker}:1.4.0`, '--to', `${registry.host}/acme/dry`, '--sha', 'ABCDEF1234567', '--dry-run', '--json']);
    expect((JSON.parse(shaOnly.stdout) as PushJson).tags).toEqual(['sha-abcdef1']);
    const pushed = await push([`oci:${layouts.worker}:1.4.0`, '--to', `${registry.host}/acme/bydigest:1.4.0`]);
    const byDigest = await runCliAsync(['image', 'promote', `docker://${registry.host}/acme/bydigest@${pushed.digest}`, '--to', `docker://${registry.host}/acme/bydigest-copy:1.4.0`, '--dry-run', '--json']);
    expect(byDigest.code).toBe(0);
    expect(JSON.parse(byDigest.stdout)).toMatchObject({ digest: pushed.digest, dryRun: true, targets: [{ image: `${registry.host}/acme/bydigest-copy`, tags: ['1.4.0'] }] });
    const tags = await runCliAsync(['image', 'tags', '--version', '1.4.0', '--image', `${registry.host}/acme/dry`]);
    expect(tags.stdout.split('\n').slice(0, 4)).toEqual(['1.4.0', '1.4', '1', 'latest']);
  });
});
