import { createHash, type Hash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { Transform, type TransformCallback } from 'node:stream';

export interface Digest {
  sha256: string;
  size: number;
}

/**
 * sha256 and size of a file, read in fixed-size chunks into one reused buffer: memory does not grow with the file.
 * A plain read loop rather than a stream pipeline: for many small files (an installer's payload) the pipeline's
 * per-file machinery costs several times the hashing itself.
 */
export async function hashFile(file: string): Promise<Digest> {
  const hash = createHash('sha256');
  const handle = await open(file, 'r');
  let size = 0;
  try {
    const buffer = Buffer.allocUnsafe(READ_CHUNK);
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, READ_CHUNK, null);
      if (bytesRead === 0) break;
      hash.update(buffer.subarray(0, bytesRead));
      size += bytesRead;
    }
  } finally {
    await handle.close();
  }
  return { sha256: hash.digest('hex'), size };
}

const READ_CHUNK = 256 * 1024;

/** A pass-through stream that hashes and counts what flows through it, for hashing while writing. */
export class HashingStream extends Transform {
  private readonly hash: Hash = createHash('sha256');
  private bytes = 0;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.hash.update(chunk);
    this.bytes += chunk.length;
    callback(null, chunk);
  }

  digest(): Digest {
    return { sha256: this.hash.digest('hex'), size: this.bytes };
  }
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * sha256 of a file computed on another thread, so that the main thread can hash something else meanwhile (verify
 * hashes each bundle whole while it checks the files inside). The worker uses node's own modules only, so it needs
 * no file of its own beside the bundled code; it is shared, and does not keep the process alive when idle.
 */
const HASH_WORKER_SOURCE = `
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
`;

let hashWorker: import('node:worker_threads').Worker | undefined;
let nextJob = 0;
const pendingJobs = new Map<number, { resolve: (d: Digest) => void; reject: (e: Error) => void }>();

export async function hashFileOffThread(file: string): Promise<Digest> {
  if (!hashWorker) {
    const { Worker } = await import('node:worker_threads');
    hashWorker = new Worker(HASH_WORKER_SOURCE, { eval: true });
    hashWorker.on('message', (m: { id: number; sha256?: string; size?: number; error?: string }) => {
      const job = pendingJobs.get(m.id);
      pendingJobs.delete(m.id);
      if (pendingJobs.size === 0) hashWorker?.unref();
      if (!job) return;
      if (m.error !== undefined) job.reject(new Error(m.error));
      else job.resolve({ sha256: m.sha256!, size: m.size! });
    });
    hashWorker.on('error', (e) => {
      for (const job of pendingJobs.values()) job.reject(e);
      pendingJobs.clear();
      hashWorker = undefined;
    });
  }
  const id = nextJob++;
  hashWorker.ref();
  return new Promise<Digest>((resolve, reject) => {
    pendingJobs.set(id, { resolve, reject });
    hashWorker!.postMessage({ id, file });
  });
}
