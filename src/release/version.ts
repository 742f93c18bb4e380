import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import semver from 'semver';
import type { Diagnostic, Result } from '../errors/diagnostic.js';
import { readReleaseEvent } from '../github/release-event.js';
import type { ReleaseSettings } from '../matrix/model.js';
import { isPrerelease, strictVersion } from '../matrix/versions.js';

const run = promisify(execFile);

export type VersionSource = 'option' | 'config' | 'release-event' | 'tag-ref' | 'git-tag' | 'git-describe';

export interface ReleaseVersion {
  version: string;
  tag: string;
  prerelease: boolean;
  draft: boolean;
  source: VersionSource;
}

export interface VersionContext {
  /** --version / the version input: wins over everything. */
  override?: string;
  env: NodeJS.ProcessEnv;
  /** Where to run git describe. */
  cwd: string;
}

/**
 * Finds the release version: an explicit override, else the release event (GITHUB_EVENT_PATH), else a pushed tag
 * (GITHUB_REF), else git. When compatibility.yaml also names a version, the two must agree: a release tagged v1.5.0
 * built from a file that says 1.4.0 is a mistake worth stopping for.
 */
export async function resolveVersion(release: ReleaseSettings, ctx: VersionContext): Promise<Result<ReleaseVersion>> {
  const prefix = release.tagPrefix;
  const found = await findVersion(release, ctx);
  if (!found.ok) return found;
  const v = found.value;
  if (release.version !== 'tag' && v.source !== 'config' && v.source !== 'option' && v.version !== release.version) {
    return fail(`the release tag ${v.tag} says ${v.version}, but compatibility.yaml says release.version ${release.version}`, {
      hint: 'set release.version to "tag" to take the version from the tag, or tag the release with the version of the file',
      location: release.versionLocation,
    });
  }
  if (!v.tag) v.tag = `${prefix}${v.version}`;
  return found;

  async function findVersion(r: ReleaseSettings, c: VersionContext): Promise<Result<ReleaseVersion>> {
    if (c.override !== undefined) {
      const version = strictVersion(c.override.startsWith(prefix) && prefix ? c.override.slice(prefix.length) : c.override);
      if (!version) return fail(`--version "${c.override}" is not a SemVer version`, { hint: 'for example 1.4.0 or 2.0.0-rc.1', usage: true });
      return ok(version, 'option', false);
    }
    const eventPath = c.env.GITHUB_EVENT_PATH;
    if (c.env.GITHUB_EVENT_NAME === 'release' && eventPath) {
      const event = await readReleaseEvent(eventPath);
      if (!event.ok) return event;
      const version = versionFromTag(event.value.tagName, prefix);
      if (!version.ok) return version;
      return { ok: true, value: { version: version.value, tag: event.value.tagName, prerelease: event.value.prerelease || isPrerelease(version.value), draft: event.value.draft, source: 'release-event' } };
    }
    const ref = c.env.GITHUB_REF;
    if (ref?.startsWith('refs/tags/')) {
      const tag = ref.slice('refs/tags/'.length);
      const version = versionFromTag(tag, prefix);
      if (!version.ok) return version;
      return { ok: true, value: { version: version.value, tag, prerelease: isPrerelease(version.value), draft: false, source: 'tag-ref' } };
    }
    if (r.version !== 'tag') return ok(r.version, 'config', false);
    return fromGit(prefix, c.cwd);
  }
}

/** `v1.2.3` -> `1.2.3`; anything that is not the prefix followed by a SemVer version is refused. */
export function versionFromTag(tag: string, prefix: string): Result<string> {
  const rest = prefix && tag.startsWith(prefix) ? tag.slice(prefix.length) : tag;
  const version = strictVersion(rest);
  if (!version) {
    return fail(`the tag "${tag}" is not a version`, {
      hint: `release tags look like ${prefix}1.2.3 or ${prefix}1.2.3-rc.1${prefix ? ` (release.tagPrefix is "${prefix}")` : ''}`,
    });
  }
  return { ok: true, value: version };
}

async function fromGit(prefix: string, cwd: string): Promise<Result<ReleaseVersion>> {
  let described: string;
  try {
    const { stdout } = await run('git', ['describe', '--tags', '--long', '--match', `${prefix}[0-9]*`], { cwd });
    described = stdout.trim();
  } catch {
    return fail('release.version is "tag", but there is no release event, no pushed tag and no version tag in git', {
      hint: 'pass --version 1.2.3, or tag the commit (git tag v1.2.3)',
    });
  }
  // TAG-COUNT-gSHA: TAG may itself contain dashes (v1.2.3-rc.1), so take the last two fields off the end.
  const match = /^(.*)-(\d+)-g([0-9a-f]+)$/.exec(described);
  if (!match) return fail(`git describe gave "${described}", which Slipway cannot read`);
  const [, tag, count, sha] = match as unknown as [string, string, string, string];
  const version = versionFromTag(tag, prefix);
  if (!version.ok) return version;
  if (count === '0') return ok(version.value, 'git-tag', isPrerelease(version.value), tag);
  // Commits after a tag: a development prerelease of the next patch, which sorts after the tag and before the next one.
  const base = isPrerelease(version.value) ? version.value : semver.inc(version.value, 'patch')!;
  const dev = `${base}${isPrerelease(version.value) ? '.' : '-'}dev.${count}+g${sha}`;
  return ok(dev, 'git-describe', true);
}

function ok(version: string, source: VersionSource, prerelease: boolean, tag = ''): { ok: true; value: ReleaseVersion } {
  return { ok: true, value: { version, tag, prerelease: prerelease || isPrerelease(version), draft: false, source } };
}

function fail(message: string, extra: { hint?: string; location?: Diagnostic['location']; usage?: boolean } = {}): { ok: false; errors: Diagnostic[] } {
  return {
    ok: false,
    errors: [{
      code: extra.usage ? 'usage' : 'bad-version',
      message,
      ...(extra.hint ? { hint: extra.hint } : {}),
      ...(extra.location ? { location: extra.location } : {}),
    }],
  };
}
