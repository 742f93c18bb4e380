import { Readable } from 'node:stream';
import { request } from 'undici';
import type { ReleaseSource } from '../bundle/release-source.js';
import { fail } from '../errors/diagnostic.js';
import { gitHubFailure, type GitHubClient, type Repository } from './client.js';
import { findRelease, listAssets, type GitHubAsset } from './release-assets.js';

const MAX_REDIRECTS = 5;

/**
 * The assets of the GitHub release of a tag, drafts included when the token can see them. Bytes come from the asset
 * API URL (Accept: application/octet-stream), which redirects to storage; the token goes to GitHub's API only, never
 * across the redirect to another origin. Ranges let an interrupted download resume.
 */
export async function gitHubSource(client: GitHubClient, repository: Repository, tag: string, token: string): Promise<ReleaseSource> {
  const label = `${repository.owner}/${repository.repo} ${tag}`;
  let assets: GitHubAsset[];
  try {
    const release = await findRelease(client, { ...repository, tag });
    if (!release) fail('download-no-release', `${repository.owner}/${repository.repo} has no release ${tag}`, { hint: 'check the tag; a draft is visible only with a token that can push' });
    assets = await listAssets(client, repository, release.id);
  } catch (e) {
    throw gitHubFailure(client, `listing the assets of ${label}`, e);
  }
  const uploaded = assets.filter((a) => a.state === 'uploaded');
  return {
    label,
    async list() {
      return uploaded.map((a) => ({ name: a.name, size: a.size }));
    },
    async open(name, offset) {
      const asset = uploaded.find((a) => a.name === name);
      if (!asset) fail('download-missing', `${label} has no asset ${name}`);
      let url = new URL(asset.url);
      const apiOrigin = url.origin;
      for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
        const headers: Record<string, string> = { accept: 'application/octet-stream', 'user-agent': 'slipway' };
        if (token && url.origin === apiOrigin) headers.authorization = `Bearer ${token}`;
        if (offset > 0) headers.range = `bytes=${offset}-`;
        const res = await request(url, { method: 'GET', headers });
        if (res.statusCode >= 300 && res.statusCode < 400 && res.headers.location) {
          await res.body.dump();
          url = new URL(String(res.headers.location), url);
          continue;
        }
        if (res.statusCode === 200) return { stream: res.body as unknown as Readable, from: 0 };
        if (res.statusCode === 206) {
          const start = /^bytes (\d+)-/.exec(String(res.headers['content-range'] ?? ''));
          if (start && Number(start[1]) === offset) return { stream: res.body as unknown as Readable, from: offset };
          res.body.destroy();
          return fail('download-range', `${name}: the server answered a range that does not start at ${offset}`);
        }
        await res.body.dump();
        const error = Object.assign(new Error(`HTTP ${res.statusCode}`), { status: res.statusCode, response: { headers: flatten(res.headers) } });
        throw error;
      }
      return fail('download-redirects', `${name}: more than ${MAX_REDIRECTS} redirects`);
    },
  };
}

function flatten(headers: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : v]));
}
