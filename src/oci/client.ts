import type { Readable } from 'node:stream';
import { setTimeout as delay } from 'node:timers/promises';
import { sha256Hex } from '../util/hash.js';
import { Redactor } from '../util/redact.js';
import { withRetry } from '../util/retry.js';
import { basicHeader, mergeScopes, parseChallenge, readTokenResponse, repositoryScope, type Challenge, type Credentials } from './auth.js';
import { HttpTransport, type TransportResponse } from './http-transport.js';
import { MANIFEST_ACCEPT } from './media-types.js';
import { classifyRegistryFailure, RegistryError, registryError, RetryableError } from './registry-error.js';
import { causeCodes } from '../errors/cause-codes.js';

/** GHCR refuses PATCH bodies over 4 MiB; chunked uploads use that size unless told otherwise. */
export const DEFAULT_CHUNK_SIZE = 4 * 1024 * 1024;
/** Manifests are small; anything bigger is not a manifest, and reading it whole would be a way to exhaust memory. */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  annotations?: Record<string, string>;
  platform?: { os: string; architecture: string; variant?: string };
}

export interface RegistryClientOptions {
  /** host[:port], as in a reference. */
  registry: string;
  credentials?: Credentials;
  /** Allows plain HTTP and unverified TLS for a registry that is not on this machine. */
  insecure?: boolean;
  /** Extra certificate authorities (PEM) to trust, e.g. a private registry's. */
  ca?: string | Buffer;
  redactor?: Redactor;
  retry?: { attempts?: number; baseMs?: number; maxMs?: number; maxAfterMs?: number; sleep?: (ms: number) => Promise<void> };
  /** How long to wait for response headers and between body bytes. */
  timeoutMs?: number;
  chunkSize?: number;
  /** monolithic first (one PUT per blob), falling back to chunks; or chunks from the start. */
  uploadMode?: 'monolithic' | 'chunked';
  /** A manifest may take a moment to be readable after its PUT (GHCR): poll this often, this many times. */
  readAfterWrite?: { attempts: number; intervalMs: number };
  log?: (line: string) => void;
}

export interface ManifestData {
  bytes: Buffer;
  mediaType: string;
  digest: string;
}

export interface MountResult {
  mounted: boolean;
  /** When the registry opened an upload instead (202), its session, usable for the upload. */
  session?: URL;
}

interface SendOptions {
  scopes: string[];
  headers?: Record<string, string>;
  /** A body that can be sent again (auth retry); streams cannot and make a 401 a retryable failure instead. */
  body?: Buffer | (() => Readable | Promise<Readable>);
  expect: number[];
  what: string;
}

type Response = TransportResponse;

function isLoopback(registry: string): boolean {
  const host = registry.startsWith('[') ? registry.slice(1, registry.indexOf(']')) : registry.replace(/:\d+$/, '');
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/**
 * A client of the OCI distribution API (https://github.com/opencontainers/distribution-spec): blobs, manifests and
 * tags, with anonymous, basic and bearer-token auth, bounded retries, and errors that never carry a credential.
 */
export class RegistryClient {
  readonly registry: string;
  private readonly options: RegistryClientOptions;
  private readonly http: HttpTransport;
  private readonly redactor: Redactor;
  private base?: Promise<string>;
  private challenge?: Challenge;
  private readonly tokens = new Map<string, { header: string; expires: number }>();
  private readonly pendingTokens = new Map<string, Promise<string>>();
  private expected: string[] = [];
  /** Aborted by close(): a retry waiting for its turn gives up instead of keeping the process alive. */
  private readonly closing = new AbortController();

  constructor(options: RegistryClientOptions) {
    this.options = options;
    this.registry = options.registry;
    this.redactor = options.redactor ?? new Redactor();
    if (options.credentials) this.redactor.addBasic(options.credentials.username, options.credentials.password);
    const timeout = options.timeoutMs ?? 120_000;
    this.http = new HttpTransport({ ...(options.ca ? { ca: options.ca } : {}), rejectUnauthorized: !options.insecure, timeoutMs: timeout, connections: 16 });
  }

  /**
   * Scopes that every token of this client asks for as well, so that one token serves a whole command (a promotion
   * pulls from one repository and pushes to another) instead of one token per combination of scopes.
   */
  expectScopes(scopes: readonly string[]): void {
    this.expected = mergeScopes([...this.expected, ...scopes]);
  }

  async close(): Promise<void> {
    // Nothing is in flight when a command is done with a registry: idle keep-alive sockets are dropped at once.
    this.closing.abort();
    await this.http.close();
  }

  /** The base URL, found once: HTTPS, or plain HTTP where allowed (loopback or --insecure) and HTTPS does not answer. */
  baseUrl(): Promise<string> {
    this.base ??= this.probe();
    return this.base;
  }

  private async probe(): Promise<string> {
    const https = `https://${this.registry}`;
    const http = `http://${this.registry}`;
    if (isLoopback(this.registry)) {
      // A registry on this machine most often speaks plain HTTP: one look at /v2/ over HTTP tells, and a TLS registry
      // answers it with 400 ("Client sent an HTTP request to an HTTPS server").
      try {
        await this.ping(http);
        return http;
      } catch (error) {
        if (!(error instanceof RegistryError && error.status === 400) && !isConnectionError(error)) throw this.scrub(error);
      }
      await this.retrying(`reach ${https}/v2/`, () => this.ping(https));
      return https;
    }
    if (!this.options.insecure) {
      await this.retrying(`reach ${https}/v2/`, () => this.ping(https));
      return https;
    }
    try {
      await this.ping(https);
      return https;
    } catch (error) {
      // A certificate complaint means the registry does speak TLS: falling back to HTTP would only hide the problem.
      if (error instanceof RegistryError || isCertificateError(error)) throw this.scrub(error);
    }
    await this.retrying(`reach ${http}/v2/`, () => this.ping(http));
    return http;
  }

  private async ping(base: string): Promise<void> {
    {
      const res = await this.http.request(new URL(`${base}/v2/`), { method: 'GET' });
      const body = await readText(res);
      if (res.statusCode === 401) {
        this.challenge = parseChallenge(header(res, 'www-authenticate'));
        return;
      }
      if (res.statusCode !== 200) throw registryError(res.statusCode, body, `${this.registry}: GET /v2/`, header(res, 'retry-after'));
    }
  }

  // ---- blobs ----

  async hasBlob(repository: string, digest: string): Promise<boolean> {
    const res = await this.call('HEAD', `/v2/${repository}/blobs/${digest}`, { scopes: [repositoryScope(repository, ['pull'])], expect: [200, 404], what: `HEAD blob ${short(digest)} in ${repository}` });
    await res.dump();
    return res.statusCode === 200;
  }

  /** Asks the registry to link a blob from another repository: no bytes move when it agrees (201). */
  async mountBlob(repository: string, digest: string, from: string): Promise<MountResult> {
    const path = `/v2/${repository}/blobs/uploads/?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(from)}`;
    const res = await this.call('POST', path, {
      scopes: [repositoryScope(repository, ['pull', 'push']), repositoryScope(from, ['pull'])],
      expect: [201, 202],
      headers: { 'content-length': '0' },
      what: `mount blob ${short(digest)} from ${from} into ${repository}`,
    });
    if (res.statusCode === 201) {
      await res.dump();
      return { mounted: true };
    }
    return { mounted: false, session: await this.location(res) };
  }

  /**
   * Uploads a blob whose digest and size are known, streaming it from `open` (called again on each attempt: every
   * retry starts a fresh upload session). One PUT with the whole body first; chunks of `chunkSize` when the registry
   * refuses large bodies or the connection keeps dropping mid-body.
   */
  async uploadBlob(repository: string, blob: { digest: string; size: number }, open: () => Readable | Promise<Readable>, first?: URL): Promise<void> {
    let chunked = this.options.uploadMode === 'chunked';
    const chunkSize = this.options.chunkSize ?? DEFAULT_CHUNK_SIZE;
    const what = `upload blob ${short(blob.digest)} to ${repository}`;
    let attempt = 0;
    await this.retrying(what, async () => {
      attempt++;
      // A dropped answer may hide a finished upload: look before sending the bytes again.
      if (attempt > 1 && (await this.hasBlobOnce(repository, blob.digest))) return;
      const session = attempt === 1 && first ? first : await this.startUpload(repository);
      try {
        if (chunked) await this.uploadChunks(repository, session, blob, open, chunkSize);
        else await this.uploadWhole(repository, session, blob, open);
      } catch (error) {
        if (!chunked && ((error instanceof RegistryError && error.status === 413) || (classifyRegistryFailure(error).retry && !(error instanceof RegistryError) && blob.size > chunkSize))) {
          chunked = true;
          throw new RetryableError(`${what}: falling back to chunked upload after: ${error instanceof Error ? error.message : String(error)}`);
        }
        throw error;
      }
    });
  }

  private async hasBlobOnce(repository: string, digest: string): Promise<boolean> {
    const res = await this.sendOnce('HEAD', await this.url(`/v2/${repository}/blobs/${digest}`), { scopes: [repositoryScope(repository, ['pull'])], expect: [200, 404], what: `HEAD blob ${short(digest)}` });
    await res.dump();
    return res.statusCode === 200;
  }

  private async startUpload(repository: string): Promise<URL> {
    const res = await this.sendOnce('POST', await this.url(`/v2/${repository}/blobs/uploads/`), {
      scopes: [repositoryScope(repository, ['pull', 'push'])],
      headers: { 'content-length': '0' },
      expect: [202],
      what: `start an upload to ${repository}`,
    });
    return this.location(res);
  }

  private async uploadWhole(repository: string, session: URL, blob: { digest: string; size: number }, open: () => Readable | Promise<Readable>): Promise<void> {
    const target = withDigest(session, blob.digest);
    const res = await this.sendOnce('PUT', target, {
      scopes: [repositoryScope(repository, ['pull', 'push'])],
      headers: { 'content-type': 'application/octet-stream', 'content-length': String(blob.size) },
      body: open,
      expect: [201],
      what: `upload blob ${short(blob.digest)} to ${repository}`,
    });
    await res.dump();
    checkDigestHeader(res, blob.digest, `blob ${short(blob.digest)} in ${repository}`);
  }

  private async uploadChunks(repository: string, session: URL, blob: { digest: string; size: number }, open: () => Readable | Promise<Readable>, chunkSize: number): Promise<void> {
    let location = session;
    let offset = 0;
    const scopes = [repositoryScope(repository, ['pull', 'push'])];
    for await (const chunk of chunksOf(await open(), chunkSize)) {
      const res = await this.sendOnce('PATCH', location, {
        scopes,
        headers: { 'content-type': 'application/octet-stream', 'content-length': String(chunk.length), 'content-range': `${offset}-${offset + chunk.length - 1}` },
        body: chunk,
        expect: [202],
        what: `upload bytes ${offset}-${offset + chunk.length - 1} of blob ${short(blob.digest)} to ${repository}`,
      });
      location = await this.location(res);
      offset += chunk.length;
    }
    if (offset !== blob.size) throw new Error(`blob ${short(blob.digest)}: the source gave ${offset} bytes, its descriptor says ${blob.size}`);
    const res = await this.sendOnce('PUT', withDigest(location, blob.digest), { scopes, headers: { 'content-length': '0' }, expect: [201], what: `finish the upload of blob ${short(blob.digest)} to ${repository}` });
    await res.dump();
    checkDigestHeader(res, blob.digest, `blob ${short(blob.digest)} in ${repository}`);
  }

  /** A blob's bytes as a stream, following the redirect to storage that registries (GHCR, S3-backed) answer with. */
  async openBlob(repository: string, digest: string): Promise<Readable> {
    return this.retrying(`GET blob ${short(digest)} from ${repository}`, async () => {
      let url = await this.url(`/v2/${repository}/blobs/${digest}`);
      for (let hop = 0; hop < 5; hop++) {
        const sameHost = url.host === new URL(await this.baseUrl()).host;
        const res = sameHost
          ? await this.sendOnce('GET', url, { scopes: [repositoryScope(repository, ['pull'])], expect: [200, 301, 302, 303, 307, 308], what: `GET blob ${short(digest)} from ${repository}` })
          : await this.http.request(url, { method: 'GET' });
        if (res.statusCode === 200) return res.body;
        await res.dump();
        if (![301, 302, 303, 307, 308].includes(res.statusCode)) throw registryError(res.statusCode, '', `GET blob ${short(digest)} from ${repository}`, header(res, 'retry-after'));
        const next = header(res, 'location');
        if (!next) throw new RegistryError(`GET blob ${short(digest)}: a redirect without Location`, res.statusCode, []);
        // Storage URLs carry their own signature: the registry's credentials are not sent there.
        url = new URL(next, url);
      }
      throw new RegistryError(`GET blob ${short(digest)}: too many redirects`, 310, []);
    });
  }

  // ---- manifests and tags ----

  async headManifest(repository: string, reference: string): Promise<{ digest?: string; mediaType: string; size: number } | undefined> {
    const res = await this.call('HEAD', `/v2/${repository}/manifests/${reference}`, { scopes: [repositoryScope(repository, ['pull'])], headers: { accept: MANIFEST_ACCEPT }, expect: [200, 404], what: `HEAD manifest ${reference} in ${repository}` });
    await res.dump();
    if (res.statusCode === 404) return undefined;
    const digest = header(res, 'docker-content-digest');
    return { ...(digest ? { digest } : {}), mediaType: header(res, 'content-type') ?? '', size: Number(header(res, 'content-length') ?? 0) };
  }

  async getManifest(repository: string, reference: string): Promise<ManifestData> {
    return this.retrying(`GET manifest ${reference} from ${repository}`, async () => {
      const res = await this.sendOnce('GET', await this.url(`/v2/${repository}/manifests/${reference}`), { scopes: [repositoryScope(repository, ['pull'])], headers: { accept: MANIFEST_ACCEPT }, expect: [200], what: `GET manifest ${reference} from ${repository}` });
      const bytes = await readLimited(res, MAX_MANIFEST_BYTES, `manifest ${reference}`);
      const digest = `sha256:${sha256Hex(bytes)}`;
      if (reference.startsWith('sha256:') && digest !== reference) throw new RetryableError(`manifest ${reference} in ${repository}: the registry sent bytes with digest ${digest}`);
      const mediaType = (header(res, 'content-type') ?? '').split(';')[0]!.trim() || mediaTypeOf(bytes);
      return { bytes, mediaType, digest };
    });
  }

  /**
   * PUTs the exact bytes of a manifest or index under a tag or its digest, checks the digest the registry computed,
   * then waits (briefly, boundedly) until it can be read back, because some registries answer before it is visible.
   */
  async putManifest(repository: string, reference: string, bytes: Buffer, mediaType: string): Promise<string> {
    const digest = `sha256:${sha256Hex(bytes)}`;
    const res = await this.call('PUT', `/v2/${repository}/manifests/${reference}`, {
      scopes: [repositoryScope(repository, ['pull', 'push'])],
      headers: { 'content-type': mediaType, 'content-length': String(bytes.length) },
      body: bytes,
      expect: [201],
      what: `PUT manifest ${reference} to ${repository}`,
    });
    await res.dump();
    checkDigestHeader(res, digest, `manifest ${reference} in ${repository}`);
    const poll = this.options.readAfterWrite ?? { attempts: 10, intervalMs: 200 };
    for (let i = 0; i < poll.attempts; i++) {
      const seen = await this.headManifest(repository, reference);
      if (seen && (!seen.digest || seen.digest === digest)) return digest;
      await new Promise((resolve) => setTimeout(resolve, poll.intervalMs));
    }
    throw new RegistryError(`PUT manifest ${reference} to ${repository}: accepted, but not readable as ${digest} after ${poll.attempts} checks`, 0, []);
  }

  /** Every tag of a repository (following `Link: <...>; rel="next"` pages); none when the repository is new. */
  async listTags(repository: string): Promise<string[]> {
    const tags: string[] = [];
    let path: string | undefined = `/v2/${repository}/tags/list?n=1000`;
    for (let page = 0; path && page < 100; page++) {
      const current: string = path;
      const res = await this.call('GET', current, { scopes: [repositoryScope(repository, ['pull'])], expect: [200, 404], what: `list the tags of ${repository}` });
      if (res.statusCode === 404) {
        await res.dump();
        return [];
      }
      const body: unknown = await res.json();
      const list = typeof body === 'object' && body !== null ? (body as { tags?: unknown }).tags : undefined;
      if (Array.isArray(list)) for (const t of list) if (typeof t === 'string') tags.push(t);
      const link = /<([^>]+)>\s*;\s*rel="?next"?/.exec(header(res, 'link') ?? '');
      path = link?.[1] ? (new URL(link[1], 'http://x').pathname + new URL(link[1], 'http://x').search) : undefined;
    }
    return tags;
  }

  // ---- plumbing ----

  private async url(path: string): Promise<URL> {
    return new URL(path, await this.baseUrl());
  }

  private async location(res: Response): Promise<URL> {
    const location = header(res, 'location');
    await res.dump();
    if (!location) throw new RetryableError(`${this.registry}: an upload answer without a Location header`);
    // Absolute (GHCR) or relative to the registry (distribution): both resolve against the base.
    return new URL(location, await this.baseUrl());
  }

  private async call(method: string, path: string, options: SendOptions): Promise<Response> {
    return this.retrying(options.what, async () => this.sendOnce(method, await this.url(path), options));
  }

  private async retrying<T>(what: string, operation: () => Promise<T>): Promise<T> {
    const r = this.options.retry ?? {};
    try {
      return await withRetry(operation, {
        attempts: r.attempts ?? 6,
        baseMs: r.baseMs ?? 300,
        maxMs: r.maxMs ?? 15_000,
        maxAfterMs: r.maxAfterMs ?? 120_000,
        sleep: r.sleep ?? ((ms: number) => delay(ms, undefined, { signal: this.closing.signal })),
        classify: (error) => classifyRegistryFailure(error),
        onRetry: (error, attempt, waitMs) => this.options.log?.(this.redactor.redact(`retrying (${attempt}) after ${Math.round(waitMs)} ms: ${what}: ${describe(error)}`)),
      });
    } catch (error) {
      throw this.scrub(error);
    }
  }

  /** One request, with auth: a 401 renews the token and tries once more when the body can be sent again. */
  private async sendOnce(method: string, url: URL, options: SendOptions): Promise<Response> {
    for (let round = 0; ; round++) {
      const authorization = await this.authorization(options.scopes);
      const body = typeof options.body === 'function' ? await options.body() : options.body;
      const res = await this.http.request(url, {
        method,
        headers: { ...options.headers, ...(authorization ? { authorization } : {}) },
        ...(body !== undefined ? { body } : {}),
      });
      if (options.expect.includes(res.statusCode)) return res;
      const text = method === 'HEAD' ? await res.dump().then(() => '') : await readText(res);
      if (res.statusCode === 401 && round === 0) {
        const fresh = parseChallenge(header(res, 'www-authenticate'));
        if (fresh) this.challenge = fresh;
        this.tokens.delete(this.tokenKey(options.scopes));
        if (typeof options.body === 'function') throw new RetryableError(`${options.what}: authorization expired`);
        if (fresh && (fresh.scheme === 'bearer' || this.options.credentials)) continue;
      }
      throw this.scrub(registryError(res.statusCode, text, `${this.registry}: ${options.what}`, header(res, 'retry-after')));
    }
  }

  private async authorization(scopes: string[]): Promise<string | undefined> {
    await this.baseUrl();
    const c = this.challenge;
    if (!c) return undefined;
    if (c.scheme === 'basic') return this.options.credentials ? basicHeader(this.options.credentials) : undefined;
    const key = this.tokenKey(scopes);
    const cached = this.tokens.get(key);
    if (cached && cached.expires > Date.now()) return cached.header;
    // Requests started together (the first round of a push) wait for one token instead of each asking for its own.
    let pending = this.pendingTokens.get(key);
    if (!pending) {
      pending = this.fetchToken(c, key, mergeScopes([...this.expected, ...scopes])).finally(() => this.pendingTokens.delete(key));
      this.pendingTokens.set(key, pending);
    }
    return pending;
  }

  private async fetchToken(c: Challenge, key: string, wanted: string[]): Promise<string> {
    const realm = c.params.realm;
    if (!realm) throw new RegistryError(`${this.registry}: a Bearer challenge without a realm`, 401, []);
    const tokenUrl = new URL(realm);
    if (c.params.service) tokenUrl.searchParams.set('service', c.params.service);
    for (const s of wanted) tokenUrl.searchParams.append('scope', s);
    const res = await this.http.request(tokenUrl, {
      method: 'GET',
      headers: this.options.credentials ? { authorization: basicHeader(this.options.credentials) } : {},
    });
    const text = await readText(res);
    if (res.statusCode !== 200) {
      throw this.scrub(registryError(res.statusCode, text, `${this.registry}: get a token from ${tokenUrl.origin}${tokenUrl.pathname}`, header(res, 'retry-after')));
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    const token = readTokenResponse(parsed);
    if (!token) throw new RegistryError(`${this.registry}: the token endpoint ${tokenUrl.origin}${tokenUrl.pathname} answered without a token`, 502, []);
    this.redactor.add(token.token);
    const value = { header: `Bearer ${token.token}`, expires: Date.now() + Math.max(10, token.expiresInSeconds - 10) * 1000 };
    this.tokens.set(key, value);
    return value.header;
  }

  private tokenKey(scopes: string[]): string {
    return mergeScopes([...this.expected, ...scopes]).join(' ');
  }

  /** The same error with every credential of this client taken out of its message. */
  private scrub(error: unknown): unknown {
    if (error instanceof Error) {
      const clean = this.redactor.redact(error.message);
      if (clean !== error.message) error.message = clean;
    }
    return error;
  }
}

function isConnectionError(error: unknown): boolean {
  return causeCodes(error).some((code) => /ECONNRESET|EPIPE|UND_ERR_SOCKET|HPE_/.test(code));
}

function isCertificateError(error: unknown): boolean {
  return causeCodes(error).some((code) => /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/.test(code));
}

function header(res: Response, name: string): string | undefined {
  const v = res.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function short(digest: string): string {
  return digest.replace(/^sha256:/, '').slice(0, 12);
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && !error.message.includes(code) ? `${error.message} (${code})` : error.message;
}

/** `digest` joins whatever query the registry put in the Location (distribution's `_state`, GHCR's session ids). */
function withDigest(location: URL, digest: string): URL {
  const url = new URL(location);
  url.searchParams.set('digest', digest);
  return url;
}

function checkDigestHeader(res: Response, expected: string, what: string): void {
  const got = header(res, 'docker-content-digest');
  if (got && got !== expected) throw new RetryableError(`${what}: the registry computed ${got}, we sent ${expected}`);
}

async function readText(res: Response): Promise<string> {
  try {
    return (await readLimited(res, 64 * 1024, 'error body')).toString('utf8');
  } catch {
    return '';
  }
}

async function readLimited(res: Response, limit: number, what: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  let total = 0;
  for await (const chunk of res.body) {
    total += (chunk as Buffer).length;
    if (total > limit) {
      res.body.destroy();
      throw new RegistryError(`${what} is larger than ${limit} bytes`, 0, []);
    }
    parts.push(chunk as Buffer);
  }
  return Buffer.concat(parts);
}

function mediaTypeOf(bytes: Buffer): string {
  try {
    const parsed = JSON.parse(bytes.toString('utf8')) as { mediaType?: unknown };
    return typeof parsed.mediaType === 'string' ? parsed.mediaType : '';
  } catch {
    return '';
  }
}

/** Re-cuts a stream into pieces of exactly `size` bytes (the last may be shorter): memory stays at one chunk. */
export async function* chunksOf(stream: Readable, size: number): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  let length = 0;
  for await (const data of stream) {
    let buf = data as Buffer;
    while (length + buf.length >= size) {
      const take = size - length;
      pending.push(buf.subarray(0, take));
      yield Buffer.concat(pending);
      pending = [];
      length = 0;
      buf = buf.subarray(take);
    }
    if (buf.length) {
      pending.push(buf);
      length += buf.length;
    }
  }
  if (length) yield Buffer.concat(pending);
}
