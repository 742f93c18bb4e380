import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { componentGuid, derivedUpgradeCode, msiId, productCode, uuidV5 } from '../../src/msi/guid.js';
import { BIN, ROOT } from '../helpers/run-cli.js';

describe('derived GUIDs', () => {
  it('are RFC 9562 version 5 UUIDs', () => {
    // The RFC's DNS namespace example.
    expect(uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
    expect(derivedUpgradeCode('acme-platform', 'stack-msi')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('are fixed values: the same on every machine, run and day', () => {
    // Pinned: a change here would make every installed product fail to upgrade.
    expect(derivedUpgradeCode('acme-platform', 'stack-msi')).toBe('98d03702-a2a6-536a-a3e6-16694b8d1297');
    expect(componentGuid('3c0e7d6a-58b1-4f0e-9d2a-6b1f4c8e2a17', 'perMachine', 'acmectl.cmd')).toBe('714e88e2-2e8e-587f-86b7-e26436136ad8');
    expect(productCode('3c0e7d6a-58b1-4f0e-9d2a-6b1f4c8e2a17', '1.4.0')).toBe('945fbc3d-ece7-5766-b558-d0ecff496e65');
  });

  it('keep a component GUID across releases and change it with the install path, the scope or the product', () => {
    const code = derivedUpgradeCode('acme-platform', 'acmectl');
    expect(componentGuid(code, 'perMachine', 'bin/acmectl.exe')).toBe(componentGuid(code, 'perMachine', 'BIN/AcmeCtl.exe'));
    expect(componentGuid(code, 'perMachine', 'bin/acmectl.exe')).not.toBe(componentGuid(code, 'perMachine', 'acmectl.exe'));
    expect(componentGuid(code, 'perMachine', 'bin/acmectl.exe')).not.toBe(componentGuid(code, 'perUser', 'bin/acmectl.exe'));
    expect(componentGuid(code, 'perMachine', 'bin/acmectl.exe')).not.toBe(componentGuid(derivedUpgradeCode('other', 'acmectl'), 'perMachine', 'bin/acmectl.exe'));
    expect(productCode(code, '1.4.0')).not.toBe(productCode(code, '1.5.0'));
  });

  it('give MSI identifiers that Windows Installer accepts', () => {
    expect(msiId('fil', 'some/deep/path with spaces/file.txt')).toMatch(/^fil_[0-9A-F]{24}$/);
  });

  it('come out the same from a separate process with another locale, time zone and folder', () => {
    const env = { ...process.env, TZ: 'Pacific/Kiritimati', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8', NO_COLOR: '1' };
    const generate = () =>
      spawnSync(process.execPath, [BIN, 'msi', 'generate', '--config', path.join(ROOT, 'examples/platform/compatibility.yaml'), '--out', path.join(os.tmpdir(), 'unused'), '--version', '1.4.0', '--dry-run', '--json'], { cwd: os.tmpdir(), env, encoding: 'utf8' });
    const a = generate();
    const b = generate();
    expect(a.status, a.stderr).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const data = JSON.parse(a.stdout) as { installers: { component: string; upgradeCode: string; productCode: string }[] };
    expect(data.installers.map((i) => [i.component, i.upgradeCode, i.productCode])).toEqual([
      ['acmectl', '3c0e7d6a-58b1-4f0e-9d2a-6b1f4c8e2a17', '945fbc3d-ece7-5766-b558-d0ecff496e65'],
      ['stack-msi', '98d03702-a2a6-536a-a3e6-16694b8d1297', productCode('98d03702-a2a6-536a-a3e6-16694b8d1297', '1.4.0')],
    ]);
  });
});
