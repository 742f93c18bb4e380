import { open } from 'node:fs/promises';
import type { Writable } from 'node:stream';

const CHUNK = 1 << 20;
/** One being read, one being consumed, one waiting: enough to keep both sides busy. */
const BUFFERS = 3;

export interface FeedOptions {
  /** Sees every chunk of the file first (to hash it); the chunk is not kept past the call. */
  onChunk?: (chunk: Buffer) => void;
  /** Only the bytes from offset `from` up to `to` go into the stream; `onChunk` still sees them all. */
  from?: number;
  to?: number;
}

/**
 * Writes a file's bytes into a stream (a decompressor) through a few buffers used over and over. A read stream
 * would read into a fresh buffer every time, and the first touch of fresh memory costs a page fault per 4 KiB: for
 * a file of hundreds of megabytes, a good part of the time it takes to hash it. A buffer is filled again only once
 * the stream has consumed what was written from it (its write callback). Ends the stream at the end of the file;
 * stops, without an error of its own, when the stream is destroyed.
 */
export async function feedFile(file: string, target: Writable, options: FeedOptions = {}): Promise<void> {
  const { onChunk, from = 0, to = Number.POSITIVE_INFINITY } = options;
  const handle = await open(file, 'r');
  const free: Buffer[] = Array.from({ length: BUFFERS }, () => Buffer.allocUnsafeSlow(CHUNK));
  let waiting: ((buffer: Buffer | undefined) => void) | undefined;
  const give = (buffer: Buffer | undefined) => {
    const wake = waiting;
    waiting = undefined;
    if (wake) wake(buffer);
    else if (buffer) free.push(buffer);
  };
  // A destroyed stream may never call back for the write it was working on.
  const onClose = () => give(undefined);
  target.once('close', onClose);
  try {
    let position = 0;
    for (;;) {
      const buffer = free.pop() ?? (await new Promise<Buffer | undefined>((resolve) => (waiting = resolve)));
      if (!buffer || target.destroyed) return;
      const { bytesRead } = await handle.read(buffer, 0, CHUNK, null);
      if (target.destroyed) return;
      if (bytesRead === 0) break;
      const chunk = buffer.subarray(0, bytesRead);
      onChunk?.(chunk);
      const wanted = chunk.subarray(Math.max(0, from - position), Math.max(0, Math.min(bytesRead, to - position)));
      position += bytesRead;
      if (wanted.length > 0) target.write(wanted, () => give(buffer));
      else give(buffer);
    }
    target.end();
  } finally {
    target.off('close', onClose);
    await handle.close();
  }
}
