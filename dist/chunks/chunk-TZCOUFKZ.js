import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  scanTarGz
} from "./chunk-HBE2M2W2.js";
import {
  BUNDLE_INDEX_FILE
} from "./chunk-U53EGEPX.js";
import {
  hashFile
} from "./chunk-SPL353E6.js";
import {
  fail,
  isSlipwayError
} from "./chunk-BOOLIPAW.js";

// src/bundle/bundle-scan.ts
import { createHash } from "node:crypto";
var INDEX_LIMIT = 64 * 1024 * 1024;
async function scanBundle(file, name, top, format = "tar.gz") {
  if (format === "zip") return (await import("./zip-scan-V7XH6CD2.js")).scanZipBundle(file, name, top);
  let outer = createHash("sha256"), outerSize = 0, entries = /* @__PURE__ */ new Map(), index, prefix = `${top}/`, findings = [];
  try {
    await scanTarGz(file, {
      onCompressed: (chunk) => {
        outer.update(chunk), outerSize += chunk.length;
      },
      onEntry: (entry) => {
        let p = entry.path.replace(/\/$/, "");
        if (p !== top && !p.startsWith(prefix)) {
          findings.push({ code: "verify-bundle-layout", message: `${name}: "${entry.path}" is outside the bundle's top folder ${top}/` });
          return;
        }
        let rel = p.slice(prefix.length);
        if (rel === BUNDLE_INDEX_FILE) return textOf(entry, INDEX_LIMIT, (text) => index = text);
        if (entry.type === "Directory" || p === top) return;
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
