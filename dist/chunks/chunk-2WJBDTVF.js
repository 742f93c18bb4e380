import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);

// src/util/hash.ts
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
async function hashFile(file) {
  let meter = new HashingStream();
  return await pipeline(createReadStream(file), meter, async function* (source) {
    for await (let _ of source)
      ;
  }), meter.digest();
}
var HashingStream = class extends Transform {
  hash = createHash("sha256");
  bytes = 0;
  _transform(chunk, _encoding, callback) {
    this.hash.update(chunk), this.bytes += chunk.length, callback(null, chunk);
  }
  digest() {
    return { sha256: this.hash.digest("hex"), size: this.bytes };
  }
};
function sha256Hex(data) {
  return createHash("sha256").update(data).digest("hex");
}

export {
  hashFile,
  HashingStream,
  sha256Hex
};
