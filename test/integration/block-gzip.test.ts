import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { crc32, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { gzipBlocks, GZIP_BLOCK_SIZE } from '../../src/bundle/block-gzip.js';
import { writeProject } from '../helpers/bundle-project.js';
import { requireTool } from '../helpers/require-tool.js';
import { runCli } from '../helpers/run-cli.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'slipway-block-gzip-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Small blocks, so that the tests cross many block boundaries with little data. */
const BLOCK = 32 * 1024;

/** Reproducible data that compresses like a release: runs of text between stretches of noise. */
function sample(bytes: number, seed = 1): Buffer {
  const out = Buffer.alloc(bytes);
  let state = seed;
  const text = Buffer.from('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: example\n');
  for (let i = 0; i < bytes; i++) {
    if ((i >> 12) % 3 === 2) {
      state = (state * 1103515245 + 12345) >>> 0;
      out[i] = state >>> 24;
    } else {
      out[i] = text[i % text.length]!;
    }
  }
  return out;
}

async function* pieces(data: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let at = 0; at < data.length; at += size) yield data.subarray(at, at + size);
}

async function compress(data: Buffer, options: { blockSize?: number; inFlight?: number; piece?: number } = {}): Promise<Buffer> {
  const out: Buffer[] = [];
  for await (const c of gzipBlocks(pieces(data, options.piece ?? 10_000), { level: 6, blockSize: options.blockSize ?? BLOCK, ...(options.inFlight ? { inFlight: options.inFlight } : {}) })) out.push(c);
  return Buffer.concat(out);
}

let files = 0;
function gnuGunzip(gz: Buffer): { test: number | null; data: Buffer } {
  const file = path.join(tmp, `${++files}.gz`);
  writeFileSync(file, gz);
  const test = spawnSync('gzip', ['-t', file]).status;
  const data = spawnSync('gzip', ['-dc', file], { maxBuffer: 1 << 28 }).stdout;
  return { test, data };
}

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('block gzip', () => {
  const sizes: [string, number][] = [
    ['empty input', 0],
    ['one byte', 1],
    ['less than a block', BLOCK - 1],
    ['exactly one block', BLOCK],
    ['exactly three blocks', 3 * BLOCK],
    ['one byte over three blocks', 3 * BLOCK + 1],
    ['many blocks and a partial one', 40 * BLOCK + 12_345],
  ];

  for (const [name, bytes] of sizes) {
    it(`round-trips ${name} (${bytes} bytes) through node's gunzip and GNU gzip`, async () => {
      requireTool('gzip', 'gzip');
      const data = sample(bytes);
      const gz = await compress(data);
      expect(sha(gunzipSync(gz))).toBe(sha(data));
      const gnu = gnuGunzip(gz);
      expect(gnu.test).toBe(0);
      expect(gnu.data.length).toBe(bytes);
      expect(sha(gnu.data)).toBe(sha(data));
      // One member: a portable header, then the CRC32 and size of the whole input.
      expect([...gz.subarray(0, 10)]).toEqual([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);
      expect(gz.readUInt32LE(gz.length - 8)).toBe(crc32(data));
      expect(gz.readUInt32LE(gz.length - 4)).toBe(bytes);
    });
  }

  it('writes the empty input as a header, one empty final block and a zero trailer', async () => {
    expect([...(await compress(Buffer.alloc(0)))]).toEqual([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('gives the same bytes whatever the number of blocks in flight and however the input is cut', async () => {
    const data = sample(25 * BLOCK + 777, 7);
    const reference = await compress(data, { inFlight: 1, piece: 1 << 20 });
    for (const variant of [
      { inFlight: 2, piece: 4099 },
      { inFlight: 3, piece: 511 },
      { inFlight: 8, piece: BLOCK },
      { inFlight: 64, piece: BLOCK + 1 },
    ]) {
      expect(sha(await compress(data, variant)), JSON.stringify(variant)).toBe(sha(reference));
    }
  });

  it('compresses within 1% of a single gzip stream at the same level', async () => {
    const data = sample(6 * GZIP_BLOCK_SIZE + 1000, 3);
    const blocks = await compress(data, { blockSize: GZIP_BLOCK_SIZE });
    const whole = gzipSync(data, { level: 6 });
    expect(blocks.length / whole.length).toBeLessThan(1.01);
    expect(sha(gunzipSync(blocks))).toBe(sha(data));
  });

  it('refuses a block smaller than the deflate window', async () => {
    await expect(compress(sample(10), { blockSize: 1024 })).rejects.toThrow('at least 32768 bytes');
  });
});

describe('bundles compressed in blocks', () => {
  it('are the same bytes with one compressing thread or fifteen, and GNU gzip and tar read them', () => {
    requireTool('gzip', 'gzip');
    requireTool('tar', 'tar');
    const project = writeProject(path.join(tmp, 'project'));
    // Several blocks, some that compress and some that do not.
    writeFileSync(path.join(project, 'charts/app/payload.bin'), Buffer.concat([sample(3 * GZIP_BLOCK_SIZE + 5000, 11), Buffer.alloc(GZIP_BLOCK_SIZE, 'text ')]));
    const built = ['2', '16'].map((threads) => {
      const out = path.join(tmp, `out-${threads}`);
      const r = runCli(['bundle', '--out', out, '--version', '2.1.0', '--bundle', 'k8s'], { cwd: project, env: { SOURCE_DATE_EPOCH: '1767225600', UV_THREADPOOL_SIZE: threads } });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      return path.join(out, 'demo-k8s-2.1.0.tar.gz');
    });
    expect(sha(readFileSync(built[1]!))).toBe(sha(readFileSync(built[0]!)));
    expect(spawnSync('gzip', ['-t', built[0]!]).status).toBe(0);
    const listing = spawnSync('tar', ['-tzf', built[0]!], { encoding: 'utf8' });
    expect(listing.status).toBe(0);
    expect(listing.stdout.split('\n')).toContain('demo-k8s-2.1.0/app/payload.bin');
  });
});
