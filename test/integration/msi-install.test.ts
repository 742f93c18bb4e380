import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { msiinfoTable } from '../helpers/msiinfo.js';
import { requireTool } from '../helpers/require-tool.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

/*
 * The example's installers, built with wixl and installed with msiexec under wine, in one wine prefix for the whole
 * file (wine's first start in a prefix is the slow part). HOME points into the temporary folder: wine links the
 * Windows desktop to it, and the menu builder that would write .desktop files is switched off.
 */
const CONFIG = path.join(ROOT, 'examples/platform/compatibility.yaml');
let temp: string;
let env: NodeJS.ProcessEnv;
let drive: string;
const msis: Record<string, string> = {};

interface Built {
  installers: { component: string; path: string; productVersion: string; version: string; upgradeCode: string; productCode: string; sha256: string }[];
}
const built: Record<string, Built> = {};

function wine(...args: string[]): { code: number; stdout: string } {
  const r = spawnSync('wine', args, { env, encoding: 'utf8', timeout: 180_000 });
  return { code: r.status ?? -1, stdout: r.stdout ?? '' };
}

function registry(key: string): string {
  return wine('reg', 'query', key, '/s').stdout.replace(/\r/g, '');
}

const uninstallKey = 'HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall';
const environmentKey = 'HKLM\\System\\CurrentControlSet\\Control\\Session Manager\\Environment';
const programFiles = () => path.join(drive, 'Program Files');
const startMenu = () => path.join(drive, 'users', os.userInfo().username, 'AppData/Roaming/Microsoft/Windows/Start Menu/Programs');

/** The products Windows lists in Add/Remove Programs, by ProductCode, with their display version. */
function installedProducts(): Record<string, string> {
  const out: Record<string, string> = {};
  let current = '';
  for (const line of registry(uninstallKey).split('\n')) {
    const key = /Uninstall\\(\{[0-9A-F-]+\})$/i.exec(line.trim());
    if (key) current = key[1]!.toLowerCase();
    const name = /^\s+DisplayName\s+REG_SZ\s+(.*)$/.exec(line);
    if (name && current) out[current] = name[1]!.trim();
  }
  return out;
}

beforeAll(async () => {
  for (const [tool, pkg] of [['wixl', 'wixl'], ['msiinfo', 'msitools'], ['msibuild', 'msitools'], ['wine', 'wine'], ['wineserver', 'wine']] as const) requireTool(tool, pkg);
  temp = await mkdtemp(path.join(os.tmpdir(), 'slipway-msi-wine-'));
  await mkdir(path.join(temp, 'home'));
  env = {
    ...process.env,
    WINEPREFIX: path.join(temp, 'prefix'),
    WINEDEBUG: '-all',
    WINEDLLOVERRIDES: 'winemenubuilder.exe=d;mscoree=d;mshtml=d',
    DISPLAY: '',
    HOME: path.join(temp, 'home'),
  };
  drive = path.join(temp, 'prefix', 'drive_c');
  for (const version of ['1.4.0', '1.5.0-rc.1', '1.5.0']) {
    const r = runCli(['msi', 'build', '--config', CONFIG, '--out', path.join(temp, `out-${version}`), '--version', version, '--json']);
    if (r.code !== 0) throw new Error(`msi build ${version} failed: ${r.stderr}`);
    built[version] = JSON.parse(r.stdout) as Built;
    for (const i of built[version].installers) msis[`${i.component}@${version}`] = i.path;
  }
  // A per-user product of its own: files below the user's profile, values in HKCU, the user's PATH.
  const project = path.join(temp, 'per-user');
  await mkdir(path.join(project, 'files'), { recursive: true });
  await writeFile(path.join(project, 'files', 'tool.cmd'), '@echo off\r\necho tool\r\n');
  await writeFile(path.join(project, 'compatibility.yaml'), `apiVersion: slipway/v1
release: { name: per-user, version: 2.0.0 }
components:
  - name: tool
    kind: installer
    version: 2.0.0
    installer:
      productName: Per User Tool
      manufacturer: Acme Corp
      scope: perUser
      files: [{ from: files, to: bin }]
      shortcuts: [{ name: Per User Tool, target: bin/tool.cmd }]
      registry: [{ key: Software\\Acme Corp\\Per User Tool, name: Channel, value: stable }]
      path: bin
`);
  const perUser = runCli(['msi', 'build', '--config', path.join(project, 'compatibility.yaml'), '--out', path.join(project, 'out'), '--json']);
  if (perUser.code !== 0) throw new Error(`msi build (per user) failed: ${perUser.stderr}`);
  msis.perUser = (JSON.parse(perUser.stdout) as Built).installers[0]!.path;
  // A persistent wineserver keeps the prefix loaded between the many short wine runs below (stopped in afterAll).
  spawnSync('wineserver', ['-p'], { env, timeout: 60_000 });
  // Wine's first start in the new prefix.
  wine('cmd', '/c', 'exit');
}, 300_000);

afterAll(async () => {
  if (env) spawnSync('wineserver', ['-k'], { env, timeout: 60_000 });
  if (temp) await rm(temp, { recursive: true, force: true });
}, 120_000);

describe('the example installers built with wixl', () => {
  it('report what they are in --json', () => {
    const [tools, stack] = built['1.4.0']!.installers;
    expect(tools).toMatchObject({ component: 'acmectl', productVersion: '1.4.0', version: '1.4.0', upgradeCode: '3c0e7d6a-58b1-4f0e-9d2a-6b1f4c8e2a17' });
    expect(tools!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(stack).toMatchObject({ component: 'stack-msi', productVersion: '1.4.0', upgradeCode: '98d03702-a2a6-536a-a3e6-16694b8d1297' });
    expect(built['1.5.0-rc.1']!.installers[0]).toMatchObject({ productVersion: '1.5.0', version: '1.5.0-rc.1' });
    expect(path.basename(msis['acmectl@1.4.0']!)).toBe('acmectl-1.4.0-x64.msi');
  });

  it('carry the product, files, shortcuts, registry values, PATH entry and upgrade rules in their tables', async () => {
    const msi = msis['acmectl@1.4.0']!;
    const props = Object.fromEntries(msiinfoTable(msi, 'Property').map((r) => [r.Property, r.Value]));
    expect(props).toMatchObject({
      ProductName: 'Acme Operator Tools',
      ProductVersion: '1.4.0',
      Manufacturer: 'Acme Corp',
      UpgradeCode: '{3c0e7d6a-58b1-4f0e-9d2a-6b1f4c8e2a17}',
      ALLUSERS: '1',
      ARPPRODUCTICON: 'ProductIcon.ico',
      ARPHELPLINK: 'https://acme.example/support',
      ARPNOMODIFY: '1',
    });
    expect(msiinfoTable(msi, 'File').map((r) => r.FileName).sort()).toEqual(['License.rtf', 'README.txt', 'acmectl.cmd']);
    expect(msiinfoTable(msi, 'Component').every((r) => (Number(r.Attributes) & 0x100) !== 0)).toBe(true);
    const shortcuts = msiinfoTable(msi, 'Shortcut');
    expect(shortcuts.map((r) => `${r.Directory_}/${r.Name}`).sort()).toEqual([
      'DesktopFolder/Acme operator tools README', 'ProductMenuFolder/Acme operator tools', 'ProductMenuFolder/Acme operator tools README',
    ]);
    for (const s of shortcuts) expect(s.Target).toMatch(/^\[#fil_[0-9A-F]{24}\]$/);
    const reg = msiinfoTable(msi, 'Registry').map((r) => `${r.Root}:${r.Key}\\${r.Name}=${r.Value}`).sort();
    expect(reg).toEqual([
      '2:Software\\Acme Corp\\Acme Operator Tools\\InstallDir=[INSTALLDIR]',
      '2:Software\\Acme Corp\\Acme Operator Tools\\Settings\\ApiPort=#8080',
      '2:Software\\Acme Corp\\Acme Operator Tools\\Settings\\ApiUrl=http://localhost:8080',
      '2:Software\\Acme Corp\\Acme Operator Tools\\StartMenuShortcuts=#1',
      '2:Software\\Acme Corp\\Acme Operator Tools\\Version=1.4.0',
    ]);
    expect(msiinfoTable(msi, 'Environment')).toEqual([{ Environment: 'PathEntry', Name: '=-*PATH', Value: '[~];[INSTALLDIR]', Component_: 'ProductRegistry' }]);
    const upgrade = msiinfoTable(msi, 'Upgrade').map((r) => [r.VersionMin, r.VersionMax, r.Attributes, r.ActionProperty]);
    expect(upgrade.sort()).toEqual([['', '1.4.0', '513', 'WIX_UPGRADE_DETECTED'], ['1.4.0', '', '2', 'WIX_DOWNGRADE_DETECTED']].sort());
    expect(msiinfoTable(msi, 'Media')[0]!.Cabinet).toBe('#product.cab');
  });
});

describe('installed with msiexec under wine', () => {
  it('installs files, shortcuts, registry values, the PATH entry and one Add/Remove Programs entry', async () => {
    expect(wine('msiexec', '/i', msis['acmectl@1.4.0']!, '/qn').code).toBe(0);
    expect(wine('msiexec', '/i', msis['stack-msi@1.4.0']!, '/qn').code).toBe(0);
    expect((await readdir(path.join(programFiles(), 'Acme Operator Tools'))).sort()).toEqual(['License.rtf', 'README.txt', 'acmectl.cmd']);
    expect((await readdir(path.join(programFiles(), 'Acme Platform Stack'))).sort()).toEqual(['stack', 'start.cmd', 'status.cmd', 'stop.cmd']);
    expect((await readdir(path.join(programFiles(), 'Acme Platform Stack', 'stack'))).sort()).toEqual(['docker-compose.yml', 'start.sh', 'status.sh', 'stop.sh']);
    expect((await readdir(path.join(startMenu(), 'Acme Operator Tools'))).sort()).toEqual(['Acme operator tools README.lnk', 'Acme operator tools.lnk']);
    expect((await readdir(path.join(startMenu(), 'Acme Platform Stack'))).sort()).toEqual(['Acme Platform Stack status.lnk', 'Start Acme Platform Stack.lnk', 'Stop Acme Platform Stack.lnk']);
    expect(existsSync(path.join(drive, 'users', os.userInfo().username, 'Desktop', 'Acme operator tools README.lnk'))).toBe(true);

    const values = registry('HKLM\\Software\\Acme Corp');
    expect(values).toMatch(/Acme Operator Tools\n\s+InstallDir\s+REG_SZ\s+C:\\Program Files\\Acme Operator Tools\\\n/);
    expect(values).toMatch(/Acme Operator Tools\\Settings\n\s+ApiPort\s+REG_DWORD\s+0x1f90\n\s+ApiUrl\s+REG_SZ\s+http:\/\/localhost:8080\n/);
    expect(values).toMatch(/Acme Operator Tools\n(.*\n)*?\s+Version\s+REG_SZ\s+1\.4\.0\n/);
    expect(registry(environmentKey)).toContain('C:\\Program Files\\Acme Operator Tools\\');
    const products = installedProducts();
    expect(Object.values(products).sort()).toEqual(['Acme Operator Tools', 'Acme Platform Stack']);
    expect(products[`{${built['1.4.0']!.installers[0]!.productCode}}`]).toBe('Acme Operator Tools');
  });

  it('upgrades 1.4.0 to 1.5.0-rc.1 and that to 1.5.0: the old version is gone, one entry remains', async () => {
    expect(wine('msiexec', '/i', msis['acmectl@1.5.0-rc.1']!, '/qn').code).toBe(0);
    expect(registry('HKLM\\Software\\Acme Corp\\Acme Operator Tools')).toMatch(/Version\s+REG_SZ\s+1\.5\.0-rc\.1/);
    expect(wine('msiexec', '/i', msis['acmectl@1.5.0']!, '/qn').code).toBe(0);
    const products = installedProducts();
    const tools = Object.entries(products).filter(([, name]) => name === 'Acme Operator Tools');
    expect(tools).toEqual([[`{${built['1.5.0']!.installers[0]!.productCode}}`, 'Acme Operator Tools']]);
    expect(registry('HKLM\\Software\\Acme Corp\\Acme Operator Tools')).toMatch(/Version\s+REG_SZ\s+1\.5\.0\n/);
    expect((await readdir(path.join(programFiles(), 'Acme Operator Tools'))).sort()).toEqual(['License.rtf', 'README.txt', 'acmectl.cmd']);
    // The PATH entry is there once, not once per version.
    expect(registry(environmentKey).split('C:\\Program Files\\Acme Operator Tools\\').length - 1).toBe(1);
  });

  it('refuses a downgrade and leaves the newer version in place', () => {
    expect(wine('msiexec', '/i', msis['acmectl@1.4.0']!, '/qn').code).not.toBe(0);
    expect(registry('HKLM\\Software\\Acme Corp\\Acme Operator Tools')).toMatch(/Version\s+REG_SZ\s+1\.5\.0\n/);
    expect(Object.keys(installedProducts())).toContain(`{${built['1.5.0']!.installers[0]!.productCode}}`);
  });

  it('uninstalls cleanly: files, shortcuts, registry values and the PATH entry are removed', () => {
    expect(wine('msiexec', '/x', msis['acmectl@1.5.0']!, '/qn').code).toBe(0);
    expect(wine('msiexec', '/x', msis['stack-msi@1.4.0']!, '/qn').code).toBe(0);
    expect(existsSync(path.join(programFiles(), 'Acme Operator Tools'))).toBe(false);
    expect(existsSync(path.join(programFiles(), 'Acme Platform Stack'))).toBe(false);
    expect(existsSync(path.join(startMenu(), 'Acme Operator Tools'))).toBe(false);
    expect(existsSync(path.join(startMenu(), 'Acme Platform Stack'))).toBe(false);
    expect(existsSync(path.join(drive, 'users', os.userInfo().username, 'Desktop', 'Acme operator tools README.lnk'))).toBe(false);
    expect(registry('HKLM\\Software\\Acme Corp')).not.toContain('Acme Operator Tools');
    expect(registry(environmentKey)).not.toContain('Acme Operator Tools');
    expect(installedProducts()).toEqual({});
  });
});

describe('a per-user installer under wine', () => {
  it('installs into the user profile, HKCU and the user PATH, and uninstalls from them', async () => {
    const programs = path.join(drive, 'users', os.userInfo().username, 'AppData/Local/Programs/Per User Tool');
    expect(wine('msiexec', '/i', msis.perUser!, '/qn').code).toBe(0);
    expect(await readdir(path.join(programs, 'bin'))).toEqual(['tool.cmd']);
    expect(existsSync(path.join(startMenu(), 'Per User Tool', 'Per User Tool.lnk'))).toBe(true);
    expect(registry('HKCU\\Software\\Acme Corp\\Per User Tool')).toMatch(/Channel\s+REG_SZ\s+stable\n/);
    expect(registry('HKCU\\Environment')).toContain('\\AppData\\Local\\Programs\\Per User Tool\\bin\\');
    expect(wine('msiexec', '/x', msis.perUser!, '/qn').code).toBe(0);
    expect(existsSync(programs)).toBe(false);
    expect(registry('HKCU\\Software\\Acme Corp')).not.toContain('Per User Tool');
    expect(registry('HKCU\\Environment')).not.toContain('Per User Tool');
  });
});
