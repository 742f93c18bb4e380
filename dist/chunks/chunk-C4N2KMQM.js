import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  CHECKSUMS_FILE,
  assetName,
  formatChecksums,
  isReleasePath,
  parseManifest
} from "./chunk-3P36LFHI.js";
import {
  compareBytes
} from "./chunk-LIL3453G.js";
import {
  writeFileAtomic
} from "./chunk-DQNMFZF5.js";
import {
  MANIFEST_FILE
} from "./chunk-U53EGEPX.js";
import {
  sha256Hex
} from "./chunk-SPL353E6.js";
import {
  require_dist
} from "./chunk-ZOQLPXWR.js";
import {
  fail
} from "./chunk-BOOLIPAW.js";
import {
  __toESM
} from "./chunk-CY3FJDSN.js";

// src/bundle/release-folder.ts
var import_yaml = __toESM(require_dist(), 1);
import { mkdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
async function addToRelease(dir, release, artifacts, options = {}) {
  return withFolderLock(dir, async () => {
    let current = await readManifestIfAny(dir);
    current && (current.release.name !== release.name || current.release.version !== release.version) && fail("release-folder-mismatch", `${path.join(dir, MANIFEST_FILE)} is the release ${current.release.name} ${current.release.version}, not ${release.name} ${release.version}`, {
      hint: "use an empty folder for each release"
    });
    let byFile = new Map((current?.artifacts ?? []).map((a) => [a.file, a])), result = { manifest: current ?? emptyManifest(release), added: [], unchanged: [], replaced: [] };
    for (let artifact of artifacts) {
      let asset = assetName(artifact.file);
      (!isReleasePath(artifact.file) || asset === MANIFEST_FILE || asset === CHECKSUMS_FILE) && fail("release-artifact-name", `"${artifact.file}" cannot be an artifact name of a release folder`);
      let namesake = [...byFile.keys()].find((f) => f !== artifact.file && assetName(f) === asset);
      namesake && fail("release-artifact-name", `${artifact.file} and ${namesake} would both be the release asset ${asset}`, { hint: "give one of them another file name" });
      let existing = byFile.get(artifact.file);
      existing ? existing.sha256 === artifact.sha256 && JSON.stringify(existing) === JSON.stringify(artifact) ? result.unchanged.push(artifact.file) : existing.sha256 !== artifact.sha256 && !options.replace ? fail("release-artifact-changed", `${artifact.file} is already in the release with sha256 ${existing.sha256}; the new one is ${artifact.sha256}`, {
        hint: "build into a new folder, or pass --replace to replace it"
      }) : result.replaced.push(artifact.file) : result.added.push(artifact.file), byFile.set(artifact.file, artifact);
    }
    let manifest = {
      schemaVersion: 1,
      release: { name: release.name, version: release.version, ...release.tag ?? current?.release.tag ? { tag: release.tag ?? current?.release.tag } : {} },
      ...options.source ?? current?.source ? { source: options.source ?? current?.source } : {},
      artifacts: [...byFile.values()].sort((a, b) => compareBytes(a.file, b.file))
    };
    if (result.manifest = manifest, current && result.added.length === 0 && result.replaced.length === 0 && JSON.stringify(current) === JSON.stringify(manifest)) return result;
    let text = renderManifest(manifest);
    await writeFileAtomic(path.join(dir, MANIFEST_FILE), text);
    let sums = [...manifest.artifacts.map((a) => ({ sha256: a.sha256, name: a.file })), { sha256: sha256Hex(text), name: MANIFEST_FILE }];
    return await writeFileAtomic(path.join(dir, CHECKSUMS_FILE), formatChecksums(sums)), result;
  });
}
function renderManifest(manifest) {
  return `# Slipway release manifest: every artifact with its sha256 (schema: release-manifest.schema.json).
${(0, import_yaml.stringify)(manifest, { lineWidth: 0, aliasDuplicateObjects: !1 })}`;
}
async function readManifestIfAny(dir) {
  let file = path.join(dir, MANIFEST_FILE), text;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    if (e.code === "ENOENT") return;
    throw e;
  }
  return parseManifest(text, file);
}
function emptyManifest(release) {
  return { schemaVersion: 1, release: { ...release }, artifacts: [] };
}
var inProcess = /* @__PURE__ */ new Map(), LOCK_NAME = ".slipway-release.lock", LOCK_ATTEMPTS = 600, LOCK_WAIT_MS = 50;
async function withFolderLock(dir, work) {
  let key = path.resolve(dir), run = (inProcess.get(key) ?? Promise.resolve()).catch(() => {
  }).then(async () => {
    await mkdir(key, { recursive: !0 });
    let lock = path.join(key, LOCK_NAME);
    for (let attempt = 1; ; attempt++)
      try {
        await mkdir(lock);
        break;
      } catch (e) {
        if (e.code !== "EEXIST") throw e;
        attempt >= LOCK_ATTEMPTS && fail("release-folder-locked", `${key} is locked by another slipway (${lock} exists)`, { hint: `if no other slipway runs, remove ${lock}` }), await new Promise((resolve) => setTimeout(resolve, LOCK_WAIT_MS));
      }
    try {
      return await work();
    } finally {
      await rm(lock, { recursive: !0, force: !0 });
    }
  });
  inProcess.set(key, run);
  try {
    return await run;
  } finally {
    inProcess.get(key) === run && inProcess.delete(key);
  }
}

export {
  addToRelease,
  readManifestIfAny
};
