import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);

// src/util/hash.ts
import crypto, { createHash } from "node:crypto";
import { open } from "node:fs/promises";
import { Transform } from "node:stream";
async function hashFile(file) {
  let hash = createHash("sha256"), handle = await open(file, "r"), size = 0;
  try {
    let buffer = Buffer.allocUnsafe(READ_CHUNK);
    for (; ; ) {
      let { bytesRead } = await handle.read(buffer, 0, READ_CHUNK, null);
      if (bytesRead === 0) break;
      hash.update(buffer.subarray(0, bytesRead)), size += bytesRead;
    }
  } finally {
    await handle.close();
  }
  return { sha256: hash.digest("hex"), size };
}
var READ_CHUNK = 256 * 1024, HashingStream = class extends Transform {
  hash = createHash("sha256");
  bytes = 0;
  _transform(chunk, _encoding, callback) {
    this.hash.update(chunk), this.bytes += chunk.length, callback(null, chunk);
  }
  digest() {
    return { sha256: this.hash.digest("hex"), size: this.bytes };
  }
};
function digest(algorithm, data) {
  return typeof crypto.hash == "function" ? crypto.hash(algorithm, data, "buffer") : createHash(algorithm).update(data).digest();
}
function sha256Hex(data) {
  return digest("sha256", data).toString("hex");
}

export {
  hashFile,
  HashingStream,
  digest,
  sha256Hex
};
