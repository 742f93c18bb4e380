import semver from 'semver';

// Prereleases of a component (1.5.0-rc.1) must still meet a plain range such as >=1.4.0 <2.0.0.
const RANGE_OPTIONS = { includePrerelease: true } as const;

/**
 * A strict SemVer 2 version, exactly as written (build metadata kept), or undefined. "v1.2.3" and "=1.2.3" are not
 * versions: a leading v belongs to tags.
 */
export function strictVersion(text: string): string | undefined {
  return /^\d/.test(text) && semver.parse(text)?.raw === text ? text : undefined;
}

/** A platform version: MAJOR.MINOR or a full version, normalised to SemVer for comparisons. */
export function platformVersion(text: string): string | undefined {
  const short = /^(\d+)\.(\d+)$/.exec(text);
  if (short) return `${Number(short[1])}.${Number(short[2])}.0`;
  return strictVersion(text);
}

export function validRange(text: string): boolean {
  return semver.validRange(text, RANGE_OPTIONS) !== null;
}

// A release states the same few ranges many times over; parsing each once keeps large matrices fast.
const parsedRanges = new Map<string, semver.Range>();

export function satisfies(version: string, range: string): boolean {
  let parsed = parsedRanges.get(range);
  if (!parsed) {
    parsed = new semver.Range(range, RANGE_OPTIONS);
    parsedRanges.set(range, parsed);
  }
  return parsed.test(version);
}

export function isPrerelease(version: string): boolean {
  return (semver.prerelease(version)?.length ?? 0) > 0;
}

/** Why a text is not a version, in words a person can act on. */
export function versionHint(text: string): string {
  if (/^v\d/i.test(text)) return `drop the leading "v": ${text.slice(1)}`;
  if (/^\d+\.\d+$/.test(text)) return `a component version needs three parts: ${text}.0`;
  if (/^\d+$/.test(text)) return `a version needs three parts: ${text}.0.0`;
  return 'a version is MAJOR.MINOR.PATCH, optionally followed by -prerelease and +build (SemVer 2)';
}
