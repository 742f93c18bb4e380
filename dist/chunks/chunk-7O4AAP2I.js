import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  MANIFEST_ACCEPT
} from "./chunk-JOJZGV5P.js";
import {
  parseRetryAfter,
  withRetry
} from "./chunk-HHRIXH7Q.js";
import {
  Redactor
} from "./chunk-EXQP4SLB.js";
import {
  sha256Hex
} from "./chunk-SPL353E6.js";
import {
  SlipwayError,
  usageError
} from "./chunk-BOOLIPAW.js";

// src/oci/reference.ts
var COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/, TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/, DIGEST = /^sha256:[a-f0-9]{64}$/;
function isRepositoryPath(path) {
  return path !== "" && path.split("/").every((c) => COMPONENT.test(c));
}
function parseReference(text, what = "image reference") {
  let raw = text.startsWith("docker://") ? text.slice(9) : text, bad = (message, hint) => {
    throw new SlipwayError({ code: "image-reference", message: `${what} "${text}": ${message}`, ...hint ? { hint } : {} }, 2);
  }, rest = raw, digest, at = rest.indexOf("@");
  at >= 0 && (digest = rest.slice(at + 1), rest = rest.slice(0, at), DIGEST.test(digest) || bad(`"${digest}" is not a sha256 digest`, "a digest is sha256: followed by 64 lowercase hex digits"));
  let slash = rest.indexOf("/"), first = slash < 0 ? "" : rest.slice(0, slash);
  (slash < 0 || !(first.includes(".") || first.includes(":") || first === "localhost")) && bad("the registry is missing", `name it in full, e.g. ghcr.io/OWNER/${rest.split(":")[0] || "NAME"}`);
  let registry = first.toLowerCase(), path = rest.slice(slash + 1), tag, colon = path.lastIndexOf(":");
  if (colon >= 0 && (tag = path.slice(colon + 1), path = path.slice(0, colon), TAG.test(tag) || bad(`"${tag}" is not a valid tag`, 'a tag is up to 128 letters, digits, "_", "." and "-", not starting with "." or "-"')), !isRepositoryPath(path)) {
    let lowered = path.toLowerCase();
    if (lowered !== path && isRepositoryPath(lowered)) {
      let corrected = `${registry}/${lowered}${tag ? `:${tag}` : ""}${digest ? `@${digest}` : ""}`;
      bad("repository names must be lowercase", `use ${corrected}`);
    }
    bad(`"${path}" is not a valid repository name`, 'lowercase letters and digits, separated by ".", "_", "__", "-" or "/"');
  }
  return { registry, repository: path, ...tag ? { tag } : {}, ...digest ? { digest } : {} };
}
function formatReference(ref) {
  return `${ref.registry}/${ref.repository}${ref.tag ? `:${ref.tag}` : ""}${ref.digest ? `@${ref.digest}` : ""}`;
}

// src/oci/client.ts
import { setTimeout as delay } from "node:timers/promises";

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

// src/errors/cause-codes.ts
function causeCodes(error, depth = 5) {
  let codes = [];
  for (let e = error, level = 0; e && level < depth; e = e.cause, level++) {
    let code = e.code;
    typeof code == "string" && codes.push(code);
  }
  return codes;
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
  return causeCodes(error).find((code) => NETWORK_CODES.has(code));
}
function classifyRegistryFailure(error) {
  return error instanceof RegistryError ? error.rateLimited ? { retry: !0, ...error.retryAfterMs !== void 0 ? { afterMs: error.retryAfterMs } : {} } : error.status >= 500 || error.status === 408 ? { retry: !0, ...error.retryAfterMs !== void 0 ? { afterMs: error.retryAfterMs } : {} } : { retry: !1 } : error instanceof RetryableError ? { retry: !0 } : { retry: networkCode(error) !== void 0 };
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
    let path = `/v2/${repository}/blobs/uploads/?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(from)}`, res = await this.call("POST", path, {
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
    let tags = [], path = `/v2/${repository}/tags/list?n=1000`;
    for (let page = 0; path && page < 100; page++) {
      let current = path, res = await this.call("GET", current, { scopes: [repositoryScope(repository, ["pull"])], expect: [200, 404], what: `list the tags of ${repository}` });
      if (res.statusCode === 404)
        return await res.dump(), [];
      let body = await res.json(), list = typeof body == "object" && body !== null ? body.tags : void 0;
      if (Array.isArray(list)) for (let t of list) typeof t == "string" && tags.push(t);
      let link = /<([^>]+)>\s*;\s*rel="?next"?/.exec(header(res, "link") ?? "");
      path = link?.[1] ? new URL(link[1], "http://x").pathname + new URL(link[1], "http://x").search : void 0;
    }
    return tags;
  }
  // ---- plumbing ----
  async url(path) {
    return new URL(path, await this.baseUrl());
  }
  async location(res) {
    let location = header(res, "location");
    if (await res.dump(), !location) throw new RetryableError(`${this.registry}: an upload answer without a Location header`);
    return new URL(location, await this.baseUrl());
  }
  async call(method, path, options) {
    return this.retrying(options.what, async () => this.sendOnce(method, await this.url(path), options));
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
  return causeCodes(error).some((code) => /ECONNRESET|EPIPE|UND_ERR_SOCKET|HPE_/.test(code));
}
function isCertificateError(error) {
  return causeCodes(error).some((code) => /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/.test(code));
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

// src/oci/diagnose.ts
function registryDiagnostic(error, redactor) {
  if (error instanceof SlipwayError || !(error instanceof Error)) return error;
  let code = errorCode(error), message = redactor.redact(error.message);
  code && !message.includes(code) && (message += ` (${code})`);
  let hint;
  return error instanceof RegistryError ? error.status === 401 ? hint = "set SLIPWAY_REGISTRY_USERNAME and SLIPWAY_REGISTRY_PASSWORD (on ghcr.io, GITHUB_TOKEN is enough)" : error.status === 403 && !error.rateLimited ? hint = 'the credentials lack permission: on ghcr.io the workflow needs "permissions: packages: write"' : error.rateLimited && (hint = "the registry kept throttling; run again later") : code && /CERT|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code) ? hint = "the registry's certificate is not trusted: add its CA with NODE_EXTRA_CA_CERTS, or pass --insecure" : (code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "EAI_AGAIN") && (hint = "is the registry name right, and is it running?"), new SlipwayError({ code: "registry", message, ...hint ? { hint } : {} });
}
function errorCode(error) {
  return causeCodes(error)[0];
}

export {
  isRepositoryPath,
  parseReference,
  formatReference,
  repositoryScope,
  RegistryClient,
  registryCredentials,
  registryDiagnostic
};
