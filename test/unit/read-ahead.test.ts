import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isSlipwayError } from '../../src/errors/diagnostic.js';
import { ReadAhead } from '../../src/bundle/read-ahead.js';
import type { TreeEntry } from '../../src/bundle/source-tree.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'slipway-read-ahead-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, data: Buffer, listedSize = data.length): TreeEntry {
  const source = path.join(dir, name);
  writeFileSync(source, data);
  return { type: 'file', path: name, mode: 0o644, size: listedSize, source };
}

async function read(reads: ReadAhead, index: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of reads.chunks(index)) parts.push(Buffer.from(chunk));
  return Buffer.concat(parts);
}

async function failure(reads: ReadAhead, index: number): Promise<string> {
  try {
    await read(reads, index);
  } catch (e) {
    if (isSlipwayError(e)) return e.diagnostics.map((d) => `${d.code}: ${d.message.replace(dir, 'DIR')}`).join('\n');
    throw e;
  }
  return 'no failure';
}

describe('ReadAhead', () => {
  it('gives the exact bytes of small files read ahead and of large files read in chunks, nothing for others', async () => {
    const small = randomBytes(3000);
    const large = randomBytes(3 * 1024 * 1024 + 17);
    const entries: TreeEntry[] = [{ type: 'dir', path: 'd', mode: 0o755 }, file('small', small), { type: 'symlink', path: 'l', mode: 0o777, target: 'small' }, file('large', large), file('empty', Buffer.alloc(0))];
    const reads = new ReadAhead(entries);
    expect((await read(reads, 0)).length).toBe(0);
    expect((await read(reads, 1)).equals(small)).toBe(true);
    expect((await read(reads, 2)).length).toBe(0);
    expect((await read(reads, 3)).equals(large)).toBe(true);
    expect((await read(reads, 4)).length).toBe(0);
  });

  it('fails, naming the file, when a file is not the size it was listed with', async () => {
    const entries = [file('grew', randomBytes(100), 90), file('shrank', randomBytes(2 * 1024 * 1024), 3 * 1024 * 1024)];
    const reads = new ReadAhead(entries);
    expect(await failure(reads, 0)).toBe('bundle-file-changed: DIR/grew changed while the bundle was written (expected 90 bytes)');
    expect(await failure(reads, 1)).toBe('bundle-file-changed: DIR/shrank changed while the bundle was written (expected 3145728 bytes)');
  });
});
