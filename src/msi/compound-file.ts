import { closeSync, fstatSync, openSync, readSync, writeSync } from 'node:fs';
import { fail } from '../errors/diagnostic.js';

/**
 * A reader of OLE2 compound files ([MS-CFB]), the container an MSI is. It reads only what it is asked for: the header,
 * the directory and the sectors of the streams it opens, by positioned reads, so that reading the tables of an
 * installer costs the same whether its embedded cabinet holds kilobytes or gigabytes. The reads are synchronous: a
 * few small reads, where a round trip through the thread pool for each would cost more than the reading.
 *
 * Opened for writing, it overwrites bytes of a stream where they lie. Nothing else of the file changes (no sector is
 * allocated or freed, no size changes), which is all it takes to replace fixed-size fields such as time stamps.
 */

const SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const HEADER_SIZE = 512;
const HEADER_DIFAT_ENTRIES = 109;
const DIRECTORY_ENTRY_SIZE = 128;
/** Sector numbers at and above this one are markers (end of chain, free, FAT, DIFAT), never data. */
const MAX_REGULAR_SECTOR = 0xfffffffa;
const NO_STREAM = 0xffffffff;
const TYPE_STREAM = 2;
const TYPE_ROOT = 5;

export interface CompoundEntry {
  name: string;
  size: number;
  start: number;
}

export class CompoundFile {
  private readonly fatSectors = new Map<number, Uint32Array>();
  private mini: { stream: Buffer; fat: Uint32Array } | undefined;
  private readonly entries: CompoundEntry[] = [];
  private rootStart = 0;
  private rootSize = 0;
  private readonly sectorSize: number;
  private readonly miniSectorSize: number;
  private readonly miniCutoff: number;
  private readonly sectorCount: number;

  private constructor(
    private readonly fd: number,
    private readonly file: string,
    private readonly header: Buffer,
    fileSize: number,
  ) {
    this.sectorSize = 1 << header.readUInt16LE(0x1e);
    this.miniSectorSize = 1 << header.readUInt16LE(0x20);
    this.miniCutoff = header.readUInt32LE(0x38);
    this.sectorCount = Math.floor((fileSize - this.sectorSize) / this.sectorSize) + 1;
  }

  static open(file: string, mode: 'r' | 'r+' = 'r'): CompoundFile {
    const fd = openSync(file, mode);
    try {
      const size = fstatSync(fd).size;
      const header = Buffer.alloc(HEADER_SIZE);
      readSync(fd, header, 0, HEADER_SIZE, 0);
      const shift = header.readUInt16LE(0x1e);
      if (size < HEADER_SIZE || !header.subarray(0, 8).equals(SIGNATURE) || (shift !== 9 && shift !== 12) || header.readUInt16LE(0x20) !== 6) {
        fail('msi-unreadable', `${file} is not a Windows Installer database (no compound file header)`, { hint: 'the build tool wrote something else than an MSI' });
      }
      const cf = new CompoundFile(fd, file, header, size);
      cf.readDirectory();
      return cf;
    } catch (e) {
      closeSync(fd);
      throw e;
    }
  }

  close(): void {
    closeSync(this.fd);
  }

  /** The streams directly below the root storage (where an MSI keeps its tables), by their raw names. */
  streams(): CompoundEntry[] {
    return this.entries;
  }

  read(entry: CompoundEntry): Buffer {
    if (entry.size === 0) return Buffer.alloc(0);
    if (entry.size < this.miniCutoff) {
      const mini = this.miniStream();
      const out = Buffer.alloc(entry.size);
      let sector = entry.start;
      for (let offset = 0; offset < entry.size; offset += this.miniSectorSize) {
        const from = sector * this.miniSectorSize;
        if (sector > MAX_REGULAR_SECTOR || from >= mini.stream.length) this.corrupt('a small stream leaves the mini stream');
        mini.stream.copy(out, offset, from, from + Math.min(this.miniSectorSize, entry.size - offset));
        sector = mini.fat[sector] ?? NO_STREAM;
      }
      return out;
    }
    return this.readChain(this.chain(entry.start, Math.ceil(entry.size / this.sectorSize)), entry.size);
  }

  /** `length` bytes of a stream from `offset` on, without reading the rest of it. */
  readRange(entry: CompoundEntry, offset: number, length: number): Buffer {
    const out = Buffer.alloc(Math.max(0, Math.min(length, entry.size - offset)));
    this.forEachPiece(entry, offset, out.length, (position, at, n) => this.readAt(out, at, n, position));
    return out;
  }

  /** Overwrites bytes of a stream in place; they must lie within the stream. */
  write(entry: CompoundEntry, offset: number, bytes: Buffer): void {
    if (offset < 0 || offset + bytes.length > entry.size) this.corrupt('a write would leave its stream');
    this.forEachPiece(entry, offset, bytes.length, (position, at, n) => {
      if (writeSync(this.fd, bytes, at, n, position) !== n) this.corrupt('a write was cut short');
    });
    // The mini stream is kept in memory once read (a write to a small stream has read it): it must show the new bytes.
    if (this.mini && entry.size < this.miniCutoff) {
      const sectors = this.miniChain(entry);
      for (let k = 0; k < bytes.length; ) {
        const at = offset + k;
        const n = Math.min(this.miniSectorSize - (at % this.miniSectorSize), bytes.length - k);
        bytes.copy(this.mini.stream, sectors[Math.floor(at / this.miniSectorSize)]! * this.miniSectorSize + (at % this.miniSectorSize), k, k + n);
        k += n;
      }
    }
  }

  /**
   * Where the bytes [offset, offset + length) of a stream are in the file: called once per run that is contiguous there
   * (adjacent sectors, or 64-byte mini sectors, make one run), with its file position, its offset from `offset` and its
   * length.
   */
  private forEachPiece(entry: CompoundEntry, offset: number, length: number, each: (position: number, at: number, n: number) => void): void {
    let run: { position: number; at: number; n: number } | undefined;
    this.forEachSectorPiece(entry, offset, length, (position, at, n) => {
      if (run && run.position + run.n === position) run.n += n;
      else {
        if (run) each(run.position, run.at, run.n);
        run = { position, at, n };
      }
    });
    if (run) each(run.position, run.at, run.n);
  }

  private forEachSectorPiece(entry: CompoundEntry, offset: number, length: number, each: (position: number, at: number, n: number) => void): void {
    const small = entry.size < this.miniCutoff;
    const unit = small ? this.miniSectorSize : this.sectorSize;
    const sectors = small ? this.miniChain(entry) : this.chain(entry.start, Math.ceil(entry.size / this.sectorSize));
    const root = small ? this.chain(this.rootStart, Math.ceil(this.rootSize / this.sectorSize)) : [];
    for (let k = offset; k < offset + length; ) {
      const sector = sectors[Math.floor(k / unit)];
      if (sector === undefined) this.corrupt('a stream is shorter than its size');
      const n = Math.min(unit - (k % unit), offset + length - k);
      let position: number;
      if (small) {
        const inRoot = sector * this.miniSectorSize + (k % unit);
        const rootSector = root[Math.floor(inRoot / this.sectorSize)];
        if (rootSector === undefined) this.corrupt('a small stream leaves the mini stream');
        position = this.sectorOffset(rootSector) + (inRoot % this.sectorSize);
      } else position = this.sectorOffset(sector) + (k % unit);
      each(position, k - offset, n);
      k += n;
    }
  }

  /** The mini sectors of a small stream, in order. */
  private miniChain(entry: CompoundEntry): number[] {
    const { fat } = this.miniStream();
    const expected = Math.ceil(entry.size / this.miniSectorSize);
    const sectors: number[] = [];
    for (let sector = entry.start; sector <= MAX_REGULAR_SECTOR; sector = fat[sector] ?? NO_STREAM) {
      if (sectors.length >= expected) this.corrupt('a sector chain is longer than its stream');
      sectors.push(sector);
    }
    return sectors;
  }

  /** The bytes of a chain of sectors, read in one call per run of adjacent sectors. */
  private readChain(sectors: number[], size: number): Buffer {
    const out = Buffer.alloc(size);
    let i = 0;
    while (i < sectors.length) {
      let run = 1;
      while (i + run < sectors.length && sectors[i + run] === sectors[i]! + run) run++;
      const offset = i * this.sectorSize;
      this.readAt(out, offset, Math.min(run * this.sectorSize, size - offset), this.sectorOffset(sectors[i]!));
      i += run;
    }
    return out;
  }

  private corrupt(what: string): never {
    fail('msi-unreadable', `${this.file} is damaged: ${what}`, { hint: 'build it again; if it stays so, report it with the generated .wxs' });
  }

  private sectorOffset(sector: number): number {
    return (sector + 1) * this.sectorSize;
  }

  private readAt(buffer: Buffer, offset: number, length: number, position: number): void {
    const bytesRead = readSync(this.fd, buffer, offset, length, position);
    if (bytesRead !== length) this.corrupt('a stream runs past the end of the file');
  }

  /** The sector that holds the FAT entries from `index * perSector` on, read once. */
  private fatSector(index: number): Uint32Array {
    let cached = this.fatSectors.get(index);
    if (cached) return cached;
    const location = this.fatLocation(index);
    const buffer = Buffer.alloc(this.sectorSize);
    this.readAt(buffer, 0, this.sectorSize, this.sectorOffset(location));
    cached = new Uint32Array(buffer.buffer, buffer.byteOffset, this.sectorSize / 4);
    this.fatSectors.set(index, cached);
    return cached;
  }

  /** Where the index-th FAT sector is: in the header's DIFAT, or in the chain of DIFAT sectors after it. */
  private fatLocation(index: number): number {
    if (index >= this.header.readUInt32LE(0x2c)) this.corrupt('a sector chain leaves the allocation table');
    if (index < HEADER_DIFAT_ENTRIES) return this.header.readUInt32LE(0x4c + index * 4);
    const perDifat = this.sectorSize / 4 - 1;
    let rest = index - HEADER_DIFAT_ENTRIES;
    let difat = this.header.readUInt32LE(0x44);
    const buffer = Buffer.alloc(this.sectorSize);
    for (let hops = 0; ; hops++) {
      if (difat > MAX_REGULAR_SECTOR || hops > this.sectorCount) this.corrupt('the DIFAT chain is broken');
      this.readAt(buffer, 0, this.sectorSize, this.sectorOffset(difat));
      if (rest < perDifat) return buffer.readUInt32LE(rest * 4);
      rest -= perDifat;
      difat = buffer.readUInt32LE(perDifat * 4);
    }
  }

  /** The sectors of a chain; `expected` bounds it, so a looping chain in a damaged file ends in an error. */
  private chain(start: number, expected = this.sectorCount): number[] {
    const perSector = this.sectorSize / 4;
    const sectors: number[] = [];
    let sector = start;
    while (sector <= MAX_REGULAR_SECTOR) {
      if (sectors.length >= expected || sector >= this.sectorCount) this.corrupt('a sector chain is longer than its stream');
      sectors.push(sector);
      sector = (this.fatSector(Math.floor(sector / perSector)))[sector % perSector]!;
    }
    return sectors;
  }

  private readDirectory(): void {
    const sectors = this.chain(this.header.readUInt32LE(0x30));
    const directory = this.readChain(sectors, sectors.length * this.sectorSize);
    const count = directory.length / DIRECTORY_ENTRY_SIZE;
    const at = (i: number) => i * DIRECTORY_ENTRY_SIZE;
    const root = directory.subarray(0, DIRECTORY_ENTRY_SIZE);
    if (root[0x42] !== TYPE_ROOT) this.corrupt('the directory has no root entry');
    this.rootStart = root.readUInt32LE(0x74);
    this.rootSize = Number(root.readBigUInt64LE(0x78));
    // The root's children form a tree through their left and right siblings; walked with a stack, each entry once.
    const seen = new Set<number>();
    const stack = [root.readUInt32LE(0x4c)];
    while (stack.length > 0) {
      const i = stack.pop()!;
      if (i === NO_STREAM) continue;
      if (i >= count || seen.has(i)) this.corrupt('the directory tree is broken');
      seen.add(i);
      const e = directory.subarray(at(i), at(i) + DIRECTORY_ENTRY_SIZE);
      stack.push(e.readUInt32LE(0x44), e.readUInt32LE(0x48));
      if (e[0x42] !== TYPE_STREAM) continue;
      const nameBytes = Math.max(0, e.readUInt16LE(0x40) - 2);
      // Version 3 files keep only the low 32 bits of a stream's size meaningful.
      const size = this.header.readUInt16LE(0x1a) === 3 ? e.readUInt32LE(0x78) : Number(e.readBigUInt64LE(0x78));
      this.entries.push({ name: e.toString('utf16le', 0, Math.min(nameBytes, 64)), size, start: e.readUInt32LE(0x74) });
    }
  }

  /**
   * Small streams live in 64-byte sectors inside the root entry's own stream, chained by the mini FAT. Both are read
   * once and kept: they hold only streams under the cutoff (4 KiB each), never the cabinet.
   */
  private miniStream(): { stream: Buffer; fat: Uint32Array } {
    if (!this.mini) {
      const fatSectors = this.chain(this.header.readUInt32LE(0x3c));
      const table = this.readChain(fatSectors, fatSectors.length * this.sectorSize);
      const stream = this.readChain(this.chain(this.rootStart, Math.ceil(this.rootSize / this.sectorSize)), this.rootSize);
      this.mini = { stream, fat: new Uint32Array(table.buffer, table.byteOffset, table.length / 4) };
    }
    return this.mini;
  }
}
