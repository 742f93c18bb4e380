import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic, Result, SourceLocation } from '../errors/diagnostic.js';
import type { Bundle, Component, ComponentKind, InstallerSettings, Matrix, Platform, Requirement, Targets } from './model.js';
import { schemaDiagnostics } from './schema-check.js';
import { semanticDiagnostics } from './semantic-check.js';
import { platformVersion } from './versions.js';
import { YamlSource, type PathSegment } from './yaml-source.js';

export const DEFAULT_CONFIG = 'compatibility.yaml';

/**
 * Reads and validates a compatibility.yaml. Every problem of the file is reported at once, each with its line and
 * column; `file` is shown to the user as given, so pass it the way the user wrote it.
 */
export async function loadMatrix(file: string, shownAs = file): Promise<Result<Matrix>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return {
      ok: false,
      errors: [{
        code: 'no-config',
        message: code === 'ENOENT' ? `${shownAs}: no such file` : `${shownAs}: cannot be read (${code ?? 'error'})`,
        hint: code === 'ENOENT' ? 'run in the folder that holds compatibility.yaml, or pass --config PATH' : 'check the file permissions',
      }],
    };
  }
  return parseMatrix(path.resolve(file), text, shownAs);
}

/** `file` is where the text came from (relative paths resolve against its folder); `shownAs` names it in messages. */
export function parseMatrix(file: string, text: string, shownAs = file): Result<Matrix> {
  const source = new YamlSource(shownAs, text);
  const read = source.data();
  if (!read) return { ok: false, errors: source.syntaxErrors() };
  const data = read.value;
  if (data === null || data === undefined) {
    return { ok: false, errors: [{ code: 'empty', message: 'the file is empty', location: { file: shownAs, line: 1, col: 1 }, hint: 'start with apiVersion: slipway/v1' }] };
  }
  const root = path.dirname(path.resolve(file));
  const errors: Diagnostic[] = [...schemaDiagnostics(data, source), ...semanticDiagnostics(data, source, root)];
  if (errors.length > 0) return { ok: false, errors: sortByLocation(dedupe(errors)) };
  return { ok: true, value: toModel(data as RawFile, source, path.resolve(file)) };
}

function dedupe(errors: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.location?.line}:${e.location?.col}:${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function sortByLocation(errors: Diagnostic[]): Diagnostic[] {
  return [...errors].sort((a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0) || (a.location?.col ?? 0) - (b.location?.col ?? 0));
}

// The shape the schema has already checked.
interface RawFile {
  release: { name: string; version: string; tagPrefix?: string; description?: string };
  platforms?: Record<string, string[]>;
  components: {
    name: string; kind: ComponentKind; version: string; description?: string; source?: string;
    requires?: Record<string, string>; image?: Component['image']; installer?: RawInstaller;
  }[];
  bundles?: { name: string; description?: string; components: string[]; files?: { from: string; to?: string }[] }[];
  targets?: {
    github?: { repository?: string };
    ghcr?: { registry?: string; owner: string };
    pages?: { branch?: string; url: string; path?: string };
    assets?: { name?: string };
  };
  defaults?: { image?: { platforms?: string[] } };
}

/**
 * Gives `target` a `location` (or other) property computed on first read: positions need the slower positional parse,
 * which only a message that cites them should pay for.
 */
function withLazyLocation<T extends object, K extends string>(target: T, key: K, locate: () => SourceLocation): T & Record<K, SourceLocation> {
  let cached: SourceLocation | undefined;
  Object.defineProperty(target, key, { enumerable: true, get: () => (cached ??= locate()) });
  return target as T & Record<K, SourceLocation>;
}

interface RawInstaller {
  kind?: InstallerSettings['kind'];
  productName?: string;
  manufacturer?: string;
  upgradeCode?: string;
  scope?: InstallerSettings['scope'];
  installDir?: string;
  files?: { from?: string; bundle?: string; to?: string }[];
  bundle?: string;
  shortcuts?: { name: string; target: string; arguments?: string; description?: string; startMenu?: boolean; desktop?: boolean }[];
  registry?: { root?: 'HKLM' | 'HKCU' | 'HKMU'; key: string; name: string; type?: 'string' | 'integer'; value: string | number }[];
  path?: boolean | string;
  license?: string;
  icon?: string;
  arp?: InstallerSettings['arp'];
}

/** Paths inside the install folder are kept with forward slashes and without leading or trailing ones. */
function installPath(p: string): string {
  return p.replace(/\\/g, '/').replace(/^\.?\/+|\/+$/g, '').replace(/^\.$/, '');
}

type Locate = (p: PathSegment[]) => () => SourceLocation;

function toInstaller(raw: RawInstaller, at0: PathSegment[], at: Locate, root: string): InstallerSettings {
  const onPath = raw.path === true ? '' : typeof raw.path === 'string' ? installPath(raw.path) : undefined;
  return withLazyLocation({
    kind: raw.kind ?? 'application',
    ...(raw.productName !== undefined ? { productName: raw.productName } : {}),
    ...(raw.manufacturer !== undefined ? { manufacturer: raw.manufacturer } : {}),
    ...(raw.upgradeCode !== undefined ? { upgradeCode: raw.upgradeCode.replace(/[{}]/g, '').toLowerCase() } : {}),
    scope: raw.scope ?? 'perMachine',
    installDir: raw.installDir ?? raw.productName ?? '',
    files: (raw.files ?? []).map((f, j) => withLazyLocation({
      ...(f.from !== undefined ? { from: f.from.replace(/\\/g, '/') } : {}),
      ...(f.bundle !== undefined ? { bundle: f.bundle } : {}),
      to: installPath(f.to ?? ''),
    }, 'location', at([...at0, 'files', j]))),
    ...(raw.bundle !== undefined ? { bundle: raw.bundle } : {}),
    shortcuts: (raw.shortcuts ?? []).map((s, j) => withLazyLocation({
      name: s.name,
      target: installPath(s.target),
      ...(s.arguments !== undefined ? { arguments: s.arguments } : {}),
      ...(s.description !== undefined ? { description: s.description } : {}),
      startMenu: s.startMenu ?? true,
      desktop: s.desktop ?? false,
    }, 'location', at([...at0, 'shortcuts', j]))),
    registry: (raw.registry ?? []).map((r, j) => withLazyLocation({
      root: r.root ?? 'HKMU',
      key: r.key,
      name: r.name,
      type: r.type ?? 'string',
      value: String(r.value),
    }, 'location', at([...at0, 'registry', j]))),
    ...(onPath !== undefined ? { path: onPath } : {}),
    ...(raw.license !== undefined ? { license: path.join(root, raw.license) } : {}),
    ...(raw.icon !== undefined ? { icon: path.join(root, raw.icon) } : {}),
    arp: raw.arp ?? {},
  }, 'location', at(at0));
}

function toModel(raw: RawFile, source: YamlSource, absolute: string): Matrix {
  const root = path.dirname(absolute);
  const at = (p: PathSegment[]) => () => source.valueLocation(p) ?? { file: source.file, line: 1, col: 1 };
  const platforms: Platform[] = Object.entries(raw.platforms ?? {}).map(([name, versions]) => ({
    name,
    versions: versions.map((v, j) => withLazyLocation({ version: v, semver: platformVersion(v)! }, 'location', at(['platforms', name, j]))),
  }));
  const components: Component[] = raw.components.map((c, i) => {
    const requires: Requirement[] = Object.entries(c.requires ?? {}).map(([target, range]) =>
      withLazyLocation({ target, range }, 'location', at(['components', i, 'requires', target])));
    const component = {
      name: c.name,
      kind: c.kind,
      version: c.version,
      ...(c.description !== undefined ? { description: c.description } : {}),
      ...(c.source !== undefined ? { source: path.join(root, c.source) } : {}),
      requires,
      ...(c.image ? { image: c.image } : {}),
      ...(c.installer ? { installer: toInstaller(c.installer, ['components', i, 'installer'], at, root) } : {}),
    };
    return withLazyLocation(withLazyLocation(component, 'location', at(['components', i])), 'versionLocation', at(['components', i, 'version']));
  });
  const bundles: Bundle[] = (raw.bundles ?? []).map((b, i) => withLazyLocation({
    name: b.name,
    ...(b.description !== undefined ? { description: b.description } : {}),
    components: b.components,
    files: (b.files ?? []).map((f) => ({ from: f.from, to: f.to ?? f.from })),
  }, 'location', at(['bundles', i])));
  const t = raw.targets ?? {};
  const targets: Targets = {
    ...(t.github ? { github: t.github } : {}),
    ...(t.ghcr ? { ghcr: { registry: t.ghcr.registry ?? 'ghcr.io', owner: t.ghcr.owner } } : {}),
    ...(t.pages ? { pages: { branch: t.pages.branch ?? 'gh-pages', url: t.pages.url, path: t.pages.path ?? '' } } : {}),
    assets: { name: t.assets?.name ?? '{bundle}-{version}' },
  };
  return {
    file: source.file,
    path: absolute,
    root,
    release: withLazyLocation({
      name: raw.release.name,
      version: raw.release.version,
      tagPrefix: raw.release.tagPrefix ?? 'v',
      ...(raw.release.description !== undefined ? { description: raw.release.description } : {}),
    }, 'versionLocation', at(['release', 'version'])),
    platforms,
    components,
    bundles,
    targets,
    defaults: { image: { platforms: raw.defaults?.image?.platforms ?? ['linux/amd64'] } },
  };
}
