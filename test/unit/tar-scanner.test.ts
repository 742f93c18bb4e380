import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { Header, Pax, type HeaderData } from 'tar';
import { afterAll, describe, expect, it } from 'vitest';
import { isSlipwayError } from '../../src/errors/diagnostic.js';
import { scanTarGz, TarScanner } from '../../src/bundle/tar-scanner.js';

const pad = (n: number) => Buffer.alloc((512 - (n % 512)) % 512);

function entry(fields: HeaderData, body: Buffer = Buffer.alloc(0)): Buffer {
  const block = Buffer.alloc(512);
  new Header({ mode: 0o644, uid: 0, gid: 0, mtime: new Date(0), size: body.length, ...fields }).encode(block, 0);
  return Buffer.concat([block, body, pad(body.length)]);
}

const LONG = `top/${'deep/'.repeat(30)}file.txt`;
const big = Buffer.alloc(70_000, 'x');

/** A file, a folder, a symlink, a path too long for ustar (PAX), a GNU long name, an empty file, then the end. */
function archive(): Buffer {
  const gnuName = Buffer.from(`top/${'gnu/'.repeat(40)}named.txt\0`);
  return Buffer.concat([
    entry({ path: 'top/', type: 'Directory', mode: 0o755 }),
    entry({ path: 'top/a.txt', type: 'File' }, Buffer.from('hello\n')),
    entry({ path: 'top/link', type: 'SymbolicLink', linkpath: 'a.txt', mode: 0o777 }),
    new Pax({ path: LONG }).encode(),
    entry({ path: LONG.slice(0, 99), type: 'File', mode: 0o755 }, big),
    entry({ path: '././@LongLink', type: 'NextFileHasLongPath' }, gnuName),
    entry({ path: 'top/short', type: 'File' }, Buffer.from('gnu\n')),
    entry({ path: 'top/empty', type: 'File' }),
    Buffer.alloc(1024),
    // A writer's padding to its record size is not read.
    Buffer.alloc(4096),
  ]);
}

function scan(data: Buffer, piece: number): string[] {
  const seen: string[] = [];
  const scanner = new TarScanner((e) => {
    const h = createHash('sha256');
    let bytes = 0;
    return {
      data: (c) => {
        h.update(c);
        bytes += c.length;
      },
      end: () => seen.push(`${e.type} ${e.path} ${e.mode.toString(8)} ${e.size}=${bytes} ${e.linkpath} ${h.digest('hex').slice(0, 12)}`),
    };
  });
  for (let at = 0; at < data.length; at += piece) scanner.write(data.subarray(at, at + piece));
  scanner.end();
  return seen;
}

function failure(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    if (isSlipwayError(e)) return e.diagnostics.map((d) => `${d.code}: ${d.message}`).join('\n');
    throw e;
  }
  return 'no failure';
}

const sha = (b: string | Buffer) => createHash('sha256').update(b).digest('hex').slice(0, 12);

describe('TarScanner', () => {
  it('hands over every entry with its data, PAX and GNU long names applied, however the bytes are cut', () => {
    const expected = [
      `Directory top/ 755 0=0  ${sha('')}`,
      `File top/a.txt 644 6=6  ${sha('hello\n')}`,
      `SymbolicLink top/link 777 0=0 a.txt ${sha('')}`,
      `File ${LONG} 755 70000=70000  ${sha(big)}`,
      `File top/${'gnu/'.repeat(40)}named.txt 644 4=4  ${sha('gnu\n')}`,
      `File top/empty 644 0=0  ${sha('')}`,
    ];
    const data = archive();
    for (const piece of [1, 7, 511, 512, 513, 65_536, data.length]) expect(scan(data, piece), `${piece}-byte pieces`).toEqual(expected);
  });

  it('refuses a truncated archive, a damaged header and an empty input', () => {
    const data = archive();
    expect(failure(() => scan(data.subarray(0, 3000), 1000))).toBe('archive-truncated: the archive ends in the middle of an entry');
    expect(failure(() => scan(data.subarray(0, data.length - 1024 - 4096), 1 << 20))).toBe('archive-truncated: the archive ends in the middle of an entry');
    const damaged = Buffer.from(data);
    damaged[522] = damaged[522]! ^ 1;
    expect(failure(() => scan(damaged, 1 << 20))).toBe('archive-entry-invalid: a tar header has a wrong checksum');
    expect(failure(() => scan(Buffer.alloc(0), 1))).toBe('archive-empty: the archive holds nothing, not even its end');
  });

  it('refuses a link without a target', () => {
    const data = Buffer.concat([entry({ path: 'top/link', type: 'SymbolicLink', linkpath: '' }), Buffer.alloc(1024)]);
    expect(failure(() => scan(data, 512))).toBe('archive-entry-invalid: top/link: a link without a target');
  });
});

describe('scanTarGz', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'slipway-scan-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  // Several megabytes of data that does not compress, so that the file is read in several chunks.
  const large = randomBytes(5 * 1024 * 1024 + 123);
  const data = Buffer.concat([entry({ path: 'top/', type: 'Directory', mode: 0o755 }), entry({ path: 'top/large.bin', type: 'File' }, large), entry({ path: 'top/a.txt', type: 'File' }, Buffer.from('hello\n')), Buffer.alloc(1024)]);
  const gz = gzipSync(data);

  async function scanFile(bytes: Buffer | undefined, oneMember = false): Promise<string> {
    const file = path.join(dir, `${randomBytes(4).toString('hex')}.tar.gz`);
    if (bytes) writeFileSync(file, bytes);
    const outer = createHash('sha256');
    const seen: string[] = [];
    let outcome: string;
    try {
      outcome = await scanTarGz(file, {
        onCompressed: (c) => outer.update(c),
        onEntry: (e) => {
          const h = createHash('sha256');
          return { data: (c) => h.update(c), end: () => seen.push(`${e.path} ${h.digest('hex').slice(0, 12)}`) };
        },
      }, { oneMember });
    } catch (e) {
      if (!isSlipwayError(e)) throw e;
      return e.diagnostics.map((d) => `${d.code}: ${d.message.replace(file, 'FILE')}`).join('\n');
    }
    if (outcome === 'not-one-member') return outcome;
    return `${outer.digest('hex').slice(0, 12)} ${seen.join(', ')}`;
  }

  it('hashes the compressed bytes and every entry in one read of the file', async () => {
    expect(await scanFile(gz)).toBe(`${sha(gz)} top/ ${sha('')}, top/large.bin ${sha(large)}, top/a.txt ${sha('hello\n')}`);
  });

  it('turns a missing file, a cut gzip stream, damaged compressed data and a damaged tar into one clear failure', async () => {
    expect(await scanFile(undefined)).toMatch(/^archive-damaged: FILE is not a readable \.tar\.gz: ENOENT: no such file or directory/);
    expect(await scanFile(gz.subarray(0, gz.length - 5000))).toBe('archive-damaged: FILE is not a readable .tar.gz: unexpected end of file');
    const flipped = Buffer.from(gz);
    flipped[20] = flipped[20]! ^ 0xff;
    expect(await scanFile(flipped)).toMatch(/^archive-damaged: FILE is not a readable \.tar\.gz: (invalid|incorrect|unknown)/);
    const badHeader = Buffer.from(data);
    badHeader[520] = badHeader[520]! ^ 1;
    expect(await scanFile(gzipSync(badHeader))).toBe('archive-damaged: FILE is not a readable .tar.gz: a tar header has a wrong checksum');
  });

  it('reads one gzip member as raw deflate data, to the same result, and gives up on anything else', async () => {
    const expected = `${sha(gz)} top/ ${sha('')}, top/large.bin ${sha(large)}, top/a.txt ${sha('hello\n')}`;
    expect(await scanFile(gz, true)).toBe(expected);
    // A header with a file name and a comment (gzip -N writes the name) is read past.
    const named = Buffer.concat([Buffer.from([0x1f, 0x8b, 8, 8 | 16, 0, 0, 0, 0, 0, 3]), Buffer.from('bundle.tar\0a comment\0'), gz.subarray(10)]);
    expect(await scanFile(named, true)).toBe(`${sha(named)} ${expected.split(' ').slice(1).join(' ')}`);
    // Two members, the tar cut between them: gunzip reads both, the one-member reading gives up.
    const half = Math.floor(data.length / 2);
    const two = Buffer.concat([gzipSync(data.subarray(0, half)), gzipSync(data.subarray(half))]);
    expect(await scanFile(two, true)).toBe('not-one-member');
    expect(await scanFile(two)).toBe(`${sha(two)} ${expected.split(' ').slice(1).join(' ')}`);
    // Bytes after the member, and a header that is not gzip.
    expect(await scanFile(Buffer.concat([gz, Buffer.from('trailing bytes')]), true)).toBe('not-one-member');
    expect(await scanFile(Buffer.from('not gzip at all'), true)).toBe('not-one-member');
  });

  it('refuses, reading as verify does (one member first), a cut file, damaged data and a trailer that gives another size', async () => {
    const asVerify = async (bytes: Buffer) => {
      const first = await scanFile(bytes, true);
      return first === 'not-one-member' ? scanFile(bytes) : first;
    };
    expect(await asVerify(gz.subarray(0, gz.length - 5000))).toBe('archive-damaged: FILE is not a readable .tar.gz: unexpected end of file');
    const flipped = Buffer.from(gz);
    flipped[20] = flipped[20]! ^ 0xff;
    expect(await asVerify(flipped)).toMatch(/^archive-damaged: FILE is not a readable \.tar\.gz: (invalid|incorrect|unknown)/);
    const resized = Buffer.from(gz);
    resized.writeUInt32LE((data.length + 1) % 2 ** 32, gz.length - 4);
    expect(await scanFile(resized, true)).toBe(`archive-damaged: FILE is not a readable .tar.gz: its gzip trailer gives ${data.length + 1} as the size mod 2^32 of the data, which is ${data.length}`);
  });
});
