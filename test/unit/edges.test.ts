import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { hashFile, sha256Hex } from '../../src/util/hash.js';
import { streamToFileAtomic, writeFileAtomic } from '../../src/util/safe-write.js';
import { markdownTable } from '../../src/render/markdown-table.js';
import { didYouMean } from '../../src/matrix/did-you-mean.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'slipway-edges-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('hashing', () => {
  it('hashes a file as a stream: the sha256 that sha256sum prints, and the size', async () => {
    const file = path.join(dir, 'abc');
    writeFileSync(file, 'abc');
    expect(await hashFile(file)).toEqual({ sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad', size: 3 });
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('atomic writes', () => {
  it('writes whole files and leaves no temporary behind', async () => {
    const target = path.join(dir, 'a', 'out.txt');
    await writeFileAtomic(target, 'hello');
    expect(readFileSync(target, 'utf8')).toBe('hello');
    expect(readdirSync(path.dirname(target))).toEqual(['out.txt']);
  });

  it('a refused stream leaves the previous file untouched and no partial file', async () => {
    const target = path.join(dir, 'b', 'artifact.bin');
    await writeFileAtomic(target, 'good');
    await expect(streamToFileAtomic(target, Readable.from([Buffer.from('bad')]), async () => { throw new Error('digest mismatch'); })).rejects.toThrow('digest mismatch');
    expect(readFileSync(target, 'utf8')).toBe('good');
    expect(readdirSync(path.dirname(target))).toEqual(['artifact.bin']);
  });

  it('a stream that fails midway leaves nothing behind', async () => {
    const target = path.join(dir, 'c', 'artifact.bin');
    const failing = new Readable({ read() { this.destroy(new Error('connection reset')); } });
    await expect(streamToFileAtomic(target, failing)).rejects.toThrow('connection reset');
    expect(readdirSync(path.dirname(target))).toEqual([]);
  });
});

describe('markdown tables', () => {
  it('escapes pipes so that a range with || stays in its cell', () => {
    expect(markdownTable(['a', 'b'], [['^1 || ^2', 'x']])).toBe('| a | b |\n| --- | --- |\n| ^1 \\|\\| ^2 | x |');
  });
});

describe('did you mean', () => {
  it('suggests only close names', () => {
    expect(didYouMean('verison', ['version', 'kind'])).toBe('version');
    expect(didYouMean('kubernets', ['kubernetes', 'helm'])).toBe('kubernetes');
    expect(didYouMean('zzz', ['version', 'kind'])).toBeUndefined();
  });
});
