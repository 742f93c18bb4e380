import { createHash } from 'node:crypto';
import { PassThrough, Readable } from 'node:stream';
import yazl from 'yazl';
import { ReadAhead } from './read-ahead.js';
import type { TreeEntry } from './source-tree.js';
import type { WrittenFile } from './tar-writer.js';

/** Unix file types in the upper half of a zip entry's external attributes, as Info-ZIP records them. */
const S_IFDIR = 0o040000;
const S_IFREG = 0o100000;
const S_IFLNK = 0o120000;

export interface ZipOptions {
  /** The single top folder every entry lives under. */
  top: string;
  mtime: Date;
  /** Deflate level, the same as the gzip level of the .tar.gz. */
  level: number;
  /** The last entry, made from what was written before it (the bundle's own index). */
  trailer?: { path: string; data: (files: WrittenFile[]) => Buffer };
}

/**
 * The bytes of a reproducible zip of a tree, as a stream. yazl encodes the format (local headers, data descriptors,
 * central directory, Zip64 where a size or offset needs it); what it is given makes the output the same on every
 * machine:
 * - entries in the order of `entries` (sorted by the source tree), the top folder first, the trailer last;
 * - every file deflated at `level` by zlib and written with a data descriptor (even the small ones), so the layout
 *   does not depend on how a file was read; links stored the same way; folders stored, sizes in their headers;
 * - external attributes = Unix type and mode (0644, 0755, folders 0755, links 0777), "made by" Unix; yazl writes no
 *   uid/gid field; the only extra field is Info-ZIP's UTC timestamp ("UT", in the central directory);
 * - the DOS date and time are the UTC wall clock of `mtime` (see `DosClock`), clamped to DOS's 1980-2107.
 * Each file is read once and hashed as it goes in; memory does not grow with file size.
 */
export function zipStream(entries: TreeEntry[], options: ZipOptions): { stream: Readable; files: Promise<WrittenFile[]> } {
  const zip = new yazl.ZipFile();
  const output = new PassThrough();
  const written: WrittenFile[] = [];
  let settle!: { resolve: (files: WrittenFile[]) => void; reject: (e: unknown) => void };
  const files = new Promise<WrittenFile[]>((resolve, reject) => (settle = { resolve, reject }));
  files.catch(() => undefined);
  const failWith = (e: unknown) => {
    settle.reject(e);
    output.destroy(e instanceof Error ? e : new Error(String(e)));
  };
  zip.on('error', failWith);
  zip.outputStream.on('error', failWith);
  zip.outputStream.on('end', () => settle.resolve(written));
  zip.outputStream.pipe(output);

  const mtime = new DosClock(options.mtime);
  const reads = new ReadAhead(entries);
  zip.addEmptyDirectory(`${options.top}/`, { mtime, mode: S_IFDIR | 0o755 });
  for (const [index, entry] of entries.entries()) {
    const name = `${options.top}/${entry.path}`;
    if (entry.type === 'dir') {
      zip.addEmptyDirectory(`${name}/`, { mtime, mode: S_IFDIR | entry.mode });
    } else if (entry.type === 'symlink') {
      // Info-ZIP's form of a link: a link-typed entry whose contents are the target, stored.
      zip.addReadStreamLazy(name, { mtime, mode: S_IFLNK | 0o777, compress: false }, (cb) => {
        written.push({ path: entry.path, type: 'symlink', mode: entry.mode, size: 0, target: entry.target });
        cb(null, Readable.from([Buffer.from(entry.target)]));
      });
    } else {
      zip.addReadStreamLazy(name, { mtime, mode: S_IFREG | entry.mode, size: entry.size, compressionLevel: options.level }, (cb) => {
        const hash = createHash('sha256');
        const chunks = async function* () {
          for await (const chunk of reads.chunks(index)) {
            hash.update(chunk);
            yield chunk;
          }
          written.push({ path: entry.path, type: 'file', mode: entry.mode, size: entry.size, sha256: hash.digest('hex') });
        };
        const stream = Readable.from(chunks(), { objectMode: false });
        // yazl pipes the stream without listening for its errors.
        stream.on('error', (e) => zip.emit('error', e));
        cb(null, stream);
      });
    }
  }
  if (options.trailer) {
    const make = options.trailer.data;
    // Asked for when its turn comes, that is once every file before it is written and hashed.
    zip.addReadStreamLazy(`${options.top}/${options.trailer.path}`, { mtime, mode: S_IFREG | 0o644, compressionLevel: options.level }, (cb) => {
      cb(null, Readable.from([make(written)]));
    });
  }
  zip.end();
  return { stream: output, files };
}

/**
 * A date as yazl should see it for a zip's DOS time. The DOS fields have no time zone, and yazl fills them from the
 * local-time getters of the Date, which would make the bytes depend on the builder's TZ. This Date answers those
 * getters with the UTC wall clock instead, clamped to what DOS can hold (1980-01-01 00:00:00 to 2107-12-31
 * 23:59:58; seconds are even); its time value, which yazl puts in the UTC timestamp field, stays the real one.
 */
export class DosClock extends Date {
  private readonly wall: Date;

  constructor(real: Date) {
    super(real.getTime());
    this.wall = new Date(Math.min(Math.max(real.getTime(), DOS_MIN), DOS_MAX));
  }

  override getFullYear(): number {
    return this.wall.getUTCFullYear();
  }
  override getMonth(): number {
    return this.wall.getUTCMonth();
  }
  override getDate(): number {
    return this.wall.getUTCDate();
  }
  override getHours(): number {
    return this.wall.getUTCHours();
  }
  override getMinutes(): number {
    return this.wall.getUTCMinutes();
  }
  override getSeconds(): number {
    return this.wall.getUTCSeconds();
  }
  override [Symbol.toPrimitive](hint: 'default'): string;
  override [Symbol.toPrimitive](hint: 'string'): string;
  override [Symbol.toPrimitive](hint: 'number'): number;
  override [Symbol.toPrimitive](hint: string): string | number;
  override [Symbol.toPrimitive](hint: string): string | number {
    // yazl clamps by comparing the date with bounds of its own, in the local time of when it was loaded; the clamp
    // is done above, so comparisons see a time well inside any such bounds and never replace this date.
    if (hint === 'number') return INSIDE_DOS_RANGE;
    return super[Symbol.toPrimitive](hint as 'string');
  }
}

const INSIDE_DOS_RANGE = Date.UTC(2000, 0, 1);
const DOS_MIN = Date.UTC(1980, 0, 1, 0, 0, 0);
const DOS_MAX = Date.UTC(2107, 11, 31, 23, 59, 58);
