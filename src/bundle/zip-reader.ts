import { open } from 'node:fs/promises';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { text } from 'node:stream/consumers';
import { crc32 } from 'node:zlib';
import yauzl from 'yauzl';
import { fail, SlipwayError } from '../errors/diagnostic.js';

/** One entry of a zip, as the central directory describes it. */
export interface ZipItem {
  /** The name as written in the archive (UTF-8 or CP437, as its flag says), not yet checked for safety. */
  name: string;
  type: 'dir' | 'file' | 'symlink' | 'special';
  /** For a special entry: what it is (a device, a FIFO, ...). */
  special?: string;
  /** Permission bits (Unix external attributes; 0644/0755 for an archive made elsewhere). */
  mode: number;
  size: number;
  mtime: Date;
  /** For a link: its target (an Info-ZIP link stores it as the entry's contents). */
  link?: string;
  /** The contents, inflated, checked against the entry's size and CRC-32 as they are read. */
  open(): Promise<Readable>;
}

const S_IFMT = 0o170000;
const S_IFDIR = 0o040000;
const S_IFREG = 0o100000;
const S_IFLNK = 0o120000;
const SPECIAL: Record<number, string> = { 0o010000: 'FIFO', 0o020000: 'character device', 0o060000: 'block device', 0o140000: 'socket' };
const MADE_BY_UNIX = 3;
const LINK_LIMIT = 4096;

/** Whether a file starts like a zip (a local header, or the end record of an empty zip). */
export async function looksLikeZip(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    return bytesRead === 4 && head[0] === 0x50 && head[1] === 0x4b && ((head[2] === 3 && head[3] === 4) || (head[2] === 5 && head[3] === 6));
  } finally {
    await handle.close();
  }
}

/**
 * Reads a zip's entries one after the other, in central directory order, through yauzl (which finds the central
 * directory, Zip64 included, and checks each entry's uncompressed size). Names are decoded here and never altered
 * (a backslash stays a backslash), so that callers judge them as written. yauzl does not check CRC-32s: the streams
 * given out here do, so a damaged entry is an error naming it.
 */
export async function readZip(file: string, onEntry: (item: ZipItem) => Promise<void>): Promise<void> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(file, { decodeStrings: false, validateEntrySizes: true, autoClose: true });
  } catch (e) {
    return damaged(file, e);
  }
  try {
    for await (const entry of zip.eachEntry()) {
      const name = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, true);
      if (entry.isEncrypted()) fail('archive-unsupported', `${file}: "${name}" is encrypted`, { hint: 'bundles are never encrypted: the archive is not one' });
      if (!entry.canDecodeFileData()) fail('archive-unsupported', `${file}: "${name}" uses compression method ${entry.compressionMethod}, which Slipway does not read`, { hint: 'bundles are stored or deflated' });
      const unix = entry.versionMadeBy >> 8 === MADE_BY_UNIX ? entry.externalFileAttributes >>> 16 : 0;
      const format = unix & S_IFMT;
      const byName = name.endsWith('/');
      const open = async (): Promise<Readable> => {
        const raw = await zip.openReadStreamPromise(entry);
        const checked = raw.pipe(new CrcCheck(entry.crc32, file, name));
        raw.on('error', (e) => checked.destroy(new DamagedEntry(file, name, e instanceof Error ? e.message : String(e))));
        return checked;
      };
      let type: ZipItem['type'];
      if (format === 0) type = byName ? 'dir' : 'file';
      else if (format === S_IFDIR) type = 'dir';
      else if (format === S_IFREG && !byName) type = 'file';
      else if (format === S_IFLNK && !byName) type = 'symlink';
      else type = 'special';
      const item: ZipItem = {
        name,
        type,
        ...(type === 'special' ? { special: SPECIAL[format] ?? `type 0${format.toString(8)} entry` } : {}),
        mode: format === 0 ? (type === 'dir' ? 0o755 : 0o644) : unix & 0o7777,
        size: entry.uncompressedSize,
        mtime: entry.getLastModDate({ timezone: 'UTC' }),
        open,
      };
      if (type === 'symlink') {
        if (entry.uncompressedSize > LINK_LIMIT) fail('archive-damaged', `${file}: "${name}" is a link of ${entry.uncompressedSize} bytes`, { hint: 'the archive is hostile or damaged' });
        item.link = await text(await open());
      }
      await onEntry(item);
    }
  } catch (e) {
    if (e instanceof SlipwayError) throw e;
    damaged(file, e);
  } finally {
    zip.close();
  }
}

class CrcCheck extends Transform {
  private crc = 0;

  constructor(
    private readonly expected: number,
    private readonly file: string,
    private readonly name: string,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.crc = crc32(chunk, this.crc);
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    if (this.crc >>> 0 !== this.expected >>> 0) {
      callback(new DamagedEntry(this.file, this.name, 'its CRC-32 does not match'));
    } else callback();
  }
}

/** An entry whose data cannot be read back as written; `reason` says why, without the names. */
export class DamagedEntry extends SlipwayError {
  constructor(
    file: string,
    name: string,
    readonly reason: string,
  ) {
    super({ code: 'archive-damaged', message: `${file}: "${name}" is damaged: ${reason}`, hint: 'download or copy it again' });
  }
}

function damaged(file: string, e: unknown): never {
  const message = e instanceof Error ? e.message : String(e);
  return fail('archive-damaged', `${file} is not a readable .zip: ${message}`, { hint: 'download or copy it again' });
}
