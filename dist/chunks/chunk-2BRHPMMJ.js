import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  collectTree
} from "./chunk-LIL3453G.js";
import {
  writeArtifact
} from "./chunk-4QW74PYE.js";
import {
  BUNDLE_INDEX_FILE
} from "./chunk-U53EGEPX.js";
import {
  F,
  ft
} from "./chunk-3MZS7FM4.js";
import {
  HashingStream
} from "./chunk-UFWFU7NT.js";
import {
  require_dist
} from "./chunk-ZOQLPXWR.js";
import {
  fail
} from "./chunk-BOOLIPAW.js";
import {
  __toESM
} from "./chunk-CY3FJDSN.js";

// src/bundle/build.ts
var import_yaml = __toESM(require_dist(), 1);
import { createHash as createHash2 } from "node:crypto";
import { createWriteStream } from "node:fs";
import { availableParallelism as availableParallelism2 } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";

// src/bundle/block-gzip.ts
import { availableParallelism } from "node:os";
import { constants, crc32, deflateRaw } from "node:zlib";

// src/bundle/portable-gzip.ts
function portableGzipHeader(level) {
  let xfl = level === 9 ? 2 : level < 2 ? 4 : 0;
  return Buffer.from([31, 139, 8, 0, 0, 0, 0, 0, xfl, 255]);
}
var DEFAULT_LEVEL = 6;

// src/bundle/block-gzip.ts
var GZIP_BLOCK_SIZE = 1 << 20, WINDOW = 32 * 1024;
async function* gzipBlocks(source, options) {
  let level = options.level, blockSize = options.blockSize ?? GZIP_BLOCK_SIZE;
  if (blockSize < WINDOW) throw new RangeError(`a gzip block must hold at least ${WINDOW} bytes`);
  let inFlight = Math.max(1, options.inFlight ?? 2 * availableParallelism()), queue = [], crc = 0, size = 0, dictionary, full, block = Buffer.allocUnsafe(blockSize), filled = 0, spare = [], send = (data, last) => {
    crc = crc32(data, crc), size += data.length;
    let job = deflateBlock(data, { level, last, ...dictionary ? { dictionary } : {} });
    job.catch(() => {
    }), queue.push({ job, input: data }), dictionary = data.length >= WINDOW ? Buffer.from(data.subarray(data.length - WINDOW)) : void 0;
  }, done = async () => {
    let { job, input } = queue.shift(), out = await job;
    return input.length === blockSize && spare.push(input), out;
  };
  yield portableGzipHeader(level);
  for await (let chunk of source) {
    let at = 0;
    for (; at < chunk.length; ) {
      filled === blockSize && (full && send(full, !1), full = block, block = spare.pop() ?? Buffer.allocUnsafe(blockSize), filled = 0);
      let n = Math.min(blockSize - filled, chunk.length - at);
      block.set(chunk.subarray(at, at + n), filled), filled += n, at += n;
    }
    for (; queue.length >= inFlight; ) yield await done();
  }
  for (filled === blockSize ? (full && send(full, !1), send(block, !0)) : (full && send(full, !1), send(block.subarray(0, filled), !0)); queue.length; ) yield await done();
  let trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0), trailer.writeUInt32LE(size % 2 ** 32, 4), yield trailer;
}
function deflateBlock(data, options) {
  let zlibOptions = {
    level: options.level,
    finishFlush: options.last ? constants.Z_FINISH : constants.Z_SYNC_FLUSH,
    // Room for the whole compressed block (stored blocks add 5 bytes per 16 KiB): one hand-off to the thread pool.
    chunkSize: data.length + (data.length >> 6) + 1024,
    ...options.dictionary ? { dictionary: options.dictionary } : {}
  };
  return new Promise((resolve, reject) => deflateRaw(data, zlibOptions, (error, out) => error ? reject(error) : resolve(out)));
}

// src/bundle/tar-writer.ts
import { open, readFile } from "node:fs/promises";
import { createHash } from "node:crypto";
var BLOCK = 512, READ_CHUNK = 1 << 20, LOOKAHEAD = 32;
async function* tarChunks(entries, options) {
  let written = [], ahead = /* @__PURE__ */ new Map(), next = 0, prefetch = (from) => {
    for (next = Math.max(next, from); next < entries.length && ahead.size < LOOKAHEAD; ) {
      let e = entries[next];
      if (e.type === "file" && e.size <= READ_CHUNK) {
        let p = readFile(e.source);
        p.catch(() => {
        }), ahead.set(next, p);
      }
      next++;
    }
  };
  yield header({ path: `${options.top}/`, type: "Directory", mode: 493, size: 0 }, options.mtime);
  for (let [index, entry] of entries.entries()) {
    prefetch(index);
    let archivePath = `${options.top}/${entry.path}`;
    if (entry.type === "dir")
      yield header({ path: `${archivePath}/`, type: "Directory", mode: entry.mode, size: 0 }, options.mtime);
    else if (entry.type === "symlink")
      yield header({ path: archivePath, type: "SymbolicLink", mode: entry.mode, size: 0, linkpath: entry.target }, options.mtime), written.push({ path: entry.path, type: "symlink", mode: entry.mode, size: 0, target: entry.target });
    else {
      yield header({ path: archivePath, type: "File", mode: entry.mode, size: entry.size }, options.mtime);
      let hash = createHash("sha256"), early = ahead.get(index);
      if (early) {
        ahead.delete(index);
        let data = await early;
        data.length !== entry.size && changed(entry.source, entry.size), hash.update(data), data.length && (yield data);
      } else
        for await (let chunk of fileChunks(entry.source, entry.size))
          hash.update(chunk), yield chunk;
      let pad = padding(entry.size);
      pad && (yield pad), written.push({ path: entry.path, type: "file", mode: entry.mode, size: entry.size, sha256: hash.digest("hex") });
    }
  }
  if (options.trailer) {
    let t = options.trailer(written);
    yield header({ path: `${options.top}/${t.path}`, type: "File", mode: 420, size: t.data.length }, options.mtime), yield t.data;
    let pad = padding(t.data.length);
    pad && (yield pad);
  }
  yield Buffer.alloc(BLOCK * 2);
}
function header(fields, mtime) {
  let data = { ...fields, uid: 0, gid: 0, uname: "", gname: "", mtime, linkpath: fields.linkpath ?? "" }, block = Buffer.alloc(BLOCK), h = new F(data);
  if (h.encode(block, 0), !h.needPax) return block;
  let pax = new ft({ path: fields.path, ...fields.linkpath ? { linkpath: fields.linkpath } : {} }).encode();
  return Buffer.concat([pax, block]);
}
function padding(size) {
  let rest = size % BLOCK;
  return rest ? Buffer.alloc(BLOCK - rest) : void 0;
}
async function* fileChunks(file, size) {
  let handle = await open(file, "r");
  try {
    let done = 0;
    for (; done < size; ) {
      let buffer = Buffer.allocUnsafe(Math.min(READ_CHUNK, size - done)), { bytesRead } = await handle.read(buffer, 0, buffer.length, done);
      if (bytesRead === 0) break;
      done += bytesRead, yield bytesRead === buffer.length ? buffer : buffer.subarray(0, bytesRead);
    }
    (done !== size || (await handle.stat()).size !== size) && changed(file, size);
  } finally {
    await handle.close();
  }
}
function changed(file, size) {
  return fail("bundle-file-changed", `${file} changed while the bundle was written (expected ${size} bytes)`, { hint: "build again once nothing writes to the sources" });
}

// src/bundle/build.ts
var CARRIED_KINDS = /* @__PURE__ */ new Set(["chart", "compose", "terraform", "files", "installer"]);
function bundleSpecs(matrix, jobs) {
  return jobs.map((job) => {
    let bundle = matrix.bundles.find((b) => b.name === job.bundle);
    if (!bundle) return fail("bundle-unknown", `the plan names a bundle "${job.bundle}" that compatibility.yaml does not declare`);
    let components = bundle.components.map((name) => {
      let c = matrix.components.find((x) => x.name === name);
      return c || fail("bundle-unknown-component", `bundle ${bundle.name} names the component "${name}", which is not declared`, { location: bundle.location });
    }), sources = [];
    for (let c of components)
      c.source && CARRIED_KINDS.has(c.kind) && sources.push({ from: c.source, to: c.name, location: c.location, root: c.source });
    for (let f of bundle.files)
      sources.push({ from: path.resolve(matrix.root, f.from), to: f.to, location: bundle.location, root: matrix.root });
    let inside = new Set(bundle.components), requires = {};
    for (let c of components)
      for (let r of c.requires) {
        if (inside.has(r.target)) continue;
        let before = requires[r.target];
        requires[r.target] = before && before !== r.range ? `${before} ${r.range}` : r.range;
      }
    return {
      name: bundle.name,
      release: { name: matrix.release.name, version: job.version },
      file: `${job.asset}.tar.gz`,
      top: job.asset,
      components: components.map((c) => ({
        name: c.name,
        kind: c.kind,
        version: c.version,
        ...c.source && CARRIED_KINDS.has(c.kind) ? { path: c.name } : {},
        requires: Object.fromEntries(c.requires.map((r) => [r.target, r.range]))
      })),
      requires: Object.fromEntries(Object.entries(requires).sort(([a], [b]) => a.localeCompare(b))),
      sources
    };
  });
}
async function buildBundle(spec, entries, outDir, options) {
  let target = path.join(outDir, spec.file), tarHash = createHash2("sha256"), tarSize = 0, fileCount = 0, trailer = (files) => (fileCount = files.length, { path: BUNDLE_INDEX_FILE, data: Buffer.from(renderBundleIndex(spec, files)) }), chunks = observed(tarChunks(entries, { top: spec.top, mtime: options.mtime, trailer }), (chunk) => {
    tarHash.update(chunk), tarSize += chunk.length;
  }), compressed = gzipBlocks(chunks, { level: options.level ?? DEFAULT_LEVEL }), meter = new HashingStream(), size = 0, { placement, sha256 } = await writeArtifact(
    target,
    async (temporary) => {
      await pipeline(Readable.from(compressed, { objectMode: !1 }), meter, createWriteStream(temporary));
      let d = meter.digest();
      return size = d.size, d.sha256;
    },
    {
      replace: options.replace ?? !1,
      onConflict: (existing, written) => fail("bundle-exists", `${target} already exists with other bytes (sha256 ${existing}, the new build is ${written})`, {
        hint: "the sources changed since it was built: remove it, build into an empty folder, or pass --replace"
      })
    }
  ), tarSha256 = tarHash.digest("hex"), details = { name: spec.name, format: "tar.gz", top: spec.top, tarSha256, tarSize, files: fileCount, components: spec.components.map(({ path: _p, ...c }) => c), requires: spec.requires };
  return { spec, path: target, size, sha256, tarSha256, tarSize, files: fileCount, placement, details };
}
async function buildBundles(specs, outDir, options) {
  let trees = await Promise.all(specs.map((s) => collectTree(s.sources))), limit = Math.max(1, options.concurrency ?? availableParallelism2() + 1), results = new Array(specs.length), next = 0, worker = async () => {
    for (; next < specs.length; ) {
      let i = next++;
      results[i] = await buildBundle(specs[i], trees[i], outDir, options);
    }
  };
  return await Promise.all(Array.from({ length: Math.min(limit, specs.length) }, worker)), results;
}
async function previewBundle(spec) {
  return collectTree(spec.sources);
}
function renderBundleIndex(spec, files) {
  let index = {
    schemaVersion: 1,
    bundle: spec.name,
    release: spec.release,
    components: spec.components,
    files: files.map((f) => ({
      path: f.path,
      mode: `0${f.mode.toString(8)}`,
      ...f.type === "file" ? { size: f.size, sha256: f.sha256 } : { link: f.target }
    }))
  };
  return `# Slipway bundle index: every file of this bundle with its sha256 (schema: bundle.schema.json).
${(0, import_yaml.stringify)(index, { lineWidth: 0 })}`;
}
async function* observed(source, observe) {
  for await (let chunk of source)
    observe(chunk), yield chunk;
}

export {
  bundleSpecs,
  buildBundle,
  buildBundles,
  previewBundle,
  renderBundleIndex
};
