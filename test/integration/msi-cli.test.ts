import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashFile } from '../../src/util/hash.js';
import { requireTool } from '../helpers/require-tool.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

const CONFIG = path.join(ROOT, 'examples/platform/compatibility.yaml');
const PASSWORD = 'correct-horse-battery-staple';
let temp: string;

beforeAll(async () => {
  for (const [tool, pkg] of [['wixl', 'wixl'], ['msiinfo', 'msitools'], ['msibuild', 'msitools'], ['osslsigncode', 'osslsigncode'], ['openssl', 'openssl']] as const) requireTool(tool, pkg);
  temp = await mkdtemp(path.join(os.tmpdir(), 'slipway-msi-cli-'));
  // A code signing certificate of our own, as a PEM pair and as a password-protected PFX.
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', path.join(temp, 'key.pem'), '-out', path.join(temp, 'cert.pem'),
    '-days', '2', '-subj', '/CN=Acme Test Code Signing', '-addext', 'extendedKeyUsage=codeSigning'], { stdio: 'ignore' });
  execFileSync('openssl', ['pkcs12', '-export', '-inkey', path.join(temp, 'key.pem'), '-in', path.join(temp, 'cert.pem'), '-out', path.join(temp, 'cert.pfx'),
    '-passout', `pass:${PASSWORD}`], { stdio: 'ignore' });
});

afterAll(async () => {
  if (temp) await rm(temp, { recursive: true, force: true });
});

const build = (out: string, ...args: string[]) => runCli(['msi', 'build', '--config', CONFIG, '--out', path.join(temp, out), '--version', '1.4.0', ...args]);

function verify(msi: string): { code: number; output: string } {
  const r = spawnSync('osslsigncode', ['verify', '-in', msi, '-CAfile', path.join(temp, 'cert.pem')], { encoding: 'utf8' });
  return { code: r.status ?? -1, output: `${r.stdout}${r.stderr}` };
}

describe('slipway msi build with a certificate', () => {
  it('signs with a PFX whose password comes from the environment, and the signature verifies', async () => {
    const r = runCli(['msi', 'build', '--config', CONFIG, '--out', path.join(temp, 'pfx'), '--version', '1.4.0', '--component', 'acmectl',
      '--pfx', path.join(temp, 'cert.pfx'), '--sign-ca', path.join(temp, 'cert.pem'), '--json'], { env: { SLIPWAY_SIGN_PASSWORD: PASSWORD } });
    const all = `${r.stdout}${r.stderr}`;
    expect(r.code, r.stderr).toBe(0);
    expect(all).not.toContain(PASSWORD);
    const data = JSON.parse(r.stdout) as { installers: { path: string; signed: boolean; signer: string; sha256: string }[] };
    expect(data.installers).toHaveLength(1);
    expect(data.installers[0]).toMatchObject({ signed: true, signer: '/CN=Acme Test Code Signing' });
    const msi = data.installers[0]!.path;
    expect((await hashFile(msi)).sha256).toBe(data.installers[0]!.sha256);
    const v = verify(msi);
    expect(v.code, v.output).toBe(0);
    expect(v.output).toContain('Signature verification: ok');
  }, 60_000);

  it('signs with a PEM certificate and key too', () => {
    const r = build('pem', '--component', 'stack-msi', '--cert', path.join(temp, 'cert.pem'), '--key', path.join(temp, 'key.pem'), '--json');
    expect(r.code, r.stderr).toBe(0);
    const msi = (JSON.parse(r.stdout) as { installers: { path: string }[] }).installers[0]!.path;
    expect(verify(msi).code).toBe(0);
  }, 60_000);

  it('a tampered MSI fails verification', () => {
    const signed = path.join(temp, 'pfx', 'acmectl-1.4.0-x64.msi');
    const tampered = path.join(temp, 'tampered.msi');
    copyFileSync(signed, tampered);
    execFileSync('msibuild', [tampered, '-q', "UPDATE `Property` SET `Value`='Evil Corp' WHERE `Property`='Manufacturer'"]);
    const v = verify(tampered);
    expect(v.code).not.toBe(0);
    expect(v.output).toMatch(/MISMATCH|failed/i);
  });

  it('a wrong password fails without showing the password, and leaves no MSI behind', () => {
    const wrong = 'not-the-password-42';
    const r = runCli(['msi', 'build', '--config', CONFIG, '--out', path.join(temp, 'wrong'), '--version', '1.4.0', '--component', 'acmectl', '--pfx', path.join(temp, 'cert.pfx')],
      { env: { SLIPWAY_SIGN_PASSWORD: wrong } });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/osslsigncode failed/);
    expect(`${r.stdout}${r.stderr}`).not.toContain(wrong);
    expect(readdirSync(path.join(temp, 'wrong')).filter((f) => f.endsWith('.msi') || f.includes('partial'))).toEqual([]);
  }, 60_000);

  it('refuses half a certificate as a usage error', () => {
    const r = build('half', '--cert', path.join(temp, 'cert.pem'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('a certificate needs its key (and a key its certificate) (hint: pass both --cert and --key, or a --pfx)');
  });
});

describe('slipway msi build into a release folder', () => {
  it('lists each MSI in manifest.yaml and SHA256SUMS beside the bundles, and the folder verifies', () => {
    const dir = path.join(temp, 'release');
    expect(runCli(['bundle', '--config', CONFIG, '--out', dir, '--version', '1.4.0']).code).toBe(0);
    const r = build('release', '--json');
    expect(r.code, r.stderr).toBe(0);
    const data = JSON.parse(r.stdout) as { installers: { path: string; sha256: string; productCode: string }[] };
    const sums = execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dir, encoding: 'utf8' });
    expect(sums).toContain('acmectl-1.4.0-x64.msi: OK\n');
    expect(sums).toContain('stack-msi-1.4.0-x64.msi: OK\n');
    expect(sums).toContain('acme-platform-docker-1.4.0.tar.gz: OK\n');
    const manifest = readFileSync(path.join(dir, 'manifest.yaml'), 'utf8');
    expect(manifest).toContain(`  - file: acmectl-1.4.0-x64.msi
    kind: installer
    size: ${statSync(path.join(dir, 'acmectl-1.4.0-x64.msi')).size}
    sha256: ${data.installers[0]!.sha256}
    details:
      component: acmectl
      productName: Acme Operator Tools
      productVersion: 1.4.0
      upgradeCode: 3c0e7d6a-58b1-4f0e-9d2a-6b1f4c8e2a17
      productCode: ${data.installers[0]!.productCode}
      signed: false
`);
    const verify = runCli(['verify', dir]);
    expect(verify.code, verify.stdout + verify.stderr).toBe(0);
    // Built again: nothing changes, the manifest included.
    const before = readFileSync(path.join(dir, 'SHA256SUMS'), 'utf8');
    expect(build('release').code).toBe(0);
    expect(readFileSync(path.join(dir, 'SHA256SUMS'), 'utf8')).toBe(before);
    expect(existsSync(path.join(dir, 'msi-sources', 'acmectl', 'acmectl.wxs'))).toBe(true);
  }, 60_000);
});

describe('slipway msi build, run again', () => {
  it('changes nothing when nothing changed, and never replaces an MSI it did not build', () => {
    const first = build('again', '--component', 'acmectl', '--json');
    expect(first.code, first.stderr).toBe(0);
    const msi = path.join(temp, 'again', 'acmectl-1.4.0-x64.msi');
    const before = statSync(msi).mtimeMs;
    const second = build('again', '--component', 'acmectl');
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/^up to date .*acmectl-1\.4\.0-x64\.msi: Acme Operator Tools 1\.4\.0 \(1\.4\.0\), UpgradeCode 3c0e7d6a-58b1-4f0e-9d2a-6b1f4c8e2a17, 3 files, \d+ bytes, sha256 [0-9a-f]{64}\nlisted in .*\/again\/manifest\.yaml and SHA256SUMS\n$/);
    expect(statSync(msi).mtimeMs).toBe(before);

    writeFileSync(msi, 'somebody else put this here');
    const third = build('again', '--component', 'acmectl');
    expect(third.code).toBe(1);
    expect(third.stderr).toContain(`${msi} exists and was not built by Slipway from these sources (hint: move it away, or pass --force to replace it)`);
    expect(build('again', '--component', 'acmectl', '--force').code).toBe(0);
  }, 60_000);

  it('--dry-run says what it would do and writes nothing', () => {
    const r = build('dry', '--dry-run');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('would generate and build');
    expect(r.stdout).toMatch(/build with wixl$/m);
    expect(existsSync(path.join(temp, 'dry'))).toBe(false);
  });

  it('names a wrong component with a suggestion, and a version MSI cannot hold', () => {
    const wrong = build('x', '--component', 'acmctl');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('no installer component "acmctl" in');
    expect(wrong.stderr).toContain('(hint: did you mean "acmectl"?)');
    const big = runCli(['msi', 'generate', '--config', CONFIG, '--out', path.join(temp, 'big'), '--version', '1.256.0']);
    expect(big.code).toBe(1);
    expect(big.stderr).toContain('1.256.0 cannot be an MSI ProductVersion: its minor 256 is above 255');
  });
});
