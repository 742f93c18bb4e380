import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  looksLikeZip,
  readZip
} from "./chunk-FE2KJJQD.js";
import {
  isInside
} from "./chunk-LIL3453G.js";
import {
  rt
} from "./chunk-JC7XQCB7.js";
import {
  SlipwayError,
  fail
} from "./chunk-BOOLIPAW.js";
import "./chunk-CY3FJDSN.js";

// src/commands/extract.ts
import path2 from "node:path";

// src/bundle/extract.ts
import { createWriteStream } from "node:fs";
import { link, lstat, mkdir, readdir, realpath, rename, rm, rmdir, symlink, utimes } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { randomBytes } from "node:crypto";

// src/bundle/tar-reader.ts
import { once } from "node:events";
import { createReadStream } from "node:fs";
import { createGunzip } from "node:zlib";
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

// src/bundle/extract.ts
async function extractArchive(archive, dest) {
  let target = path.resolve(dest), zip = await looksLikeZip(archive).catch(() => !1);
  await ensureEmptyOrAbsent(target), await mkdir(path.dirname(target), { recursive: !0 });
  let staging = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString("hex")}.partial`);
  await mkdir(staging);
  let result = { dest: target, files: 0, directories: 0, links: 0 }, symlinks = [], seen = /* @__PURE__ */ new Map(), hostile = { hint: "the archive is hostile or damaged: nothing was extracted" }, place = async (item) => {
    zip && item.path.includes("\\") && (item.skip(), fail("extract-path-backslash", `${archive}: "${item.path}" has a backslash, which Windows reads as a folder separator`, hostile));
    let rel = safeRelative(item.path, item.path);
    if (rel === "") {
      item.skip();
      return;
    }
    let before = seen.get(rel);
    before !== void 0 && !(before === "dir" && item.type === "dir") && (item.skip(), fail("extract-duplicate", `"${item.path}" appears twice in the archive`, { hint: "the archive is damaged: nothing was extracted" })), seen.set(rel, item.type);
    let at = path.join(staging, rel);
    switch (await refuseWriteThroughLinks(staging, rel, item.path), await mkdir(path.dirname(at), { recursive: !0 }), item.type) {
      case "dir":
        item.skip(), await mkdir(at, { recursive: !0, mode: 493 }), result.directories++;
        break;
      case "file":
        await writeEntry(await item.contents(), at, item.mode & 493), await utimes(at, item.mtime, item.mtime), result.files++;
        break;
      case "symlink": {
        item.skip();
        let to = item.link ?? "";
        (to === "" || path.isAbsolute(to) || /^[A-Za-z]:/.test(to) || to.includes("\\") || !isInside(staging, path.resolve(path.dirname(at), to))) && fail("extract-link-escape", `${archive}: "${item.path}" is a link to "${to}", outside the destination`, hostile), await symlink(to, at), symlinks.push({ at, entry: item.path }), result.links++;
        break;
      }
      case "hardlink": {
        item.skip();
        let to = safeRelative(item.link ?? "", item.path), source = path.join(staging, to), info = await lstat(source).catch(() => {
        });
        (!to || !info?.isFile()) && fail("extract-link-escape", `${archive}: "${item.path}" is a hard link to "${item.link}", which is not a file extracted before it`, hostile), await link(source, at), result.links++;
        break;
      }
      default:
        item.skip(), fail("extract-special-file", `${archive}: "${item.path}" is a ${item.special} entry, which is never extracted`, { hint: "bundles hold files, folders and links only: nothing was extracted" });
    }
  };
  try {
    zip ? await readZip(archive, (z) => place({ path: z.name, type: z.type, ...z.special ? { special: z.special } : {}, mode: z.mode, mtime: z.mtime, ...z.link !== void 0 ? { link: z.link } : {}, contents: z.open, skip: () => {
    } })) : await readTarGz(archive, { onEntry: (entry) => place(fromTar(entry)) });
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
function fromTar(entry) {
  let type = { Directory: "dir", File: "file", OldFile: "file", ContiguousFile: "file", SymbolicLink: "symlink", Link: "hardlink" }[entry.type] ?? "special";
  return {
    path: entry.path,
    type,
    ...type === "special" ? { special: entry.type } : {},
    mode: entry.mode ?? (type === "dir" ? 493 : 420),
    mtime: entry.mtime ?? /* @__PURE__ */ new Date(0),
    ...entry.linkpath !== void 0 ? { link: entry.linkpath } : {},
    contents: async () => entry,
    skip: () => entry.resume()
  };
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
async function writeEntry(contents, at, mode) {
  await pipeline(contents, createWriteStream(at, { flags: "wx", mode }));
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
