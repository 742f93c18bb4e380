import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  isInside
} from "./chunk-LIL3453G.js";
import {
  readTarGz
} from "./chunk-HBE2M2W2.js";
import "./chunk-3MZS7FM4.js";
import {
  fail
} from "./chunk-BOOLIPAW.js";
import "./chunk-CY3FJDSN.js";

// src/commands/extract.ts
import path2 from "node:path";

// src/bundle/extract.ts
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { link, lstat, mkdir, readdir, realpath, rename, rm, rmdir, symlink, utimes } from "node:fs/promises";
import path from "node:path";
import { randomBytes } from "node:crypto";
async function extractArchive(archive, dest) {
  let target = path.resolve(dest);
  await ensureEmptyOrAbsent(target), await mkdir(path.dirname(target), { recursive: !0 });
  let staging = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString("hex")}.partial`);
  await mkdir(staging);
  let result = { dest: target, files: 0, directories: 0, links: 0 }, symlinks = [];
  try {
    await readTarGz(archive, {
      onEntry: async (entry) => {
        let rel = safeRelative(entry.path, entry.path);
        if (rel === "") {
          entry.resume();
          return;
        }
        let at = path.join(staging, rel);
        await refuseWriteThroughLinks(staging, rel, entry.path), await mkdir(path.dirname(at), { recursive: !0 });
        let mtime = entry.mtime ?? /* @__PURE__ */ new Date(0);
        switch (entry.type) {
          case "Directory":
            entry.resume(), await mkdir(at, { recursive: !0, mode: 493 }), result.directories++;
            break;
          case "File":
          case "OldFile":
          case "ContiguousFile":
            await writeEntry(entry, at, (entry.mode ?? 420) & 493), await utimes(at, mtime, mtime), result.files++;
            break;
          case "SymbolicLink": {
            entry.resume();
            let to = entry.linkpath ?? "";
            (to === "" || path.isAbsolute(to) || /^[A-Za-z]:/.test(to) || !isInside(staging, path.resolve(path.dirname(at), to))) && fail("extract-link-escape", `${archive}: "${entry.path}" is a link to "${to}", outside the destination`, { hint: "the archive is hostile or damaged: nothing was extracted" }), await symlink(to, at), symlinks.push({ at, entry: entry.path }), result.links++;
            break;
          }
          case "Link": {
            entry.resume();
            let to = safeRelative(entry.linkpath ?? "", entry.path), source = path.join(staging, to), info = await lstat(source).catch(() => {
            });
            (!to || !info?.isFile()) && fail("extract-link-escape", `${archive}: "${entry.path}" is a hard link to "${entry.linkpath}", which is not a file extracted before it`, { hint: "the archive is hostile or damaged: nothing was extracted" }), await link(source, at), result.links++;
            break;
          }
          default:
            entry.resume(), fail("extract-special-file", `${archive}: "${entry.path}" is a ${entry.type} entry, which is never extracted`, { hint: "bundles hold files, folders and links only: nothing was extracted" });
        }
      }
    });
    for (let s of symlinks) {
      let real = await realpath(s.at).catch(() => {
      });
      real !== void 0 && !isInside(await realpath(staging), real) && fail("extract-link-escape", `${archive}: "${s.entry}" leads outside the destination through other links`, { hint: "the archive is hostile: nothing was extracted" });
    }
    return await rmdir(target).catch(() => {
    }), await rename(staging, target), result;
  } catch (e) {
    throw await rm(staging, { recursive: !0, force: !0 }), e;
  }
}
function safeRelative(p, shown) {
  (p.startsWith("/") || p.startsWith("\\") || /^[A-Za-z]:/.test(p)) && fail("extract-absolute-path", `"${shown}" is an absolute path`, { hint: "the archive is hostile or damaged: nothing was extracted" });
  let parts = p.split(/[\\/]+/).filter((x) => x !== "" && x !== ".");
  return parts.includes("..") && fail("extract-path-escape", `"${shown}" climbs out of the destination with ".."`, { hint: "the archive is hostile or damaged: nothing was extracted" }), parts.join(path.sep);
}
async function refuseWriteThroughLinks(root, rel, shown) {
  let parts = rel.split(path.sep), at = root;
  for (let part of parts) {
    at = path.join(at, part);
    let info = await lstat(at).catch(() => {
    });
    if (!info) return;
    info.isSymbolicLink() && fail("extract-link-escape", `"${shown}" would be written through the link ${path.relative(root, at)}`, { hint: "the archive is hostile: nothing was extracted" }), at !== path.join(root, rel) && !info.isDirectory() && fail("extract-path-conflict", `"${shown}" needs ${path.relative(root, at)} to be a folder`), at === path.join(root, rel) && !info.isDirectory() && fail("extract-duplicate", `"${shown}" appears twice in the archive`, { hint: "the archive is damaged: nothing was extracted" });
  }
}
async function writeEntry(entry, at, mode) {
  let out = createWriteStream(at, { flags: "wx", mode });
  entry.pipe(out), await once(out, "close");
}
async function ensureEmptyOrAbsent(dir) {
  (await readdir(dir).catch((e) => {
    if (e.code === "ENOENT") return [];
    throw e.code === "ENOTDIR" && fail("extract-dest", `${dir} is a file, not a folder`), e;
  })).length && fail("extract-dest", `${dir} is not empty`, { hint: "extract into a new folder: nothing is ever overwritten" });
}

// src/commands/extract.ts
async function extract(ctx, options) {
  let data = await extractArchive(path2.resolve(ctx.cwd, options.file), path2.resolve(ctx.cwd, options.dest));
  return { data, text: `${options.file}: ${data.files} files, ${data.directories} folders, ${data.links} links into ${data.dest}`, outputs: { dest: data.dest }, exitCode: 0 };
}
export {
  extract
};
