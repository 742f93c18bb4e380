import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HELM_CONFIG_MEDIA_TYPE, HELM_CONTENT_MEDIA_TYPE } from '../../src/helm/chart-push.js';
import { RegistryClient } from '../../src/oci/client.js';
import { sha256Hex } from '../../src/util/hash.js';
import { EXAMPLE } from '../helpers/example.js';
import { helmFixture } from '../helpers/helm-fixtures.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.mjs';
import { BIN, type CliResult } from '../helpers/run-cli.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'slipway-helm-oci-'));
let registry: TestRegistry;
const users = { pusher: 'hunter2-secret-password' };

beforeAll(async () => {
  registry = await startRegistry({ htpasswd: users });
});
afterAll(async () => {
  await registry?.stop();
  rmSync(tmp, { recursive: true, force: true });
});

/** The CLI as a child process (the registry runs beside it); bounded by a timeout. */
function cli(args: string[], cwd: string, extraEnv: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', SOURCE_DATE_EPOCH: '1767225600', ...extraEnv } });
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

const auth = { SLIPWAY_REGISTRY_USERNAME: 'pusher', SLIPWAY_REGISTRY_PASSWORD: users.pusher };

describe('slipway chart push oci://', () => {
  it('pushes the example chart as a Helm OCI artifact; a second push changes nothing', async () => {
    const target = `oci://${registry.host}/acme/charts`;
    const r = await cli(['chart', 'push', target, '--out', path.join(tmp, 'pk')], EXAMPLE, auth);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^gateway 0\\.9\\.2: pushed oci://${registry.host}/acme/charts/gateway:0\\.9\\.2 \\(sha256:[0-9a-f]{64}\\)\\n$`));
    expect(r.stdout + r.stderr).not.toContain(users.pusher);

    const client = new RegistryClient({ registry: `${registry.host}`, credentials: { username: 'pusher', password: users.pusher } });
    try {
      const manifest = JSON.parse((await client.getManifest('acme/charts/gateway', '0.9.2')).bytes.toString()) as {
        config: { mediaType: string; digest: string };
        layers: { mediaType: string; digest: string; size: number }[];
        annotations: Record<string, string>;
      };
      expect(manifest.config.mediaType).toBe(HELM_CONFIG_MEDIA_TYPE);
      expect(manifest.layers).toHaveLength(1);
      expect(manifest.layers[0]!.mediaType).toBe(HELM_CONTENT_MEDIA_TYPE);
      const tgz = readFileSync(path.join(tmp, 'pk', 'gateway-0.9.2.tgz'));
      expect(manifest.layers[0]).toMatchObject({ digest: `sha256:${sha256Hex(tgz)}`, size: tgz.length });
      expect(manifest.annotations).toMatchObject({ 'org.opencontainers.image.title': 'gateway', 'org.opencontainers.image.version': '0.9.2' });
      const chunks: Buffer[] = [];
      for await (const c of await client.openBlob('acme/charts/gateway', manifest.config.digest)) chunks.push(c as Buffer);
      expect(JSON.parse(Buffer.concat(chunks).toString())).toMatchObject({ name: 'gateway', version: '0.9.2', apiVersion: 'v2', appVersion: '1.4.0' });
    } finally {
      await client.close();
    }

    const again = await cli(['chart', 'push', target, '--out', path.join(tmp, 'pk2')], EXAMPLE, auth);
    expect(again).toMatchObject({ code: 0, stdout: expect.stringContaining('gateway 0.9.2: unchanged') });
  });

  it('pushes packages given as files; a tag holding another package is refused unless --force; build metadata becomes _', async () => {
    const target = `oci://${registry.host}/helm`;
    const one = helmFixture('pkg/cmd/testdata/testcharts/compressedchart-0.1.0.tgz');
    expect(await cli(['chart', 'push', target, one], tmp, auth)).toMatchObject({ code: 0, stdout: expect.stringContaining('compressedchart 0.1.0: pushed') });
    // compressedchart 0.1.0 again, with other content.
    const dir = path.join(tmp, 'compressedchart');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'Chart.yaml'), 'apiVersion: v1\nname: compressedchart\nversion: 0.1.0\ndescription: changed\n');
    const refused = await cli(['chart', 'push', target, 'compressedchart', '--out', 'pk'], tmp, auth);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(new RegExp(`^${registry.host.replaceAll('.', '\\.')}/helm/compressedchart:0\\.1\\.0 already holds sha256:[0-9a-f]{64}, not this package \\(sha256:[0-9a-f]{64}\\): a published version is immutable \\(hint: bump the chart version, or pass --force to move the tag\\)\\n$`));
    expect(await cli(['chart', 'push', target, 'compressedchart', '--out', 'pk', '--force'], tmp, auth)).toMatchObject({ code: 0, stdout: expect.stringContaining('compressedchart 0.1.0: replaced') });
    const build = path.join(tmp, 'build');
    mkdirSync(build);
    writeFileSync(path.join(build, 'Chart.yaml'), 'apiVersion: v2\nname: build\nversion: 1.0.0+build.7\n');
    expect(await cli(['chart', 'push', target, 'build', '--out', 'pk'], tmp, auth)).toMatchObject({ code: 0, stdout: expect.stringContaining(`oci://${registry.host}/helm/build:1.0.0_build.7`) });
    const wrongPassword = await cli(['chart', 'push', target, one], tmp, { SLIPWAY_REGISTRY_USERNAME: 'pusher', SLIPWAY_REGISTRY_PASSWORD: 'not-the-password' });
    expect(wrongPassword.code).toBe(1);
    expect(wrongPassword.stderr).not.toContain('not-the-password');
  });

  it('a bad target is a usage error', async () => {
    expect(await cli(['chart', 'push', 'https://example.com/x', helmFixture('pkg/cmd/testdata/testcharts/compressedchart-0.1.0.tgz')], tmp)).toMatchObject({
      code: 2,
      stderr: '"https://example.com/x" is not an oci:// reference (hint: write oci://REGISTRY/NAMESPACE, e.g. oci://ghcr.io/acme/charts)\n',
    });
  });
});
