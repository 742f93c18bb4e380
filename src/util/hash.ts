import crypto, { createHash, type Hash } from 'node:crypto';
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

/**
 * A digest in one call: the one-shot hash (Node 20.12 and later) costs a fraction of a Hash object's set-up, which
 * counts where thousands of short values are hashed (an installer's ids); older Node takes the long way to the same bytes.
 */
export function digest(algorithm: 'sha1' | 'sha256', data: string | Uint8Array): Buffer {
  return typeof crypto.hash === 'function' ? crypto.hash(algorithm, data, 'buffer') : createHash(algorithm).update(data).digest();
}

export function sha256Hex(data: string | Uint8Array): string {
  return digest('sha256', data).toString('hex');
}
