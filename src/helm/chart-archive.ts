import { open } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { pipeline } from 'node:stream/promises';
import path from 'node:path';
import { Parser, type ReadEntry } from 'tar';
import { SlipwayError } from '../errors/diagnostic.js';
import { HashingStream, sha256Hex } from '../util/hash.js';

/**
 * Reads a chart archive (.tgz) in one streaming pass: its sha256 as the bytes go by, and the Chart.yaml (and a v1
 * chart's requirements.yaml) of its top folder. Nothing is written to disk. Every entry is checked the way Helm checks
 * it before trusting an archive: no absolute path, nothing above the chart folder, no drive letters, no Chart.yaml
 * at the top level, at most 100 MiB once decompressed.
 */
export const MAX_DECOMPRESSED = 100 * 1024 * 1024;
/** Files of the top folder kept in memory while reading; everything else is only measured. */
const KEPT = new Set(['Chart.yaml', 'requirements.yaml']);

export interface ArchiveContents {
  files: Map<string, string>;
  /** Number of files (directories not counted). */
  count: number;
  /** Decompressed size of all files. */
  size: number;
  sha256: string;
  bytes: number;
}

const refuse = (file: string, message: string, hint?: string) =>
  new SlipwayError({ code: 'chart-archive', message, location: { file, line: 1, col: 1 }, ...(hint ? { hint } : {}) });

/** Helm's test of a chart archive's content, so a values.yaml given where a chart belongs gets a clear message. */
function notGzip(file: string, shown: string): never {
  if (/\.ya?ml$/.test(file)) throw refuse(shown, `file '${shown}' seems to be a YAML file, but expected a gzipped archive`);
  throw refuse(shown, `file '${shown}' does not appear to be a gzipped archive`, 'a chart archive is a .tgz made by `slipway chart package` or `helm package`');
}

/** The path of an entry inside the chart, after Helm's checks; undefined for entries that carry no file. */
export function chartPathOf(entryPath: string): { path: string; top: string } | { error: string } {
  const delimiter = entryPath.includes('\\') ? '\\' : '/';
  const parts = entryPath.split(delimiter);
  const inside = parts.slice(1).join('/');
  if (inside.startsWith('/')) return { error: 'chart illegally contains absolute paths' };
  const clean = path.posix.normalize(inside === '' ? '.' : inside).replace(/\/$/, '');
  if (clean === '.' || clean === '') return { error: `chart illegally contains content outside the base directory: "${entryPath}"` };
  if (clean.startsWith('..')) return { error: 'chart illegally references parent directory' };
  if (/^[a-zA-Z]:\//.test(clean)) return { error: 'chart contains illegally named files' };
  if (parts[0] === 'Chart.yaml') return { error: 'chart yaml not in base directory' };
  return { path: clean, top: parts[0]! };
}

/**
 * Packages are small; below this size one read of the file replaces the stream's open, read and close round trips
 * (which dominate when an index is built from thousands of packages). Memory stays bounded by this size.
 */
const SMALL = 1024 * 1024;

export async function readChartArchive(file: string, shown = file): Promise<ArchiveContents> {
  const handle = await open(file, 'r');
  let small: Buffer | undefined;
  try {
    const { size } = await handle.stat();
    const head = Buffer.alloc(Math.min(size, size <= SMALL ? size : 3));
    if (head.length > 0) await handle.read(head, 0, head.length, 0);
    if (!(head.length >= 3 && head[0] === 0x1f && head[1] === 0x8b && head[2] === 0x08)) notGzip(file, shown);
    if (size <= SMALL) small = head;
  } finally {
    await handle.close();
  }
  const files = new Map<string, string>();
  const state = { count: 0, size: 0, problem: undefined as SlipwayError | undefined };
  const parser = entryReader(shown, files, state);
  let parseError: unknown;
  parser.on('error', (e: unknown) => {
    parseError ??= e;
  });
  let digest: { sha256: string; size: number };
  try {
    if (small) {
      digest = { sha256: sha256Hex(small), size: small.length };
      // Inflated as a stream even from memory: a small file may still expand to a lot (a gzip bomb).
      const gz = createGunzip();
      await new Promise<void>((resolve, reject) => {
        gz.on('data', (chunk: Buffer) => {
          if (parseError || state.problem) {
            gz.destroy();
            resolve();
            return;
          }
          parser.write(chunk);
        });
        gz.on('error', reject);
        gz.on('end', () => parser.end(() => resolve()));
        gz.end(small);
      });
      if (parseError) throw parseError;
    } else {
      const meter = new HashingStream();
      await pipeline(createReadStream(file), meter, createGunzip(), async (source: AsyncIterable<Buffer>) => {
        for await (const chunk of source) {
          if (parseError) throw parseError;
          if (!parser.write(chunk)) await new Promise((resolve) => parser.once('drain', resolve));
        }
        await new Promise<void>((resolve) => parser.end(() => resolve()));
        if (parseError) throw parseError;
      });
      digest = meter.digest();
    }
  } catch (e) {
    if (state.problem) throw state.problem;
    const message = e instanceof Error ? e.message : String(e);
    throw refuse(shown, `the archive is corrupt: ${message}`, 'package the chart again');
  }
  if (state.problem) throw state.problem;
  if (state.count === 0) throw refuse(shown, 'no files in chart archive');
  return { files, count: state.count, size: state.size, sha256: digest.sha256, bytes: digest.size };
}

function entryReader(shown: string, files: Map<string, string>, state: { count: number; size: number; problem: SlipwayError | undefined }): Parser {
  return new Parser({
    strict: true,
    onReadEntry: (entry: ReadEntry) => {
      if (state.problem || entry.type === 'Directory' || entry.type === 'GlobalExtendedHeader' || entry.type === 'ExtendedHeader') {
        entry.resume();
        return;
      }
      const where = chartPathOf(entry.path);
      if ('error' in where) {
        state.problem = refuse(shown, where.error);
        entry.resume();
        return;
      }
      state.count++;
      state.size += entry.size;
      if (state.size > MAX_DECOMPRESSED) {
        state.problem = refuse(shown, `decompressed chart is larger than the maximum size ${MAX_DECOMPRESSED}`);
        entry.resume();
        return;
      }
      if (!KEPT.has(where.path)) {
        entry.resume();
        return;
      }
      const chunks: Buffer[] = [];
      entry.on('data', (c: Buffer) => chunks.push(c));
      entry.on('end', () => {
        let text = Buffer.concat(chunks).toString('utf8');
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
        files.set(where.path, text);
      });
    },
  });
}
