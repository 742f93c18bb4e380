import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  CHECKSUMS_FILE,
  parseBundleIndex,
  parseChecksums,
  parseManifest
} from "./chunk-3P36LFHI.js";
import {
  forEachBounded
} from "./chunk-HZ7PR44O.js";
import {
  scanBundle
} from "./chunk-PAQ6QSQN.js";
import {
  BUNDLE_INDEX_FILE,
  MANIFEST_FILE
} from "./chunk-U53EGEPX.js";
import {
  hashFile,
  sha256Hex
} from "./chunk-SPL353E6.js";
import {
  isSlipwayError
} from "./chunk-BOOLIPAW.js";

// src/bundle/verify.ts
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";
import { availableParallelism as availableParallelism2 } from "node:os";
import path from "node:path";

// src/bundle/verify-contents.ts
function compareWithIndex(name, bundle, indexText, seen, findings) {
  let prefix = `${bundle.top}/`;
  if (indexText === void 0)
    return findings.push({ code: "verify-bundle-index", message: `${name}: ${prefix}${BUNDLE_INDEX_FILE} is missing` }), 0;
  bundle.indexSha256 && sha256Hex(indexText) !== bundle.indexSha256 && findings.push({ code: "verify-bundle-index", message: `${name}: ${prefix}${BUNDLE_INDEX_FILE} has sha256 ${sha256Hex(indexText)}, the manifest says ${bundle.indexSha256}` });
  let inside = 0;
  try {
    let index = parseBundleIndex(indexText, `${name}:${prefix}${BUNDLE_INDEX_FILE}`);
    for (let f of index.files) {
      let got = seen.get(f.path);
      seen.delete(f.path), inside++, got ? got.damaged !== void 0 ? findings.push({ code: "verify-bundle-damaged", message: `${name}: ${f.path} is damaged: ${got.damaged}` }) : f.link !== void 0 ? got.link !== f.link && findings.push({ code: "verify-bundle-mismatch", message: `${name}: ${f.path} should be a link to "${f.link}"` }) : got.sha256 !== f.sha256 || got.size !== f.size ? findings.push({ code: "verify-bundle-mismatch", message: `${name}: ${f.path} has sha256 ${got.sha256 ?? "(not a file)"}, ${BUNDLE_INDEX_FILE} says ${f.sha256}` }) : `0${got.mode.toString(8)}` !== f.mode && findings.push({ code: "verify-bundle-mismatch", message: `${name}: ${f.path} has mode 0${got.mode.toString(8)}, ${BUNDLE_INDEX_FILE} says ${f.mode}` }) : findings.push({ code: "verify-bundle-missing-file", message: `${name}: ${f.path} is listed in ${BUNDLE_INDEX_FILE} but missing from the bundle` });
    }
    for (let extra of seen.keys()) findings.push({ code: "verify-bundle-extra-file", message: `${name}: ${extra} is in the bundle but not in ${BUNDLE_INDEX_FILE}` });
  } catch (e) {
    if (!isSlipwayError(e)) throw e;
    findings.push(...e.diagnostics);
  }
  return inside;
}

// src/bundle/verify-pool.ts
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { isMainThread, Worker } from "node:worker_threads";
var WORKER_URL = new URL("../verify-worker.js", import.meta.url), OFF_THREAD_FROM = 8 * 1024 * 1024, pool, nextId = 0;
function workerPool() {
  if (pool) return pool;
  if (!(!isMainThread || WORKER_URL.protocol !== "file:" || !existsSync(fileURLToPath(WORKER_URL))))
    return pool = { workers: [], idle: [], waiting: [], max: availableParallelism(), here: !1 }, pool;
}
async function idleWorker(p) {
  for (; ; ) {
    let idle = p.idle.pop();
    if (idle) return idle;
    if (p.workers.length < p.max) {
      let w = new Worker(WORKER_URL);
      return w.unref(), p.workers.push(w), w;
    }
    await new Promise((resolve) => p.waiting.push(resolve));
  }
}
function scanBundleInPool(file, size, name, top, format) {
  return inPool(size, () => scanBundle(file, name, top, format), { kind: "scan", file, name, top, format });
}
function hashFileInPool(file, size) {
  return inPool(size, () => hashFile(file), { kind: "hash", file });
}
async function inPool(size, here, job) {
  let p = workerPool();
  if (!p || size < OFF_THREAD_FROM) return here();
  if (p.here) return runInPool(p, job);
  p.here = !0;
  try {
    return await here();
  } finally {
    p.here = !1;
  }
}
async function runInPool(p, job) {
  let worker = await idleWorker(p);
  worker.ref();
  let id = nextId++;
  try {
    let reply = await new Promise((resolve, reject) => {
      let onMessage = (m) => {
        m.id === id && (worker.off("message", onMessage), worker.off("error", reject), resolve(m));
      };
      worker.on("message", onMessage), worker.once("error", reject), worker.postMessage({ id, ...job });
    });
    if (reply.error !== void 0) throw new Error(reply.error);
    return reply.result;
  } finally {
    worker.unref(), p.idle.push(worker), p.waiting.shift()?.();
  }
}

// src/bundle/verify.ts
async function verifyRelease(dir, options = {}) {
  let findings = [], sumsPath = path.join(dir, CHECKSUMS_FILE), manifestPath = path.join(dir, MANIFEST_FILE), sumsText = await readFile(sumsPath, "utf8").catch(() => {
  }), manifestText = await readFile(manifestPath, "utf8").catch(() => {
  });
  if (sumsText === void 0 && manifestText === void 0)
    return { dir, files: [], findings: [{ code: "verify-not-a-release", message: `${dir} has neither ${CHECKSUMS_FILE} nor ${MANIFEST_FILE}`, hint: "point verify at a folder made by slipway bundle, publish --to or download" }] };
  let sums = sumsText === void 0 ? [] : collect(findings, () => parseChecksums(sumsText, sumsPath)) ?? [], manifest = manifestText === void 0 ? void 0 : collect(findings, () => parseManifest(manifestText, manifestPath));
  sumsText === void 0 && findings.push({ code: "verify-missing", message: `${CHECKSUMS_FILE} is missing from ${dir}` }), manifestText === void 0 && findings.push({ code: "verify-missing", message: `${MANIFEST_FILE} is missing from ${dir}` });
  let bySum = new Map(sums.map((s) => [s.name, s])), byArtifact = new Map((manifest?.artifacts ?? []).map((a) => [a.file, a]));
  for (let a of manifest?.artifacts ?? []) {
    let line = bySum.get(a.file);
    sumsText !== void 0 && !line ? findings.push({ code: "verify-unlisted", message: `${a.file} is in ${MANIFEST_FILE} but not in ${CHECKSUMS_FILE}` }) : line && line.sha256 !== a.sha256 && findings.push({ code: "verify-lists-disagree", message: `${a.file}: ${CHECKSUMS_FILE} says ${line.sha256}, ${MANIFEST_FILE} says ${a.sha256}`, location: { file: sumsPath, line: line.line, col: 1 } });
  }
  let names = [.../* @__PURE__ */ new Set([...bySum.keys(), ...byArtifact.keys()])].filter((n) => !options.only || options.only.includes(n) || n === MANIFEST_FILE), files = new Array(names.length), perFile = names.map(() => []);
  return await forEachBounded(names, availableParallelism2() + 1, async (name, i) => {
    let line = bySum.get(name), expected = { sha256: line?.sha256 ?? byArtifact.get(name)?.sha256, size: byArtifact.get(name)?.size }, where = line ? { location: { file: sumsPath, line: line.line, col: 1 } } : {};
    files[i] = await verifyFile(path.join(dir, name), name, expected, byArtifact.get(name), perFile[i], where);
  }), findings.push(...perFile.flat()), { dir, ...manifest ? { release: manifest.release } : {}, files, findings };
}
async function verifyFile(file, name, expected, artifact, allFindings, where = {}) {
  let findings = [];
  try {
    return await checkOne();
  } finally {
    allFindings.push(...findings);
  }
  async function checkOne() {
    let info = await stat(file).catch(() => {
    });
    if (!info?.isFile())
      return findings.push({ code: "verify-missing", message: `${name} is missing`, ...where }), { file: name, status: "missing" };
    let digest, inside;
    if (artifact?.bundle) {
      let checked = await checkBundle(file, info.size, name, artifact, findings);
      digest = checked.digest, inside = checked.inside;
    } else
      digest = await hashFileInPool(file, info.size);
    return expected.size !== void 0 && digest.size !== expected.size && findings.push({ code: "verify-size", message: `${name}: ${digest.size} bytes, expected ${expected.size}`, ...where }), expected.sha256 !== void 0 && digest.sha256 !== expected.sha256 && findings.push({ code: "verify-mismatch", message: `${name}: sha256 ${digest.sha256}, expected ${expected.sha256}`, ...where }), { file: name, status: findings.length === 0 ? "ok" : "mismatch", size: digest.size, sha256: digest.sha256, ...inside !== void 0 ? { inside } : {} };
  }
}
async function checkBundle(file, size, name, artifact, findings) {
  let bundle = artifact.bundle, scan = await scanBundleInPool(file, size, name, bundle.top, bundle.format);
  findings.push(...scan.findings);
  let { digest, entries: seen, index: indexText } = scan;
  if (scan.damaged) return { digest, inside: 0 };
  if (bundle.tarSha256 && artifact.sha256 !== digest.sha256) {
    let tar = await uncompressedSha256(file);
    "damaged" in tar ? findings.push({ code: "verify-damaged", message: `${name}: its compressed data is damaged (gunzip: ${tar.damaged})` }) : tar.sha256 !== bundle.tarSha256 ? findings.push({ code: "verify-mismatch", message: `${name}: the uncompressed tar has sha256 ${tar.sha256}, expected ${bundle.tarSha256}` }) : findings.push({ code: "verify-recompressed", message: `${name}: the contents are the release's (the tar's sha256 matches), but it was compressed again` });
  }
  let inside = compareWithIndex(name, bundle, indexText, seen, findings);
  return { digest, inside };
}
async function uncompressedSha256(file) {
  let hash = createHash("sha256");
  try {
    return await pipeline(createReadStream(file), createGunzip(), async function* (source) {
      for await (let c of source) hash.update(c);
    }), { sha256: hash.digest("hex") };
  } catch (e) {
    return { damaged: e instanceof Error ? e.message : String(e) };
  }
}
function collect(findings, read) {
  try {
    return read();
  } catch (e) {
    if (!isSlipwayError(e)) throw e;
    findings.push(...e.diagnostics);
    return;
  }
}

export {
  verifyRelease,
  verifyFile
};
