import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  Header,
  Pax
} from "./chunk-NKC4IVJI.js";
import {
  pathInBundle
} from "./chunk-WN3FHK2O.js";
import {
  BUNDLE_INDEX_FILE
} from "./chunk-U53EGEPX.js";
import {
  hashFile
} from "./chunk-SPL353E6.js";
import {
  SlipwayError,
  fail,
  isSlipwayError
} from "./chunk-BOOLIPAW.js";

// src/bundle/bundle-scan.ts
import { createHash } from "node:crypto";

// src/bundle/tar-scanner.ts
import { createGunzip } from "node:zlib";

// src/util/feed-file.ts
import { open } from "node:fs/promises";
var CHUNK = 1 << 20, BUFFERS = 3;
async function feedFile(file, target, onChunk) {
  let handle = await open(file, "r"), free = Array.from({ length: BUFFERS }, () => Buffer.allocUnsafeSlow(CHUNK)), waiting, give = (buffer) => {
    let wake = waiting;
    waiting = void 0, wake ? wake(buffer) : buffer && free.push(buffer);
  }, onClose = () => give(void 0);
  target.once("close", onClose);
  try {
    for (; ; ) {
      let buffer = free.pop() ?? await new Promise((resolve) => waiting = resolve);
      if (!buffer || target.destroyed) return;
      let { bytesRead } = await handle.read(buffer, 0, CHUNK, null);
      if (target.destroyed) return;
      if (bytesRead === 0) break;
      let chunk = buffer.subarray(0, bytesRead);
      onChunk?.(chunk), target.write(chunk, () => give(buffer));
    }
    target.end();
  } finally {
    target.off("close", onClose), await handle.close();
  }
}

// src/bundle/tar-scanner.ts
var BLOCK = 512, META_LIMIT = 1 << 20, TarScanner = class {
  constructor(onEntry) {
    this.onEntry = onEntry;
  }
  onEntry;
  pending = [];
  pendingBytes = 0;
  /** Data bytes left in the current entry, then its padding. */
  remain = 0;
  padding = 0;
  sink;
  meta;
  extended;
  global;
  nullBlocks = 0;
  ended = !1;
  entries = 0;
  write(chunk) {
    let at = 0;
    for (; at < chunk.length && !this.ended; ) {
      if (this.remain > 0) {
        let n2 = Math.min(this.remain, chunk.length - at), part = chunk.subarray(at, at + n2);
        this.meta ? this.meta.parts.push(part) : this.sink?.data(part), this.remain -= n2, at += n2, this.remain === 0 && this.finishEntry();
        continue;
      }
      if (this.padding > 0) {
        let n2 = Math.min(this.padding, chunk.length - at);
        this.padding -= n2, at += n2;
        continue;
      }
      let need = BLOCK - this.pendingBytes;
      if (this.pendingBytes === 0 && chunk.length - at >= BLOCK) {
        this.header(chunk.subarray(at, at + BLOCK)), at += BLOCK;
        continue;
      }
      let n = Math.min(need, chunk.length - at);
      if (this.pending.push(chunk.subarray(at, at + n)), this.pendingBytes += n, at += n, this.pendingBytes === BLOCK) {
        let block = Buffer.concat(this.pending, BLOCK);
        this.pending = [], this.pendingBytes = 0, this.header(block);
      }
    }
  }
  /** The archive's bytes have all been written: fails unless it ended where an archive ends. */
  end() {
    (this.remain > 0 || this.padding > 0 || this.pendingBytes > 0 || !this.ended && this.entries > 0 && this.nullBlocks === 0) && fail("archive-truncated", "the archive ends in the middle of an entry"), this.entries === 0 && this.nullBlocks === 0 && fail("archive-empty", "the archive holds nothing, not even its end");
  }
  header(block) {
    let header;
    try {
      header = new Header(block, 0, this.extended, this.global);
    } catch (e) {
      return fail("archive-entry-invalid", `a tar header cannot be read: ${e instanceof Error ? e.message : String(e)}`);
    }
    if (header.nullBlock) {
      ++this.nullBlocks === 2 && (this.ended = !0);
      return;
    }
    this.nullBlocks = 0, header.cksumValid || fail("archive-entry-invalid", "a tar header has a wrong checksum"), header.path || fail("archive-entry-invalid", "a tar header has no path");
    let type = header.type, link = type === "Link" || type === "SymbolicLink";
    link && !header.linkpath && fail("archive-entry-invalid", `${header.path}: a link without a target`), !link && !META_TYPES.has(type) && header.linkpath && fail("archive-entry-invalid", `${header.path}: a link target on an entry that is not a link`);
    let size = header.size ?? 0;
    this.entries++, this.remain = size, this.padding = (BLOCK - size % BLOCK) % BLOCK, META_TYPES.has(type) ? (size > META_LIMIT && fail("archive-entry-invalid", `${header.path}: a ${size}-byte ${type} record`), this.meta = { type, parts: [] }, this.sink = void 0) : (this.meta = void 0, this.extended = void 0, this.sink = this.onEntry({ path: header.path, type, mode: header.mode ?? 0, size, linkpath: header.linkpath ?? "" })), size === 0 && this.finishEntry();
  }
  finishEntry() {
    if (this.meta) {
      let text = Buffer.concat(this.meta.parts).toString("utf8");
      switch (this.meta.type) {
        case "GlobalExtendedHeader":
          this.global = Pax.parse(text, this.global, !0);
          break;
        case "NextFileHasLongPath":
        case "OldGnuLongPath":
          this.extended = { ...this.extended, path: text.replace(/\0.*/s, "") };
          break;
        case "NextFileHasLongLinkpath":
          this.extended = { ...this.extended, linkpath: text.replace(/\0.*/s, "") };
          break;
        default:
          this.extended = Pax.parse(text, this.extended, !1);
      }
      this.meta = void 0;
      return;
    }
    this.sink?.end(), this.sink = void 0;
  }
}, META_TYPES = /* @__PURE__ */ new Set(["ExtendedHeader", "OldExtendedHeader", "GlobalExtendedHeader", "NextFileHasLongPath", "OldGnuLongPath", "NextFileHasLongLinkpath"]);
async function scanTarGz(file, options) {
  let scanner = new TarScanner(options.onEntry), gunzip = createGunzip({ chunkSize: 1 << 20 }), scanned = (async () => {
    for await (let chunk of gunzip) scanner.write(chunk);
    scanner.end();
  })(), fed = feedFile(file, gunzip, options.onCompressed);
  scanned.catch(() => {
  }), fed.catch(() => {
  });
  try {
    await Promise.all([fed, scanned]);
  } catch (e) {
    gunzip.destroy(), await fed.catch(() => {
    }), e instanceof SlipwayError && fail("archive-damaged", `${file} is not a readable .tar.gz: ${e.diagnostics.map((d) => d.message).join("; ")}`, { hint: "download or copy it again" });
    let message = e instanceof Error ? e.message : String(e);
    fail("archive-damaged", `${file} is not a readable .tar.gz: ${message}`, { hint: "download or copy it again" });
  }
}

// src/bundle/bundle-scan.ts
async function scanBundle(file, name, top, format = "tar.gz") {
  if (format === "zip") return (await import("./zip-scan-I7ORZVCU.js")).scanZipBundle(file, name, top);
  let outer = createHash("sha256"), outerSize = 0, entries = /* @__PURE__ */ new Map(), index, findings = [];
  try {
    await scanTarGz(file, {
      onCompressed: (chunk) => {
        outer.update(chunk), outerSize += chunk.length;
      },
      onEntry: (entry) => {
        let rel = pathInBundle(name, entry.path, top, findings);
        if (rel === void 0 || rel === "" || entry.type === "Directory") return;
        if (rel === BUNDLE_INDEX_FILE) return textOf(entry, 67108864, (text) => index = text);
        let found = { type: entry.type, mode: entry.mode & 4095, size: entry.size };
        if (entries.set(rel, found), entry.type === "File" || entry.type === "OldFile" || entry.type === "ContiguousFile") {
          let h = createHash("sha256");
          return { data: (c) => h.update(c), end: () => found.sha256 = h.digest("hex") };
        }
        found.link = entry.linkpath;
      }
    });
  } catch (e) {
    if (!isSlipwayError(e)) throw e;
    return { digest: await hashFile(file), entries, findings: e.diagnostics.map((d) => ({ ...d, code: "verify-damaged" })), damaged: !0 };
  }
  return { digest: { sha256: outer.digest("hex"), size: outerSize }, entries, ...index !== void 0 ? { index } : {}, findings, damaged: !1 };
}
function textOf(entry, limit, done) {
  entry.size > limit && fail("archive-entry-too-large", `${entry.path} is ${entry.size} bytes, more than ${limit} for an index file`);
  let parts = [];
  return { data: (c) => parts.push(c), end: () => done(Buffer.concat(parts).toString("utf8")) };
}

export {
  scanBundle
};
