import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);

// src/util/hash.ts
import { createHash } from "node:crypto";
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
function sha256Hex(data) {
  return createHash("sha256").update(data).digest("hex");
}
var HASH_WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const { openSync, readSync, closeSync } = require('node:fs');
const buffer = Buffer.allocUnsafe(1 << 20);
parentPort.on('message', ({ id, file }) => {
  let fd;
  try {
    fd = openSync(file, 'r');
    const hash = createHash('sha256');
    let size = 0;
    for (;;) {
      const n = readSync(fd, buffer, 0, buffer.length, null);
      if (n === 0) break;
      hash.update(buffer.subarray(0, n));
      size += n;
    }
    parentPort.postMessage({ id, sha256: hash.digest('hex'), size });
  } catch (e) {
    parentPort.postMessage({ id, error: String(e && e.message || e) });
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
});
`, hashWorker, nextJob = 0, pendingJobs = /* @__PURE__ */ new Map();
async function hashFileOffThread(file) {
  if (!hashWorker) {
    let { Worker } = await import("node:worker_threads");
    hashWorker = new Worker(HASH_WORKER_SOURCE, { eval: !0 }), hashWorker.on("message", (m) => {
      let job = pendingJobs.get(m.id);
      pendingJobs.delete(m.id), pendingJobs.size === 0 && hashWorker?.unref(), job && (m.error !== void 0 ? job.reject(new Error(m.error)) : job.resolve({ sha256: m.sha256, size: m.size }));
    }), hashWorker.on("error", (e) => {
      for (let job of pendingJobs.values()) job.reject(e);
      pendingJobs.clear(), hashWorker = void 0;
    });
  }
  let id = nextJob++;
  return hashWorker.ref(), new Promise((resolve, reject) => {
    pendingJobs.set(id, { resolve, reject }), hashWorker.postMessage({ id, file });
  });
}

export {
  hashFile,
  HashingStream,
  sha256Hex,
  hashFileOffThread
};
