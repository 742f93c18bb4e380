import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic, SourceLocation } from '../errors/diagnostic.js';
import { formatLocation } from '../errors/diagnostic.js';
import { didYouMean } from './did-you-mean.js';
import type { PathSegment, YamlSource } from './yaml-source.js';

type Raw = Record<string, unknown>;

function isObject(v: unknown): v is Raw {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/** The characters that make a `from` a glob rather than a plain path. */
export const GLOB_CHARS = /[*?[\]{}]/;

/**
 * Checks the `installer` settings of installer components beyond their shape: the files, licence and icon exist and
 * are what they claim to be, bundles are known, paths stay inside the install folder, UpgradeCodes are not shared.
 */
export function installerDiagnostics(data: unknown, source: YamlSource, root: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (!isObject(data)) return out;
  const where = (p: PathSegment[]): SourceLocation | undefined => source.valueLocation(p);
  const add = (code: string, message: string, location: SourceLocation | undefined, hint?: string) =>
    out.push({ code, message, ...(location ? { location } : {}), ...(hint ? { hint } : {}) });

  const components = list(data.components);
  const kindOf = new Map<string, unknown>();
  for (const c of components) if (isObject(c) && typeof c.name === 'string') kindOf.set(c.name, c.kind);
  const bundles = new Map<string, Raw>();
  for (const b of list(data.bundles)) if (isObject(b) && typeof b.name === 'string') bundles.set(b.name, b);
  const upgradeCodes = new Map<string, SourceLocation | undefined>();

  components.forEach((c, i) => {
    if (!isObject(c) || c.kind !== 'installer' || !isObject(c.installer)) return;
    const at: PathSegment[] = ['components', i, 'installer'];
    const s = c.installer;
    const label = `component "${String(c.name)}": installer`;

    const knownBundle = (name: string, p: PathSegment[]): boolean => {
      if (bundles.has(name)) return true;
      const guess = didYouMean(name, bundles.keys());
      add('unknown-reference', `${label} names the bundle "${name}", which is not declared`, where(p),
        guess ? `did you mean "${guess}"?` : 'declare it under bundles');
      return false;
    };

    const kind = s.kind ?? 'application';
    if (kind === 'infrastructure') {
      if (typeof s.bundle !== 'string') {
        add('missing-key', `${label} is an infrastructure installer and needs "bundle": the compose bundle it installs`, where(at),
          'for example: bundle: docker');
      } else if (knownBundle(s.bundle, [...at, 'bundle'])) {
        const composes = list(bundles.get(s.bundle)!.components).filter((n) => typeof n === 'string' && kindOf.get(n) === 'compose');
        if (composes.length !== 1) {
          add('bad-value', `${label}: bundle "${s.bundle}" carries ${composes.length} compose components; an infrastructure installer needs exactly one`,
            where([...at, 'bundle']), 'start, stop and status run one compose stack: make a bundle with one compose component');
        }
      }
    } else if (s.bundle !== undefined) {
      add('bad-value', `${label}: "bundle" belongs to an infrastructure installer`, source.keyLocation([...at, 'bundle']),
        'write kind: infrastructure, or install the bundle through files: [{ bundle: NAME }]');
    }

    if (typeof s.upgradeCode === 'string') {
      const code = s.upgradeCode.replace(/[{}]/g, '').toLowerCase();
      const first = upgradeCodes.get(code);
      if (upgradeCodes.has(code)) {
        add('duplicate', `${label}: upgradeCode ${s.upgradeCode} is already used by another installer${first ? ` (${formatLocation(first)})` : ''}`,
          where([...at, 'upgradeCode']), 'each product needs its own UpgradeCode, or installing one removes the other');
      } else upgradeCodes.set(code, where([...at, 'upgradeCode']));
    }

    list(s.files).forEach((f, j) => {
      if (!isObject(f)) return;
      const p: PathSegment[] = [...at, 'files', j];
      const hasFrom = typeof f.from === 'string';
      const hasBundle = typeof f.bundle === 'string';
      if (hasFrom === hasBundle) {
        add('bad-value', `${label}: files[${j}] needs either "from" or "bundle"`, where(p), 'from: a file, folder or glob of the repository; bundle: the name of a bundle');
        return;
      }
      if (hasFrom) {
        const from = (f.from as string).replace(/\\/g, '/');
        const base = globBase(from);
        if (escapes(from)) add('path-escape', `${label}: files[${j}].from "${from}" is outside the project`, where([...p, 'from']), 'paths are relative to compatibility.yaml and stay below it');
        else if (!existsSync(path.join(root, base || '.'))) {
          add('missing-path', `${label}: files[${j}].from "${from}" does not exist`, where([...p, 'from']), `looked for ${path.join(root, base)}`);
        }
      } else knownBundle(f.bundle as string, [...p, 'bundle']);
      if (typeof f.to === 'string' && escapes(f.to)) {
        add('path-escape', `${label}: files[${j}].to "${f.to}" leaves the install folder`, where([...p, 'to']), 'use a relative folder without ".."');
      }
    });

    list(s.shortcuts).forEach((sc, j) => {
      if (!isObject(sc)) return;
      if (typeof sc.target === 'string' && escapes(sc.target)) {
        add('path-escape', `${label}: shortcuts[${j}].target "${sc.target}" is not inside the install folder`, where([...at, 'shortcuts', j, 'target']),
          'name an installed file by its path below the install folder, e.g. bin/tool.exe');
      }
      if (sc.startMenu === false && sc.desktop !== true) {
        add('bad-value', `${label}: shortcuts[${j}] is neither in the Start menu nor on the desktop`, where([...at, 'shortcuts', j]), 'set startMenu or desktop to true, or remove it');
      }
    });

    list(s.registry).forEach((r, j) => {
      if (!isObject(r)) return;
      if (r.type === 'integer' && !/^-?\d+$/.test(String(r.value))) {
        add('bad-value', `${label}: registry[${j}] is an integer value, but "${String(r.value)}" is not an integer`, where([...at, 'registry', j, 'value']),
          'write a whole number, or type: string');
      }
      if (typeof r.key === 'string' && /^(HK[A-Z_]+|HKEY_[A-Z_]+)\\/i.test(r.key)) {
        add('bad-value', `${label}: registry[${j}].key starts with a hive`, where([...at, 'registry', j, 'key']), 'write the hive in root (HKLM, HKCU, HKMU) and the key without it');
      }
    });

    if (typeof s.path === 'string' && escapes(s.path)) {
      add('path-escape', `${label}: path "${s.path}" is not inside the install folder`, where([...at, 'path']), 'write true, or a folder below the install folder such as bin');
    }

    if (typeof s.license === 'string') {
      checkFile(s.license, [...at, 'license'], `${label}: license`, '.rtf', (head) => head.startsWith('{\\rtf'),
        'the licence must be RTF (it starts with {\\rtf); save it as Rich Text from a word processor');
    }
    if (typeof s.icon === 'string') {
      checkFile(s.icon, [...at, 'icon'], `${label}: icon`, '.ico', (head) => head.startsWith('\u0000\u0000\u0001\u0000'),
        'the icon must be a Windows .ico file');
    }
  });
  return out;

  function checkFile(relative: string, p: PathSegment[], label: string, extension: string, valid: (head: string) => boolean, hint: string): void {
    if (escapes(relative)) {
      add('path-escape', `${label} "${relative}" is outside the project`, where(p), 'paths are relative to compatibility.yaml and stay below it');
      return;
    }
    const full = path.join(root, relative);
    if (!existsSync(full)) {
      add('missing-path', `${label} "${relative}" does not exist`, where(p), `looked for ${full}`);
      return;
    }
    if (path.extname(full).toLowerCase() !== extension || !valid(readHead(full))) add('bad-value', `${label} "${relative}" is not a ${extension} file`, where(p), hint);
  }
}

/** The folder part of a glob before its first wildcard: what must exist for the glob to match anything. */
export function globBase(pattern: string): string {
  if (!GLOB_CHARS.test(pattern)) return pattern;
  const parts = pattern.split('/');
  const fixed: string[] = [];
  for (const part of parts) {
    if (GLOB_CHARS.test(part)) break;
    fixed.push(part);
  }
  return fixed.join('/');
}

function readHead(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(8);
    const n = readSync(fd, buffer, 0, 8, 0);
    return buffer.subarray(0, n).toString('latin1');
  } finally {
    closeSync(fd);
  }
}

function escapes(relative: string): boolean {
  return path.isAbsolute(relative) || /^[A-Za-z]:/.test(relative) || path.posix.normalize(relative.replace(/\\/g, '/')).split('/')[0] === '..';
}
