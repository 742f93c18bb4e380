import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import examples from '@octokit/webhooks-examples';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReleaseEvent } from '../../src/github/release-event.js';
import type { ReleaseSettings } from '../../src/matrix/model.js';
import { resolveVersion, versionFromTag } from '../../src/release/version.js';

interface Example { name: string; examples: Record<string, unknown>[] }
const releaseExamples = (examples as unknown as Example[]).find((e) => e.name === 'release')!.examples;
const payload = (action: string) => structuredClone(releaseExamples.find((e) => e.action === action)!);

const fromTag: ReleaseSettings = { name: 'demo', version: 'tag', tagPrefix: 'v', versionLocation: { file: 'compatibility.yaml', line: 4, col: 12 } };
const fixed: ReleaseSettings = { ...fromTag, version: '1.4.0' };

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'slipway-version-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function eventFile(body: unknown): string {
  const file = path.join(dir, `event-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(body));
  return file;
}

function releaseEnv(body: unknown): NodeJS.ProcessEnv {
  return { GITHUB_EVENT_NAME: 'release', GITHUB_EVENT_PATH: eventFile(body) };
}

describe('the version of a release event (payloads from @octokit/webhooks-examples)', () => {
  it.each(['published', 'created', 'edited'])('release %s: the tag is the version, stable, not a draft', async (action) => {
    const r = await resolveVersion(fromTag, { env: releaseEnv(payload(action)), cwd: dir });
    expect(r).toEqual({ ok: true, value: { version: '0.0.1', tag: '0.0.1', prerelease: false, draft: false, source: 'release-event' } });
  });

  it('release prereleased: the prerelease flag of the payload is kept', async () => {
    const r = await resolveVersion(fromTag, { env: releaseEnv(payload('prereleased')), cwd: dir });
    expect(r).toEqual({ ok: true, value: { version: '0.0.1', tag: '0.0.1', prerelease: true, draft: false, source: 'release-event' } });
  });

  it('strips the tag prefix (v1.2.3 -> 1.2.3) and reads draft', async () => {
    const body = payload('created') as { release: Record<string, unknown> };
    body.release.tag_name = 'v1.2.3';
    body.release.draft = true;
    const r = await resolveVersion(fromTag, { env: releaseEnv(body), cwd: dir });
    expect(r).toEqual({ ok: true, value: { version: '1.2.3', tag: 'v1.2.3', prerelease: false, draft: true, source: 'release-event' } });
  });

  it('a SemVer prerelease tag is a prerelease even when the release is not marked so', async () => {
    const body = payload('published') as { release: Record<string, unknown> };
    body.release.tag_name = 'v2.0.0-rc.1';
    const r = await resolveVersion(fromTag, { env: releaseEnv(body), cwd: dir });
    expect(r.ok && r.value.prerelease).toBe(true);
  });

  it('refuses a tag that is not a version, saying what a tag looks like', async () => {
    const body = payload('published') as { release: Record<string, unknown> };
    body.release.tag_name = 'nightly';
    const r = await resolveVersion(fromTag, { env: releaseEnv(body), cwd: dir });
    expect(r).toEqual({
      ok: false,
      errors: [{ code: 'bad-version', message: 'the tag "nightly" is not a version', hint: 'release tags look like v1.2.3 or v1.2.3-rc.1 (release.tagPrefix is "v")' }],
    });
  });

  it('refuses a tag that disagrees with the version written in compatibility.yaml, pointing at it', async () => {
    const body = payload('published') as { release: Record<string, unknown> };
    body.release.tag_name = 'v1.5.0';
    const r = await resolveVersion(fixed, { env: releaseEnv(body), cwd: dir });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors[0]!.message).toBe('the release tag v1.5.0 says 1.5.0, but compatibility.yaml says release.version 1.4.0');
      expect(r.errors[0]!.location).toEqual({ file: 'compatibility.yaml', line: 4, col: 12 });
    }
  });

  it('explains an event payload that is not a release', async () => {
    const r = await resolveVersion(fromTag, { env: releaseEnv({ action: 'opened', pull_request: {} }), cwd: dir });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]!.message).toMatch(/not a release event \(no "release" object\)$/);
  });

  it('checks the payload field by field', () => {
    expect(parseReleaseEvent({ release: { tag_name: 'v1.0.0', prerelease: 'yes', draft: false } })).toEqual({
      ok: false,
      errors: [{ code: 'bad-event', message: 'event payload: release.prerelease and release.draft must be booleans' }],
    });
  });
});

describe('the version of a tag push (GITHUB_REF)', () => {
  it('reads refs/tags/v1.2.3', async () => {
    const r = await resolveVersion(fromTag, { env: { GITHUB_REF: 'refs/tags/v1.2.3' }, cwd: dir });
    expect(r).toEqual({ ok: true, value: { version: '1.2.3', tag: 'v1.2.3', prerelease: false, draft: false, source: 'tag-ref' } });
  });

  it('refuses refs/tags/latest', async () => {
    const r = await resolveVersion(fromTag, { env: { GITHUB_REF: 'refs/tags/latest' }, cwd: dir });
    expect(r.ok).toBe(false);
  });

  it('a branch push does not count as a tag', async () => {
    const r = await resolveVersion(fixed, { env: { GITHUB_REF: 'refs/heads/main' }, cwd: dir });
    expect(r).toEqual({ ok: true, value: { version: '1.4.0', tag: 'v1.4.0', prerelease: false, draft: false, source: 'config' } });
  });
});

describe('the version from git describe, locally', () => {
  let repo: string;
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } });
  beforeAll(() => {
    repo = mkdtempSync(path.join(os.tmpdir(), 'slipway-git-'));
    git('init', '-q', '-b', 'main');
    git('commit', '-q', '--allow-empty', '-m', 'one');
  });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it('says what to do when there is no tag', async () => {
    const r = await resolveVersion(fromTag, { env: {}, cwd: repo });
    expect(r).toEqual({
      ok: false,
      errors: [{ code: 'bad-version', message: 'release.version is "tag", but there is no release event, no pushed tag and no version tag in git', hint: 'pass --version 1.2.3, or tag the commit (git tag v1.2.3)' }],
    });
  });

  it('takes the tag on HEAD, then a dev prerelease of the next patch after more commits', async () => {
    git('tag', 'v1.2.3');
    expect(await resolveVersion(fromTag, { env: {}, cwd: repo })).toEqual({ ok: true, value: { version: '1.2.3', tag: 'v1.2.3', prerelease: false, draft: false, source: 'git-tag' } });
    git('commit', '-q', '--allow-empty', '-m', 'two');
    git('commit', '-q', '--allow-empty', '-m', 'three');
    const sha = git('rev-parse', '--short=7', 'HEAD').trim();
    const r = await resolveVersion(fromTag, { env: {}, cwd: repo });
    expect(r.ok && r.value.version).toMatch(new RegExp(`^1\\.2\\.4-dev\\.2\\+g${sha}`));
    expect(r.ok && r.value.prerelease).toBe(true);
  });

  it('an explicit version wins over everything, with or without the prefix', async () => {
    expect(await resolveVersion(fromTag, { override: 'v3.0.0', env: { GITHUB_REF: 'refs/tags/v1.0.0' }, cwd: repo })).toEqual({
      ok: true, value: { version: '3.0.0', tag: 'v3.0.0', prerelease: false, draft: false, source: 'option' },
    });
  });
});

describe('versionFromTag', () => {
  it.each([
    ['v1.2.3', 'v', '1.2.3'],
    ['1.2.3', 'v', '1.2.3'],
    ['release-2.0.0-rc.1', 'release-', '2.0.0-rc.1'],
    ['v1.2.3+build.7', 'v', '1.2.3+build.7'],
  ])('%s with prefix %s is %s', (tag, prefix, version) => {
    expect(versionFromTag(tag, prefix)).toEqual({ ok: true, value: version });
  });

  it.each(['v1.2', 'vnext', 'v01.2.3', ''])('refuses %j', (tag) => {
    expect(versionFromTag(tag, 'v').ok).toBe(false);
  });
});
