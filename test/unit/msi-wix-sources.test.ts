import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMatrix } from '../../src/matrix/load.js';
import type { Matrix } from '../../src/matrix/model.js';
import { generateInstaller, installerComponents, type GeneratedInstaller } from '../../src/msi/generate.js';
import { WIX3_NAMESPACE, WIX4_NAMESPACE, WIX4_UI_NAMESPACE } from '../../src/msi/render-wix.js';
import { ROOT } from '../helpers/run-cli.js';

type Node = Record<string, unknown>;

/** Parses with order and nesting kept: each element is { Name: [children], ':@': { '@_attr': value } }. */
function parse(xml: string): Node[] {
  return new XMLParser({ ignoreAttributes: false, preserveOrder: true, allowBooleanAttributes: false, commentPropName: '#comment' }).parse(xml) as Node[];
}
const nameOf = (n: Node) => Object.keys(n).find((k) => k !== ':@' && k !== '#comment' && k !== '?xml');
const attrs = (n: Node) => (n[':@'] ?? {}) as Record<string, string>;
const children = (n: Node) => (n[nameOf(n)!] ?? []) as Node[];

/** Every element with its ancestors' names, depth first. */
function walk(nodes: Node[], ancestors: string[] = []): { name: string; attrs: Record<string, string>; ancestors: string[]; node: Node }[] {
  return nodes.flatMap((n) => {
    const name = nameOf(n);
    if (!name || name === '#text') return [];
    return [{ name, attrs: attrs(n), ancestors, node: n }, ...walk(children(n), [...ancestors, name])];
  });
}

let matrix: Matrix;
let out: string;
const generated: Record<string, GeneratedInstaller> = {};

beforeAll(async () => {
  const r = await loadMatrix(path.join(ROOT, 'examples/platform/compatibility.yaml'));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  matrix = r.value;
  out = await mkdtemp(path.join(os.tmpdir(), 'slipway-wxs-'));
  for (const c of installerComponents(matrix)) generated[c.name] = await generateInstaller(matrix, c, '1.4.0', out);
});
afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

describe('the WiX v4+ source', () => {
  it('is in the v4 namespace with a Package that carries the product', async () => {
    const doc = walk(parse(await readFile(generated.acmectl!.wxs, 'utf8')));
    const wix = doc.find((e) => e.name === 'Wix')!;
    expect(wix.attrs['@_xmlns']).toBe(WIX4_NAMESPACE);
    expect(wix.attrs['@_xmlns:ui']).toBe(WIX4_UI_NAMESPACE);
    const pkg = doc.filter((e) => e.name === 'Package');
    expect(pkg).toHaveLength(1);
    expect(pkg[0]!.ancestors).toEqual(['Wix']);
    expect(pkg[0]!.attrs).toEqual({
      '@_Name': 'Acme Operator Tools',
      '@_Manufacturer': 'Acme Corp',
      '@_Version': '1.4.0',
      '@_UpgradeCode': '3c0e7d6a-58b1-4f0e-9d2a-6b1f4c8e2a17',
      '@_ProductCode': '945fbc3d-ece7-5766-b558-d0ecff496e65',
      '@_Scope': 'perMachine',
      '@_Language': '1033',
      '@_InstallerVersion': '500',
      '@_Compressed': 'yes',
    });
    expect(doc.some((e) => e.name === 'Product')).toBe(false);
  });

  it('upgrades with a downgrade message, embeds its cabinet and shows the licence', async () => {
    const doc = walk(parse(await readFile(generated.acmectl!.wxs, 'utf8')));
    expect(doc.find((e) => e.name === 'MajorUpgrade')!.attrs).toEqual({
      '@_AllowSameVersionUpgrades': 'yes',
      '@_DowngradeErrorMessage': 'A newer version of Acme Operator Tools is already installed. Uninstall it first to install 1.4.0.',
    });
    expect(doc.find((e) => e.name === 'MediaTemplate')!.attrs).toEqual({ '@_EmbedCab': 'yes' });
    expect(doc.find((e) => e.name === 'ui:WixUI')!.attrs['@_Id']).toBe('WixUI_Minimal');
    expect(doc.find((e) => e.name === 'WixVariable')!.attrs).toMatchObject({ '@_Id': 'WixUILicenseRtf' });
    const license = doc.find((e) => e.name === 'WixVariable')!.attrs['@_Value']!;
    expect(path.resolve(generated.acmectl!.dir, license)).toBe(path.join(ROOT, 'examples/platform/installer/license.rtf'));
  });

  it('puts every File inside a Component inside a Directory, one file per component, each 64-bit', async () => {
    for (const g of Object.values(generated)) {
      const doc = walk(parse(await readFile(g.wxs, 'utf8')));
      const files = doc.filter((e) => e.name === 'File');
      expect(files.length).toBe(g.model.files.length);
      for (const f of files) {
        expect(f.ancestors.at(-1)).toBe('Component');
        expect(f.ancestors).toContain('StandardDirectory');
        expect(f.attrs['@_Id']).toMatch(/^fil_[0-9A-F]{24}$/);
        expect(f.attrs['@_KeyPath']).toBe('yes');
      }
      for (const c of doc.filter((e) => e.name === 'Component')) {
        expect(c.attrs['@_Bitness']).toBe('always64');
        expect(c.attrs['@_Guid']).toMatch(/^[0-9a-f-]{36}$/);
        expect(walk(children(c.node)).filter((e) => e.name === 'File').length).toBeLessThanOrEqual(1);
      }
      // Every component is in the feature, once.
      const refs = doc.filter((e) => e.name === 'ComponentRef').map((e) => e.attrs['@_Id']).sort();
      expect(refs).toEqual(doc.filter((e) => e.name === 'Component').map((e) => e.attrs['@_Id']).sort());
      // Every source the .wxs names exists.
      for (const f of files) await expect(readFile(path.resolve(g.dir, f.attrs['@_Source']!))).resolves.toBeDefined();
    }
  });

  it('writes shortcuts, registry values and the PATH entry', async () => {
    const doc = walk(parse(await readFile(generated.acmectl!.wxs, 'utf8')));
    const shortcuts = doc.filter((e) => e.name === 'Shortcut');
    expect(shortcuts.map((s) => [s.attrs['@_Directory'], s.attrs['@_Name'], s.attrs['@_Advertise']])).toEqual([
      ['ProductMenuFolder', 'Acme operator tools README', 'no'],
      ['DesktopFolder', 'Acme operator tools README', 'no'],
      ['ProductMenuFolder', 'Acme operator tools', 'no'],
    ]);
    for (const s of shortcuts) expect(s.ancestors.slice(-2)).toEqual(['Component', 'File']);
    const values = doc.filter((e) => e.name === 'RegistryValue').map((e) => `${e.attrs['@_Root']}\\${e.attrs['@_Key']}\\${e.attrs['@_Name']}=${e.attrs['@_Value']}`);
    expect(values).toContain('HKLM\\Software\\Acme Corp\\Acme Operator Tools\\Settings\\ApiPort=8080');
    expect(values).toContain('HKLM\\Software\\Acme Corp\\Acme Operator Tools\\Version=1.4.0');
    expect(doc.find((e) => e.name === 'Environment')!.attrs).toEqual({
      '@_Id': 'PathEntry', '@_Name': 'PATH', '@_Value': '[INSTALLDIR]', '@_Part': 'last', '@_Action': 'set', '@_System': 'yes', '@_Permanent': 'no',
    });
    expect(doc.filter((e) => e.name === 'Property').map((e) => e.attrs['@_Id'])).toEqual(['ARPPRODUCTICON', 'ARPCOMMENTS', 'ARPCONTACT', 'ARPHELPLINK', 'ARPURLINFOABOUT', 'ARPNOMODIFY']);
  });

  it('gives an infrastructure installer its compose bundle, scripts and Start menu shortcuts', async () => {
    const g = generated['stack-msi']!;
    expect(g.model.files.map((f) => f.installPath)).toEqual([
      'stack/docker-compose.yml', 'stack/start.sh', 'stack/status.sh', 'stack/stop.sh', 'start.cmd', 'status.cmd', 'stop.cmd',
    ]);
    const start = await readFile(path.join(g.dir, 'files/start.cmd'), 'utf8');
    expect(start).toContain('docker compose --project-directory "%~dp0." -f "%~dp0stack\\docker-compose.yml" up -d\r\n');
    expect(await readFile(path.join(g.dir, 'files/stop.cmd'), 'utf8')).toContain('docker-compose.yml" down\r\n');
    const doc = walk(parse(await readFile(g.wxs, 'utf8')));
    expect(doc.filter((e) => e.name === 'Shortcut').map((e) => [e.attrs['@_Name'], e.attrs['@_Arguments']])).toEqual([
      ['Start Acme Platform Stack', '--pause'], ['Acme Platform Stack status', '--pause'], ['Stop Acme Platform Stack', '--pause'],
    ]);
  });
});

describe('the wixl source', () => {
  it('is the v3 dialect with what wixl needs spelled out: File ids, Media with an embedded cabinet, Win64 components', async () => {
    const doc = walk(parse(await readFile(generated.acmectl!.wixlWxs, 'utf8')));
    expect(doc.find((e) => e.name === 'Wix')!.attrs['@_xmlns']).toBe(WIX3_NAMESPACE);
    expect(doc.find((e) => e.name === 'Product')!.attrs).toMatchObject({ '@_Version': '1.4.0', '@_UpgradeCode': '3c0e7d6a-58b1-4f0e-9d2a-6b1f4c8e2a17' });
    expect(doc.find((e) => e.name === 'Media')!.attrs).toEqual({ '@_Id': '1', '@_Cabinet': 'product.cab', '@_EmbedCab': 'yes' });
    for (const c of doc.filter((e) => e.name === 'Component')) expect(c.attrs['@_Win64']).toBe('yes');
    for (const f of doc.filter((e) => e.name === 'File')) expect(f.attrs['@_Id']).toBeTruthy();
    expect(doc.some((e) => e.name === 'Environment')).toBe(false);
  });

  it('has the same components and GUIDs as the v4 source', async () => {
    const guids = async (file: string) => walk(parse(await readFile(file, 'utf8'))).filter((e) => e.name === 'Component').map((e) => `${e.attrs['@_Id']}=${e.attrs['@_Guid']}`).sort();
    expect(await guids(generated.acmectl!.wixlWxs)).toEqual(await guids(generated.acmectl!.wxs));
  });

  it('comes out byte for byte the same when generated again', async () => {
    const again = await mkdtemp(path.join(os.tmpdir(), 'slipway-wxs-'));
    try {
      const c = installerComponents(matrix, 'acmectl')[0]!;
      const g = await generateInstaller(matrix, c, '1.4.0', again);
      const rel = (text: string, dir: string) => text.replaceAll(path.relative(dir, ROOT), 'ROOT');
      expect(rel(await readFile(g.wxs, 'utf8'), g.dir)).toBe(rel(await readFile(generated.acmectl!.wxs, 'utf8'), generated.acmectl!.dir));
    } finally {
      await rm(again, { recursive: true, force: true });
    }
  });
});

describe('the project files', () => {
  it('pin WiX and its UI extension, and leave the EULA to the user', async () => {
    const proj = await readFile(generated.acmectl!.wixproj, 'utf8');
    expect(proj).toContain('<Project Sdk="WixToolset.Sdk/7.0.0">');
    expect(proj).toContain('<PackageReference Include="WixToolset.UI.wixext" Version="7.0.0" />');
    expect(proj).toContain('<InstallerPlatform>x64</InstallerPlatform>');
    expect(proj).not.toMatch(/<AcceptEula>/);
    const cmd = await readFile(generated.acmectl!.buildCmd, 'utf8');
    expect(cmd).toContain('dotnet tool install --global wix --version 7.0.0');
    expect(cmd).toContain('if not "%WIX_ACCEPT_EULA%"=="" set EULA=-acceptEula %WIX_ACCEPT_EULA%');
    expect(cmd).not.toMatch(/-acceptEula wix/);
    expect(cmd.split('\r\n').length).toBeGreaterThan(5);
  });
});
