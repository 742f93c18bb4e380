import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  F,
  ft,
  rt
} from "./chunk-3MZS7FM4.js";
import {
  SlipwayError,
  fail
} from "./chunk-BOOLIPAW.js";

// src/bundle/tar-reader.ts
import { once } from "node:events";
import { createReadStream } from "node:fs";
import { createGunzip } from "node:zlib";

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
      header = new F(block, 0, this.extended, this.global);
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
          this.global = ft.parse(text, this.global, !0);
          break;
        case "NextFileHasLongPath":
        case "OldGnuLongPath":
          this.extended = { ...this.extended, path: text.replace(/\0.*/s, "") };
          break;
        case "NextFileHasLongLinkpath":
          this.extended = { ...this.extended, linkpath: text.replace(/\0.*/s, "") };
          break;
        default:
          this.extended = ft.parse(text, this.extended, !1);
      }
      this.meta = void 0;
      return;
    }
    this.sink?.end(), this.sink = void 0;
  }
}, META_TYPES = /* @__PURE__ */ new Set(["ExtendedHeader", "OldExtendedHeader", "GlobalExtendedHeader", "NextFileHasLongPath", "OldGnuLongPath", "NextFileHasLongLinkpath"]);

// src/bundle/tar-reader.ts
async function readTarGz(file, options) {
  let parser = new rt({ strict: !0, noResume: !0 }), chain = Promise.resolve(), failure;
  parser.on("entry", (entry) => {
    chain = chain.then(async () => {
      if (failure) {
        entry.resume();
        return;
      }
      try {
        await options.onEntry(entry);
      } catch (e) {
        failure ??= e, entry.resume();
      }
    });
  }), parser.on("error", (e) => {
    failure ??= e;
  });
  let gunzip = createGunzip({ chunkSize: 1 << 20 }), input = createReadStream(file, { highWaterMark: 1 << 20 }), finished = once(parser, "end");
  try {
    input.on("error", (e) => gunzip.destroy(e)), input.pipe(gunzip);
    for await (let chunk of gunzip) {
      if (failure) break;
      parser.write(chunk) || await drained(parser);
    }
    failure || (parser.end(), await Promise.race([finished, new Promise((_resolve, reject) => parser.once("error", reject))])), await chain;
  } catch (e) {
    failure ??= e;
  } finally {
    input.destroy();
  }
  if (failure) {
    if (failure instanceof SlipwayError) throw failure;
    let message = failure instanceof Error ? failure.message : String(failure);
    fail("archive-damaged", `${file} is not a readable .tar.gz: ${message}`, { hint: "download or copy it again" });
  }
}
function drained(parser) {
  return new Promise((resolve) => {
    let done = () => {
      parser.off("drain", done), parser.off("error", done), resolve();
    };
    parser.on("drain", done), parser.on("error", done);
  });
}
async function scanTarGz(file, options) {
  let scanner = new TarScanner(options.onEntry), gunzip = createGunzip({ chunkSize: 1 << 20 }), input = createReadStream(file, { highWaterMark: 1 << 20 });
  try {
    input.on("data", (chunk) => options.onCompressed?.(chunk)), input.on("error", (e) => gunzip.destroy(e)), input.pipe(gunzip);
    for await (let chunk of gunzip) scanner.write(chunk);
    scanner.end();
  } catch (e) {
    e instanceof SlipwayError && fail("archive-damaged", `${file} is not a readable .tar.gz: ${e.diagnostics.map((d) => d.message).join("; ")}`, { hint: "download or copy it again" });
    let message = e instanceof Error ? e.message : String(e);
    fail("archive-damaged", `${file} is not a readable .tar.gz: ${message}`, { hint: "download or copy it again" });
  } finally {
    input.destroy();
  }
}

export {
  readTarGz,
  scanTarGz
};
