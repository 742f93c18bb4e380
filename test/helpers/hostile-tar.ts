import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { Header } from 'tar';

export interface RawEntry {
  path: string;
  type: 'File' | 'Directory' | 'SymbolicLink' | 'Link' | 'CharacterDevice' | 'FIFO';
  body?: string;
  linkpath?: string;
}

/** Writes a .tar.gz with exactly these headers, however hostile: what a careful extractor has to refuse. */
export function writeRawTarGz(file: string, entries: RawEntry[]): void {
  const blocks: Buffer[] = [];
  for (const e of entries) {
    const body = Buffer.from(e.body ?? '');
    const block = Buffer.alloc(512);
    new Header({ path: e.path, type: e.type, mode: e.type === 'Directory' ? 0o755 : 0o644, size: body.length, mtime: new Date(0), uid: 0, gid: 0, linkpath: e.linkpath ?? '', ...(e.type === 'CharacterDevice' ? { devmaj: 1, devmin: 3 } : {}) }).encode(block, 0);
    blocks.push(block, body, Buffer.alloc((512 - (body.length % 512)) % 512));
  }
  blocks.push(Buffer.alloc(1024));
  writeFileSync(file, gzipSync(Buffer.concat(blocks)));
}
