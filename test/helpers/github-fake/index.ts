import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { matchOperation, requestViolations, responseViolations, type MatchedOperation } from './openapi.js';

/**
 * A local twin of GitHub's releases API (releases, assets, uploads, asset downloads) on 127.0.0.1, held to the
 * api.github.com OpenAPI description: a request the real API would reject is answered 422 and recorded in
 * `violations`, and every response it sends is validated too. Faults can be injected at a rate (seeded, so a run
 * is repeatable) or one by one.
 */
export type FaultKind = '500' | '429' | 'secondary' | 'reset';

export interface FakeAsset {
  id: number;
  name: string;
  label: string | null;
  state: 'uploaded' | 'open';
  contentType: string;
  data: Buffer;
  sha256: string;
  createdAt: string;
}

export interface FakeRelease {
  id: number;
  repo: string;
  tag: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  immutable: boolean;
  targetCommitish: string;
  createdAt: string;
  publishedAt: string | null;
  assets: FakeAsset[];
}

export interface RequestRecord {
  method: string;
  path: string;
  status: number;
  fault?: FaultKind;
}

export interface FaultOptions {
  /** Probability (0..1) that a request gets a fault. */
  rate: number;
  seed?: number;
  kinds?: FaultKind[];
  /** Only requests whose "METHOD path" matches. */
  match?: RegExp;
}

export interface GitHubFakeOptions {
  token?: string;
  faults?: FaultOptions;
  /** Releases become immutable when published (the repository setting). */
  immutableReleases?: boolean;
  /** Seconds sent in Retry-After with 429 and secondary rate limits. */
  retryAfterSeconds?: number;
  /** Echo the Authorization header in error messages, as a careless proxy might (to test redaction). */
  echoAuthorization?: boolean;
}

export interface GitHubFake {
  url: string;
  token: string;
  requests: RequestRecord[];
  violations: string[];
  /** Every release of a repository ("owner/name"), oldest first. */
  releases(repo: string): FakeRelease[];
  release(repo: string, tag: string): FakeRelease | undefined;
  addRelease(repo: string, init: { tag: string; draft?: boolean; immutable?: boolean; assets?: { name: string; data: string | Buffer; state?: 'uploaded' | 'open' }[] }): FakeRelease;
  setFaults(faults: FaultOptions | undefined): void;
  /** The next requests matching get these faults, in order. */
  failNext(kinds: FaultKind[], match?: RegExp): void;
  /** Asset downloads redirect to this origin (another one, as GitHub's storage is), or to the fake itself. */
  redirectStorageTo(origin: string | undefined): void;
  /** Throws with every recorded violation. */
  assertValid(): void;
  stop(): Promise<void>;
}

const USER = {
  login: 'octocat', id: 1, node_id: 'MDQ6VXNlcjE=', avatar_url: 'https://github.com/images/error/octocat_happy.gif', gravatar_id: '',
  url: 'https://api.github.com/users/octocat', html_url: 'https://github.com/octocat', followers_url: 'https://api.github.com/users/octocat/followers',
  following_url: 'https://api.github.com/users/octocat/following{/other_user}', gists_url: 'https://api.github.com/users/octocat/gists{/gist_id}',
  starred_url: 'https://api.github.com/users/octocat/starred{/owner}{/repo}', subscriptions_url: 'https://api.github.com/users/octocat/subscriptions',
  organizations_url: 'https://api.github.com/users/octocat/orgs', repos_url: 'https://api.github.com/users/octocat/repos',
  events_url: 'https://api.github.com/users/octocat/events{/privacy}', received_events_url: 'https://api.github.com/users/octocat/received_events',
  type: 'User', site_admin: false,
};

export async function startGitHubFake(options: GitHubFakeOptions = {}): Promise<GitHubFake> {
  const token = options.token ?? `ghs_fake${createHash('sha256').update(String(Math.random())).digest('hex').slice(0, 30)}`;
  const state = { releases: [] as FakeRelease[], nextId: 1 };
  const requests: RequestRecord[] = [];
  const violations: string[] = [];
  let faults = options.faults;
  let storageOrigin: string | undefined;
  let random = mulberry32(faults?.seed ?? 1);
  const queued: { kind: FaultKind; match?: RegExp }[] = [];
  const sockets = new Set<Socket>();
  let url = '';
  const now = () => new Date().toISOString().replace(/\.\d+Z$/, 'Z');

  const releaseJson = (r: FakeRelease) => {
    const [owner, repo] = r.repo.split('/');
    const api = `${url}/repos/${owner}/${repo}/releases/${r.id}`;
    return {
      url: api, html_url: `${url}/${r.repo}/releases/tag/${encodeURIComponent(r.tag)}`, assets_url: `${api}/assets`,
      upload_url: `${url}/repos/${owner}/${repo}/releases/${r.id}/assets{?name,label}`,
      tarball_url: `${url}/repos/${owner}/${repo}/tarball/${r.tag}`, zipball_url: `${url}/repos/${owner}/${repo}/zipball/${r.tag}`,
      id: r.id, node_id: `RE_${r.id}`, tag_name: r.tag, target_commitish: r.targetCommitish, name: r.name, body: r.body,
      draft: r.draft, prerelease: r.prerelease, immutable: r.immutable, created_at: r.createdAt, published_at: r.publishedAt, author: USER,
      assets: r.assets.map((a) => assetJson(r, a)),
    };
  };
  const assetJson = (r: FakeRelease, a: FakeAsset) => {
    const [owner, repo] = r.repo.split('/');
    return {
      url: `${url}/repos/${owner}/${repo}/releases/assets/${a.id}`,
      browser_download_url: `${url}/${r.repo}/releases/download/${encodeURIComponent(r.tag)}/${encodeURIComponent(a.name)}`,
      id: a.id, node_id: `RA_${a.id}`, name: a.name, label: a.label, state: a.state, content_type: a.contentType, size: a.data.length,
      digest: a.state === 'uploaded' ? `sha256:${a.sha256}` : null, download_count: 0, created_at: a.createdAt, updated_at: a.createdAt, uploader: USER,
    };
  };
  const findRelease = (repo: string, id: number) => state.releases.find((r) => r.repo === repo && r.id === id);
  const findAsset = (repo: string, id: number) => {
    for (const r of state.releases) if (r.repo === repo) for (const a of r.assets) if (a.id === id) return { r, a };
    return undefined;
  };

  const pickFault = (key: string): FaultKind | undefined => {
    const i = queued.findIndex((q) => !q.match || q.match.test(key));
    if (i >= 0) return queued.splice(i, 1)[0]!.kind;
    if (!faults || (faults.match && !faults.match.test(key))) return undefined;
    if (random() >= faults.rate) return undefined;
    const kinds = faults.kinds ?? ['500', '429', 'reset'];
    return kinds[Math.floor(random() * kinds.length)]!;
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      violations.push(`fake: ${(e as Error).stack ?? String(e)}`);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const u = new URL(req.url ?? '/', url);
    const method = req.method ?? 'GET';
    const record: RequestRecord = { method, path: u.pathname + u.search, status: 0 };
    requests.push(record);
    const key = `${method} ${u.pathname}`;

    // Asset bytes: the signed storage URL GitHub redirects to, and the browser download URL of published releases.
    const stored = /^\/_storage\/(\d+)$/.exec(u.pathname);
    const browser = /^\/([^/]+\/[^/]+)\/releases\/download\/([^/]+)\/([^/]+)$/.exec(u.pathname);
    if (stored || browser) {
      let asset: FakeAsset | undefined;
      if (stored) {
        for (const r of state.releases) for (const a of r.assets) if (a.id === Number(stored[1]) && u.searchParams.get('sig') === sig(a)) asset = a;
      } else {
        const r = state.releases.find((x) => x.repo === browser![1] && x.tag === decodeURIComponent(browser![2]!) && !x.draft);
        asset = r?.assets.find((a) => a.name === decodeURIComponent(browser![3]!) && a.state === 'uploaded');
      }
      if (!asset) return send(res, record, 404, { message: 'Not Found' });
      const fault = pickFault(key);
      if (fault) record.fault = fault;
      return serveBytes(req, res, record, asset.data, fault);
    }

    const op = matchOperation(method, u.pathname);
    if (!op) {
      violations.push(`${key}: no such operation in the api.github.com description`);
      return send(res, record, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
    }
    const auth = req.headers.authorization ?? '';
    if (auth !== `token ${token}` && auth !== `Bearer ${token}`) {
      const message = options.echoAuthorization ? `Bad credentials (got "${auth}")` : 'Bad credentials';
      return sendJson(res, record, op, 401, { message, documentation_url: 'https://docs.github.com/rest', status: '401' });
    }
    const isUpload = op.method === 'post' && op.template === '/repos/{owner}/{repo}/releases/{release_id}/assets';
    const fault = pickFault(key);
    if (fault) record.fault = fault;
    if (fault === 'reset' && !isUpload) {
      req.socket.destroy();
      return;
    }
    let body: unknown;
    let raw: Buffer | undefined;
    if (isUpload) {
      if (fault === 'reset') return resetMidUpload(req, record, op, u);
      raw = await readAll(req);
    } else {
      const text = (await readAll(req)).toString('utf8');
      if (text) {
        try {
          body = JSON.parse(text);
        } catch {
          return send(res, record, 400, { message: 'Problems parsing JSON' });
        }
      }
    }
    const problems = requestViolations(op, u.searchParams, req.headers['content-type'], body);
    if (isUpload && req.headers['content-length'] === undefined) problems.push('POST upload: Content-Length is required');
    if (isUpload && raw && Number(req.headers['content-length']) !== raw.length) problems.push(`POST upload: Content-Length ${req.headers['content-length']} but ${raw.length} bytes`);
    if (problems.length) {
      violations.push(...problems);
      return sendJson(res, record, op, 422, { message: 'Validation Failed', documentation_url: 'https://docs.github.com/rest', errors: problems.map((p) => ({ resource: 'Request', code: 'invalid', message: p })) }, true);
    }
    if (fault === '500') return sendJson(res, record, op, 500, { message: 'Server Error' }, true);
    if (fault === '429') return sendJson(res, record, op, 429, { message: 'Too Many Requests', documentation_url: 'https://docs.github.com/rest' }, true, { 'retry-after': String(options.retryAfterSeconds ?? 1) });
    if (fault === 'secondary') {
      return sendJson(res, record, op, 403, { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', documentation_url: 'https://docs.github.com/rest' }, true, { 'retry-after': String(options.retryAfterSeconds ?? 1) });
    }
    return route(req, res, record, op, u, body, raw);
  }

  function route(req: IncomingMessage, res: ServerResponse, record: RequestRecord, op: MatchedOperation, u: URL, body: unknown, raw: Buffer | undefined): void {
    const repo = `${op.params.owner}/${op.params.repo}`;
    const b = (body ?? {}) as Record<string, unknown>;
    const notFound = () => sendJson(res, record, op, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
    switch (`${op.method} ${op.template}`) {
      case 'get /repos/{owner}/{repo}/releases': {
        const all = state.releases.filter((r) => r.repo === repo).sort((x, y) => y.id - x.id);
        return paginate(res, record, op, u, all.map(releaseJson));
      }
      case 'post /repos/{owner}/{repo}/releases': {
        const tag = String(b.tag_name);
        if (state.releases.some((r) => r.repo === repo && r.tag === tag && !r.draft)) {
          return sendJson(res, record, op, 422, { message: 'Validation Failed', documentation_url: 'https://docs.github.com/rest', errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }] });
        }
        const draft = b.draft === true;
        const r: FakeRelease = {
          id: state.nextId++, repo, tag, name: typeof b.name === 'string' ? b.name : tag, body: typeof b.body === 'string' ? b.body : null, draft,
          prerelease: b.prerelease === true, immutable: !draft && Boolean(options.immutableReleases), targetCommitish: typeof b.target_commitish === 'string' ? b.target_commitish : 'main',
          createdAt: now(), publishedAt: draft ? null : now(), assets: [],
        };
        state.releases.push(r);
        return sendJson(res, record, op, 201, releaseJson(r), false, { location: `${url}/repos/${repo}/releases/${r.id}` });
      }
      case 'get /repos/{owner}/{repo}/releases/tags/{tag}': {
        const r = state.releases.find((x) => x.repo === repo && x.tag === op.params.tag && !x.draft);
        return r ? sendJson(res, record, op, 200, releaseJson(r)) : notFound();
      }
      case 'get /repos/{owner}/{repo}/releases/{release_id}': {
        const r = findRelease(repo, Number(op.params.release_id));
        return r ? sendJson(res, record, op, 200, releaseJson(r)) : sendJson(res, record, op, 401, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
      }
      case 'patch /repos/{owner}/{repo}/releases/{release_id}': {
        const r = findRelease(repo, Number(op.params.release_id));
        if (!r) return notFound();
        if (typeof b.name === 'string') r.name = b.name;
        if (typeof b.body === 'string') r.body = b.body;
        if (typeof b.prerelease === 'boolean') r.prerelease = b.prerelease;
        if (b.draft === false && r.draft) {
          r.draft = false;
          r.publishedAt = now();
          r.immutable = Boolean(options.immutableReleases);
        }
        return sendJson(res, record, op, 200, releaseJson(r));
      }
      case 'get /repos/{owner}/{repo}/releases/{release_id}/assets': {
        const r = findRelease(repo, Number(op.params.release_id));
        if (!r) return notFound();
        return paginate(res, record, op, u, r.assets.map((a) => assetJson(r, a)));
      }
      case 'post /repos/{owner}/{repo}/releases/{release_id}/assets': {
        const r = findRelease(repo, Number(op.params.release_id));
        if (!r) return notFound();
        if (r.immutable && !r.draft) return sendJson(res, record, op, 422, { message: 'Cannot upload assets to an immutable release.', documentation_url: 'https://docs.github.com/rest', errors: [] });
        const name = u.searchParams.get('name')!;
        if (r.assets.some((a) => a.name === name)) {
          return sendJson(res, record, op, 422, { message: 'Validation Failed', documentation_url: 'https://docs.github.com/rest', errors: [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }] });
        }
        const a: FakeAsset = { id: state.nextId++, name, label: u.searchParams.get('label'), state: 'uploaded', contentType: String(req.headers['content-type']), data: raw!, sha256: createHash('sha256').update(raw!).digest('hex'), createdAt: now() };
        r.assets.push(a);
        return sendJson(res, record, op, 201, assetJson(r, a));
      }
      case 'get /repos/{owner}/{repo}/releases/assets/{asset_id}': {
        const found = findAsset(repo, Number(op.params.asset_id));
        if (!found) return notFound();
        if (req.headers.accept === 'application/octet-stream') {
          record.status = 302;
          res.writeHead(302, { location: `${storageOrigin ?? url}/_storage/${found.a.id}?sig=${sig(found.a)}` }).end();
          return;
        }
        return sendJson(res, record, op, 200, assetJson(found.r, found.a));
      }
      case 'delete /repos/{owner}/{repo}/releases/assets/{asset_id}': {
        const found = findAsset(repo, Number(op.params.asset_id));
        if (!found) return notFound();
        if (found.r.immutable && !found.r.draft) return sendJson(res, record, op, 422, { message: 'Cannot delete assets of an immutable release.', documentation_url: 'https://docs.github.com/rest', errors: [] }, true);
        found.r.assets = found.r.assets.filter((a) => a !== found.a);
        record.status = 204;
        res.writeHead(204).end();
        return;
      }
      default:
        violations.push(`${op.method.toUpperCase()} ${op.template}: not implemented by the fake`);
        return sendJson(res, record, op, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
    }
  }

  function paginate(res: ServerResponse, record: RecordLike, op: MatchedOperation, u: URL, items: unknown[]): void {
    const perPage = Math.min(100, Number(u.searchParams.get('per_page') ?? 30));
    const page = Number(u.searchParams.get('page') ?? 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const links: string[] = [];
    const at = (p: number) => {
      const x = new URL(u);
      x.searchParams.set('page', String(p));
      return x.toString();
    };
    if (page < last) links.push(`<${at(page + 1)}>; rel="next"`, `<${at(last)}>; rel="last"`);
    if (page > 1) links.push(`<${at(1)}>; rel="first"`, `<${at(page - 1)}>; rel="prev"`);
    sendJson(res, record as RequestRecord, op, 200, items.slice((page - 1) * perPage, page * perPage), false, links.length ? { link: links.join(', ') } : {});
  }

  function sendJson(res: ServerResponse, record: RequestRecord, op: MatchedOperation, status: number, body: unknown, injected = false, headers: Record<string, string> = {}): void {
    if (!injected) violations.push(...responseViolations(op, status, body));
    send(res, record, status, body, headers);
  }

  function send(res: ServerResponse, record: RequestRecord, status: number, body: unknown, headers: Record<string, string> = {}): void {
    record.status = status;
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), 'x-github-api-version-selected': '2022-11-28', ...headers }).end(text);
  }

  async function resetMidUpload(req: IncomingMessage, record: RequestRecord, op: MatchedOperation, u: URL): Promise<void> {
    // Take about half of the body, leave a half-created asset (state "open", as GitHub does), drop the connection.
    const expected = Number(req.headers['content-length'] ?? 0);
    let got = 0;
    await new Promise<void>((resolve) => {
      req.on('data', (c: Buffer) => {
        got += c.length;
        if (got >= expected / 2) resolve();
      });
      req.on('end', resolve);
      req.on('error', () => resolve());
    });
    const r = findRelease(`${op.params.owner}/${op.params.repo}`, Number(op.params.release_id));
    const name = u.searchParams.get('name');
    if (r && name && !r.assets.some((a) => a.name === name)) {
      r.assets.push({ id: state.nextId++, name, label: null, state: 'open', contentType: String(req.headers['content-type']), data: Buffer.alloc(0), sha256: '', createdAt: now() });
    }
    record.status = -1;
    req.socket.destroy();
  }

  function serveBytes(req: IncomingMessage, res: ServerResponse, record: RequestRecord, data: Buffer, fault: FaultKind | undefined): void {
    if (fault === '500' || fault === '429') {
      record.status = fault === '500' ? 500 : 429;
      res.writeHead(record.status, fault === '429' ? { 'retry-after': String(options.retryAfterSeconds ?? 1) } : {}).end();
      return;
    }
    let start = 0;
    let end = data.length - 1;
    let status = 200;
    const range = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? '');
    if (range) {
      start = Number(range[1]);
      end = range[2] ? Math.min(Number(range[2]), end) : end;
      if (start > end) {
        record.status = 416;
        res.writeHead(416, { 'content-range': `bytes */${data.length}` }).end();
        return;
      }
      status = 206;
    }
    const part = data.subarray(start, end + 1);
    record.status = status;
    res.writeHead(status, {
      'content-type': 'application/octet-stream',
      'content-length': part.length,
      'accept-ranges': 'bytes',
      ...(status === 206 ? { 'content-range': `bytes ${start}-${end}/${data.length}` } : {}),
    });
    if (fault === 'reset' || fault === 'secondary') {
      // Half the bytes, then the connection drops: what resume is for.
      res.write(part.subarray(0, Math.floor(part.length / 2)), () => setTimeout(() => res.socket?.destroy(), 50));
      return;
    }
    res.end(part);
  }

  const sig = (a: FakeAsset) => createHash('sha256').update(`${token}:${a.id}`).digest('hex').slice(0, 16);

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    token,
    requests,
    violations,
    releases: (repo) => state.releases.filter((r) => r.repo === repo),
    release: (repo, tag) => state.releases.find((r) => r.repo === repo && r.tag === tag),
    addRelease(repo, init) {
      const r: FakeRelease = {
        id: state.nextId++, repo, tag: init.tag, name: init.tag, body: null, draft: init.draft ?? false, prerelease: false, immutable: init.immutable ?? false,
        targetCommitish: 'main', createdAt: now(), publishedAt: init.draft ? null : now(), assets: [],
      };
      for (const a of init.assets ?? []) {
        const data = Buffer.from(a.data);
        r.assets.push({ id: state.nextId++, name: a.name, label: null, state: a.state ?? 'uploaded', contentType: 'application/octet-stream', data, sha256: createHash('sha256').update(data).digest('hex'), createdAt: now() });
      }
      state.releases.push(r);
      return r;
    },
    setFaults(f) {
      faults = f;
      random = mulberry32(f?.seed ?? 1);
    },
    failNext(kinds, match) {
      for (const kind of kinds) queued.push({ kind, ...(match ? { match } : {}) });
    },
    redirectStorageTo(origin) {
      storageOrigin = origin;
    },
    assertValid() {
      if (violations.length) throw new Error(`the GitHub fake saw requests or responses the API description does not allow:\n${violations.join('\n')}`);
    },
    async stop() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

type RecordLike = RequestRecord;

async function readAll(req: IncomingMessage): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of req) parts.push(c as Buffer);
  return Buffer.concat(parts);
}

/** A small seeded generator: the same faults on every run of a test. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
