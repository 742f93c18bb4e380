import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/action/main.js';
import { runAction } from '../helpers/action-runner.js';
import { skopeoRaw } from '../helpers/images.js';
import { startRegistry, startTokenServer, type TestRegistry, type TokenServer } from '../helpers/registry.mjs';
import { requireTool } from '../helpers/require-tool.js';
import { runCliAsync } from '../helpers/run-cli.js';
import { writeSyntheticLayout } from '../helpers/synthetic-layout.mjs';

const PASSWORD = 'Registry-Pa55word-0123456789';

/** Nothing a person reads may hold a credential, in any of its forms. */
function expectNoSecret(text: string, ...secrets: string[]) {
  for (const s of secrets) {
    expect(text).not.toContain(s);
    expect(text).not.toContain(Buffer.from(`ci:${s}`).toString('base64'));
  }
  expect(text).not.toMatch(/Bearer [A-Za-z0-9_-]{20,}/);
}

describe('image push with credentials: basic over TLS, bearer tokens, and no secret in any output', () => {
  let basic: TestRegistry;
  let bearer: TestRegistry;
  let tokens: TokenServer;
  let dir: string;

  beforeAll(async () => {
    for (const [tool, pkg] of [['docker-registry', 'docker-registry'], ['skopeo', 'skopeo'], ['htpasswd', 'apache2-utils'], ['openssl', 'openssl']] as const) requireTool(tool, pkg);
    dir = mkdtempSync(path.join(os.tmpdir(), 'slipway-image-auth-'));
    await writeSyntheticLayout(dir, { layers: [200_000, 50_000], ref: 'app' });
    tokens = await startTokenServer({ users: { ci: PASSWORD } });
    [basic, bearer] = await Promise.all([startRegistry({ tls: true, htpasswd: { ci: PASSWORD } }), startRegistry({ token: tokens })]);
  });
  afterAll(async () => {
    await Promise.all([basic?.stop(), bearer?.stop(), tokens?.close()]);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('pushes over TLS with basic auth, trusting the certificate through NODE_EXTRA_CA_CERTS', async () => {
    const env = { NODE_EXTRA_CA_CERTS: basic.caFile!, SLIPWAY_REGISTRY_USERNAME: 'ci', SLIPWAY_REGISTRY_PASSWORD: PASSWORD };
    const r = await runCliAsync(['image', 'push', `oci:${dir}:app`, '--to', `${basic.host}/acme/app`, '--version', '1.0.0', '--json'], { env });
    expect(r.stderr.includes('error')).toBe(false);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { digest: string; tags: string[] };
    expect((await skopeoRaw(`${basic.host}/acme/app:1.0.0`, [`--creds=ci:${PASSWORD}`])).digest).toBe(out.digest);
    expectNoSecret(r.stdout + r.stderr, PASSWORD);
  });

  it('fails on a wrong password with a hint, and shows neither password', async () => {
    const wrong = 'Wrong-Pa55word-9876543210';
    const env = { NODE_EXTRA_CA_CERTS: basic.caFile!, SLIPWAY_REGISTRY_USERNAME: 'ci', SLIPWAY_REGISTRY_PASSWORD: wrong };
    const r = await runCliAsync(['image', 'push', `oci:${dir}:app`, '--to', `${basic.host}/acme/app`, '--version', '1.0.1'], { env });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/HTTP 401/);
    expect(r.stderr).toContain('hint: set SLIPWAY_REGISTRY_USERNAME and SLIPWAY_REGISTRY_PASSWORD');
    expectNoSecret(r.stdout + r.stderr, wrong, PASSWORD);
  });

  it('refuses an untrusted certificate with a hint instead of sending credentials', async () => {
    const env = { SLIPWAY_REGISTRY_USERNAME: 'ci', SLIPWAY_REGISTRY_PASSWORD: PASSWORD, NODE_EXTRA_CA_CERTS: '' };
    const r = await runCliAsync(['image', 'push', `oci:${dir}:app`, '--to', `${basic.host}/acme/app`, '--version', '1.0.2'], { env });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('NODE_EXTRA_CA_CERTS');
    expectNoSecret(r.stdout + r.stderr, PASSWORD);
  });

  it('follows the bearer challenge from the CLI', async () => {
    const env = { SLIPWAY_REGISTRY_USERNAME: 'ci', SLIPWAY_REGISTRY_PASSWORD: PASSWORD };
    const r = await runCliAsync(['image', 'push', `oci:${dir}:app`, '--to', `${bearer.host}/acme/app`, '--version', '2.0.0', '--sha', 'abcdef1234567', '--json'], { env });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { digest: string; tags: string[] };
    expect(out.tags).toEqual(['sha-abcdef1', '2.0.0', '2.0', '2', 'latest']);
    expect((await skopeoRaw(`${bearer.host}/acme/app:sha-abcdef1`, [`--creds=ci:${PASSWORD}`])).digest).toBe(out.digest);
    expect(tokens.issued.length).toBeGreaterThan(0);
    expectNoSecret(r.stdout + r.stderr, PASSWORD);
  });

  it('the Action pushes, sets outputs and a job summary, and masks the password', async () => {
    const r = await runAction(run, { command: 'image-push', source: `oci:${dir}:app`, to: `${bearer.host}/acme/action`, version: '1.2.3' }, { SLIPWAY_REGISTRY_USERNAME: 'ci', SLIPWAY_REGISTRY_PASSWORD: PASSWORD });
    expect(r.failed).toBe(false);
    expect(r.outputs.tags).toBe('1.2.3,1.2,1,latest');
    expect(r.outputs.digest).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(r.summary).toContain(`| \`${bearer.host}/acme/action\` | \`${r.outputs.digest}\` | \`1.2.3\` \`1.2\` \`1\` \`latest\` |`);
    expect(r.log).toContain(`::add-mask::${PASSWORD}`);
    expectNoSecret(r.log.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n') + r.summary + JSON.stringify(r.outputs), PASSWORD);
  });
});
