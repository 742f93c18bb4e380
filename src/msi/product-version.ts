import semver from 'semver';
import type { Result } from '../errors/diagnostic.js';

export interface ProductVersion {
  /** MAJOR.MINOR.BUILD, what Windows Installer compares. */
  productVersion: string;
  /** The SemVer version it came from, kept for Add/Remove Programs and the registry. */
  semver: string;
  prerelease: boolean;
}

const LIMITS = [
  { field: 'major', max: 255 },
  { field: 'minor', max: 255 },
  { field: 'patch', max: 65535 },
] as const;

/**
 * SemVer to MSI ProductVersion. Windows Installer compares only the first three fields (major and minor at most 255,
 * build at most 65535) and knows no prereleases. A prerelease maps to the version it precedes (1.5.0-rc.1 -> 1.5.0),
 * and the generated upgrade rule also removes an installed product of the same ProductVersion: rc.1 -> rc.2 -> 1.5.0
 * each upgrade the one before, 1.4.x -> 1.5.0-rc.1 upgrades, and 1.5.0 -> 1.4.x is refused as a downgrade. The price:
 * installing 1.5.0-rc.2 over 1.5.0 replaces it too, since Windows cannot tell the two apart.
 */
export function toProductVersion(version: string): Result<ProductVersion> {
  const parsed = semver.parse(version);
  if (!parsed) {
    return { ok: false, errors: [{ code: 'bad-version', message: `"${version}" is not a SemVer version`, hint: 'for example 1.4.0 or 1.5.0-rc.1' }] };
  }
  for (const { field, max } of LIMITS) {
    if (parsed[field] > max) {
      return {
        ok: false,
        errors: [{
          code: 'msi-version',
          message: `${version} cannot be an MSI ProductVersion: its ${field} ${parsed[field]} is above ${max}`,
          hint: 'Windows Installer allows major and minor up to 255 and patch up to 65535; release the installer under a version within them',
        }],
      };
    }
  }
  return {
    ok: true,
    value: { productVersion: `${parsed.major}.${parsed.minor}.${parsed.patch}`, semver: parsed.version, prerelease: parsed.prerelease.length > 0 },
  };
}
