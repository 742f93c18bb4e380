import { Transform, type TransformCallback } from 'node:stream';
import { createGzip, type Gzip } from 'node:zlib';

/** The OS byte of the gzip header (RFC 1952, 2.3.1): 255 = unknown, the same whichever system compressed it. */
const OS_UNKNOWN = 0xff;
const OS_BYTE_OFFSET = 9;

/**
 * A gzip stream whose header carries nothing about the machine: no file name, mtime 0 (zlib writes both that way)
 * and a fixed OS byte (zlib writes the one of the platform it was compiled for).
 */
export function createPortableGzip(level: number): { gzip: Gzip; header: Transform } {
  // Large output chunks: fewer hand-offs between the thread pool and the main thread.
  const gzip = createGzip({ level, chunkSize: 256 * 1024 });
  return { gzip, header: new OsByteFixer() };
}

class OsByteFixer extends Transform {
  private seen = 0;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    if (this.seen <= OS_BYTE_OFFSET && this.seen + chunk.length > OS_BYTE_OFFSET) {
      chunk[OS_BYTE_OFFSET - this.seen] = OS_UNKNOWN;
    }
    this.seen += chunk.length;
    callback(null, chunk);
  }
}

/** The default of both GNU gzip and zlib. */
export const DEFAULT_LEVEL = 6;
