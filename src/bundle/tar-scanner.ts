import { Header, type HeaderData } from 'tar/header';
import { Pax } from 'tar/pax';
import { createGunzip, createInflateRaw } from 'node:zlib';
import { fail, SlipwayError } from '../errors/diagnostic.js';
import { feedFile } from '../util/feed-file.js';
import { gzipLayout } from './gzip-member.js';

const BLOCK = 512;
/** PAX records and GNU long names are read whole; anything larger than this is not a name. */
const META_LIMIT = 1 << 20;

/** One entry of a tar archive, its PAX records and GNU long names applied (the names are node-tar's). */
export interface ScannedEntry {
  path: string;
  type: string;
  mode: number;
  size: number;
  linkpath: string;
}

/** Receives the data of one entry, in order; `end` once all of it has come. */
export interface EntrySink {
  data(chunk: Buffer): void;
  end(): void;
}

/**
 * A tar reader for checking archives, not unpacking them: it is fed the tar bytes as they come and hands each
 * entry's data to a sink as views of the fed chunks, with no stream per entry. Checking a bundle of thousands of
 * files is then hashing and little else. node-tar decodes the header blocks and PAX records, and the checks are
 * those of its strict mode: a bad checksum, a missing name, a link without a target or a truncated archive fail.
 */
export class TarScanner {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  /** Data bytes left in the current entry, then its padding. */
  private remain = 0;
  private padding = 0;
  private sink: EntrySink | undefined;
  private meta: { type: string; parts: Buffer[] } | undefined;
  private extended: HeaderData | undefined;
  private global: HeaderData | undefined;
  private nullBlocks = 0;
  private ended = false;
  private entries = 0;

  constructor(private readonly onEntry: (entry: ScannedEntry) => EntrySink | undefined) {}

  write(chunk: Buffer): void {
    let at = 0;
    while (at < chunk.length && !this.ended) {
      if (this.remain > 0) {
        const n = Math.min(this.remain, chunk.length - at);
        const part = chunk.subarray(at, at + n);
        if (this.meta) this.meta.parts.push(part);
        else this.sink?.data(part);
        this.remain -= n;
        at += n;
        if (this.remain === 0) this.finishEntry();
        continue;
      }
      if (this.padding > 0) {
        const n = Math.min(this.padding, chunk.length - at);
        this.padding -= n;
        at += n;
        continue;
      }
      // A header block, possibly split across chunks.
      const need = BLOCK - this.pendingBytes;
      if (this.pendingBytes === 0 && chunk.length - at >= BLOCK) {
        this.header(chunk.subarray(at, at + BLOCK));
        at += BLOCK;
        continue;
      }
      const n = Math.min(need, chunk.length - at);
      this.pending.push(chunk.subarray(at, at + n));
      this.pendingBytes += n;
      at += n;
      if (this.pendingBytes === BLOCK) {
        const block = Buffer.concat(this.pending, BLOCK);
        this.pending = [];
        this.pendingBytes = 0;
        this.header(block);
      }
    }
  }

  /** The archive's bytes have all been written: fails unless it ended where an archive ends. */
  end(): void {
    if (this.remain > 0 || this.padding > 0 || this.pendingBytes > 0 || (!this.ended && this.entries > 0 && this.nullBlocks === 0)) {
      fail('archive-truncated', 'the archive ends in the middle of an entry');
    }
    if (this.entries === 0 && this.nullBlocks === 0) fail('archive-empty', 'the archive holds nothing, not even its end');
  }

  private header(block: Buffer): void {
    let header: Header;
    try {
      header = new Header(block, 0, this.extended, this.global);
    } catch (e) {
      return fail('archive-entry-invalid', `a tar header cannot be read: ${e instanceof Error ? e.message : String(e)}`);
    }
    if (header.nullBlock) {
      // Two zero blocks end the archive; what follows (a writer's padding to its record size) is not read.
      if (++this.nullBlocks === 2) this.ended = true;
      return;
    }
    this.nullBlocks = 0;
    if (!header.cksumValid) fail('archive-entry-invalid', 'a tar header has a wrong checksum');
    if (!header.path) fail('archive-entry-invalid', 'a tar header has no path');
    const type = header.type;
    const link = type === 'Link' || type === 'SymbolicLink';
    if (link && !header.linkpath) fail('archive-entry-invalid', `${header.path}: a link without a target`);
    if (!link && !META_TYPES.has(type) && header.linkpath) fail('archive-entry-invalid', `${header.path}: a link target on an entry that is not a link`);
    const size = header.size ?? 0;
    this.entries++;
    this.remain = size;
    this.padding = (BLOCK - (size % BLOCK)) % BLOCK;
    if (META_TYPES.has(type)) {
      if (size > META_LIMIT) fail('archive-entry-invalid', `${header.path}: a ${size}-byte ${type} record`);
      this.meta = { type, parts: [] };
      this.sink = undefined;
    } else {
      this.meta = undefined;
      this.extended = undefined;
      this.sink = this.onEntry({ path: header.path, type, mode: header.mode ?? 0, size, linkpath: header.linkpath ?? '' });
    }
    if (size === 0) this.finishEntry();
  }

  private finishEntry(): void {
    if (this.meta) {
      const text = Buffer.concat(this.meta.parts).toString('utf8');
      switch (this.meta.type) {
        case 'GlobalExtendedHeader':
          this.global = Pax.parse(text, this.global, true);
          break;
        case 'NextFileHasLongPath':
        case 'OldGnuLongPath':
          this.extended = { ...this.extended, path: text.replace(/\0.*/s, '') };
          break;
        case 'NextFileHasLongLinkpath':
          this.extended = { ...this.extended, linkpath: text.replace(/\0.*/s, '') };
          break;
        default:
          this.extended = Pax.parse(text, this.extended, false);
      }
      this.meta = undefined;
      return;
    }
    this.sink?.end();
    this.sink = undefined;
  }
}

/** Entries that describe the next one (PAX records, GNU long names) rather than being one. */
const META_TYPES = new Set(['ExtendedHeader', 'OldExtendedHeader', 'GlobalExtendedHeader', 'NextFileHasLongPath', 'OldGnuLongPath', 'NextFileHasLongLinkpath']);

export interface ScanOptions {
  /** Sees every compressed byte (to hash the file as it is read once); the chunk is not kept past the call. */
  onCompressed?: (chunk: Buffer) => void;
  /** Each entry in archive order; what it returns receives the entry's data. */
  onEntry: (entry: ScannedEntry) => EntrySink | undefined;
}

/** How a scan ended: read to its end, or given up because the file is not the one gzip member it was read as. */
export type ScanOutcome = 'read' | 'not-one-member';

const CHUNK = 1 << 20;

/**
 * Reads a `.tar.gz` once to check it rather than unpack it: the compressed bytes, then each entry's data as it is
 * decompressed, without a stream per entry (see TarScanner). Same failures as readTarGz for a damaged archive.
 *
 * With `oneMember`, the file is read as the raw deflate data of a single gzip member, which is what every bundle
 * writer makes: gunzip's CRC-32 over every decompressed byte is then not computed, a tenth of the work, and the
 * sha256 of the file and of every file inside check far more than it does (the trailer's size is still checked).
 * A file that turns out not to be one member (several members, data after the end, a header out of the ordinary)
 * gives 'not-one-member' without a word: read it again without the option, which judges it.
 */
export async function scanTarGz(file: string, options: ScanOptions, { oneMember = false } = {}): Promise<ScanOutcome> {
  const layout = oneMember ? await gzipLayout(file).catch(() => undefined) : undefined;
  if (oneMember && !layout) return 'not-one-member';
  const scanner = new TarScanner(options.onEntry);
  const inflater = layout ? createInflateRaw({ chunkSize: CHUNK }) : createGunzip({ chunkSize: CHUNK });
  // An inflater fed past the end of its deflate data fails after its output has ended: that is seen by bytesWritten.
  let late: unknown;
  inflater.on('error', (e) => (late ??= e));
  let tail = Buffer.alloc(0);
  let produced = 0;
  const scanned = (async () => {
    for await (const chunk of inflater as AsyncIterable<Buffer>) {
      produced += chunk.length;
      scanner.write(chunk);
    }
  })();
  const fed = feedFile(file, inflater, {
    ...(layout
      ? {
          from: layout.start,
          to: layout.trailer,
          onChunk: (chunk: Buffer) => {
            options.onCompressed?.(chunk);
            tail = Buffer.concat([tail, chunk.subarray(-8)]).subarray(-8);
          },
        }
      : options.onCompressed ? { onChunk: options.onCompressed } : {}),
  });
  // Whichever side fails first decides the message; the other is stopped and awaited, so that no file stays open.
  scanned.catch(() => undefined);
  fed.catch(() => undefined);
  const wholeMember = () => !layout || inflater.bytesWritten === layout.trailer - layout.start;
  try {
    await Promise.all([fed, scanned]);
    if (!wholeMember()) return 'not-one-member';
    if (late) throw late;
    if (layout && tail.readUInt32LE(4) !== produced % 2 ** 32) {
      fail('archive-trailer', `its gzip trailer gives ${tail.readUInt32LE(4)} as the size mod 2^32 of the data, which is ${produced % 2 ** 32}`);
    }
    scanner.end();
    return 'read';
  } catch (e) {
    inflater.destroy();
    await fed.catch(() => undefined);
    if (!(e instanceof SlipwayError) && !wholeMember()) return 'not-one-member';
    if (e instanceof SlipwayError) {
      fail('archive-damaged', `${file} is not a readable .tar.gz: ${e.diagnostics.map((d) => d.message).join('; ')}`, { hint: 'download or copy it again' });
    }
    const message = e instanceof Error ? e.message : String(e);
    fail('archive-damaged', `${file} is not a readable .tar.gz: ${message}`, { hint: 'download or copy it again' });
  }
}
