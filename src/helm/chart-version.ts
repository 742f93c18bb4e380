/**
 * Chart versions as Helm reads them: a loose SemVer (a leading "v", and missing minor or patch, are accepted and
 * read as zero), compared by precedence with build metadata ignored. Index entries sort newest first by this order;
 * an entry whose version does not parse goes last.
 */
export interface ChartVersionParts {
  major: bigint;
  minor: bigint;
  patch: bigint;
  prerelease: string[];
  build: string;
}

const LOOSE = /^v?([0-9]+)(?:\.([0-9]+))?(?:\.([0-9]+))?(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;
const STRICT = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

export function parseChartVersion(version: string): ChartVersionParts | undefined {
  const m = LOOSE.exec(version);
  if (!m) return undefined;
  const prerelease = m[4] ? m[4].split('.') : [];
  // A numeric prerelease identifier with a leading zero is not a version (SemVer 2, 9).
  if (prerelease.some((p) => /^\d+$/.test(p) && p.length > 1 && p.startsWith('0'))) return undefined;
  return { major: BigInt(m[1]!), minor: BigInt(m[2] ?? 0), patch: BigInt(m[3] ?? 0), prerelease, build: m[5] ?? '' };
}

export function isChartVersion(version: string): boolean {
  return parseChartVersion(version) !== undefined;
}

/** SemVer 2.0.0 exactly: what `chart lint` asks for, beyond what Helm accepts. */
export function isStrictSemver(version: string): boolean {
  return STRICT.test(version);
}

function compareIdentifiers(a: string, b: string): number {
  const an = /^\d+$/.test(a);
  const bn = /^\d+$/.test(b);
  if (an && bn) {
    const x = BigInt(a);
    const y = BigInt(b);
    return x === y ? 0 : x < y ? -1 : 1;
  }
  if (an) return -1;
  if (bn) return 1;
  return a === b ? 0 : a < b ? -1 : 1;
}

export function compareParts(a: ChartVersionParts, b: ChartVersionParts): number {
  for (const k of ['major', 'minor', 'patch'] as const) if (a[k] !== b[k]) return a[k] < b[k] ? -1 : 1;
  if (a.prerelease.length === 0 || b.prerelease.length === 0) {
    if (a.prerelease.length === b.prerelease.length) return 0;
    return a.prerelease.length === 0 ? 1 : -1;
  }
  for (let i = 0; i < Math.max(a.prerelease.length, b.prerelease.length); i++) {
    const x = a.prerelease[i];
    const y = b.prerelease[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const c = compareIdentifiers(x, y);
    if (c !== 0) return c;
  }
  return 0;
}

/** Sorts newest first, stably; versions that do not parse go last, in their original order. */
export function sortNewestFirst<T>(items: T[], versionOf: (item: T) => string): T[] {
  const keyed = items.map((item, i) => ({ item, i, parts: parseChartVersion(versionOf(item)) }));
  keyed.sort((x, y) => {
    if (!x.parts || !y.parts) {
      if (x.parts) return -1;
      if (y.parts) return 1;
      return x.i - y.i;
    }
    return compareParts(y.parts, x.parts) || x.i - y.i;
  });
  return keyed.map((k) => k.item);
}
