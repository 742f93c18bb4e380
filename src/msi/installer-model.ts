import { existsSync } from 'node:fs';
import path from 'node:path';
import { fail, SlipwayError } from '../errors/diagnostic.js';
import { didYouMean } from '../matrix/did-you-mean.js';
import type { Component, InstallerArp, InstallerSettings, InstallScope, Matrix } from '../matrix/model.js';
import { bundleFiles, collectFiles, dedupe, type SourceFile } from './collect-files.js';
import { componentGuid, derivedUpgradeCode, msiId, msiIdHash, productCode } from './guid.js';
import { infrastructureScripts, COMPOSE_FILES } from './infrastructure-scripts.js';
import { toProductVersion } from './product-version.js';
import { relativePosix } from '../util/relative-path.js';

export interface InstallDirectory {
  id: string;
  /** Folder name. */
  name: string;
  parentId: string;
  installPath: string;
}

export interface InstallFile {
  id: string;
  componentId: string;
  guid: string;
  /** Absolute path of the file to take, or undefined for a generated one (see `content`). */
  source?: string;
  /** The text of a file that Slipway writes (the start, stop and status scripts). */
  content?: string;
  installPath: string;
  name: string;
  directoryId: string;
}

export interface InstallShortcut {
  id: string;
  name: string;
  fileId: string;
  directoryId: 'ProductMenuFolder' | 'DesktopFolder';
  arguments?: string;
  description?: string;
}

export interface InstallRegistryValue {
  id: string;
  root: 'HKLM' | 'HKCU';
  key: string;
  name: string;
  type: 'string' | 'integer';
  value: string;
}

/** Everything both WiX dialects need, resolved: ids, GUIDs, files, versions. Plain data, the same on every machine. */
export interface InstallerModel {
  component: string;
  kind: InstallerSettings['kind'];
  productName: string;
  manufacturer: string;
  version: string;
  productVersion: string;
  upgradeCode: string;
  upgradeCodeSource: 'explicit' | 'derived';
  productCode: string;
  scope: InstallScope;
  installDirName: string;
  /** ProgramFiles64Folder, or LocalAppDataFolder/Programs for a per-user install. */
  programsRoot: 'ProgramFiles64Folder' | 'LocalAppDataFolder';
  directories: InstallDirectory[];
  files: InstallFile[];
  shortcuts: InstallShortcut[];
  registry: InstallRegistryValue[];
  /** The component that holds the registry values, the PATH entry and the product key. */
  productComponent: { id: string; guid: string };
  /** The component that removes the Start menu folder, when there are Start menu shortcuts. */
  menuComponent?: { id: string; guid: string };
  /** The directory id to put on PATH. */
  pathDirectoryId?: string;
  license?: string;
  icon?: string;
  arp: InstallerArp;
  downgradeMessage: string;
  /** The MSI's file name. */
  msiName: string;
}

export const INSTALLDIR = 'INSTALLDIR';

/** What names a product in every report of it (the --json of generate and build, the build record, summaries). */
export type ProductIdentity = Pick<InstallerModel, 'component' | 'productName' | 'version' | 'productVersion' | 'upgradeCode' | 'upgradeCodeSource' | 'productCode'>;

export function productIdentity(m: InstallerModel): ProductIdentity {
  return {
    component: m.component,
    productName: m.productName,
    version: m.version,
    productVersion: m.productVersion,
    upgradeCode: m.upgradeCode,
    upgradeCodeSource: m.upgradeCodeSource,
    productCode: m.productCode,
  };
}

/** Builds the model of one installer component for one release version. */
export async function installerModel(matrix: Matrix, component: Component, version: string): Promise<InstallerModel> {
  const s = component.installer;
  if (!s) {
    fail('msi-no-settings', `component "${component.name}" is an installer but has no "installer" settings`, {
      location: component.location,
      hint: 'add installer: { productName: ..., manufacturer: ... }',
    });
  }
  for (const key of ['productName', 'manufacturer'] as const) {
    if (!s[key]) {
      fail('msi-no-settings', `installer "${component.name}" needs installer.${key} to build an MSI`, {
        location: s.location,
        hint: key === 'productName' ? 'the name Add/Remove Programs shows, e.g. productName: Acme Operator Tools' : 'the publisher Add/Remove Programs shows, e.g. manufacturer: Acme Corp',
      });
    }
  }
  const productName = s.productName!;
  const manufacturer = s.manufacturer!;
  const pv = toProductVersion(version);
  if (!pv.ok) throw new SlipwayError(pv.errors);
  const upgradeCode = s.upgradeCode ?? derivedUpgradeCode(matrix.release.name, component.name);
  const scope = s.scope;
  const hkmu: 'HKLM' | 'HKCU' = scope === 'perMachine' ? 'HKLM' : 'HKCU';

  // Files: what the file names, or the component's source folder; an infrastructure installer adds its bundle and scripts.
  let sources: SourceFile[] = [];
  if (s.files.length > 0) sources = await collectFiles(matrix, s.files);
  else if (s.kind === 'application' && component.source) {
    sources = await collectFiles(matrix, [{ from: relativePosix(matrix.root, component.source), to: '', get location() { return component.location; } }]);
  }
  const generated: { installPath: string; content: string }[] = [];
  const infraShortcuts: { name: string; target: string; arguments: string; description: string }[] = [];
  if (s.kind === 'infrastructure') {
    const bundle = matrix.bundles.find((b) => b.name === s.bundle);
    if (!bundle) fail('unknown-reference', `no bundle "${String(s.bundle)}"`, { location: s.location });
    sources = dedupe([...sources, ...(await bundleFiles(matrix, bundle, '', s))]);
    const compose = matrix.components.find((c) => c.kind === 'compose' && bundle.components.includes(c.name));
    const composeFile = compose?.source ? COMPOSE_FILES.find((f) => existsSync(path.join(compose.source!, f))) : undefined;
    if (!compose || !composeFile) {
      fail('msi-no-compose', `bundle "${bundle.name}" has no compose file to run`, {
        location: s.location,
        hint: `its compose component's source folder needs one of ${COMPOSE_FILES.join(', ')}`,
      });
    }
    for (const script of infrastructureScripts(`${compose.name}/${composeFile}`, productName)) {
      generated.push({ installPath: script.name, content: script.content });
      infraShortcuts.push({ name: script.shortcut, target: script.name, arguments: '--pause', description: script.description });
    }
  }
  if (sources.length === 0 && generated.length === 0) {
    fail('msi-no-files', `installer "${component.name}" installs no file`, { location: s.location, hint: 'list what to install under installer.files' });
  }
  if (s.license) sources = dedupe([...sources, { source: s.license, installPath: 'License.rtf', origin: s }]);

  // Directories below INSTALLDIR, parents first.
  const directories = new Map<string, InstallDirectory>();
  const directoryOf = (installPath: string): string => {
    const dir = path.posix.dirname(installPath);
    if (dir === '.' || dir === '') return INSTALLDIR;
    const existing = directories.get(dir.toLowerCase());
    if (existing) return existing.id;
    const parentId = directoryOf(dir);
    const d: InstallDirectory = { id: msiId('dir', `${scope}:${dir.toLowerCase()}`), name: path.posix.basename(dir), parentId, installPath: dir };
    directories.set(dir.toLowerCase(), d);
    return d.id;
  };
  const toFile = (installPath: string, extra: { source?: string; content?: string }): InstallFile => {
    // The same as msiId('fil', ...) and msiId('cmp', ...) of the path, from one hash.
    const key = msiIdHash(installPath.toLowerCase());
    return {
      id: `fil_${key}`,
      componentId: `cmp_${key}`,
      guid: componentGuid(upgradeCode, scope, installPath),
      ...extra,
      installPath,
      name: path.posix.basename(installPath),
      directoryId: directoryOf(installPath),
    };
  };
  const files = [
    ...sources.map((f) => toFile(f.installPath, { source: f.source })),
    ...generated.map((g) => toFile(g.installPath, { content: g.content })),
  ].sort((a, b) => (a.installPath < b.installPath ? -1 : a.installPath > b.installPath ? 1 : 0));
  const fileByPath = new Map(files.map((f) => [f.installPath.toLowerCase(), f]));

  // Shortcuts point at installed files.
  const shortcuts: InstallShortcut[] = [];
  const wanted = [
    ...infraShortcuts.map((x) => ({ ...x, startMenu: true, desktop: false, get location() { return s.location; } })),
    ...s.shortcuts,
  ];
  for (const sc of wanted) {
    const file = fileByPath.get(sc.target.toLowerCase());
    if (!file) {
      const guess = didYouMean(sc.target, files.map((f) => f.installPath));
      fail('msi-bad-shortcut', `shortcut "${sc.name}" points at "${sc.target}", which the installer does not install`, {
        location: sc.location,
        hint: guess ? `did you mean "${guess}"?` : 'name an installed file by its path below the install folder',
      });
    }
    for (const [on, directoryId] of [[sc.startMenu, 'ProductMenuFolder'], [sc.desktop, 'DesktopFolder']] as const) {
      if (!on) continue;
      shortcuts.push({
        id: msiId('sct', `${directoryId}:${sc.name}`),
        name: sc.name,
        fileId: file.id,
        directoryId,
        ...(sc.arguments !== undefined ? { arguments: sc.arguments } : {}),
        ...(sc.description !== undefined ? { description: sc.description } : {}),
      });
    }
  }

  const productKey = `Software\\${manufacturer}\\${productName}`;
  const registry: InstallRegistryValue[] = ([
    { root: hkmu, key: productKey, name: 'Version', type: 'string', value: version },
    { root: hkmu, key: productKey, name: 'InstallDir', type: 'string', value: `[${INSTALLDIR}]` },
    ...s.registry.map((r) => ({ root: r.root === 'HKMU' ? hkmu : r.root, key: r.key, name: r.name, type: r.type, value: r.value })),
  ] as Omit<InstallRegistryValue, 'id'>[]).map((r) => ({ ...r, id: msiId('reg', `${r.root}\\${r.key}\\${r.name}`.toLowerCase()) }));

  let pathDirectoryId: string | undefined;
  if (s.path !== undefined) {
    if (s.path === '') pathDirectoryId = INSTALLDIR;
    else {
      const dir = directories.get(s.path.toLowerCase());
      if (!dir) {
        fail('msi-bad-path', `installer.path "${s.path}" is not a folder the installer creates`, {
          location: s.location,
          hint: `folders: ${[...directories.values()].map((d) => d.installPath).join(', ') || '(only the install folder: write path: true)'}`,
        });
      }
      pathDirectoryId = dir.id;
    }
  }

  return {
    component: component.name,
    kind: s.kind,
    productName: productName,
    manufacturer: manufacturer,
    version,
    productVersion: pv.value.productVersion,
    upgradeCode,
    upgradeCodeSource: s.upgradeCode ? 'explicit' : 'derived',
    productCode: productCode(upgradeCode, version),
    scope,
    installDirName: s.installDir || productName,
    programsRoot: scope === 'perMachine' ? 'ProgramFiles64Folder' : 'LocalAppDataFolder',
    directories: [...directories.values()].sort((a, b) => (a.installPath < b.installPath ? -1 : 1)),
    files,
    shortcuts,
    registry,
    productComponent: { id: 'ProductRegistry', guid: componentGuid(upgradeCode, scope, '<registry>') },
    ...(shortcuts.some((x) => x.directoryId === 'ProductMenuFolder') ? { menuComponent: { id: 'ProductMenu', guid: componentGuid(upgradeCode, scope, '<start menu>') } } : {}),
    ...(pathDirectoryId ? { pathDirectoryId } : {}),
    ...(s.license ? { license: s.license } : {}),
    ...(s.icon ? { icon: s.icon } : {}),
    arp: s.arp,
    downgradeMessage: `A newer version of ${productName} is already installed. Uninstall it first to install ${version}.`,
    msiName: `${component.name}-${version}-x64.msi`,
  };
}
