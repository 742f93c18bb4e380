import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  DamagedEntry,
  readZip
} from "./chunk-FE2KJJQD.js";
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
  isSlipwayError
} from "./chunk-BOOLIPAW.js";
import "./chunk-CY3FJDSN.js";

// src/bundle/zip-scan.ts
import { createHash } from "node:crypto";
import { text } from "node:stream/consumers";
async function scanZipBundle(file, name, top) {
  let outer = hashFile(file);
  outer.catch(() => {
  });
  let entries = /* @__PURE__ */ new Map(), index, prefix = `${top}/`, findings = [];
  try {
    await readZip(file, async (item) => {
      let rel = pathInBundle(name, item.name, top, findings);
      if (rel === void 0 || rel === "" || item.type === "dir") return;
      if (entries.has(rel) || rel === BUNDLE_INDEX_FILE && index !== void 0) {
        findings.push({ code: "verify-bundle-duplicate", message: `${name}: ${rel} is in the bundle twice` });
        return;
      }
      if (rel === BUNDLE_INDEX_FILE) {
        item.size > 67108864 ? findings.push({ code: "verify-bundle-index", message: `${name}: ${prefix}${BUNDLE_INDEX_FILE} is ${item.size} bytes, more than ${67108864} for an index file` }) : index = await text(await item.open());
        return;
      }
      let found = { type: item.type, mode: item.mode, size: item.size };
      if (item.type === "file")
        try {
          found.sha256 = await sha256Of(await item.open());
        } catch (e) {
          if (!(e instanceof DamagedEntry)) throw e;
          found.damaged = e.reason;
        }
      else item.type === "symlink" && (found.link = item.link ?? "");
      entries.set(rel, found);
    });
  } catch (e) {
    if (!isSlipwayError(e)) throw e;
    return { digest: await outer, entries, findings: [...findings, ...e.diagnostics.map((d) => ({ ...d, code: "verify-damaged" }))], damaged: !0 };
  }
  return { digest: await outer, entries, ...index !== void 0 ? { index } : {}, findings, damaged: !1 };
}
async function sha256Of(stream) {
  let hash = createHash("sha256");
  for await (let chunk of stream) hash.update(chunk);
  return hash.digest("hex");
}
export {
  scanZipBundle
};
