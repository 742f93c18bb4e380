import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  badImageSource
} from "./chunk-BBHBIEGJ.js";
import {
  MEDIA
} from "./chunk-JOJZGV5P.js";
import {
  So
} from "./chunk-JC7XQCB7.js";
import {
  hashFile,
  sha256Hex
} from "./chunk-SPL353E6.js";
import "./chunk-BOOLIPAW.js";
import "./chunk-CY3FJDSN.js";

// src/oci/docker-archive.ts
import { createReadStream } from "node:fs";
import { mkdtemp, open, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
function readEntries(text, label) {
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    badImageSource(`${label}: manifest.json is not JSON`);
  }
  return Array.isArray(parsed) || badImageSource(`${label}: manifest.json is not a list of images`), parsed.map((e, i) => {
    let x = e;
    return (!x || typeof x.Config != "string" || !Array.isArray(x.Layers) || !x.Layers.every((l) => typeof l == "string")) && badImageSource(`${label}: manifest.json entry ${i} has no Config and Layers`), { Config: x.Config, Layers: x.Layers, RepoTags: Array.isArray(x.RepoTags) ? x.RepoTags : null };
  });
}
async function isGzip(file) {
  let handle = await open(file, "r");
  try {
    let head = Buffer.alloc(2);
    return await handle.read(head, 0, 2, 0), head[0] === 31 && head[1] === 139;
  } finally {
    await handle.close();
  }
}
async function openDockerArchive(file, ref, label) {
  let dir = await mkdtemp(path.join(os.tmpdir(), "slipway-docker-archive-"));
  try {
    await So({ file, cwd: dir, strict: !0, preservePaths: !1 }).catch((e) => badImageSource(`${label}: cannot read ${file}: ${e.message}`));
    let entries = readEntries(await readFile(path.join(dir, "manifest.json"), "utf8").catch(() => badImageSource(`${label}: ${file} has no manifest.json: not a docker save archive`)), label), wanted = ref && !ref.includes(":") ? `${ref}:latest` : ref, entry = wanted ? entries.find((e) => (e.RepoTags ?? []).includes(wanted)) : entries.length === 1 ? entries[0] : void 0;
    if (!entry) {
      let names = entries.flatMap((e) => e.RepoTags ?? []).join(", ") || "untagged images";
      badImageSource(wanted ? `${label}: the archive has no image ${wanted}` : `${label}: the archive holds ${entries.length} images; say which one`, `add :NAME:TAG, one of: ${names}`);
    }
    let files = /* @__PURE__ */ new Map(), describe = async (relative, mediaType) => {
      let where = path.resolve(dir, relative);
      where.startsWith(dir + path.sep) || badImageSource(`${label}: ${relative} points outside the archive`);
      let d = await hashFile(where).catch(() => badImageSource(`${label}: ${relative} is listed in manifest.json but missing`)), digest = `sha256:${d.sha256}`;
      return files.set(digest, where), { mediaType, digest, size: d.size };
    }, config = await describe(entry.Config, MEDIA.ociConfig), layers = [];
    for (let layer of entry.Layers) {
      let gz = await isGzip(path.resolve(dir, layer)).catch(() => !1);
      layers.push(await describe(layer, gz ? MEDIA.ociLayerGzip : MEDIA.ociLayer));
    }
    let manifest = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MEDIA.ociManifest, config, layers })), root = { mediaType: MEDIA.ociManifest, digest: `sha256:${sha256Hex(manifest)}`, size: manifest.length };
    return {
      label,
      root,
      async readManifest(digest) {
        return digest !== root.digest && badImageSource(`${label}: no manifest ${digest}`), manifest;
      },
      openBlob(digest) {
        let where = files.get(digest);
        return where || badImageSource(`${label}: no blob ${digest}`), createReadStream(where);
      },
      async close() {
        await rm(dir, { recursive: !0, force: !0 });
      }
    };
  } catch (e) {
    throw await rm(dir, { recursive: !0, force: !0 }), e;
  }
}
export {
  openDockerArchive
};
