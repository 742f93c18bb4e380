import type { Diagnostic, Result } from '../errors/diagnostic.js';
import { formatLocation } from '../errors/diagnostic.js';
import { didYouMean } from './did-you-mean.js';
import type { Matrix } from './model.js';
import { platformVersion, satisfies, strictVersion } from './versions.js';

export interface InstalledCheck {
  compatible: boolean;
  checked: number;
  conflicts: string[];
  notes: string[];
}

/**
 * Parses `name=version` words. Components need a full version; platforms also take MAJOR.MINOR, the way operators
 * usually say which Kubernetes they run.
 */
export function parseInstalled(words: string[], matrix: Matrix): Result<Map<string, string>> {
  const errors: Diagnostic[] = [];
  const installed = new Map<string, string>();
  const known = [...matrix.components.map((c) => c.name), ...matrix.platforms.map((p) => p.name)];
  const platformNames = new Set(matrix.platforms.map((p) => p.name));
  for (const word of words) {
    const m = /^([^=]+)=(.+)$/.exec(word);
    if (!m) {
      errors.push({ code: 'usage', message: `"${word}" is not name=version`, hint: 'for example kubernetes=1.30.4 api=1.4.0' });
      continue;
    }
    const [, name, raw] = m as unknown as [string, string, string];
    const isComponent = matrix.components.some((c) => c.name === name);
    if (!isComponent && !platformNames.has(name)) {
      const guess = didYouMean(name, known);
      errors.push({ code: 'usage', message: `"${name}" is neither a component nor a platform of ${matrix.release.name}`, ...(guess ? { hint: `did you mean "${guess}"?` } : {}) });
      continue;
    }
    const version = isComponent ? strictVersion(raw) : platformVersion(raw.replace(/^v/, ''));
    if (!version) {
      errors.push({ code: 'usage', message: `${name}=${raw}: "${raw}" is not a version`, hint: isComponent ? 'write MAJOR.MINOR.PATCH' : 'write MAJOR.MINOR or MAJOR.MINOR.PATCH' });
      continue;
    }
    installed.set(name, version);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: installed };
}

/**
 * Would this release work with what is installed? Components of the release that are not named keep the release's
 * versions; a component named at another version is checked against what others require of it, but its own
 * requirements (declared for the release's version) are not applied to it.
 */
export function checkInstalled(matrix: Matrix, installed: Map<string, string>): InstalledCheck {
  const conflicts: string[] = [];
  const notes: string[] = [];
  const effective = new Map(matrix.components.map((c) => [c.name, c.version]));
  for (const [name, v] of installed) if (effective.has(name)) effective.set(name, v);
  let checked = 0;
  for (const c of matrix.components) {
    const own = installed.get(c.name);
    if (own !== undefined && own !== c.version) {
      notes.push(`${c.name} ${own} is not this release's version (${c.version}); its own requirements were not checked`);
      continue;
    }
    for (const r of c.requires) {
      const have = installed.get(r.target) ?? effective.get(r.target);
      if (have === undefined) continue;
      checked++;
      if (!satisfies(have, r.range)) {
        conflicts.push(`${c.name} ${c.version} requires ${r.target} ${r.range}, but ${r.target} ${have} is ${installed.has(r.target) ? 'installed' : 'in the release'} (${formatLocation(r.location)})`);
      }
    }
  }
  return { compatible: conflicts.length === 0, checked, conflicts, notes };
}
