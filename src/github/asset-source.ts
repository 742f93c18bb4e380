import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
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
        // identity: the bytes must arrive as the asset's digest describes them, never decoded on the way.
        const headers: Record<string, string> = { accept: 'application/octet-stream', 'accept-encoding': 'identity', 'user-agent': 'slipway' };
        if (token && url.origin === apiOrigin) headers.authorization = `Bearer ${token}`;
        if (offset > 0) headers.range = `bytes=${offset}-`;
        // Redirects are followed here, so that the token is dropped on the way to another origin.
        const res = await fetch(url, { method: 'GET', headers, redirect: 'manual' });
        const location = res.headers.get('location');
        if (res.status >= 300 && res.status < 400 && location) {
          await res.body?.cancel();
          url = new URL(location, url);
          continue;
        }
        const body = () => (res.body ? Readable.fromWeb(res.body as WebReadableStream<Uint8Array>) : Readable.from([]));
        if (res.status === 200) return { stream: body(), from: 0 };
        if (res.status === 206) {
          const start = /^bytes (\d+)-/.exec(res.headers.get('content-range') ?? '');
          if (start && Number(start[1]) === offset) return { stream: body(), from: offset };
          await res.body?.cancel();
          return fail('download-range', `${name}: the server answered a range that does not start at ${offset}`);
        }
        await res.body?.cancel();
        const error = Object.assign(new Error(`HTTP ${res.status}`), { status: res.status, response: { headers: Object.fromEntries(res.headers) } });
        throw error;
      }
      return fail('download-redirects', `${name}: more than ${MAX_REDIRECTS} redirects`);
    },
  };
}
