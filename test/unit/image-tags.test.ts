import { describe, expect, it } from 'vitest';
import { computeTags, orderTags, planTags, readsExisting, type LatestMode } from '../../src/oci/tags.js';

const cases: { name: string; version: string; latest?: LatestMode; sha?: string; existing?: string[]; tags: string[] }[] = [
  { name: 'a first stable release', version: '1.2.3', tags: ['1.2.3', '1.2', '1', 'latest'] },
  { name: 'a leading v as in a git tag', version: 'v1.2.3', tags: ['1.2.3', '1.2', '1', 'latest'] },
  { name: 'major zero keeps metadata-action rules', version: '0.9.2', tags: ['0.9.2', '0.9', '0', 'latest'] },
  { name: 'a prerelease gets its full version only', version: '2.0.0-rc.1', tags: ['2.0.0-rc.1'] },
  { name: 'a prerelease with build metadata', version: '2.0.0-beta.2+exp.sha.5114f85', tags: ['2.0.0-beta.2'] },
  { name: 'build metadata is not part of a tag', version: '1.2.3+build.5', tags: ['1.2.3', '1.2', '1', 'latest'] },
  { name: 'a prerelease never takes latest in auto mode', version: '3.0.0-alpha.1', existing: ['2.0.0'], tags: ['3.0.0-alpha.1'] },
  { name: 'latest: always moves it even for a prerelease', version: '3.0.0-alpha.1', latest: 'always', tags: ['3.0.0-alpha.1', 'latest'] },
  { name: 'latest: never', version: '1.2.3', latest: 'never', tags: ['1.2.3', '1.2', '1'] },
  { name: 'a newer release moves every floating tag', version: '2.1.0', existing: ['2.0.0', '1.9.9', 'latest', '2', '2.0'], tags: ['2.1.0', '2.1', '2', 'latest'] },
  { name: 'a backport after 2.0.0 keeps latest on 2.0.0', version: '1.4.9', existing: ['2.0.0', '1.4.8', '1.5.0'], tags: ['1.4.9', '1.4'] },
  { name: 'a backport that is the highest of its major line', version: '1.4.9', existing: ['2.0.0', '1.4.8'], tags: ['1.4.9', '1.4', '1'] },
  { name: 'a backport with latest: always still takes latest', version: '1.4.9', latest: 'always', existing: ['2.0.0'], tags: ['1.4.9', '1.4', '1', 'latest'] },
  { name: 'prereleases of a higher version do not hold latest', version: '1.5.0', existing: ['2.0.0-rc.1', '1.4.0'], tags: ['1.5.0', '1.5', '1', 'latest'] },
  { name: 're-pushing the current release keeps its tags', version: '1.5.0', existing: ['1.5.0', '1.5', '1', 'latest'], tags: ['1.5.0', '1.5', '1', 'latest'] },
  { name: 'non-version tags in the repository are ignored', version: '1.0.0', existing: ['sha-abc1234', 'main', 'v9.0.0', '9.0'], tags: ['1.0.0', '1.0', '1', 'latest'] },
  { name: 'sha tag on request, first', version: '1.2.3', sha: 'ABC1234DEF5678', tags: ['sha-abc1234', '1.2.3', '1.2', '1', 'latest'] },
];

describe('image tags from a release version', () => {
  it.each(cases)('$name: $version', ({ version, latest, sha, existing, tags }) => {
    expect(computeTags({ version, ...(latest ? { latest } : {}), ...(sha ? { sha } : {}), ...(existing ? { existing } : {}) }).tags).toEqual(tags);
  });

  it('says why a floating tag is held back', () => {
    const plan = computeTags({ version: '1.4.9', existing: ['2.0.0', '1.5.0'] });
    expect(plan.held).toEqual([
      { tag: '1', reason: 'a higher 1.x is already released' },
      { tag: 'latest', reason: 'a higher version is released (2.0.0)' },
    ]);
  });

  it('refuses what is not a version or a commit, as usage errors', () => {
    expect(() => computeTags({ version: '1.2' })).toThrow('"1.2" is not a SemVer version');
    expect(() => computeTags({ version: '1.2.3', sha: 'not-hex' })).toThrow('"not-hex" is not a commit id');
  });

  it('puts latest last whatever order tags were given in', () => {
    expect(orderTags(['latest', '1.2.3', 'stable', '1.2.3'])).toEqual(['1.2.3', 'stable', 'latest']);
  });
});

describe('the tags a push or promotion plans', () => {
  it('reads the repository whatever the latest mode, so a backport never moves X or latest', async () => {
    let reads = 0;
    const existing = async () => {
      reads++;
      return ['1.5.0', '1.5', '1', 'latest'];
    };
    const never = await planTags([], { version: '1.4.9', latest: 'never' }, existing);
    expect(never.tags).toEqual(['1.4.9', '1.4']);
    expect(never.held.map((h) => h.tag)).toEqual(['1', 'latest']);
    const always = await planTags(['staging'], { version: '1.4.9', latest: 'always' }, existing);
    expect(always.tags).toEqual(['staging', '1.4.9', '1.4', 'latest']);
    expect(reads).toBe(2);
  });

  it('asks nothing of the repository without a version', async () => {
    const existing = async (): Promise<string[]> => {
      throw new Error('not asked');
    };
    expect(await planTags(['edge'], { sha: 'abc1234def' }, existing)).toEqual({ tags: ['edge', 'sha-abc1234'], held: [] });
    expect(await planTags(['edge'], {}, existing)).toEqual({ tags: ['edge'], held: [] });
  });

  it('a dry run reads the registry only for latest: auto, so that it works offline otherwise', () => {
    expect(readsExisting({ dryRun: true, latest: 'always' })).toBe(false);
    expect(readsExisting({ dryRun: true, latest: 'never' })).toBe(false);
    expect(readsExisting({ dryRun: true })).toBe(true);
    expect(readsExisting({ dryRun: false, latest: 'never' })).toBe(true);
  });
});
