import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/errors/diagnostic.js';
import { parseMatrix } from '../../src/matrix/load.js';
import { ROOT } from '../helpers/run-cli.js';

// Parsed as if it lay beside the example's compatibility.yaml, so that its relative paths find the example's files.
const FILE = path.join(ROOT, 'examples/platform/test.yaml');

function config(installer: string, extra = ''): string {
  return `apiVersion: slipway/v1
release:
  name: acme
  version: 1.4.0
components:
  - name: stack
    kind: compose
    version: 1.4.0
    source: compose
  - name: tools
    kind: installer
    version: 1.4.0
    source: installer
    installer:
${installer.trim().split('\n').map((l) => `      ${l}`).join('\n')}
bundles:
  - name: docker
    components: [stack]
  - name: empty
    components: []
${extra}`;
}

function errors(text: string): string[] {
  const r = parseMatrix(FILE, text, 'test.yaml');
  return r.ok ? [] : r.errors.map(formatDiagnostic);
}

describe('installer settings in compatibility.yaml', () => {
  it('loads a full application installer into the model', () => {
    const r = parseMatrix(FILE, config(`
productName: Acme Tools
manufacturer: Acme Corp
upgradeCode: "{3C0E7D6A-58B1-4F0E-9D2A-6B1F4C8E2A17}"
scope: perUser
files:
  - from: installer/files/*.cmd
    to: bin
  - bundle: docker
    to: ./stack/
shortcuts:
  - name: Tools
    target: bin\\acmectl.cmd
    desktop: true
registry:
  - key: Software\\Acme
    name: Port
    type: integer
    value: 8080
path: bin
license: installer/license.rtf
icon: installer/acme.ico
arp: { helpLink: "https://acme.example/help", noRepair: true }
`), 'test.yaml');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const s = r.value.components.find((c) => c.name === 'tools')!.installer!;
    expect(s).toMatchObject({
      kind: 'application',
      upgradeCode: '3c0e7d6a-58b1-4f0e-9d2a-6b1f4c8e2a17',
      scope: 'perUser',
      installDir: 'Acme Tools',
      path: 'bin',
      license: path.join(ROOT, 'examples/platform/installer/license.rtf'),
      arp: { helpLink: 'https://acme.example/help', noRepair: true },
    });
    expect(s.files.map((f) => [f.from ?? `bundle:${f.bundle}`, f.to])).toEqual([['installer/files/*.cmd', 'bin'], ['bundle:docker', 'stack']]);
    expect(s.shortcuts[0]).toMatchObject({ name: 'Tools', target: 'bin/acmectl.cmd', startMenu: true, desktop: true });
    expect(s.registry[0]).toMatchObject({ root: 'HKMU', key: 'Software\\Acme', name: 'Port', type: 'integer', value: '8080' });
    expect(s.files[0]!.location).toEqual({ file: 'test.yaml', line: 20, col: 11 });
  });

  it('points at the line and column of each mistake, with a hint', () => {
    expect(errors(config(`
productName: Acme Tools
manufacturer: Acme Corp
kind: infrastructure
files:
  - from: installer/nothing-here
  - from: ../outside
  - bundle: dockr
  - to: bin
shortcuts:
  - name: Tools
    target: ../../evil.exe
registry:
  - key: HKLM\\Software\\Acme
    name: Port
    type: integer
    value: eighty
license: installer/files/README.txt
icon: installer/license.rtf
path: ../bin
`))).toEqual([
      'test.yaml:15:7: component "tools": installer is an infrastructure installer and needs "bundle": the compose bundle it installs (hint: for example: bundle: docker)',
      `test.yaml:19:17: component "tools": installer: files[0].from "installer/nothing-here" does not exist (hint: looked for ${path.join(ROOT, 'examples/platform/installer/nothing-here')})`,
      'test.yaml:20:17: component "tools": installer: files[1].from "../outside" is outside the project (hint: paths are relative to compatibility.yaml and stay below it)',
      'test.yaml:21:19: component "tools": installer names the bundle "dockr", which is not declared (hint: did you mean "docker"?)',
      'test.yaml:22:11: component "tools": installer: files[3] needs either "from" or "bundle" (hint: from: a file, folder or glob of the repository; bundle: the name of a bundle)',
      'test.yaml:25:19: component "tools": installer: shortcuts[0].target "../../evil.exe" is not inside the install folder (hint: name an installed file by its path below the install folder, e.g. bin/tool.exe)',
      'test.yaml:27:16: component "tools": installer: registry[0].key starts with a hive (hint: write the hive in root (HKLM, HKCU, HKMU) and the key without it)',
      'test.yaml:30:18: component "tools": installer: registry[0] is an integer value, but "eighty" is not an integer (hint: write a whole number, or type: string)',
      'test.yaml:31:16: component "tools": installer: license "installer/files/README.txt" is not a .rtf file (hint: the licence must be RTF (it starts with {\\rtf); save it as Rich Text from a word processor)',
      'test.yaml:32:13: component "tools": installer: icon "installer/license.rtf" is not a .ico file (hint: the icon must be a Windows .ico file)',
      'test.yaml:33:13: component "tools": installer: path "../bin" is not inside the install folder (hint: write true, or a folder below the install folder such as bin)',
    ]);
  });

  it('refuses a bundle on an application installer, a shortcut that goes nowhere and a shared UpgradeCode', () => {
    const twin = `  - name: twin
    kind: installer
    version: 1.0.0
    installer: { productName: Twin, manufacturer: Acme, upgradeCode: 3c0e7d6a-58b1-4f0e-9d2a-6b1f4c8e2a17 }
`;
    const text = config(`
productName: Acme Tools
manufacturer: Acme Corp
upgradeCode: 3C0E7D6A-58B1-4F0E-9D2A-6B1F4C8E2A17
bundle: docker
shortcuts:
  - { name: Tools, target: a.exe, startMenu: false }
`).replace('bundles:', `${twin}bundles:`);
    expect(errors(text)).toEqual([
      'test.yaml:18:7: component "tools": installer: "bundle" belongs to an infrastructure installer (hint: write kind: infrastructure, or install the bundle through files: [{ bundle: NAME }])',
      'test.yaml:20:11: component "tools": installer: shortcuts[0] is neither in the Start menu nor on the desktop (hint: set startMenu or desktop to true, or remove it)',
      'test.yaml:24:70: component "twin": installer: upgradeCode 3c0e7d6a-58b1-4f0e-9d2a-6b1f4c8e2a17 is already used by another installer (test.yaml:17:20) (hint: each product needs its own UpgradeCode, or installing one removes the other)',
    ]);
  });

  it('needs an infrastructure bundle with exactly one compose component', () => {
    expect(errors(config(`
productName: Acme Stack
manufacturer: Acme Corp
kind: infrastructure
bundle: empty
`))).toEqual([
      'test.yaml:18:15: component "tools": installer: bundle "empty" carries 0 compose components; an infrastructure installer needs exactly one (hint: start, stop and status run one compose stack: make a bundle with one compose component)',
    ]);
  });

  it('explains schema mistakes in installer settings', () => {
    expect(errors(config(`
productName: Acme Tools
manufacturer: Acme Corp
scope: perMachin
shortcut: []
registry:
  - key: Software\\Acme
    name: X
    value: 1
    root: HKEY
`))).toEqual([
      'test.yaml:17:14: components[1].installer.scope is "perMachin", which is not one of: perMachine, perUser (hint: did you mean "perMachine"?)',
      'test.yaml:18:7: unknown key "shortcut" in components[1].installer (hint: did you mean "shortcuts"?)',
      'test.yaml:23:17: components[1].installer.registry[0].root is "HKEY", which is not one of: HKLM, HKCU, HKMU',
    ]);
  });
});
