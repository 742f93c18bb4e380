import { open, readFile } from 'node:fs/promises';
import { fail } from '../errors/diagnostic.js';
import type { TreeEntry } from './source-tree.js';

/** Read size for file contents: large enough for few system calls, small enough that memory stays flat. */
const READ_CHUNK = 1 << 20;
/**
 * Small files are read ahead, several at once: one by one, the round trips of open/read/close through the thread
 * pool would leave the compressor waiting. At most LOOKAHEAD files of at most READ_CHUNK bytes are held.
 */
const LOOKAHEAD = 32;

/**
 * The contents of a source tree's files, in the tree's order, for an archive writer: small files read whole a few
 * ahead of where the archive is, large ones streamed in chunks. A file whose size is not the one listed (it changed
 * while the bundle was written) fails the build.
 */
export class ReadAhead {
  private readonly ahead = new Map<number, Promise<Buffer>>();
  private next = 0;

  constructor(private readonly entries: TreeEntry[]) {}

  /** Exactly the bytes of entry `index` (nothing for a folder or a link). */
  async *chunks(index: number): AsyncGenerator<Buffer> {
    this.prefetch(index);
    const entry = this.entries[index]!;
    if (entry.type !== 'file') return;
    const early = this.ahead.get(index);
    if (early) {
      this.ahead.delete(index);
      const data = await early;
      if (data.length !== entry.size) changed(entry.source, entry.size);
      if (data.length) yield data;
      return;
    }
    const handle = await open(entry.source, 'r');
    try {
      let done = 0;
      while (done < entry.size) {
        const buffer = Buffer.allocUnsafe(Math.min(READ_CHUNK, entry.size - done));
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, done);
        if (bytesRead === 0) break;
        done += bytesRead;
        yield bytesRead === buffer.length ? buffer : buffer.subarray(0, bytesRead);
      }
      if (done !== entry.size || (await handle.stat()).size !== entry.size) changed(entry.source, entry.size);
    } finally {
      await handle.close();
    }
  }

  private prefetch(from: number): void {
    this.next = Math.max(this.next, from);
    while (this.next < this.entries.length && this.ahead.size < LOOKAHEAD) {
      const e = this.entries[this.next]!;
      if (e.type === 'file' && e.size <= READ_CHUNK) {
        const p = readFile(e.source);
        p.catch(() => undefined);
        this.ahead.set(this.next, p);
      }
      this.next++;
    }
  }
}

function changed(file: string, size: number): never {
  return fail('bundle-file-changed', `${file} changed while the bundle was written (expected ${size} bytes)`, { hint: 'build again once nothing writes to the sources' });
}
