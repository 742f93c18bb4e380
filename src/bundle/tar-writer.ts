import { createHash } from 'node:crypto';
import { Header } from 'tar/header';
import { Pax } from 'tar/pax';
import { ReadAhead } from './read-ahead.js';
import type { TreeEntry } from './source-tree.js';

const BLOCK = 512;

/** A file as it went into the archive, hashed on the way. */
export interface WrittenFile {
  path: string;
  type: 'file' | 'symlink';
  mode: number;
  size: number;
  sha256?: string;
  target?: string;
}

export interface TarOptions {
  /** The single top folder every entry lives under. */
  top: string;
  mtime: Date;
  /**
   * The last entry, made from what was written before it (the bundle's own index). It comes last, like a zip's
   * central directory, so that each source file is read once and hashed while it is written.
   */
  trailer?: (files: WrittenFile[]) => { path: string; data: Buffer };
}

/**
 * The bytes of a reproducible ustar archive (PAX records only for paths too long for ustar), as a stream of chunks.
 * Every header carries the same mtime, uid/gid 0 and no owner names; node-tar encodes the header blocks.
 */
export async function* tarChunks(entries: TreeEntry[], options: TarOptions): AsyncGenerator<Buffer> {
  const written: WrittenFile[] = [];
  const reads = new ReadAhead(entries);
  yield header({ path: `${options.top}/`, type: 'Directory', mode: 0o755, size: 0 }, options.mtime);
  for (const [index, entry] of entries.entries()) {
    const archivePath = `${options.top}/${entry.path}`;
    if (entry.type === 'dir') {
      yield header({ path: `${archivePath}/`, type: 'Directory', mode: entry.mode, size: 0 }, options.mtime);
    } else if (entry.type === 'symlink') {
      yield header({ path: archivePath, type: 'SymbolicLink', mode: entry.mode, size: 0, linkpath: entry.target }, options.mtime);
      written.push({ path: entry.path, type: 'symlink', mode: entry.mode, size: 0, target: entry.target });
    } else {
      yield header({ path: archivePath, type: 'File', mode: entry.mode, size: entry.size }, options.mtime);
      const hash = createHash('sha256');
      for await (const chunk of reads.chunks(index)) {
        hash.update(chunk);
        yield chunk;
      }
      const pad = padding(entry.size);
      if (pad) yield pad;
      written.push({ path: entry.path, type: 'file', mode: entry.mode, size: entry.size, sha256: hash.digest('hex') });
    }
  }
  if (options.trailer) {
    const t = options.trailer(written);
    yield header({ path: `${options.top}/${t.path}`, type: 'File', mode: 0o644, size: t.data.length }, options.mtime);
    yield t.data;
    const pad = padding(t.data.length);
    if (pad) yield pad;
  }
  // Two zero blocks end the archive; GNU tar pads the whole to 10240 bytes, which readers do not need.
  yield Buffer.alloc(BLOCK * 2);
}

interface HeaderFields {
  path: string;
  type: 'File' | 'Directory' | 'SymbolicLink';
  mode: number;
  size: number;
  linkpath?: string;
}

function header(fields: HeaderFields, mtime: Date): Buffer {
  const data = { ...fields, uid: 0, gid: 0, uname: '', gname: '', mtime, linkpath: fields.linkpath ?? '' };
  const block = Buffer.alloc(BLOCK);
  const h = new Header(data);
  h.encode(block, 0);
  if (!h.needPax) return block;
  const pax = new Pax({ path: fields.path, ...(fields.linkpath ? { linkpath: fields.linkpath } : {}) }).encode();
  return Buffer.concat([pax, block]);
}

function padding(size: number): Buffer | undefined {
  const rest = size % BLOCK;
  return rest ? Buffer.alloc(BLOCK - rest) : undefined;
}
