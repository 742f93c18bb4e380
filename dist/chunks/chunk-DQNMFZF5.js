import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  HashingStream,
  hashFile
} from "./chunk-SPL353E6.js";

// src/util/safe-write.ts
import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
function temporaryBeside(target) {
  return path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString("hex")}.partial`);
}
async function writeFileAtomic(target, data) {
  await mkdir(path.dirname(target), { recursive: !0 });
  let temporary = temporaryBeside(target);
  try {
    await writeFile(temporary, data), await rename(temporary, target);
  } catch (e) {
    throw await rm(temporary, { force: !0 }), e;
  }
}
async function streamToFileAtomic(target, source, accept) {
  await mkdir(path.dirname(target), { recursive: !0 });
  let temporary = temporaryBeside(target);
  try {
    await pipeline(source, createWriteStream(temporary)), accept && await accept(temporary), await rename(temporary, target);
  } catch (e) {
    throw await rm(temporary, { force: !0 }), e;
  }
}
async function writeArtifact(target, write, options) {
  await mkdir(path.dirname(target), { recursive: !0 });
  let temporary = temporaryBeside(target);
  try {
    let sha256 = await write(temporary), existing = await (options.existingSha256 ?? sha256OfExisting)(target);
    return existing === sha256 ? (await rm(temporary, { force: !0 }), { placement: "unchanged", sha256 }) : (existing !== void 0 && !options.replace && options.onConflict(existing, sha256), await rename(temporary, target), { placement: existing === void 0 ? "created" : "replaced", sha256 });
  } catch (e) {
    throw await rm(temporary, { force: !0 }), e;
  }
}
async function streamArtifact(target, open, options) {
  let digest, { placement } = await writeArtifact(
    target,
    async (temporary) => {
      let meter = new HashingStream(), { stream, done } = open();
      return await pipeline(stream, meter, createWriteStream(temporary)), await done, digest = meter.digest(), options.check?.(digest), digest.sha256;
    },
    options
  );
  return { placement, ...digest };
}
async function sha256OfExisting(file) {
  try {
    return (await hashFile(file)).sha256;
  } catch (e) {
    if (e.code === "ENOENT") return;
    throw e;
  }
}

export {
  writeFileAtomic,
  streamToFileAtomic,
  writeArtifact,
  streamArtifact
};
