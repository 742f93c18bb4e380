import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  rt
} from "./chunk-3MZS7FM4.js";
import {
  SlipwayError,
  fail
} from "./chunk-BOOLIPAW.js";

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
    input.on("data", (chunk) => options.onCompressed?.(chunk)), input.on("error", (e) => gunzip.destroy(e)), input.pipe(gunzip);
    for await (let chunk of gunzip) {
      if (options.onTar?.(chunk), failure) break;
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
async function entryText(entry, limit) {
  (entry.size ?? 0) > limit && (entry.resume(), fail("archive-entry-too-large", `${entry.path} is ${entry.size} bytes, more than ${limit} for an index file`));
  let parts = [];
  return entry.on("data", (c) => parts.push(c)), await once(entry, "end"), Buffer.concat(parts).toString("utf8");
}
function drained(parser) {
  return new Promise((resolve) => {
    let done = () => {
      parser.off("drain", done), parser.off("error", done), resolve();
    };
    parser.on("drain", done), parser.on("error", done);
  });
}

export {
  readTarGz,
  entryText
};
