import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  fail
} from "./chunk-BOOLIPAW.js";

// src/bundle/source-tree.ts
import { lstat, readdir, readlink, realpath } from "node:fs/promises";
import path from "node:path";
async function collectTree(sources) {
  let entries = /* @__PURE__ */ new Map(), add = (entry, origin, location) => {
    let existing = entries.get(entry.path);
    if (existing) {
      if (existing.entry.type === "dir" && entry.type === "dir") return;
      fail("bundle-duplicate", `two sources land on "${entry.path}" in the bundle: ${existing.origin} and ${origin}`, {
        location,
        hint: 'give one of them another "to" path'
      });
    }
    entries.set(entry.path, { entry, origin });
  }, addParents = (archivePath, origin, location) => {
    let parts = archivePath.split("/");
    for (let i = 1; i < parts.length; i++) add({ type: "dir", path: parts.slice(0, i).join("/"), mode: 493 }, origin, location);
  };
  for (let s of sources) {
    let to = normaliseArchivePath(s.to, s.location), stat = await lstatOrFail(s.from, s.location);
    isInside(s.root, s.from) || fail("bundle-path-escape", `${s.from} is outside ${s.root}`, { location: s.location, hint: "bundle files must come from the repository of compatibility.yaml" }), stat.isDirectory() ? (to && (addParents(to, s.from, s.location), add({ type: "dir", path: to, mode: 493 }, s.from, s.location)), await walk(s.from, to, s, add, addParents)) : (to || fail("bundle-path-escape", `${s.from} is a file and needs a "to" path in the bundle`, { location: s.location }), addParents(to, s.from, s.location), await addEntry(s.from, to, stat, s, add));
  }
  return [...entries.values()].map((e) => e.entry).sort((a, b) => compareBytes(a.path, b.path));
}
async function walk(dir, prefix, s, add, addParents) {
  let names = (await readdir(dir)).sort(compareBytes), stats = await Promise.all(names.map((name) => lstat(path.join(dir, name))));
  for (let [i, name] of names.entries()) {
    let full = path.join(dir, name), archivePath = prefix ? `${prefix}/${name}` : name;
    name.includes("\\") && fail("bundle-path", `${full}: a backslash in a file name does not survive on Windows`, { location: s.location });
    let stat = stats[i];
    stat.isDirectory() ? (add({ type: "dir", path: archivePath, mode: 493 }, full, s.location), await walk(full, archivePath, s, add, addParents)) : await addEntry(full, archivePath, stat, s, add);
  }
}
async function addEntry(full, archivePath, stat, s, add) {
  if (stat.isFile()) {
    add({ type: "file", path: archivePath, mode: stat.mode & 64 ? 493 : 420, size: stat.size, source: full }, full, s.location);
    return;
  }
  if (stat.isSymbolicLink()) {
    let target = await readlink(full), resolved = path.resolve(path.dirname(full), target), real = await realpath(full).catch(() => {
    });
    (path.isAbsolute(target) || !isInside(s.root, resolved) || real !== void 0 && !isInside(await realpath(s.root), real)) && fail("bundle-symlink-escape", `${full} is a link to "${target}", outside the source tree ${s.root}`, {
      location: s.location,
      hint: "copy the file into the source tree, or make the link relative and inside it"
    }), real === void 0 && fail("bundle-symlink-dangling", `${full} is a link to "${target}", which does not exist`, { location: s.location }), add({ type: "symlink", path: archivePath, mode: 511, target: target.split(path.sep).join("/") }, full, s.location);
    return;
  }
  let what = stat.isSocket() ? "a socket" : stat.isFIFO() ? "a named pipe" : stat.isBlockDevice() || stat.isCharacterDevice() ? "a device file" : "not a regular file";
  fail("bundle-special-file", `${full} is ${what}, which cannot go into a bundle`, { location: s.location, hint: "remove it from the source tree" });
}
async function lstatOrFail(file, location) {
  try {
    return await lstat(file);
  } catch {
    return fail("bundle-missing-source", `${file} does not exist`, { location });
  }
}
function normaliseArchivePath(p, location) {
  let slashed = p.replaceAll("\\", "/");
  (slashed.startsWith("/") || /^[A-Za-z]:/.test(slashed)) && fail("bundle-path-escape", `"${p}" is an absolute path; paths inside a bundle are relative`, { location });
  let parts = slashed.split("/").filter((x) => x !== "" && x !== ".");
  return parts.includes("..") && fail("bundle-path-escape", `"${p}" climbs out of the bundle with ".."`, { location }), parts.join("/");
}
function isInside(root, candidate) {
  let rel = path.relative(root, candidate);
  return rel === "" || !rel.startsWith("..") && !path.isAbsolute(rel);
}
function compareBytes(a, b) {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

export {
  collectTree,
  isInside,
  compareBytes
};
