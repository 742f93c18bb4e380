import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  parseRetryAfter,
  withRetry
} from "./chunk-HHRIXH7Q.js";
import {
  Redactor
} from "./chunk-EXQP4SLB.js";
import {
  sourceDateEpoch
} from "./chunk-FWC4Y6K3.js";
import {
  formatBytes
} from "./chunk-RNXMX5MA.js";
import {
  MANIFEST_ACCEPT,
  isIndexType,
  isManifestType
} from "./chunk-JOJZGV5P.js";
import {
  sha256Hex
} from "./chunk-SPL353E6.js";
import {
  markdownTable
} from "./chunk-UX674S34.js";
import {
  require_semver
} from "./chunk-T2LXPFR4.js";
import {
  SlipwayError,
  usageError
} from "./chunk-BOOLIPAW.js";
import {
  __toESM
} from "./chunk-CY3FJDSN.js";

// src/oci/annotations.ts
var ANNOTATION = {
  source: "org.opencontainers.image.source",
  revision: "org.opencontainers.image.revision",
  version: "org.opencontainers.image.version",
  created: "org.opencontainers.image.created",
  licenses: "org.opencontainers.image.licenses",
  title: "org.opencontainers.image.title"
};
function releaseAnnotations(inputs, env) {
  let out = {}, source = inputs.source ?? (env.GITHUB_REPOSITORY ? `${env.GITHUB_SERVER_URL ?? "https://github.com"}/${env.GITHUB_REPOSITORY}` : void 0), revision = inputs.revision ?? env.GITHUB_SHA, created = sourceDateEpoch(env);
  return source && (out[ANNOTATION.source] = source), revision && (out[ANNOTATION.revision] = revision), inputs.version && (out[ANNOTATION.version] = inputs.version), created && (out[ANNOTATION.created] = created.toISOString().replace(/\.000Z$/, "Z")), inputs.licenses && (out[ANNOTATION.licenses] = inputs.licenses), inputs.title && (out[ANNOTATION.title] = inputs.title), { ...out, ...inputs.extra };
}

// src/oci/registry-error.ts
var RegistryError = class extends Error {
  constructor(message, status, codes, retryAfterMs, rateLimited = !1) {
    super(message);
    this.status = status;
    this.codes = codes;
    this.retryAfterMs = retryAfterMs;
    this.rateLimited = rateLimited;
    this.name = "RegistryError";
  }
  status;
  codes;
  retryAfterMs;
  rateLimited;
}, RetryableError = class extends Error {
  name = "RetryableError";
};
function errorCodes(body) {
  try {
    let parsed = JSON.parse(body), errors = typeof parsed == "object" && parsed !== null && Array.isArray(parsed.errors) ? parsed.errors : [], codes = [], messages = [];
    for (let e of errors) {
      if (typeof e != "object" || e === null) continue;
      let { code, message } = e;
      typeof code == "string" && codes.push(code), typeof message == "string" && messages.push(message);
    }
    return { codes, messages };
  } catch {
    return { codes: [], messages: [] };
  }
}
function retryAfterFromText(text) {
  let m = /retry[- ]after[:\s]+((?:\d+(?:\.\d+)?(?:h|ms|us|µs|ns|m|s))+|\d+(?:\.\d+)?)/i.exec(text);
  if (!m?.[1]) return;
  if (/^\d+(?:\.\d+)?$/.test(m[1])) return Math.ceil(Number(m[1]) * 1e3);
  let scale = { h: 36e5, m: 6e4, s: 1e3, ms: 1, us: 1e-3, \u00B5s: 1e-3, ns: 1e-6 }, total = 0;
  for (let part of m[1].matchAll(/(\d+(?:\.\d+)?)(h|ms|m|s|us|µs|ns)/g)) total += Number(part[1]) * (scale[part[2]] ?? 0);
  return Math.ceil(total);
}
function registryError(status, body, what, retryAfterHeader) {
  let { codes, messages } = errorCodes(body), detail = messages.length ? messages.join("; ") : body.trim().slice(0, 200), rateLimited = status === 429 || status === 403 && /secondary rate limit|rate limit exceeded|toomanyrequests/i.test(body), after = parseRetryAfter(retryAfterHeader) ?? (rateLimited ? retryAfterFromText(body) : void 0), message = `${what}: HTTP ${status}${codes.length ? ` ${codes.join(", ")}` : ""}${detail ? `: ${detail}` : ""}`;
  return new RegistryError(message, status, codes, after, rateLimited);
}
var NETWORK_CODES = /* @__PURE__ */ new Set([
  "ECONNRESET",
  "ECONNREFUSED",
  "EPIPE",
  "ETIMEDOUT",
  "EAI_AGAIN",
  "UND_ERR_SOCKET",
  "UND_ERR_CLOSED",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_HEADERS_TIMEOUT",
  "UND_ERR_BODY_TIMEOUT",
  "UND_ERR_REQ_CONTENT_LENGTH_MISMATCH"
]);
function networkCode(error) {
  for (let e = error, depth = 0; e && depth < 5; e = e.cause, depth++) {
    let code = e.code;
    if (typeof code == "string" && NETWORK_CODES.has(code)) return code;
  }
}
function classifyRegistryFailure(error) {
  return error instanceof RegistryError ? error.rateLimited ? { retry: !0, ...error.retryAfterMs !== void 0 ? { afterMs: error.retryAfterMs } : {} } : error.status >= 500 || error.status === 408 ? { retry: !0, ...error.retryAfterMs !== void 0 ? { afterMs: error.retryAfterMs } : {} } : { retry: !1 } : error instanceof RetryableError ? { retry: !0 } : { retry: networkCode(error) !== void 0 };
}

// src/oci/diagnose.ts
function registryDiagnostic(error, redactor) {
  if (error instanceof SlipwayError || !(error instanceof Error)) return error;
  let code = errorCode(error), message = redactor.redact(error.message);
  code && !message.includes(code) && (message += ` (${code})`);
  let hint;
  return error instanceof RegistryError ? error.status === 401 ? hint = "set SLIPWAY_REGISTRY_USERNAME and SLIPWAY_REGISTRY_PASSWORD (on ghcr.io, GITHUB_TOKEN is enough)" : error.status === 403 && !error.rateLimited ? hint = 'the credentials lack permission: on ghcr.io the workflow needs "permissions: packages: write"' : error.rateLimited && (hint = "the registry kept throttling; run again later") : code && /CERT|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code) ? hint = "the registry's certificate is not trusted: add its CA with NODE_EXTRA_CA_CERTS, or pass --insecure" : (code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "EAI_AGAIN") && (hint = "is the registry name right, and is it running?"), new SlipwayError({ code: "registry", message, ...hint ? { hint } : {} });
}
function errorCode(error) {
  for (let e = error, depth = 0; e && depth < 5; e = e.cause, depth++) {
    let code = e.code;
    if (typeof code == "string") return code;
  }
}

// src/oci/auth.ts
function parseChallenge(header2) {
  if (!header2) return;
  let m = /^\s*(\w+)\s*(.*)$/s.exec(header2);
  if (!m) return;
  let scheme = m[1].toLowerCase();
  if (scheme !== "basic" && scheme !== "bearer") return;
  let params = {}, re = /([\w-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))\s*,?\s*/g;
  for (let p of (m[2] ?? "").matchAll(re)) params[p[1].toLowerCase()] = p[2] !== void 0 ? p[2].replace(/\\(.)/g, "$1") : p[3] ?? "";
  return { scheme, params };
}
function repositoryScope(repository, actions) {
  return `repository:${repository}:${actions.join(",")}`;
}
function mergeScopes(scopes) {
  let repositories = /* @__PURE__ */ new Map(), others = /* @__PURE__ */ new Set();
  for (let scope of scopes) {
    let m = /^repository:(.+):([a-z*,]+)$/.exec(scope);
    if (!m) {
      others.add(scope);
      continue;
    }
    let actions = repositories.get(m[1]) ?? /* @__PURE__ */ new Set();
    for (let a of m[2].split(",")) a && actions.add(a);
    repositories.set(m[1], actions);
  }
  let order = (a, b) => a < b ? -1 : a > b ? 1 : 0;
  return [
    ...[...repositories.entries()].sort(([a], [b]) => order(a, b)).map(([name, actions]) => `repository:${name}:${[...actions].sort(order).join(",")}`),
    ...[...others].sort(order)
  ];
}
function basicHeader(c) {
  return `Basic ${Buffer.from(`${c.username}:${c.password}`).toString("base64")}`;
}
function readTokenResponse(body) {
  if (typeof body != "object" || body === null) return;
  let { token, access_token: accessToken, expires_in: expiresIn } = body, value = typeof token == "string" && token ? token : typeof accessToken == "string" && accessToken ? accessToken : void 0;
  if (value)
    return { token: value, expiresInSeconds: typeof expiresIn == "number" && expiresIn > 0 ? expiresIn : 60 };
}

// src/oci/client.ts
import { setTimeout as delay } from "node:timers/promises";

// src/oci/http-transport.ts
import http from "node:http";
var TransportResponse = class {
  constructor(message) {
    this.message = message;
    message.on("error", () => {
    });
  }
  message;
  get statusCode() {
    return this.message.statusCode ?? 0;
  }
  get headers() {
    return this.message.headers;
  }
  /** The body as a stream (it fails with ECONNRESET when the connection dies before its end). */
  get body() {
    return this.message;
  }
  async text() {
    let parts = [];
    for await (let chunk of this.message) parts.push(chunk);
    return Buffer.concat(parts).toString("utf8");
  }
  async json() {
    return JSON.parse(await this.text());
  }
  /**
   * Reads a small body away so that the connection goes back to the pool; a big one is not worth waiting for, and
   * its connection is closed instead.
   */
  dump(limit = 128 * 1024) {
    let m = this.message;
    return m.readableEnded || m.destroyed ? Promise.resolve() : new Promise((resolve) => {
      let seen = 0;
      m.on("data", (chunk) => {
        seen += chunk.length, seen > limit && m.destroy();
      }), m.once("end", resolve), m.once("close", resolve), m.once("error", () => resolve()), m.resume();
    });
  }
}, HttpTransport = class {
  httpAgent;
  tls;
  timeoutMs;
  options;
  constructor(options) {
    this.options = options, this.timeoutMs = options.timeoutMs, this.httpAgent = new http.Agent({ keepAlive: !0, maxSockets: options.connections });
  }
  /** TLS is loaded on the first https request: a registry on this machine often speaks plain HTTP only. */
  secure() {
    return this.tls ??= import("node:https").then(({ default: https }) => ({
      https,
      agent: new https.Agent({ keepAlive: !0, maxSockets: this.options.connections, rejectUnauthorized: this.options.rejectUnauthorized, ...this.options.ca ? { ca: this.options.ca } : {} })
    })), this.tls;
  }
  async request(url, o) {
    let secure = url.protocol === "https:";
    if (!secure && url.protocol !== "http:") throw new Error(`${url.protocol} is not an HTTP URL`);
    let tls = secure ? await this.secure() : void 0;
    return new Promise((resolve, reject) => {
      let options = { method: o.method, headers: o.headers ?? {}, timeout: this.timeoutMs }, answered = (res) => resolve(new TransportResponse(res)), req = tls ? tls.https.request(url, { ...options, agent: tls.agent }, answered) : http.request(url, { ...options, agent: this.httpAgent }, answered);
      req.once("timeout", () => req.destroy(Object.assign(new Error(`no answer from ${url.host} for ${this.timeoutMs} ms`), { code: "ETIMEDOUT" }))), req.on("error", reject);
      let body = o.body;
      body === void 0 ? req.end() : Buffer.isBuffer(body) ? req.end(body) : sendStream(req, body, o.headers?.["content-length"]);
    });
  }
  /** Closes every connection, idle or not: nothing is in flight when a command is done with a registry. */
  async close() {
    this.httpAgent.destroy(), this.tls && (await this.tls).agent.destroy();
  }
};
function sendStream(req, body, contentLength) {
  let expected = contentLength === void 0 ? void 0 : Number(contentLength), sent = 0, fail = (error) => {
    body.destroy(), req.destroy(error);
  }, mismatch = () => Object.assign(new Error(`the body had ${sent} bytes where content-length announced ${expected}`), { code: "ERR_BODY_LENGTH_MISMATCH" });
  body.on("data", (chunk) => {
    if (sent += chunk.length, expected !== void 0 && sent > expected) return fail(mismatch());
    req.write(chunk) || (body.pause(), req.once("drain", () => body.resume()));
  }), body.once("end", () => {
    if (expected !== void 0 && sent !== expected) return fail(mismatch());
    req.end();
  }), body.once("error", (error) => fail(error)), req.once("close", () => {
    body.readableEnded || body.destroy();
  });
}

// src/oci/client.ts
var DEFAULT_CHUNK_SIZE = 4 * 1024 * 1024, MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
function isLoopback(registry) {
  let host = registry.startsWith("[") ? registry.slice(1, registry.indexOf("]")) : registry.replace(/:\d+$/, "");
  return host === "localhost" || host === "::1" || /^127\.\d+\.\d+\.\d+$/.test(host);
}
var RegistryClient = class {
  registry;
  options;
  http;
  redactor;
  base;
  challenge;
  tokens = /* @__PURE__ */ new Map();
  pendingTokens = /* @__PURE__ */ new Map();
  expected = [];
  /** Aborted by close(): a retry waiting for its turn gives up instead of keeping the process alive. */
  closing = new AbortController();
  constructor(options) {
    this.options = options, this.registry = options.registry, this.redactor = options.redactor ?? new Redactor(), options.credentials && this.redactor.addBasic(options.credentials.username, options.credentials.password);
    let timeout = options.timeoutMs ?? 12e4;
    this.http = new HttpTransport({ ...options.ca ? { ca: options.ca } : {}, rejectUnauthorized: !options.insecure, timeoutMs: timeout, connections: 16 });
  }
  /**
   * Scopes that every token of this client asks for as well, so that one token serves a whole command (a promotion
   * pulls from one repository and pushes to another) instead of one token per combination of scopes.
   */
  expectScopes(scopes) {
    this.expected = mergeScopes([...this.expected, ...scopes]);
  }
  async close() {
    this.closing.abort(), await this.http.close();
  }
  /** The base URL, found once: HTTPS, or plain HTTP where allowed (loopback or --insecure) and HTTPS does not answer. */
  baseUrl() {
    return this.base ??= this.probe(), this.base;
  }
  async probe() {
    let https = `https://${this.registry}`, http2 = `http://${this.registry}`;
    if (isLoopback(this.registry)) {
      try {
        return await this.ping(http2), http2;
      } catch (error) {
        if (!(error instanceof RegistryError && error.status === 400) && !isConnectionError(error)) throw this.scrub(error);
      }
      return await this.retrying(`reach ${https}/v2/`, () => this.ping(https)), https;
    }
    if (!this.options.insecure)
      return await this.retrying(`reach ${https}/v2/`, () => this.ping(https)), https;
    try {
      return await this.ping(https), https;
    } catch (error) {
      if (error instanceof RegistryError || isCertificateError(error)) throw this.scrub(error);
    }
    return await this.retrying(`reach ${http2}/v2/`, () => this.ping(http2)), http2;
  }
  async ping(base) {
    {
      let res = await this.http.request(new URL(`${base}/v2/`), { method: "GET" }), body = await readText(res);
      if (res.statusCode === 401) {
        this.challenge = parseChallenge(header(res, "www-authenticate"));
        return;
      }
      if (res.statusCode !== 200) throw registryError(res.statusCode, body, `${this.registry}: GET /v2/`, header(res, "retry-after"));
    }
  }
  // ---- blobs ----
  async hasBlob(repository, digest) {
    let res = await this.call("HEAD", `/v2/${repository}/blobs/${digest}`, { scopes: [repositoryScope(repository, ["pull"])], expect: [200, 404], what: `HEAD blob ${short(digest)} in ${repository}` });
    return await res.dump(), res.statusCode === 200;
  }
  /** Asks the registry to link a blob from another repository: no bytes move when it agrees (201). */
  async mountBlob(repository, digest, from) {
    let path3 = `/v2/${repository}/blobs/uploads/?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(from)}`, res = await this.call("POST", path3, {
      scopes: [repositoryScope(repository, ["pull", "push"]), repositoryScope(from, ["pull"])],
      expect: [201, 202],
      headers: { "content-length": "0" },
      what: `mount blob ${short(digest)} from ${from} into ${repository}`
    });
    return res.statusCode === 201 ? (await res.dump(), { mounted: !0 }) : { mounted: !1, session: await this.location(res) };
  }
  /**
   * Uploads a blob whose digest and size are known, streaming it from `open` (called again on each attempt: every
   * retry starts a fresh upload session). One PUT with the whole body first; chunks of `chunkSize` when the registry
   * refuses large bodies or the connection keeps dropping mid-body.
   */
  async uploadBlob(repository, blob, open, first) {
    let chunked = this.options.uploadMode === "chunked", chunkSize = this.options.chunkSize ?? DEFAULT_CHUNK_SIZE, what = `upload blob ${short(blob.digest)} to ${repository}`, attempt = 0;
    await this.retrying(what, async () => {
      if (attempt++, attempt > 1 && await this.hasBlobOnce(repository, blob.digest)) return;
      let session = attempt === 1 && first ? first : await this.startUpload(repository);
      try {
        chunked ? await this.uploadChunks(repository, session, blob, open, chunkSize) : await this.uploadWhole(repository, session, blob, open);
      } catch (error) {
        throw !chunked && (error instanceof RegistryError && error.status === 413 || classifyRegistryFailure(error).retry && !(error instanceof RegistryError) && blob.size > chunkSize) ? (chunked = !0, new RetryableError(`${what}: falling back to chunked upload after: ${error instanceof Error ? error.message : String(error)}`)) : error;
      }
    });
  }
  async hasBlobOnce(repository, digest) {
    let res = await this.sendOnce("HEAD", await this.url(`/v2/${repository}/blobs/${digest}`), { scopes: [repositoryScope(repository, ["pull"])], expect: [200, 404], what: `HEAD blob ${short(digest)}` });
    return await res.dump(), res.statusCode === 200;
  }
  async startUpload(repository) {
    let res = await this.sendOnce("POST", await this.url(`/v2/${repository}/blobs/uploads/`), {
      scopes: [repositoryScope(repository, ["pull", "push"])],
      headers: { "content-length": "0" },
      expect: [202],
      what: `start an upload to ${repository}`
    });
    return this.location(res);
  }
  async uploadWhole(repository, session, blob, open) {
    let target = withDigest(session, blob.digest), res = await this.sendOnce("PUT", target, {
      scopes: [repositoryScope(repository, ["pull", "push"])],
      headers: { "content-type": "application/octet-stream", "content-length": String(blob.size) },
      body: open,
      expect: [201],
      what: `upload blob ${short(blob.digest)} to ${repository}`
    });
    await res.dump(), checkDigestHeader(res, blob.digest, `blob ${short(blob.digest)} in ${repository}`);
  }
  async uploadChunks(repository, session, blob, open, chunkSize) {
    let location = session, offset = 0, scopes = [repositoryScope(repository, ["pull", "push"])];
    for await (let chunk of chunksOf(await open(), chunkSize)) {
      let res2 = await this.sendOnce("PATCH", location, {
        scopes,
        headers: { "content-type": "application/octet-stream", "content-length": String(chunk.length), "content-range": `${offset}-${offset + chunk.length - 1}` },
        body: chunk,
        expect: [202],
        what: `upload bytes ${offset}-${offset + chunk.length - 1} of blob ${short(blob.digest)} to ${repository}`
      });
      location = await this.location(res2), offset += chunk.length;
    }
    if (offset !== blob.size) throw new Error(`blob ${short(blob.digest)}: the source gave ${offset} bytes, its descriptor says ${blob.size}`);
    let res = await this.sendOnce("PUT", withDigest(location, blob.digest), { scopes, headers: { "content-length": "0" }, expect: [201], what: `finish the upload of blob ${short(blob.digest)} to ${repository}` });
    await res.dump(), checkDigestHeader(res, blob.digest, `blob ${short(blob.digest)} in ${repository}`);
  }
  /** A blob's bytes as a stream, following the redirect to storage that registries (GHCR, S3-backed) answer with. */
  async openBlob(repository, digest) {
    return this.retrying(`GET blob ${short(digest)} from ${repository}`, async () => {
      let url = await this.url(`/v2/${repository}/blobs/${digest}`);
      for (let hop = 0; hop < 5; hop++) {
        let res = url.host === new URL(await this.baseUrl()).host ? await this.sendOnce("GET", url, { scopes: [repositoryScope(repository, ["pull"])], expect: [200, 301, 302, 303, 307, 308], what: `GET blob ${short(digest)} from ${repository}` }) : await this.http.request(url, { method: "GET" });
        if (res.statusCode === 200) return res.body;
        if (await res.dump(), ![301, 302, 303, 307, 308].includes(res.statusCode)) throw registryError(res.statusCode, "", `GET blob ${short(digest)} from ${repository}`, header(res, "retry-after"));
        let next = header(res, "location");
        if (!next) throw new RegistryError(`GET blob ${short(digest)}: a redirect without Location`, res.statusCode, []);
        url = new URL(next, url);
      }
      throw new RegistryError(`GET blob ${short(digest)}: too many redirects`, 310, []);
    });
  }
  // ---- manifests and tags ----
  async headManifest(repository, reference) {
    let res = await this.call("HEAD", `/v2/${repository}/manifests/${reference}`, { scopes: [repositoryScope(repository, ["pull"])], headers: { accept: MANIFEST_ACCEPT }, expect: [200, 404], what: `HEAD manifest ${reference} in ${repository}` });
    if (await res.dump(), res.statusCode === 404) return;
    let digest = header(res, "docker-content-digest");
    return { ...digest ? { digest } : {}, mediaType: header(res, "content-type") ?? "", size: Number(header(res, "content-length") ?? 0) };
  }
  async getManifest(repository, reference) {
    return this.retrying(`GET manifest ${reference} from ${repository}`, async () => {
      let res = await this.sendOnce("GET", await this.url(`/v2/${repository}/manifests/${reference}`), { scopes: [repositoryScope(repository, ["pull"])], headers: { accept: MANIFEST_ACCEPT }, expect: [200], what: `GET manifest ${reference} from ${repository}` }), bytes = await readLimited(res, MAX_MANIFEST_BYTES, `manifest ${reference}`), digest = `sha256:${sha256Hex(bytes)}`;
      if (reference.startsWith("sha256:") && digest !== reference) throw new RetryableError(`manifest ${reference} in ${repository}: the registry sent bytes with digest ${digest}`);
      let mediaType = (header(res, "content-type") ?? "").split(";")[0].trim() || mediaTypeOf(bytes);
      return { bytes, mediaType, digest };
    });
  }
  /**
   * PUTs the exact bytes of a manifest or index under a tag or its digest, checks the digest the registry computed,
   * then waits (briefly, boundedly) until it can be read back, because some registries answer before it is visible.
   */
  async putManifest(repository, reference, bytes, mediaType) {
    let digest = `sha256:${sha256Hex(bytes)}`, res = await this.call("PUT", `/v2/${repository}/manifests/${reference}`, {
      scopes: [repositoryScope(repository, ["pull", "push"])],
      headers: { "content-type": mediaType, "content-length": String(bytes.length) },
      body: bytes,
      expect: [201],
      what: `PUT manifest ${reference} to ${repository}`
    });
    await res.dump(), checkDigestHeader(res, digest, `manifest ${reference} in ${repository}`);
    let poll = this.options.readAfterWrite ?? { attempts: 10, intervalMs: 200 };
    for (let i = 0; i < poll.attempts; i++) {
      let seen = await this.headManifest(repository, reference);
      if (seen && (!seen.digest || seen.digest === digest)) return digest;
      await new Promise((resolve) => setTimeout(resolve, poll.intervalMs));
    }
    throw new RegistryError(`PUT manifest ${reference} to ${repository}: accepted, but not readable as ${digest} after ${poll.attempts} checks`, 0, []);
  }
  /** Every tag of a repository (following `Link: <...>; rel="next"` pages); none when the repository is new. */
  async listTags(repository) {
    let tags = [], path3 = `/v2/${repository}/tags/list?n=1000`;
    for (let page = 0; path3 && page < 100; page++) {
      let current = path3, res = await this.call("GET", current, { scopes: [repositoryScope(repository, ["pull"])], expect: [200, 404], what: `list the tags of ${repository}` });
      if (res.statusCode === 404)
        return await res.dump(), [];
      let body = await res.json(), list = typeof body == "object" && body !== null ? body.tags : void 0;
      if (Array.isArray(list)) for (let t of list) typeof t == "string" && tags.push(t);
      let link = /<([^>]+)>\s*;\s*rel="?next"?/.exec(header(res, "link") ?? "");
      path3 = link?.[1] ? new URL(link[1], "http://x").pathname + new URL(link[1], "http://x").search : void 0;
    }
    return tags;
  }
  // ---- plumbing ----
  async url(path3) {
    return new URL(path3, await this.baseUrl());
  }
  async location(res) {
    let location = header(res, "location");
    if (await res.dump(), !location) throw new RetryableError(`${this.registry}: an upload answer without a Location header`);
    return new URL(location, await this.baseUrl());
  }
  async call(method, path3, options) {
    return this.retrying(options.what, async () => this.sendOnce(method, await this.url(path3), options));
  }
  async retrying(what, operation) {
    let r = this.options.retry ?? {};
    try {
      return await withRetry(operation, {
        attempts: r.attempts ?? 6,
        baseMs: r.baseMs ?? 300,
        maxMs: r.maxMs ?? 15e3,
        maxAfterMs: r.maxAfterMs ?? 12e4,
        sleep: r.sleep ?? ((ms) => delay(ms, void 0, { signal: this.closing.signal })),
        classify: (error) => classifyRegistryFailure(error),
        onRetry: (error, attempt, waitMs) => this.options.log?.(this.redactor.redact(`retrying (${attempt}) after ${Math.round(waitMs)} ms: ${what}: ${describe(error)}`))
      });
    } catch (error) {
      throw this.scrub(error);
    }
  }
  /** One request, with auth: a 401 renews the token and tries once more when the body can be sent again. */
  async sendOnce(method, url, options) {
    for (let round = 0; ; round++) {
      let authorization = await this.authorization(options.scopes), body = typeof options.body == "function" ? await options.body() : options.body, res = await this.http.request(url, {
        method,
        headers: { ...options.headers, ...authorization ? { authorization } : {} },
        ...body !== void 0 ? { body } : {}
      });
      if (options.expect.includes(res.statusCode)) return res;
      let text = method === "HEAD" ? await res.dump().then(() => "") : await readText(res);
      if (res.statusCode === 401 && round === 0) {
        let fresh = parseChallenge(header(res, "www-authenticate"));
        if (fresh && (this.challenge = fresh), this.tokens.delete(this.tokenKey(options.scopes)), typeof options.body == "function") throw new RetryableError(`${options.what}: authorization expired`);
        if (fresh && (fresh.scheme === "bearer" || this.options.credentials)) continue;
      }
      throw this.scrub(registryError(res.statusCode, text, `${this.registry}: ${options.what}`, header(res, "retry-after")));
    }
  }
  async authorization(scopes) {
    await this.baseUrl();
    let c = this.challenge;
    if (!c) return;
    if (c.scheme === "basic") return this.options.credentials ? basicHeader(this.options.credentials) : void 0;
    let key = this.tokenKey(scopes), cached = this.tokens.get(key);
    if (cached && cached.expires > Date.now()) return cached.header;
    let pending = this.pendingTokens.get(key);
    return pending || (pending = this.fetchToken(c, key, mergeScopes([...this.expected, ...scopes])).finally(() => this.pendingTokens.delete(key)), this.pendingTokens.set(key, pending)), pending;
  }
  async fetchToken(c, key, wanted) {
    let realm = c.params.realm;
    if (!realm) throw new RegistryError(`${this.registry}: a Bearer challenge without a realm`, 401, []);
    let tokenUrl = new URL(realm);
    c.params.service && tokenUrl.searchParams.set("service", c.params.service);
    for (let s of wanted) tokenUrl.searchParams.append("scope", s);
    let res = await this.http.request(tokenUrl, {
      method: "GET",
      headers: this.options.credentials ? { authorization: basicHeader(this.options.credentials) } : {}
    }), text = await readText(res);
    if (res.statusCode !== 200)
      throw this.scrub(registryError(res.statusCode, text, `${this.registry}: get a token from ${tokenUrl.origin}${tokenUrl.pathname}`, header(res, "retry-after")));
    let parsed;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = void 0;
    }
    let token = readTokenResponse(parsed);
    if (!token) throw new RegistryError(`${this.registry}: the token endpoint ${tokenUrl.origin}${tokenUrl.pathname} answered without a token`, 502, []);
    this.redactor.add(token.token);
    let value = { header: `Bearer ${token.token}`, expires: Date.now() + Math.max(10, token.expiresInSeconds - 10) * 1e3 };
    return this.tokens.set(key, value), value.header;
  }
  tokenKey(scopes) {
    return mergeScopes([...this.expected, ...scopes]).join(" ");
  }
  /** The same error with every credential of this client taken out of its message. */
  scrub(error) {
    if (error instanceof Error) {
      let clean = this.redactor.redact(error.message);
      clean !== error.message && (error.message = clean);
    }
    return error;
  }
};
function isConnectionError(error) {
  for (let e = error, depth = 0; e && depth < 5; e = e.cause, depth++) {
    let code = e.code;
    if (typeof code == "string" && /ECONNRESET|EPIPE|UND_ERR_SOCKET|HPE_/.test(code)) return !0;
  }
  return !1;
}
function isCertificateError(error) {
  for (let e = error, depth = 0; e && depth < 5; e = e.cause, depth++) {
    let code = e.code;
    if (typeof code == "string" && /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/.test(code)) return !0;
  }
  return !1;
}
function header(res, name) {
  let v = res.headers[name];
  return Array.isArray(v) ? v[0] : v;
}
function short(digest) {
  return digest.replace(/^sha256:/, "").slice(0, 12);
}
function describe(error) {
  if (!(error instanceof Error)) return String(error);
  let code = error.code;
  return typeof code == "string" && !error.message.includes(code) ? `${error.message} (${code})` : error.message;
}
function withDigest(location, digest) {
  let url = new URL(location);
  return url.searchParams.set("digest", digest), url;
}
function checkDigestHeader(res, expected, what) {
  let got = header(res, "docker-content-digest");
  if (got && got !== expected) throw new RetryableError(`${what}: the registry computed ${got}, we sent ${expected}`);
}
async function readText(res) {
  try {
    return (await readLimited(res, 64 * 1024, "error body")).toString("utf8");
  } catch {
    return "";
  }
}
async function readLimited(res, limit, what) {
  let parts = [], total = 0;
  for await (let chunk of res.body) {
    if (total += chunk.length, total > limit)
      throw res.body.destroy(), new RegistryError(`${what} is larger than ${limit} bytes`, 0, []);
    parts.push(chunk);
  }
  return Buffer.concat(parts);
}
function mediaTypeOf(bytes) {
  try {
    let parsed = JSON.parse(bytes.toString("utf8"));
    return typeof parsed.mediaType == "string" ? parsed.mediaType : "";
  } catch {
    return "";
  }
}
async function* chunksOf(stream, size) {
  let pending = [], length = 0;
  for await (let data of stream) {
    let buf = data;
    for (; length + buf.length >= size; ) {
      let take = size - length;
      pending.push(buf.subarray(0, take)), yield Buffer.concat(pending), pending = [], length = 0, buf = buf.subarray(take);
    }
    buf.length && (pending.push(buf), length += buf.length);
  }
  length && (yield Buffer.concat(pending));
}

// src/oci/credentials.ts
function registryCredentials(registry, env, role) {
  let prefix = role === "source" ? "SLIPWAY_SOURCE_REGISTRY" : "SLIPWAY_REGISTRY", username = env[`${prefix}_USERNAME`], password = env[`${prefix}_PASSWORD`];
  if (password && !username) throw usageError(`${prefix}_PASSWORD is set without ${prefix}_USERNAME`);
  if (username && password) return { username, password };
  if (registry === "ghcr.io" && env.GITHUB_TOKEN) return { username: env.GITHUB_ACTOR || "x-access-token", password: env.GITHUB_TOKEN };
}

// src/oci/image-source.ts
function parseManifest(bytes, what) {
  let parsed;
  try {
    parsed = JSON.parse(bytes.toString("utf8"));
  } catch {
    throw new Error(`${what} is not JSON`);
  }
  if (typeof parsed != "object" || parsed === null) throw new Error(`${what} is not a JSON object`);
  let o = parsed, descriptor = (d, where) => {
    let x = d;
    if (!x || typeof x.mediaType != "string" || typeof x.digest != "string" || !/^sha256:[a-f0-9]{64}$/.test(x.digest) || typeof x.size != "number")
      throw new Error(`${what}: ${where} is not a descriptor (mediaType, sha256 digest, size)`);
    let p = x.platform;
    return {
      mediaType: x.mediaType,
      digest: x.digest,
      size: x.size,
      ...x.annotations && typeof x.annotations == "object" ? { annotations: x.annotations } : {},
      ...p && typeof p.os == "string" && typeof p.architecture == "string" ? { platform: { os: p.os, architecture: p.architecture, ...typeof p.variant == "string" ? { variant: p.variant } : {} } } : {}
    };
  };
  return {
    ...typeof o.mediaType == "string" ? { mediaType: o.mediaType } : {},
    ...o.config !== void 0 ? { config: descriptor(o.config, "config") } : {},
    ...Array.isArray(o.layers) ? { layers: o.layers.map((l, i) => descriptor(l, `layers[${i}]`)) } : {},
    ...Array.isArray(o.manifests) ? { manifests: o.manifests.map((m, i) => descriptor(m, `manifests[${i}]`)) } : {},
    ...o.annotations && typeof o.annotations == "object" ? { annotations: o.annotations } : {}
  };
}

// src/oci/graph.ts
var MAX_DEPTH = 4;
async function walkGraph(root, read) {
  let manifests = [], blobs = /* @__PURE__ */ new Map(), seen = /* @__PURE__ */ new Set(), visit = async (d, depth) => {
    let bytes = await read(d.digest), digest = `sha256:${sha256Hex(bytes)}`;
    if (digest !== d.digest) throw new Error(`manifest ${d.digest} has the digest ${digest}: the source is damaged`);
    let doc = parseManifest(bytes, `manifest ${d.digest}`), mediaType = doc.mediaType ?? d.mediaType, node = { digest, mediaType, bytes, ...d.platform ? { platform: `${d.platform.os}/${d.platform.architecture}${d.platform.variant ? `/${d.platform.variant}` : ""}` } : {} };
    if (isIndexType(mediaType) || doc.manifests) {
      if (depth >= MAX_DEPTH) throw new Error(`manifest ${d.digest}: indexes nested deeper than ${MAX_DEPTH}`);
      for (let child of doc.manifests ?? [])
        seen.has(child.digest) || (seen.add(child.digest), isIndexType(child.mediaType) || isManifestType(child.mediaType) ? await visit(child, depth + 1) : blobs.set(child.digest, child));
    } else
      for (let b of [...doc.config ? [doc.config] : [], ...doc.layers ?? []]) blobs.set(b.digest, b);
    return manifests.push(node), node;
  };
  return { root: await visit(root, 0), manifests, blobs: [...blobs.values()] };
}
function annotateRoot(graph, annotations) {
  if (Object.keys(annotations).length === 0 || !graph.root.mediaType.startsWith("application/vnd.oci.")) return graph;
  let doc = JSON.parse(graph.root.bytes.toString("utf8")), existing = doc.annotations && typeof doc.annotations == "object" ? doc.annotations : {};
  doc.annotations = { ...existing, ...annotations };
  let bytes = Buffer.from(JSON.stringify(doc)), root = { ...graph.root, bytes, digest: `sha256:${sha256Hex(bytes)}` };
  return { root, manifests: [...graph.manifests.slice(0, -1), root], blobs: graph.blobs };
}
function graphSize(graph) {
  return graph.blobs.reduce((n, b) => n + b.size, 0) + graph.manifests.reduce((n, m) => n + m.bytes.length, 0);
}

// src/oci/reference.ts
var COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/, TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/, DIGEST = /^sha256:[a-f0-9]{64}$/;
function parseReference(text, what = "image reference") {
  let raw = text.startsWith("docker://") ? text.slice(9) : text, bad2 = (message, hint) => {
    throw new SlipwayError({ code: "image-reference", message: `${what} "${text}": ${message}`, ...hint ? { hint } : {} }, 2);
  }, rest = raw, digest, at = rest.indexOf("@");
  at >= 0 && (digest = rest.slice(at + 1), rest = rest.slice(0, at), DIGEST.test(digest) || bad2(`"${digest}" is not a sha256 digest`, "a digest is sha256: followed by 64 lowercase hex digits"));
  let slash = rest.indexOf("/"), first = slash < 0 ? "" : rest.slice(0, slash);
  (slash < 0 || !(first.includes(".") || first.includes(":") || first === "localhost")) && bad2("the registry is missing", `name it in full, e.g. ghcr.io/OWNER/${rest.split(":")[0] || "NAME"}`);
  let registry = first.toLowerCase(), path3 = rest.slice(slash + 1), tag, colon = path3.lastIndexOf(":");
  colon >= 0 && (tag = path3.slice(colon + 1), path3 = path3.slice(0, colon), TAG.test(tag) || bad2(`"${tag}" is not a valid tag`, 'a tag is up to 128 letters, digits, "_", "." and "-", not starting with "." or "-"'));
  let components = path3.split("/");
  if (!path3 || components.some((c) => !COMPONENT.test(c))) {
    let lowered = path3.toLowerCase();
    if (lowered !== path3 && lowered.split("/").every((c) => COMPONENT.test(c))) {
      let corrected = `${registry}/${lowered}${tag ? `:${tag}` : ""}${digest ? `@${digest}` : ""}`;
      bad2("repository names must be lowercase", `use ${corrected}`);
    }
    bad2(`"${path3}" is not a valid repository name`, 'lowercase letters and digits, separated by ".", "_", "__", "-" or "/"');
  }
  return { registry, repository: path3, ...tag ? { tag } : {}, ...digest ? { digest } : {} };
}
function formatReference(ref) {
  return `${ref.registry}/${ref.repository}${ref.tag ? `:${ref.tag}` : ""}${ref.digest ? `@${ref.digest}` : ""}`;
}

// src/oci/tags.ts
var import_semver = __toESM(require_semver(), 1);
var LATEST_MODES = ["auto", "always", "never"];
function computeTags(options) {
  let raw = options.version.replace(/^v(?=\d)/, ""), parsed = import_semver.default.parse(raw);
  if (!parsed) throw usageError(`"${options.version}" is not a SemVer version`, "for example 1.4.0, 2.0.0-rc.1 or v1.4.0");
  let version = parsed.version, mode = options.latest ?? "auto", decisions = [], held = [];
  options.sha !== void 0 && decisions.push({ tag: shaTag(options.sha), reason: "commit" }), decisions.push({ tag: version, reason: "version" });
  let stable = parsed.prerelease.length === 0, released = (options.existing ?? []).flatMap((t) => {
    let v = import_semver.default.valid(t);
    return v && import_semver.default.prerelease(v) === null && t === v ? [v] : [];
  }), highest = (range) => released.filter(range).every((v) => import_semver.default.lte(v, version));
  if (stable) {
    let minor = `${parsed.major}.${parsed.minor}`, major = `${parsed.major}`;
    highest((v) => import_semver.default.major(v) === parsed.major && import_semver.default.minor(v) === parsed.minor) ? decisions.push({ tag: minor, reason: "highest of its minor line" }) : held.push({ tag: minor, reason: `a higher ${minor}.x is already released` }), highest((v) => import_semver.default.major(v) === parsed.major) ? decisions.push({ tag: major, reason: "highest of its major line" }) : held.push({ tag: major, reason: `a higher ${major}.x is already released` });
  } else
    held.push({ tag: `${parsed.major}.${parsed.minor}`, reason: "a prerelease gets its full version only" });
  return mode === "always" ? decisions.push({ tag: "latest", reason: "latest: always" }) : mode === "never" ? held.push({ tag: "latest", reason: "latest: never" }) : stable ? highest(() => !0) ? decisions.push({ tag: "latest", reason: "highest stable version" }) : held.push({ tag: "latest", reason: `a higher version is released (${import_semver.default.rsort([...released])[0]})` }) : held.push({ tag: "latest", reason: "a prerelease never takes latest" }), { version, tags: decisions.map((d) => d.tag), decisions, held };
}
function shaTag(sha) {
  if (!/^[0-9a-f]{7,64}$/i.test(sha)) throw usageError(`"${sha}" is not a commit id`, "give the full or short hexadecimal commit, e.g. $GITHUB_SHA");
  return `sha-${sha.toLowerCase().slice(0, 7)}`;
}
async function planTags(named, options, existing) {
  if (options.version) {
    let plan = computeTags({ version: options.version, latest: options.latest ?? "auto", ...options.sha ? { sha: options.sha } : {}, existing: existing ? await existing() : [] });
    return { tags: orderTags([...named, ...plan.tags]), held: plan.held };
  }
  return { tags: options.sha ? orderTags([...named, shaTag(options.sha)]) : named, held: [] };
}
function readsExisting(options) {
  return !options.dryRun || (options.latest ?? "auto") === "auto";
}
function orderTags(tags) {
  let unique = [...new Set(tags)];
  return [...unique.filter((t) => t !== "latest"), ...unique.filter((t) => t === "latest")];
}
function parseLatestMode(text) {
  let value = text ?? "auto";
  if (!LATEST_MODES.includes(value)) throw usageError(`--latest must be auto, always or never, not "${value}"`);
  return value;
}

// src/util/pool.ts
async function forEachBounded(items, limit, work) {
  let next = 0, failure, lane = async () => {
    for (; !failure && next < items.length; ) {
      let index = next++;
      try {
        await work(items[index], index);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  if (await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane)), failure) throw failure.error;
}

// src/oci/transfer.ts
var MOUNT_CONCURRENCY = 16;
async function transferGraph(client, repository, graph, tags, options) {
  let report = { blobs: { existing: 0, mounted: 0, uploaded: 0 }, bytesUploaded: 0, manifestsPut: 0, tagsPut: [], tagsUnchanged: [] }, rootDigest = graph.root.digest, [rootSeen, tagsSeen] = await Promise.all([
    // Mounting is as cheap as looking, and settles a blob that is already there as well: no need to ask for the digest.
    options.mountFrom === void 0 ? client.headManifest(repository, rootDigest) : void 0,
    options.tagsSeen ?? Promise.all(tags.map((tag) => client.headManifest(repository, tag)))
  ]), pointsAtRoot = tagsSeen.map((seen) => seen?.digest === rootDigest), graphStored = !!rootSeen || pointsAtRoot.some(Boolean);
  if (graphStored)
    report.blobs.existing = graph.blobs.length;
  else {
    let missing = graph.blobs, sessions = /* @__PURE__ */ new Map();
    if (options.mountFrom !== void 0) {
      let from = options.mountFrom;
      missing = [], await forEachBounded(graph.blobs, MOUNT_CONCURRENCY, async (blob) => {
        let mount = await client.mountBlob(repository, blob.digest, from);
        if (mount.mounted) {
          report.blobs.mounted++, options.log?.(`mounted ${blob.digest} from ${from}`);
          return;
        }
        mount.session && sessions.set(blob.digest, mount.session), missing.push(blob);
      });
    }
    await forEachBounded(missing, options.concurrency ?? 4, async (blob) => {
      if (options.mountFrom === void 0 && await client.hasBlob(repository, blob.digest)) {
        report.blobs.existing++;
        return;
      }
      await options.upload(blob, sessions.get(blob.digest)), report.blobs.uploaded++, report.bytesUploaded += blob.size, options.log?.(`uploaded ${blob.digest} (${blob.size} bytes)`);
    });
    for (let m of graph.manifests)
      m === graph.root && tags.length > 0 || m !== graph.root && await client.headManifest(repository, m.digest) || (await client.putManifest(repository, m.digest, m.bytes, m.mediaType), report.manifestsPut++);
  }
  for (let [i, tag] of tags.entries()) {
    if (pointsAtRoot[i]) {
      report.tagsUnchanged.push(tag);
      continue;
    }
    await client.putManifest(repository, tag, graph.root.bytes, graph.root.mediaType), !graphStored && report.tagsPut.length === 0 && report.manifestsPut++, report.tagsPut.push(tag), options.log?.(`tagged ${repository}:${tag}`);
  }
  return report;
}

// src/oci/promote.ts
async function promoteImage(options) {
  let src = parseReference(options.source, "the source"), reference = src.digest ?? src.tag;
  if (!reference) throw usageError(`the source "${options.source}" needs a tag or a digest`, "e.g. docker://ghcr.io/acme/api:sha-abc1234");
  if (options.to.length === 0) throw usageError("--to is missing", "e.g. --to docker://ghcr.io/acme/api:1.4.0");
  let destinations = groupDestinations(options.to.map((t) => parseReference(t, "--to"))), clients = /* @__PURE__ */ new Map(), clientFor = (registry, role) => {
    let key = `${role === "source" && !destinations.some((d) => d.registry === registry) ? "source" : "target"}|${registry}`, c = clients.get(key);
    if (!c) {
      let credentials = key.startsWith("source|") ? registryCredentials(registry, options.env, "source") : registryCredentials(registry, options.env, "target");
      c = new RegistryClient({ registry, credentials, insecure: options.insecure ?? !1, redactor: options.redactor, ...options.log ? { log: options.log } : {} }), clients.set(key, c);
    }
    return c;
  };
  try {
    let from = clientFor(src.registry, "source");
    if (!options.dryRun)
      for (let dest of destinations) {
        let to = clientFor(dest.registry, "target");
        to.expectScopes([repositoryScope(dest.repository, ["pull", "push"]), ...to === from ? [repositoryScope(src.repository, ["pull"])] : []]);
      }
    let plans = destinations.map((dest) => {
      let to = clientFor(dest.registry, "target"), tagging = destinationTags(to, dest, options), seen = options.dryRun ? void 0 : tagging.then(({ tags }) => Promise.all(tags.map((tag) => to.headManifest(dest.repository, tag))));
      return tagging.catch(() => {
      }), seen?.catch(() => {
      }), { dest, to, tagging, seen };
    }), top = await from.getManifest(src.repository, reference);
    if (src.digest && top.digest !== src.digest) throw usageError(`the source ${options.source} resolved to ${top.digest}`);
    let rootDescriptor = { mediaType: top.mediaType, digest: top.digest, size: top.bytes.length }, graph = await walkGraph(rootDescriptor, async (d) => d === top.digest ? top.bytes : (await from.getManifest(src.repository, d)).bytes), result = {
      source: formatReference(src),
      digest: graph.root.digest,
      mediaType: graph.root.mediaType,
      platforms: graph.manifests.flatMap((m) => m.platform ? [m.platform] : []),
      blobs: graph.blobs.length,
      size: graphSize(graph),
      dryRun: !!options.dryRun,
      targets: []
    };
    for (let { dest, to, tagging, seen } of plans) {
      let { tags, held } = await tagging, target = { image: `${dest.registry}/${dest.repository}`, tags, held };
      if (result.targets.push(target), !seen) continue;
      let mountFrom = dest.registry === src.registry && dest.repository !== src.repository ? src.repository : void 0;
      target.report = await transferGraph(to, dest.repository, graph, tags, {
        concurrency: options.concurrency ?? 4,
        tagsSeen: seen,
        ...mountFrom !== void 0 ? { mountFrom } : {},
        // Streamed from the source registry to the destination; a retry asks the source again.
        upload: (blob, session) => to.uploadBlob(dest.repository, blob, () => from.openBlob(src.repository, blob.digest), session),
        ...options.log ? { log: options.log } : {}
      });
    }
    return result;
  } finally {
    for (let c of clients.values()) await c.close();
  }
}
async function destinationTags(to, dest, options) {
  let planned = await planTags(dest.tags, options, readsExisting(options) ? () => to.listTags(dest.repository) : void 0);
  if (planned.tags.length === 0) throw usageError(`--to ${dest.registry}/${dest.repository} has no tag`, "add :TAG, or give --version to compute the tags");
  return planned;
}
function groupDestinations(refs) {
  let out = /* @__PURE__ */ new Map();
  for (let r of refs) {
    if (r.digest) throw usageError(`--to ${formatReference(r)} names a digest; a promotion keeps the source's digest and sets tags`);
    let key = `${r.registry}/${r.repository}`, entry = out.get(key) ?? { registry: r.registry, repository: r.repository, tags: [] };
    r.tag && entry.tags.push(r.tag), out.set(key, entry);
  }
  return [...out.values()].map((d) => ({ ...d, tags: orderTags(d.tags) }));
}

// src/oci/open-source.ts
import path2 from "node:path";

// src/oci/layout.ts
import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
var REF_NAME = "org.opencontainers.image.ref.name";
function bad(message, hint) {
  throw new SlipwayError({ code: "image-source", message, ...hint ? { hint } : {} });
}
async function openLayout(dir, ref, label) {
  await readFile(path.join(dir, "oci-layout"), "utf8").catch(() => {
  }) === void 0 && bad(`${label}: ${dir} is not an OCI image layout (no oci-layout file)`, "build with --output type=oci,tar=false,dest=DIR or buildah push IMAGE oci:DIR");
  let indexBytes = await readFile(path.join(dir, "index.json")).catch(() => bad(`${label}: ${dir}/index.json is missing`)), entries;
  try {
    entries = parseManifest(indexBytes, `${dir}/index.json`).manifests ?? [];
  } catch (e) {
    bad(`${label}: ${e.message}`);
  }
  let named = (d) => d.annotations?.[REF_NAME], root;
  ref ? (root = entries.find((d) => named(d) === ref || d.digest === ref), root || bad(`${label}: the layout has no image named "${ref}"`, describeEntries(entries))) : entries.length === 1 ? root = entries[0] : bad(`${label}: the layout holds ${entries.length} images; say which one`, `add :REF, one of: ${describeEntries(entries)}`);
  let blobPath = (digest) => {
    let [algorithm, hex] = digest.split(":");
    return path.join(dir, "blobs", algorithm, hex);
  };
  return {
    label,
    root,
    async readManifest(digest) {
      let bytes = await readFile(blobPath(digest)).catch(() => bad(`${label}: blob ${digest} is missing from the layout`));
      return `sha256:${sha256Hex(bytes)}` !== digest && bad(`${label}: blob ${digest} does not match its digest: the layout is damaged`), bytes;
    },
    openBlob(digest) {
      return createReadStream(blobPath(digest));
    },
    async close() {
    }
  };
}
function describeEntries(entries) {
  return entries.map((d) => d.annotations?.[REF_NAME] ?? d.digest).join(", ") || "the layout is empty";
}

// src/oci/open-source.ts
async function openImageSource(text, cwd) {
  if (text.startsWith("oci:")) {
    let [dir, ref] = pathAndRef(text.slice(4));
    if (!dir) throw usageError(`"${text}": the layout folder is missing`, "oci:DIR or oci:DIR:REF");
    return openLayout(path2.resolve(cwd, dir), ref || void 0, text);
  }
  if (text.startsWith("docker-archive:")) {
    let [file, ref] = pathAndRef(text.slice(15));
    if (!file) throw usageError(`"${text}": the archive file is missing`, "docker-archive:FILE or docker-archive:FILE:NAME:TAG");
    let { openDockerArchive } = await import("./docker-archive-JLVX4F4Q.js");
    return openDockerArchive(path2.resolve(cwd, file), ref || void 0, text);
  }
  throw usageError(`"${text}" is not an image source Slipway reads`, "use oci:DIR[:REF] (an OCI layout) or docker-archive:FILE (docker save); to copy from a registry, use slipway image promote");
}
function pathAndRef(rest) {
  let colon = rest.indexOf(":");
  return colon >= 0 ? [rest.slice(0, colon), rest.slice(colon + 1)] : [rest, void 0];
}

// src/oci/push.ts
async function pushImage(options) {
  let target = parseReference(options.to, "--to");
  if (target.digest) throw usageError(`--to "${options.to}" names a digest; give a repository, optionally with a tag`);
  let source = await openImageSource(options.source, options.cwd), client = new RegistryClient({
    ...options.client,
    registry: target.registry,
    credentials: registryCredentials(target.registry, options.env, "target"),
    insecure: options.insecure ?? !1,
    redactor: options.redactor,
    ...options.log ? { log: options.log } : {}
  });
  options.dryRun || client.expectScopes([repositoryScope(target.repository, ["pull", "push"])]);
  try {
    let version = options.version ? computeTags({ version: options.version, latest: "never" }).version : void 0, annotations = releaseAnnotations({ ...options.annotations, ...version ? { version } : {} }, options.env), graph;
    try {
      graph = annotateRoot(await walkGraph(source.root, (d) => source.readManifest(d)), annotations);
    } catch (e) {
      throw e instanceof SlipwayError ? e : new SlipwayError({ code: "image-source", message: `${options.source}: ${e.message}` });
    }
    let { tags, held } = await planTags(target.tag ? [target.tag] : [], options, readsExisting(options) ? () => client.listTags(target.repository) : void 0);
    if (tags.length === 0) throw usageError("nothing to tag: give --version, --sha, or a tag in --to (REGISTRY/REPOSITORY:TAG)");
    let result = {
      source: options.source,
      image: `${target.registry}/${target.repository}`,
      digest: graph.root.digest,
      mediaType: graph.root.mediaType,
      platforms: graph.manifests.flatMap((m) => m.platform ? [m.platform] : []),
      tags,
      held,
      annotations,
      blobs: graph.blobs.length,
      size: graphSize(graph),
      dryRun: !!options.dryRun
    };
    return options.dryRun || (result.report = await transferGraph(client, target.repository, graph, tags, {
      concurrency: options.concurrency ?? 4,
      upload: (blob) => client.uploadBlob(target.repository, blob, () => source.openBlob(blob.digest)),
      ...options.log ? { log: options.log } : {}
    })), result;
  } finally {
    await source.close(), await client.close();
  }
}

// src/commands/image.ts
function registryRedactor(env) {
  let r = new Redactor();
  for (let name of ["SLIPWAY_REGISTRY_PASSWORD", "SLIPWAY_SOURCE_REGISTRY_PASSWORD", "GITHUB_TOKEN"]) r.add(env[name]);
  return r;
}
async function imagePush(ctx, o) {
  let redactor = registryRedactor(ctx.env), data = await pushImage({
    source: o.source,
    to: o.to,
    ...o.version ? { version: o.version } : {},
    latest: parseLatestMode(o.latest),
    ...o.sha ? { sha: o.sha } : {},
    annotations: {
      ...o.title ? { title: o.title } : {},
      ...o.licenses ? { licenses: o.licenses } : {},
      ...o.sourceUrl ? { source: o.sourceUrl } : {},
      ...o.revision ? { revision: o.revision } : {}
    },
    insecure: !!o.insecure,
    dryRun: !!o.dryRun,
    cwd: ctx.cwd,
    env: ctx.env,
    redactor,
    ...o.log ? { log: o.log } : {}
  }).catch((e) => {
    throw registryDiagnostic(e, redactor);
  }), lines = [
    `${data.dryRun ? "would push" : "pushed"} ${data.image}@${data.digest}${data.platforms.length ? ` (${data.platforms.join(", ")})` : ""}`,
    `tags: ${data.tags.join(", ")}`,
    ...data.held.map((h) => `not tagged ${h.tag}: ${h.reason}`),
    `size: ${formatBytes(data.size)} in ${data.blobs} blobs`,
    ...data.report ? [reportLine(data.report)] : []
  ];
  return {
    data,
    text: lines.join(`
`),
    markdown: summary([{ image: data.image, digest: data.digest, tags: data.tags, size: data.size, report: data.report }], data.dryRun),
    outputs: { image: data.image, digest: data.digest, tags: data.tags.join(","), "image-refs": data.tags.map((t) => `${data.image}:${t}`).join(`
`) },
    exitCode: 0
  };
}
async function imagePromote(ctx, o) {
  let redactor = registryRedactor(ctx.env), data = await promoteImage({
    source: o.source,
    to: o.to,
    ...o.version ? { version: o.version } : {},
    latest: parseLatestMode(o.latest),
    ...o.sha ? { sha: o.sha } : {},
    insecure: !!o.insecure,
    dryRun: !!o.dryRun,
    env: ctx.env,
    redactor,
    ...o.log ? { log: o.log } : {}
  }).catch((e) => {
    throw registryDiagnostic(e, redactor);
  }), lines = [`${data.dryRun ? "would promote" : "promoted"} ${data.source} (${data.digest})`];
  for (let t of data.targets) {
    lines.push(`  to ${t.image}: ${t.tags.join(", ")}`);
    for (let h of t.held) lines.push(`    not tagged ${h.tag}: ${h.reason}`);
    t.report && lines.push(`    ${reportLine(t.report)}`);
  }
  return {
    data,
    text: lines.join(`
`),
    markdown: summary(data.targets.map((t) => ({ image: t.image, digest: data.digest, tags: t.tags, size: data.size, report: t.report })), data.dryRun),
    outputs: { digest: data.digest, tags: [...new Set(data.targets.flatMap((t) => t.tags))].join(","), "image-refs": data.targets.flatMap((t) => t.tags.map((tag) => `${t.image}:${tag}`)).join(`
`) },
    exitCode: 0
  };
}
async function imageTags(ctx, o) {
  let existing;
  if (o.image) {
    let ref = parseReference(o.image, "--image"), redactor = registryRedactor(ctx.env), client = new RegistryClient({ registry: ref.registry, credentials: registryCredentials(ref.registry, ctx.env, "target"), insecure: !!o.insecure, redactor });
    try {
      existing = await client.listTags(ref.repository).catch((e) => {
        throw registryDiagnostic(e, redactor);
      });
    } finally {
      await client.close();
    }
  }
  let plan = computeTags({ version: o.version, latest: parseLatestMode(o.latest), ...o.sha ? { sha: o.sha } : {}, ...existing ? { existing } : {} }), annotations = releaseAnnotations({ version: plan.version, ...o.title ? { title: o.title } : {}, ...o.licenses ? { licenses: o.licenses } : {} }, ctx.env), data = { ...plan, annotations, ...existing ? { existing } : {} }, text = [
    ...plan.tags,
    ...plan.held.map((h) => `# not ${h.tag}: ${h.reason}`),
    ...Object.entries(annotations).map(([k, v]) => `# ${k}=${v}`)
  ].join(`
`);
  return { data, text, outputs: { tags: plan.tags.join(","), version: plan.version }, exitCode: 0 };
}
function reportLine(r) {
  let blobs = [`${r.blobs.uploaded} uploaded (${formatBytes(r.bytesUploaded)})`, `${r.blobs.mounted} mounted`, `${r.blobs.existing} already there`].join(", "), tags = r.tagsPut.length ? `tags set: ${r.tagsPut.join(", ")}` : "tags unchanged";
  return `blobs: ${blobs}; manifests written: ${r.manifestsPut}; ${tags}`;
}
function summary(rows, dryRun) {
  let table = markdownTable(
    ["Image", "Digest", "Tags", "Size", "Uploaded"],
    rows.map((r) => [`\`${r.image}\``, `\`${r.digest}\``, r.tags.map((t) => `\`${t}\``).join(" "), formatBytes(r.size), r.report ? formatBytes(r.report.bytesUploaded) : "-"])
  );
  return `### ${dryRun ? "Images (dry run)" : "Images"}

${table}
`;
}

export {
  RegistryClient,
  registryCredentials,
  registryDiagnostic,
  registryRedactor,
  imagePush,
  imagePromote,
  imageTags
};
