import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic, SourceLocation } from '../errors/diagnostic.js';
import { didYouMean } from './did-you-mean.js';
import { installerDiagnostics } from './installer-check.js';
import { pathLabel } from './schema-check.js';
import { platformVersion, satisfies, strictVersion, validRange, versionHint } from './versions.js';
import type { PathSegment, YamlSource } from './yaml-source.js';
import { formatLocation } from '../errors/diagnostic.js';

type Raw = Record<string, unknown>;

const KIND_SETTINGS: Record<string, string> = { image: 'image', installer: 'installer' };
const ASSET_PLACEHOLDERS = ['release', 'bundle', 'version'];

function isObject(v: unknown): v is Raw {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/**
 * Checks what a schema cannot: unique names, versions and ranges, references between components, and whether the
 * declared versions satisfy every requirement. Works on data that may also have schema errors, so that one run
 * reports everything that is wrong.
 */
export function semanticDiagnostics(data: unknown, source: YamlSource, root: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (!isObject(data)) return out;
  const where = (p: PathSegment[]): SourceLocation | undefined => source.valueLocation(p);
  const add = (code: string, message: string, location: SourceLocation | undefined, hint?: string) =>
    out.push({ code, message, ...(location ? { location } : {}), ...(hint ? { hint } : {}) });

  // The release version.
  const release = isObject(data.release) ? data.release : undefined;
  if (release && typeof release.version === 'string' && release.version !== 'tag' && !strictVersion(release.version)) {
    add('bad-version', `release.version "${release.version}" is not a SemVer version`, where(['release', 'version']),
      `${versionHint(release.version)}; or write "tag" to take it from the release tag`);
  }

  // Components: names, versions, kind settings, sources.
  const versions = new Map<string, string>();
  // Paths, not locations: a location costs a positional parse, paid only when a message cites it.
  const firstSeen = new Map<string, PathSegment[]>();
  const components = list(data.components);
  components.forEach((c, i) => {
    if (!isObject(c) || typeof c.name !== 'string') return;
    const namePath: PathSegment[] = ['components', i, 'name'];
    const seenAt = firstSeen.get(c.name);
    if (seenAt) {
      const seen = where(seenAt);
      add('duplicate-name', `component "${c.name}" is declared twice${seen ? ` (first at ${formatLocation(seen)})` : ''}`, where(namePath),
        'component names are unique: rename or remove one');
      return;
    }
    firstSeen.set(c.name, namePath);
    if (typeof c.version === 'string') {
      const v = strictVersion(c.version);
      if (v) versions.set(c.name, v);
      else add('bad-version', `component "${c.name}": version "${c.version}" is not a SemVer version`, where(['components', i, 'version']), versionHint(c.version));
    }
    for (const [key, kind] of Object.entries(KIND_SETTINGS)) {
      if (c[key] !== undefined && c.kind !== kind && typeof c.kind === 'string') {
        add('kind-mismatch', `component "${c.name}" is of kind ${c.kind}, but has "${key}" settings, which only an ${kind} component takes`,
          source.keyLocation(['components', i, key]), `remove "${key}" or change kind to ${kind}`);
      }
    }
    if (typeof c.source === 'string') checkPath(c.source, ['components', i, 'source'], `component "${c.name}": source`);
  });

  // Platforms: names distinct from components, versions well-formed and listed once.
  const platforms = new Map<string, { version: string; semver: string; path: PathSegment[] }[]>();
  if (isObject(data.platforms)) {
    for (const [name, versionsOfPlatform] of Object.entries(data.platforms)) {
      if (firstSeen.has(name)) {
        add('duplicate-name', `"${name}" is both a platform and a component`, source.keyLocation(['platforms', name]),
          'a requirement names one or the other: rename one of them');
      }
      const seenVersions = new Set<string>();
      const parsed: { version: string; semver: string; path: PathSegment[] }[] = [];
      list(versionsOfPlatform).forEach((v, j) => {
        if (typeof v !== 'string') return;
        const p: PathSegment[] = ['platforms', name, j];
        const normal = platformVersion(v);
        if (!normal) {
          add('bad-version', `platforms.${name}[${j}]: "${v}" is not a version`, where(p), 'write MAJOR.MINOR or MAJOR.MINOR.PATCH, e.g. "1.30"');
          return;
        }
        if (seenVersions.has(normal)) add('duplicate', `platforms.${name} lists ${v} twice`, where(p));
        seenVersions.add(normal);
        parsed.push({ version: v, semver: normal, path: p });
      });
      platforms.set(name, parsed);
    }
  }

  // Requirements: known targets, valid ranges, satisfied by what is declared.
  const known = [...firstSeen.keys(), ...platforms.keys()];
  components.forEach((c, i) => {
    if (!isObject(c) || typeof c.name !== 'string' || !isObject(c.requires)) return;
    for (const [target, range] of Object.entries(c.requires)) {
      if (typeof range !== 'string') continue;
      const keyPath: PathSegment[] = ['components', i, 'requires', target];
      const rangePath = keyPath;
      if (target === c.name) {
        add('self-requirement', `component "${c.name}" requires itself`, source.keyLocation(keyPath), 'remove this requirement');
        continue;
      }
      if (!firstSeen.has(target) && !platforms.has(target)) {
        const guess = didYouMean(target, known);
        add('unknown-reference', `component "${c.name}" requires "${target}", which is neither a component nor a platform`,
          source.keyLocation(keyPath), guess ? `did you mean "${guess}"?` : 'declare it under components, or its versions under platforms');
        continue;
      }
      if (!validRange(range)) {
        add('bad-range', `component "${c.name}": requirement on ${target} "${range}" is not a SemVer range`, where(rangePath),
          'write a range such as ">=1.2.0 <2.0.0", "^1.2" or "~1.29"');
        continue;
      }
      const cite = () => {
        const requirementAt = where(rangePath);
        return requirementAt ? ` (${formatLocation(requirementAt)})` : '';
      };
      const version = versions.get(target);
      if (version !== undefined && !satisfies(version, range)) {
        const index = components.findIndex((o) => isObject(o) && o.name === target);
        add('unsatisfied', `${target} ${version} does not satisfy ${c.name}'s requirement ${range}${cite()}`,
          where(['components', index, 'version']), `change ${target}'s version or ${c.name}'s range`);
      }
      for (const pv of platforms.get(target) ?? []) {
        if (!satisfies(pv.semver, range)) {
          add('unsatisfied', `${target} ${pv.version} does not satisfy ${c.name}'s requirement ${range}${cite()}`, where(pv.path),
            `remove ${pv.version} from platforms.${target} or widen ${c.name}'s range`);
        }
      }
    }
  });

  // Bundles: unique names, known components, files inside the project.
  const bundleNames = new Map<string, PathSegment[]>();
  list(data.bundles).forEach((b, i) => {
    if (!isObject(b)) return;
    if (typeof b.name === 'string') {
      const firstAt = bundleNames.get(b.name);
      const first = firstAt && where(firstAt);
      if (firstAt) {
        add('duplicate-name', `bundle "${b.name}" is declared twice${first ? ` (first at ${formatLocation(first)})` : ''}`,
          where(['bundles', i, 'name']), 'bundle names are unique: rename or remove one');
      } else bundleNames.set(b.name, ['bundles', i, 'name']);
    }
    list(b.components).forEach((name, j) => {
      if (typeof name !== 'string' || firstSeen.has(name)) return;
      const guess = didYouMean(name, firstSeen.keys());
      add('unknown-reference', `bundle "${String(b.name)}" lists "${name}", which is not a component`, where(['bundles', i, 'components', j]),
        guess ? `did you mean "${guess}"?` : 'declare it under components');
    });
    list(b.files).forEach((f, j) => {
      if (isObject(f) && typeof f.from === 'string') checkPath(f.from, ['bundles', i, 'files', j, 'from'], `bundle "${String(b.name)}": files[${j}].from`);
      if (isObject(f) && typeof f.to === 'string' && escapes(f.to)) {
        add('path-escape', `bundle "${String(b.name)}": files[${j}].to "${f.to}" leaves the bundle`, where(['bundles', i, 'files', j, 'to']),
          'use a relative path without ".."');
      }
    });
  });

  // Targets: asset name placeholders.
  const targets = isObject(data.targets) ? data.targets : undefined;
  const assets = targets && isObject(targets.assets) ? targets.assets : undefined;
  if (assets && typeof assets.name === 'string') {
    for (const m of assets.name.matchAll(/\{([^}]*)\}/g)) {
      if (!ASSET_PLACEHOLDERS.includes(m[1]!)) {
        const guess = didYouMean(m[1]!, ASSET_PLACEHOLDERS);
        add('bad-value', `targets.assets.name uses the unknown placeholder {${m[1]}}`, where(['targets', 'assets', 'name']),
          guess ? `did you mean {${guess}}?` : `use ${ASSET_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}`);
      }
    }
    if (!assets.name.includes('{bundle}')) {
      add('bad-value', 'targets.assets.name must contain {bundle}, or every bundle would get the same file name', where(['targets', 'assets', 'name']));
    }
  }
  out.push(...installerDiagnostics(data, source, root));
  return out;

  function checkPath(relative: string, p: PathSegment[], label: string): void {
    if (path.isAbsolute(relative) || escapes(relative)) {
      add('path-escape', `${label} "${relative}" is outside the project`, where(p), 'paths are relative to compatibility.yaml and stay below it');
    } else if (!existsSync(path.join(root, relative))) {
      add('missing-path', `${label} "${relative}" does not exist`, where(p), `looked for ${path.join(root, relative)}`);
    }
  }
}

function escapes(relative: string): boolean {
  return path.posix.normalize(relative.replace(/\\/g, '/')).split('/')[0] === '..' || path.isAbsolute(relative);
}

