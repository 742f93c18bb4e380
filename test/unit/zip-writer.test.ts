import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import { inFormat, parseBundleFormats } from '../../src/bundle/formats.js';
import type { BundleSpec } from '../../src/bundle/build.js';
import type { TreeEntry } from '../../src/bundle/source-tree.js';
import { DosClock, zipStream } from '../../src/bundle/zip-writer.js';
import yazl from 'yazl';

const tmp = mkdtempSync(path.join(tmpdir(), 'slipway-zip-unit-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('bundle formats', () => {
  it('reads tar.gz, zip and both in one fixed order', () => {
    expect(parseBundleFormats([])).toEqual(['tar.gz']);
    expect(parseBundleFormats(['zip'])).toEqual(['zip']);
    expect(parseBundleFormats(['zip,tar.gz'])).toEqual(['tar.gz', 'zip']);
    expect(parseBundleFormats(['tar.gz zip', 'zip'])).toEqual(['tar.gz', 'zip']);
    expect(() => parseBundleFormats(['tgz'])).toThrow('--format must be tar.gz, zip or tar.gz,zip, not "tgz"');
  });

  it('names the file of a bundle after its format', () => {
    const spec = { name: 'k8s', top: 'demo-k8s-1.0.0', file: 'demo-k8s-1.0.0.tar.gz' } as BundleSpec;
    expect(inFormat(spec, 'zip')).toMatchObject({ file: 'demo-k8s-1.0.0.zip', format: 'zip', top: 'demo-k8s-1.0.0' });
  });
});

describe('DOS time of zip entries', () => {
  // A zone with a half-hour offset and summer time, so that any local-time reading shows.
  const zone = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = 'America/St_Johns';
  });
  afterAll(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });
  // yazl's own conversion, fed the clock: the fields must be the UTC wall clock whatever TZ this process runs in.
  // Exported by yazl, not declared by its types.
  const { dateToDosDateTime } = yazl as unknown as { dateToDosDateTime(d: Date): { date: number; time: number } };
  const fields = (iso: string) => dateToDosDateTime(new DosClock(new Date(iso)));
  const expected = (y: number, mo: number, d: number, h: number, mi: number, s: number) => ({ date: ((y - 1980) << 9) | (mo << 5) | d, time: (h << 11) | (mi << 5) | (s >> 1) });

  it('is the UTC wall clock, seconds rounded down to even', () => {
    expect(fields('2026-01-01T00:00:00Z')).toEqual(expected(2026, 1, 1, 0, 0, 0));
    expect(fields('2024-03-31T02:30:59Z')).toEqual(expected(2024, 3, 31, 2, 30, 58));
    expect(fields('1980-01-01T03:00:00Z')).toEqual(expected(1980, 1, 1, 3, 0, 0));
  });

  it('is clamped to what DOS can hold, 1980-01-01 to 2107-12-31 23:59:58', () => {
    expect(fields('1970-01-01T00:00:00Z')).toEqual(expected(1980, 1, 1, 0, 0, 0));
    expect(fields('1979-12-31T23:59:59Z')).toEqual(expected(1980, 1, 1, 0, 0, 0));
    expect(fields('2200-06-01T12:00:00Z')).toEqual(expected(2107, 12, 31, 23, 59, 58));
  });

  it('keeps the real time for the UTC time stamp', () => {
    expect(new Date(2026, 0, 1).getTimezoneOffset()).toBe(210);
    expect(new DosClock(new Date(0)).getTime()).toBe(0);
  });
});

describe('zip writer', () => {
  it('switches to Zip64 when the entries do not fit the classic end record', async () => {
    const source = path.join(tmp, 'one.txt');
    writeFileSync(source, 'same\n');
    const count = 0x10000 + 10;
    const entries: TreeEntry[] = Array.from({ length: count }, (_, i) => ({ type: 'file', path: `f/${String(i).padStart(6, '0')}`, mode: 0o644, size: 5, source }));
    // Stored (level 0): the end records are what is tested here, not deflate.
    const { stream, files } = zipStream(entries, { top: 'big', mtime: new Date(0), level: 0 });
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(c as Buffer);
    const zip = Buffer.concat(chunks);
    expect((await files).length).toBe(count);
    // The Zip64 end of central directory record and its locator precede the classic end record.
    expect(zip.subarray(zip.length - 22 - 20 - 56, zip.length - 22 - 20 - 52).readUInt32LE(0)).toBe(0x06064b50);
    expect(zip.readUInt16LE(zip.length - 22 + 10)).toBe(0xffff);
    const reader = await yauzl.fromBufferPromise(zip, {});
    expect(reader.entryCount).toBe(count + 1);
    let seen = 0;
    let hash = '';
    for await (const entry of reader.eachEntry()) {
      seen++;
      if (entry.fileName === 'big/f/065545') {
        const h = createHash('sha256');
        for await (const c of await reader.openReadStreamPromise(entry)) h.update(c as Buffer);
        hash = h.digest('hex');
      }
    }
    expect(seen).toBe(count + 1);
    expect(hash).toBe(createHash('sha256').update('same\n').digest('hex'));
  }, 120_000);
});
