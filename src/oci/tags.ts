import semver from 'semver';
import { usageError } from '../errors/diagnostic.js';

const LATEST_MODES = ['auto', 'always', 'never'] as const;
export type LatestMode = (typeof LATEST_MODES)[number];

export interface TagOptions {
  /** The release version (a leading "v" is accepted, as in a git tag). */
  version: string;
  latest?: LatestMode;
  /** A commit: adds `sha-<7 hex>`. */
  sha?: string;
  /** The tags the repository has now; with them, floating tags only ever move forward. */
  existing?: string[];
}

export interface TagDecision {
  tag: string;
  /** Why the tag is there, or why it is held back. */
  reason: string;
}

export interface TagPlan {
  version: string;
  /** In push order: the exact ones first, `latest` last, so that an interrupted push never moves a floating tag alone. */
  tags: string[];
  decisions: TagDecision[];
  held: TagDecision[];
}

/**
 * docker/metadata-action's semver rules (`{{version}}`, `{{major}}.{{minor}}`, `{{major}}`, latest on a stable
 * version; a prerelease gets its full version only), made safe for backports: when the repository's tags are known,
 * `latest` (mode auto) and the `X.Y` / `X` tags move only to the highest stable version they cover, so 1.4.9 released
 * after 2.0.0 takes neither `latest` nor `1` if 1.5.0 exists. Build metadata (`+build.5`) is not part of a tag: `+` is
 * not allowed in one, and SemVer ignores it for precedence.
 */
export function computeTags(options: TagOptions): TagPlan {
  const raw = options.version.replace(/^v(?=\d)/, '');
  const parsed = semver.parse(raw);
  if (!parsed) throw usageError(`"${options.version}" is not a SemVer version`, 'for example 1.4.0, 2.0.0-rc.1 or v1.4.0');
  const version = parsed.version;
  const mode = options.latest ?? 'auto';
  const decisions: TagDecision[] = [];
  const held: TagDecision[] = [];
  if (options.sha !== undefined) decisions.push({ tag: shaTag(options.sha), reason: 'commit' });
  decisions.push({ tag: version, reason: 'version' });
  const stable = parsed.prerelease.length === 0;
  const released = (options.existing ?? []).flatMap((t) => {
    const v = semver.valid(t);
    return v && semver.prerelease(v) === null && t === v ? [v] : [];
  });
  const highest = (range: (v: string) => boolean) => released.filter(range).every((v) => semver.lte(v, version));
  if (stable) {
    const minor = `${parsed.major}.${parsed.minor}`;
    const major = `${parsed.major}`;
    if (highest((v) => semver.major(v) === parsed.major && semver.minor(v) === parsed.minor)) decisions.push({ tag: minor, reason: 'highest of its minor line' });
    else held.push({ tag: minor, reason: `a higher ${minor}.x is already released` });
    if (highest((v) => semver.major(v) === parsed.major)) decisions.push({ tag: major, reason: 'highest of its major line' });
    else held.push({ tag: major, reason: `a higher ${major}.x is already released` });
  } else {
    held.push({ tag: `${parsed.major}.${parsed.minor}`, reason: 'a prerelease gets its full version only' });
  }
  if (mode === 'always') decisions.push({ tag: 'latest', reason: 'latest: always' });
  else if (mode === 'never') held.push({ tag: 'latest', reason: 'latest: never' });
  else if (!stable) held.push({ tag: 'latest', reason: 'a prerelease never takes latest' });
  else if (highest(() => true)) decisions.push({ tag: 'latest', reason: 'highest stable version' });
  else held.push({ tag: 'latest', reason: `a higher version is released (${semver.rsort([...released])[0]})` });
  return { version, tags: decisions.map((d) => d.tag), decisions, held };
}

/** `sha-<7 hex>`: the tag of a build that is not (yet) a release. */
export function shaTag(sha: string): string {
  if (!/^[0-9a-f]{7,64}$/i.test(sha)) throw usageError(`"${sha}" is not a commit id`, 'give the full or short hexadecimal commit, e.g. $GITHUB_SHA');
  return `sha-${sha.toLowerCase().slice(0, 7)}`;
}

/**
 * The tags one push or promotion sets: those named (in --to), then those of `version`, or `sha-<short>`. The
 * repository's tags are read whenever a version is given, whatever the latest mode: they also hold back the X.Y and X
 * tags of a backport. Without `existing` (a dry run that needs no registry) nothing is held back but by the mode.
 */
export async function planTags(
  named: string[],
  options: { version?: string | undefined; latest?: LatestMode | undefined; sha?: string | undefined },
  existing?: () => Promise<string[]>,
): Promise<{ tags: string[]; held: TagDecision[] }> {
  if (options.version) {
    const plan = computeTags({ version: options.version, latest: options.latest ?? 'auto', ...(options.sha ? { sha: options.sha } : {}), existing: existing ? await existing() : [] });
    return { tags: orderTags([...named, ...plan.tags]), held: plan.held };
  }
  return { tags: options.sha ? orderTags([...named, shaTag(options.sha)]) : named, held: [] };
}

/** A dry run reads the registry only when the mode needs it (auto), so that it works offline otherwise. */
export function readsExisting(options: { dryRun?: boolean | undefined; latest?: LatestMode | undefined }): boolean {
  return !options.dryRun || (options.latest ?? 'auto') === 'auto';
}

/** Explicit tags keep the order they were given in, except that `latest` goes last. */
export function orderTags(tags: string[]): string[] {
  const unique = [...new Set(tags)];
  return [...unique.filter((t) => t !== 'latest'), ...unique.filter((t) => t === 'latest')];
}

export function parseLatestMode(text: string | undefined): LatestMode {
  const value = text ?? 'auto';
  if (!(LATEST_MODES as readonly string[]).includes(value)) throw usageError(`--latest must be auto, always or never, not "${value}"`);
  return value as LatestMode;
}
