import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/action/main.js';
import { hashFile } from '../../src/util/hash.js';
import { runAction } from '../helpers/action-runner.js';
import { requireTool } from '../helpers/require-tool.js';

const PASSWORD = 'action-secret-7781';
let temp: string;
let certificate: string;

beforeAll(async () => {
  for (const [tool, pkg] of [['wixl', 'wixl'], ['msiinfo', 'msitools'], ['msibuild', 'msitools'], ['osslsigncode', 'osslsigncode'], ['openssl', 'openssl']] as const) requireTool(tool, pkg);
  temp = await mkdtemp(path.join(os.tmpdir(), 'slipway-msi-action-'));
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', path.join(temp, 'key.pem'), '-out', path.join(temp, 'cert.pem'),
    '-days', '2', '-subj', '/CN=Acme Action Signing', '-addext', 'extendedKeyUsage=codeSigning'], { stdio: 'ignore' });
  execFileSync('openssl', ['pkcs12', '-export', '-inkey', path.join(temp, 'key.pem'), '-in', path.join(temp, 'cert.pem'), '-out', path.join(temp, 'cert.pfx'),
    '-passout', `pass:${PASSWORD}`], { stdio: 'ignore' });
  certificate = readFileSync(path.join(temp, 'cert.pfx')).toString('base64');
});

afterAll(async () => {
  if (temp) await rm(temp, { recursive: true, force: true });
});

describe('the msi-build command of the Action', () => {
  it('builds and signs with a base64 certificate from a secret, outputs the MSI and its sha256, and masks the secrets', async () => {
    const out = path.join(temp, 'release');
    const r = await runAction(run, {
      command: 'msi-build',
      'working-directory': 'examples/platform',
      dir: out,
      component: 'acmectl',
      version: '1.4.0',
      certificate,
      'certificate-password': PASSWORD,
      'sign-ca': path.join(temp, 'cert.pem'),
    }, { RUNNER_TEMP: temp });
    expect(r.log).not.toContain('::error');
    expect(r.failed).toBe(false);
    const msi = path.join(out, 'acmectl-1.4.0-x64.msi');
    expect(r.outputs.msi).toBe(msi);
    expect(r.outputs.sha256).toBe((await hashFile(msi)).sha256);
    expect(r.outputs['product-version']).toBe('1.4.0');
    expect(r.outputs['upgrade-code']).toBe('3c0e7d6a-58b1-4f0e-9d2a-6b1f4c8e2a17');
    expect(JSON.parse(r.outputs.result!).installers[0]).toMatchObject({ signed: true, signer: '/CN=Acme Action Signing' });
    expect(r.summary).toContain('### MSI installers');
    expect(r.summary).toMatch(/\| `acmectl-1\.4\.0-x64\.msi` \| Acme Operator Tools \| 1\.4\.0 \(1\.4\.0\) \| `3c0e7d6a-58b1-4f0e-9d2a-6b1f4c8e2a17` \| \d+\.\d KiB \| yes \| `[0-9a-f]{16}…` \|/);
    // The runner hides what ::add-mask:: names; the secrets appear nowhere else.
    expect(r.log.split(PASSWORD).length - 1).toBe(1);
    expect(r.log).toContain(`::add-mask::${PASSWORD}`);
    expect(r.log.split(certificate).length - 1).toBe(1);
    // The decoded certificate does not outlive the step.
    expect(execFileSync('find', [temp, '-name', 'certificate.pfx'], { encoding: 'utf8' })).toBe('');
    expect(readFileSync(path.join(out, 'SHA256SUMS'), 'utf8')).toContain(`${r.outputs.sha256}  acmectl-1.4.0-x64.msi\n`);
  }, 60_000);

  it('refuses a certificate that is not base64, and a toolchain it does not know', async () => {
    const bad = await runAction(run, { command: 'msi-build', 'working-directory': 'examples/platform', dir: path.join(temp, 'bad'), version: '1.4.0', certificate: 'not base64!' });
    expect(bad.failed).toBe(true);
    expect(bad.log).toContain('::error title=slipway%3A usage::the input "certificate" is not base64 (hint: store the PFX in the secret as base64, e.g. base64 -w0 cert.pfx)');
    expect(existsSync(path.join(temp, 'bad'))).toBe(false);
    const tool = await runAction(run, { command: 'msi-build', 'working-directory': 'examples/platform', dir: path.join(temp, 'bad'), version: '1.4.0', toolchain: 'candle' });
    expect(tool.failed).toBe(true);
    expect(tool.log).toContain('input "toolchain" must be wixl or wix, not "candle"');
  });

  it('msi-generate writes the sources and says what the installers are', async () => {
    const r = await runAction(run, { command: 'msi-generate', 'working-directory': 'examples/platform', dir: path.join(temp, 'sources'), version: '1.5.0' });
    expect(r.failed).toBe(false);
    const installers = JSON.parse(r.outputs.msis!) as { component: string; productVersion: string }[];
    expect(installers.map((i) => `${i.component} ${i.productVersion}`)).toEqual(['acmectl 1.5.0', 'stack-msi 1.5.0']);
    expect(existsSync(path.join(temp, 'sources', 'acmectl', 'acmectl.wxs'))).toBe(true);
    expect(r.summary).toContain('### Installers');
  });
});
