import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface Digest {
  sha256: string;
  size: number;
}

/** sha256 and size of a file, read as a stream: memory does not grow with the file. */
export async function hashFile(file: string): Promise<Digest> {
  const meter = new HashingStream();
  await pipeline(createReadStream(file), meter, async function* drain(source) {
    for await (const _ of source) {
      // consume
    }
  });
  return meter.digest();
}

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
