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
import { createGunzip, createInflateRaw } from "node:zlib";

// src/util/feed-file.ts
import { open } from "node:fs/promises";
var CHUNK = 1 << 20, BUFFERS = 3;
async function feedFile(file, target, options = {}) {
  let { onChunk, from = 0, to = Number.POSITIVE_INFINITY } = options, handle = await open(file, "r"), free = Array.from({ length: BUFFERS }, () => Buffer.allocUnsafeSlow(CHUNK)), waiting, give = (buffer) => {
    let wake = waiting;
    waiting = void 0, wake ? wake(buffer) : buffer && free.push(buffer);
  }, onClose = () => give(void 0);
  target.once("close", onClose);
  try {
    let position = 0;
    for (; ; ) {
      let buffer = free.pop() ?? await new Promise((resolve) => waiting = resolve);
      if (!buffer || target.destroyed) return;
      let { bytesRead } = await handle.read(buffer, 0, CHUNK, null);
      if (target.destroyed) return;
      if (bytesRead === 0) break;
      let chunk = buffer.subarray(0, bytesRead);
      onChunk?.(chunk);
      let wanted = chunk.subarray(Math.max(0, from - position), Math.max(0, Math.min(bytesRead, to - position)));
      position += bytesRead, wanted.length > 0 ? target.write(wanted, () => give(buffer)) : give(buffer);
    }
    target.end();
  } finally {
    target.off("close", onClose), await handle.close();
  }
}

// src/bundle/gzip-member.ts
import { open as open2 } from "node:fs/promises";
var HEADER_READ = 64 * 1024, FHCRC = 2, FEXTRA = 4, FNAME = 8, FCOMMENT = 16, RESERVED = 224;
async function gzipLayout(file) {
  let handle = await open2(file, "r");
  try {
    let { size } = await handle.stat(), head = Buffer.alloc(Math.min(HEADER_READ, size)), { bytesRead } = await handle.read(head, 0, head.length, 0), start = headerLength(head.subarray(0, bytesRead));
    return start === void 0 || start + 8 > size ? void 0 : { start, trailer: size - 8 };
  } finally {
    await handle.close();
  }
}
function headerLength(bytes) {
  if (bytes.length < 10 || bytes[0] !== 31 || bytes[1] !== 139 || bytes[2] !== 8) return;
  let flags = bytes[3];
  if (flags & RESERVED) return;
  let at = 10;
  if (flags & FEXTRA) {
    if (bytes.length < at + 2) return;
    at += 2 + bytes.readUInt16LE(at);
  }
  for (let flag of [FNAME, FCOMMENT]) {
    if (!(flags & flag)) continue;
    let end = bytes.indexOf(0, at);
    if (end < 0) return;
    at = end + 1;
  }
  return flags & FHCRC && (at += 2), at <= bytes.length ? at : void 0;
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
}, META_TYPES = /* @__PURE__ */ new Set(["ExtendedHeader", "OldExtendedHeader", "GlobalExtendedHeader", "NextFileHasLongPath", "OldGnuLongPath", "NextFileHasLongLinkpath"]), CHUNK2 = 1 << 20;
async function scanTarGz(file, options, { oneMember = !1 } = {}) {
  let layout = oneMember ? await gzipLayout(file).catch(() => {
  }) : void 0;
  if (oneMember && !layout) return "not-one-member";
  let scanner = new TarScanner(options.onEntry), inflater = layout ? createInflateRaw({ chunkSize: CHUNK2 }) : createGunzip({ chunkSize: CHUNK2 }), late;
  inflater.on("error", (e) => late ??= e);
  let tail = Buffer.alloc(0), produced = 0, scanned = (async () => {
    for await (let chunk of inflater)
      produced += chunk.length, scanner.write(chunk);
  })(), fed = feedFile(file, inflater, {
    ...layout ? {
      from: layout.start,
      to: layout.trailer,
      onChunk: (chunk) => {
        options.onCompressed?.(chunk), tail = Buffer.concat([tail, chunk.subarray(-8)]).subarray(-8);
      }
    } : options.onCompressed ? { onChunk: options.onCompressed } : {}
  });
  scanned.catch(() => {
  }), fed.catch(() => {
  });
  let wholeMember = () => !layout || inflater.bytesWritten === layout.trailer - layout.start;
  try {
    if (await Promise.all([fed, scanned]), !wholeMember()) return "not-one-member";
    if (late) throw late;
    return layout && tail.readUInt32LE(4) !== produced % 2 ** 32 && fail("archive-trailer", `its gzip trailer gives ${tail.readUInt32LE(4)} as the size mod 2^32 of the data, which is ${produced % 2 ** 32}`), scanner.end(), "read";
  } catch (e) {
    if (inflater.destroy(), await fed.catch(() => {
    }), !(e instanceof SlipwayError) && !wholeMember()) return "not-one-member";
    e instanceof SlipwayError && fail("archive-damaged", `${file} is not a readable .tar.gz: ${e.diagnostics.map((d) => d.message).join("; ")}`, { hint: "download or copy it again" });
    let message = e instanceof Error ? e.message : String(e);
    fail("archive-damaged", `${file} is not a readable .tar.gz: ${message}`, { hint: "download or copy it again" });
  }
}

// src/bundle/bundle-scan.ts
async function scanBundle(file, name, top, format = "tar.gz") {
  return format === "zip" ? (await import("./zip-scan-XSOUAB5S.js")).scanZipBundle(file, name, top) : await scanTarGzBundle(file, name, top, !0) ?? await scanTarGzBundle(file, name, top, !1);
}
async function scanTarGzBundle(file, name, top, oneMember) {
  let outer = createHash("sha256"), outerSize = 0, entries = /* @__PURE__ */ new Map(), index, findings = [];
  try {
    if (await scanTarGz(
      file,
      {
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
      },
      { oneMember }
    ) === "not-one-member") return;
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
