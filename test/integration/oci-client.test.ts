import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RegistryClient } from '../../src/oci/client.js';
import { MEDIA } from '../../src/oci/media-types.js';
import { sha256Hex } from '../../src/util/hash.js';
import { requireTool } from '../helpers/require-tool.js';
import { runTool } from '../helpers/run-tool.js';
import { startRegistry, startTokenServer, type TestRegistry, type TokenServer } from '../helpers/registry.mjs';

const PASSWORD = 's3cret-Pa55word-for-tests';

function tinyImage(seed: string) {
  const layer = Buffer.from(`layer of ${seed}\n`.repeat(1000));
  const config = Buffer.from(JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: [`sha256:${sha256Hex(layer)}`] } }));
  const d = (b: Buffer) => ({ digest: `sha256:${sha256Hex(b)}`, size: b.length });
  const manifest = Buffer.from(
    JSON.stringify({ schemaVersion: 2, mediaType: MEDIA.ociManifest, config: { mediaType: MEDIA.ociConfig, ...d(config) }, layers: [{ mediaType: MEDIA.ociLayer, ...d(layer) }] }),
  );
  return { layer, config, manifest, d };
}

async function pushTiny(client: RegistryClient, repository: string, tag: string) {
  const img = tinyImage(repository);
  for (const blob of [img.layer, img.config]) {
    await client.uploadBlob(repository, img.d(blob), () => Readable.from([blob]));
  }
  return { digest: await client.putManifest(repository, tag, img.manifest, MEDIA.ociManifest), img };
}

function skopeoInspect(args: string[]) {
  return runTool('skopeo', ['inspect', '--raw', ...args]);
}

describe('registry client against the CNCF registry', () => {
  let plain: TestRegistry;
  let basic: TestRegistry;
  let bearer: TestRegistry;
  let tokens: TokenServer;

  beforeAll(async () => {
    requireTool('docker-registry', 'docker-registry');
    requireTool('skopeo', 'skopeo');
    requireTool('htpasswd', 'apache2-utils');
    requireTool('openssl', 'openssl');
    tokens = await startTokenServer({ users: { ci: PASSWORD } });
    [plain, basic, bearer] = await Promise.all([startRegistry(), startRegistry({ tls: true, htpasswd: { ci: PASSWORD } }), startRegistry({ token: tokens })]);
  });
  afterAll(async () => {
    await Promise.all([plain?.stop(), basic?.stop(), bearer?.stop(), tokens?.close()]);
  });

  it('pushes anonymously over plain HTTP to a loopback registry', async () => {
    const client = new RegistryClient({ registry: plain.host });
    try {
      const { digest, img } = await pushTiny(client, 'acme/plain', 'v1');
      expect(digest).toBe(`sha256:${sha256Hex(img.manifest)}`);
      expect(await client.baseUrl()).toBe(`http://${plain.host}`);
      expect(await client.hasBlob('acme/plain', img.d(img.layer).digest)).toBe(true);
      expect(await client.listTags('acme/plain')).toEqual(['v1']);
      const got = await client.getManifest('acme/plain', 'v1');
      expect(got.bytes.equals(img.manifest)).toBe(true);
      expect(got.mediaType).toBe(MEDIA.ociManifest);
      const witness = await skopeoInspect(['--tls-verify=false', `docker://${plain.host}/acme/plain:v1`]);
      expect(witness.code).toBe(0);
      expect(`sha256:${sha256Hex(witness.stdout)}`).toBe(digest);
    } finally {
      await client.close();
    }
  });

  it('pushes with basic auth over TLS (self-signed certificate trusted through ca)', async () => {
    const client = new RegistryClient({ registry: basic.host, credentials: { username: 'ci', password: PASSWORD }, ca: basic.ca! });
    try {
      const { digest } = await pushTiny(client, 'acme/basic', '1.0.0');
      expect(await client.baseUrl()).toBe(`https://${basic.host}`);
      const witness = await skopeoInspect(['--tls-verify=false', `--creds=ci:${PASSWORD}`, `docker://${basic.host}/acme/basic:1.0.0`]);
      expect(witness.code).toBe(0);
      expect(`sha256:${sha256Hex(witness.stdout)}`).toBe(digest);
    } finally {
      await client.close();
    }
  });

  it('refuses a wrong password without printing it', async () => {
    const wrong = 'wrong-Password-0123456789';
    const client = new RegistryClient({ registry: basic.host, credentials: { username: 'ci', password: wrong }, ca: basic.ca! });
    try {
      const error = await client.hasBlob('acme/basic', `sha256:${'0'.repeat(64)}`).catch((e: unknown) => e as Error);
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).toMatch(/HTTP 401/);
      expect((error as Error).message).not.toContain(wrong);
      expect((error as Error).message).not.toContain(Buffer.from(`ci:${wrong}`).toString('base64'));
    } finally {
      await client.close();
    }
  });

  it('follows the bearer challenge: a token per scope, and a cross-repository mount', async () => {
    const client = new RegistryClient({ registry: bearer.host, credentials: { username: 'ci', password: PASSWORD } });
    try {
      const { digest, img } = await pushTiny(client, 'acme/source', 'sha-abc1234');
      const layer = img.d(img.layer).digest;
      expect(await client.hasBlob('acme/target', layer)).toBe(false);
      expect(await client.mountBlob('acme/target', layer, 'acme/source')).toEqual({ mounted: true });
      expect(await client.hasBlob('acme/target', layer)).toBe(true);
      const scopes = tokens.issued.flatMap((t) => t.access.map((a) => `${a.name}:${a.actions.join(',')}`));
      expect(scopes).toContain('acme/source:pull,push');
      expect(scopes).toContain('acme/source:pull');
      expect(tokens.issued.every((t) => t.user === 'ci')).toBe(true);
      const witness = await skopeoInspect(['--tls-verify=false', `--creds=ci:${PASSWORD}`, `docker://${bearer.host}/acme/source:sha-abc1234`]);
      expect(witness.stderr).toBe('');
      expect(`sha256:${sha256Hex(witness.stdout)}`).toBe(digest);
    } finally {
      await client.close();
    }
  });

  it('fails at once, without hanging, when a blob source gives fewer bytes than its descriptor says', async () => {
    const client = new RegistryClient({ registry: plain.host, retry: { attempts: 2, baseMs: 10, maxMs: 20 } });
    try {
      const blob = Buffer.alloc(5000, 3);
      const digest = `sha256:${sha256Hex(blob)}`;
      await expect(client.uploadBlob('acme/short', { digest, size: blob.length }, () => Readable.from([blob.subarray(0, 4000)]))).rejects.toThrow('the body had 4000 bytes where content-length announced 5000');
      expect(await client.hasBlob('acme/short', digest)).toBe(false);
    } finally {
      await client.close();
    }
  });

  it('uploads in chunks of the configured size when told to', async () => {
    const client = new RegistryClient({ registry: plain.host, uploadMode: 'chunked', chunkSize: 1000 });
    try {
      const blob = Buffer.alloc(4500, 7);
      const digest = `sha256:${sha256Hex(blob)}`;
      await client.uploadBlob('acme/chunked', { digest, size: blob.length }, () => Readable.from([blob.subarray(0, 1234), blob.subarray(1234)]));
      expect(await client.hasBlob('acme/chunked', digest)).toBe(true);
      const back = await client.openBlob('acme/chunked', digest);
      const parts: Buffer[] = [];
      for await (const c of back) parts.push(c as Buffer);
      expect(Buffer.concat(parts).equals(blob)).toBe(true);
    } finally {
      await client.close();
    }
  });
});
