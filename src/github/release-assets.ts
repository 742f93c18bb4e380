import { createReadStream } from 'node:fs';
import { fail, SlipwayError } from '../errors/diagnostic.js';
import { withRetry } from '../util/retry.js';
import { gitHubFailure, NO_RETRY, type GitHubClient, type Repository } from './client.js';

/** A local file to become a release asset, with the digest it must have on GitHub. */
export interface AssetFile {
  name: string;
  path: string;
  sha256: string;
  size: number;
  contentType?: string;
}

export interface ReleaseTarget extends Repository {
  tag: string;
  /** Used when the release has to be created. */
  name?: string;
  body?: string;
  prerelease?: boolean;
  targetCommitish?: string;
}

export interface PublishOptions {
  /** Turn the draft into a published release once every asset is in place. */
  publish?: boolean;
  /** On a draft, replace an asset whose bytes differ (never on a published release). */
  replace?: boolean;
  /** Compute and return the plan; change nothing. */
  dryRun?: boolean;
}

export type AssetAction = 'upload' | 'skip' | 'replace';

export interface AssetStep {
  name: string;
  action: AssetAction;
  sha256: string;
  size: number;
  /** Why: "new", "same digest", "different digest (draft, --replace)". */
  reason: string;
}

export interface ReleaseState {
  id?: number;
  tag: string;
  draft: boolean;
  immutable: boolean;
  url?: string;
  /** The release had to be created (or would be, in a dry run). */
  created: boolean;
  /** It was published by this run. */
  published: boolean;
}

export interface PublishResult {
  repository: string;
  dryRun: boolean;
  release: ReleaseState;
  steps: AssetStep[];
}

interface GitHubRelease {
  id: number;
  tag_name: string;
  draft: boolean;
  immutable?: boolean;
  html_url: string;
  upload_url: string;
}

export interface GitHubAsset {
  id: number;
  name: string;
  state: string;
  size: number;
  /** The asset's API URL: with Accept application/octet-stream it redirects to the bytes. */
  url: string;
  digest?: string | null;
}

const PER_PAGE = 100;

/**
 * Puts files on the GitHub release of a tag, draft first, and never loses or silently replaces one:
 *
 * 1. find the release of the tag by listing releases (a draft is invisible to the get-by-tag endpoint), else plan
 *    to create it as a draft;
 * 2. plan each file against the assets already there, by the `digest` GitHub reports: same digest, skip; different
 *    digest, replace on a draft with `replace`, else stop; a published immutable release takes no change at all;
 * 3. carry the plan out: each upload streams the file and is retried with backoff; before a retry, a half-finished
 *    asset left by a dropped connection is removed, and an upload that did land is recognised by its digest;
 * 4. list the assets again and compare every digest with the local sha256; publish the draft if asked.
 *
 * Running it again after success changes nothing. Helm chart packages and installers use it the same way.
 */
export async function publishReleaseAssets(client: GitHubClient, target: ReleaseTarget, files: AssetFile[], options: PublishOptions = {}): Promise<PublishResult> {
  const repository = `${target.owner}/${target.repo}`;
  const names = new Set<string>();
  for (const f of files) {
    if (names.has(f.name)) fail('publish-duplicate', `two files would become the asset "${f.name}"`);
    names.add(f.name);
  }
  const existing = await call(client, `listing the releases of ${repository}`, () => findRelease(client, target));
  const assets = existing ? await call(client, `listing the assets of ${target.tag}`, () => listAssets(client, target, existing.id)) : [];
  const steps = planAssets(files, assets, existing, options, repository);
  const release: ReleaseState = {
    ...(existing ? { id: existing.id, url: existing.html_url } : {}),
    tag: target.tag,
    draft: existing ? existing.draft : true,
    immutable: Boolean(existing?.immutable),
    created: !existing,
    published: false,
  };
  const changes = steps.filter((s) => s.action !== 'skip');
  if (existing && !existing.draft && existing.immutable && changes.length > 0) {
    fail('publish-immutable', `the release ${target.tag} of ${repository} is published and immutable: its assets can no longer be added, replaced or deleted (${changes.map((s) => s.name).join(', ')} would change)`, {
      hint: 'with immutable releases, publish assets to a draft first (slipway publish without --publish), then publish the draft; for a change, make a new release with a new tag',
    });
  }
  if (options.dryRun) return { repository, dryRun: true, release, steps };

  const rel = existing ?? (await call(client, `creating the draft release ${target.tag}`, () => createDraft(client, target)));
  release.id = rel.id;
  release.url = rel.html_url;
  const byName = new Map(assets.map((a) => [a.name, a]));
  for (const step of steps) {
    if (step.action === 'skip') continue;
    const file = files.find((f) => f.name === step.name)!;
    if (step.action === 'replace') {
      const old = byName.get(step.name)!;
      await call(client, `deleting the old ${step.name}`, () => client.octokit.rest.repos.deleteReleaseAsset({ owner: target.owner, repo: target.repo, asset_id: old.id }));
    }
    await uploadAsset(client, target, rel, file);
  }

  const after = await call(client, `listing the assets of ${target.tag}`, () => listAssets(client, target, rel.id));
  const problems: string[] = [];
  for (const f of files) {
    const found = after.filter((a) => a.name === f.name);
    if (found.length !== 1) problems.push(`${f.name}: ${found.length} assets of that name`);
    else if (found[0]!.state !== 'uploaded') problems.push(`${f.name}: state ${found[0]!.state}`);
    else if (found[0]!.digest && found[0]!.digest !== `sha256:${f.sha256}`) problems.push(`${f.name}: GitHub reports ${found[0]!.digest}, the file is sha256:${f.sha256}`);
  }
  if (problems.length) {
    throw new SlipwayError(problems.map((p) => ({ code: 'publish-digest', message: `after the upload to ${repository} ${target.tag}: ${p}`, hint: 'run the publish again: it replaces nothing that is right' })));
  }
  if (options.publish && rel.draft) {
    await call(client, `publishing the release ${target.tag}`, () =>
      client.octokit.rest.repos.updateRelease({ owner: target.owner, repo: target.repo, release_id: rel.id, draft: false }),
    );
    release.draft = false;
    release.published = true;
  }
  return { repository, dryRun: false, release, steps };
}

function planAssets(files: AssetFile[], assets: GitHubAsset[], release: GitHubRelease | undefined, options: PublishOptions, repository: string): AssetStep[] {
  return files.map((f) => {
    const base = { name: f.name, sha256: f.sha256, size: f.size };
    const there = assets.find((a) => a.name === f.name && a.state === 'uploaded');
    if (!there) return { ...base, action: 'upload', reason: 'new' };
    if (there.digest === `sha256:${f.sha256}`) return { ...base, action: 'skip', reason: 'same digest' };
    const theirs = there.digest ?? 'no digest';
    if (!release!.draft) {
      fail('publish-changed', `${f.name} is already on the published release ${release!.tag_name} of ${repository} with ${theirs}; the local file is sha256:${f.sha256}`, {
        hint: 'a published asset is never replaced: build the same bytes again (same sources, same SOURCE_DATE_EPOCH) or make a new release',
      });
    }
    if (!options.replace) {
      fail('publish-changed', `${f.name} is already on the draft ${release!.tag_name} of ${repository} with ${theirs}; the local file is sha256:${f.sha256}`, {
        hint: 'pass --replace to replace it on the draft',
      });
    }
    return { ...base, action: 'replace', reason: `different digest (${theirs}), draft, --replace` };
  });
}

/** The release of a tag, drafts included (get-by-tag does not return drafts): the one publish uploads to. */
export async function findRelease(client: GitHubClient, target: Repository & { tag: string }): Promise<GitHubRelease | undefined> {
  const found: GitHubRelease[] = [];
  for await (const page of client.octokit.paginate.iterator(client.octokit.rest.repos.listReleases, { owner: target.owner, repo: target.repo, per_page: PER_PAGE })) {
    for (const r of page.data) if (r.tag_name === target.tag) found.push(r as GitHubRelease);
  }
  // A published release wins; among drafts (GitHub allows several for one tag) the oldest, so every run picks the same.
  return found.find((r) => !r.draft) ?? found.sort((a, b) => a.id - b.id)[0];
}

export async function listAssets(client: GitHubClient, target: Repository, releaseId: number): Promise<GitHubAsset[]> {
  return (await client.octokit.paginate(client.octokit.rest.repos.listReleaseAssets, { owner: target.owner, repo: target.repo, release_id: releaseId, per_page: PER_PAGE })) as GitHubAsset[];
}

async function createDraft(client: GitHubClient, target: ReleaseTarget): Promise<GitHubRelease> {
  const { data } = await client.octokit.rest.repos.createRelease({
    owner: target.owner,
    repo: target.repo,
    tag_name: target.tag,
    name: target.name ?? target.tag,
    ...(target.body ? { body: target.body } : {}),
    ...(target.targetCommitish ? { target_commitish: target.targetCommitish } : {}),
    prerelease: Boolean(target.prerelease),
    draft: true,
  });
  return data as GitHubRelease;
}

/**
 * One asset, streamed from disk. A stream cannot be sent twice, so this retries itself (octokit's retry is off for
 * the request): each attempt opens the file again, and first looks at what the previous attempt left behind.
 */
async function uploadAsset(client: GitHubClient, target: ReleaseTarget, release: GitHubRelease, file: AssetFile): Promise<void> {
  await withRetry(
    async (attempt) => {
      if (attempt > 1) {
        const leftovers = (await listAssets(client, target, release.id)).filter((a) => a.name === file.name);
        for (const a of leftovers) {
          if (a.state === 'uploaded' && a.digest === `sha256:${file.sha256}`) return;
          await client.octokit.rest.repos.deleteReleaseAsset({ owner: target.owner, repo: target.repo, asset_id: a.id });
        }
      }
      const stream = createReadStream(file.path, { highWaterMark: 1 << 20 });
      try {
        await client.octokit.request({
          method: 'POST',
          url: release.upload_url,
          name: file.name,
          data: stream,
          headers: { 'content-type': file.contentType ?? contentTypeOf(file.name), 'content-length': file.size },
          request: NO_RETRY,
        });
      } finally {
        stream.destroy();
      }
    },
    {
      ...client.retryOptions,
      classify: (e) => {
        // A 422 "already_exists" after a dropped connection means the last attempt left an asset: look, then retry.
        const x = e as { status?: number; response?: { data?: { errors?: { code?: string }[] } } };
        if (x.status === 422 && (x.response?.data?.errors ?? []).some((d) => d.code === 'already_exists')) return { retry: true };
        return client.classify(e);
      },
      onRetry: (e, attempt, wait) => client.log(`uploading ${file.name}: ${(e as { status?: number }).status ? `HTTP ${(e as { status?: number }).status}` : (e as Error).message}; attempt ${attempt + 1} in ${Math.round(wait)} ms`),
    },
  ).catch((e: unknown) => {
    throw gitHubFailure(client, `uploading ${file.name} to ${target.owner}/${target.repo} ${target.tag}`, e);
  });
}

async function call<T>(client: GitHubClient, doing: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    throw gitHubFailure(client, doing, e);
  }
}

export function contentTypeOf(name: string): string {
  if (name.endsWith('.tar.gz') || name.endsWith('.tgz')) return 'application/gzip';
  if (name.endsWith('.zip')) return 'application/zip';
  if (name.endsWith('.yaml') || name.endsWith('.yml')) return 'application/yaml';
  if (name.endsWith('.msi')) return 'application/x-msi';
  if (name === 'SHA256SUMS' || name.endsWith('.txt')) return 'text/plain';
  return 'application/octet-stream';
}
