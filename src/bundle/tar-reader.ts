import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { Parser, type ReadEntry } from 'tar';
import { fail, SlipwayError } from '../errors/diagnostic.js';

export interface ReadOptions {
  /**
   * Handles one entry; entries are handled one after the other, in archive order. The entry's data must be consumed
   * (or `entry.resume()` called) for the archive to go on.
   */
  onEntry: (entry: ReadEntry) => Promise<void> | void;
}

/**
 * Streams a `.tar.gz` once: decompression on the thread pool (node's zlib), tar parsing by node-tar in strict mode
 * (a damaged header or checksum is an error, not a warning). Memory stays bounded whatever the archive's size.
 */
export async function readTarGz(file: string, options: ReadOptions): Promise<void> {
  const parser = new Parser({ strict: true, noResume: true });
  let chain: Promise<void> = Promise.resolve();
  let failure: unknown;
  parser.on('entry', (entry: ReadEntry) => {
    chain = chain.then(async () => {
      if (failure) {
        entry.resume();
        return;
      }
      try {
        await options.onEntry(entry);
      } catch (e) {
        failure ??= e;
        entry.resume();
      }
    });
  });
  parser.on('error', (e: unknown) => {
    failure ??= e;
  });
  const gunzip = createGunzip({ chunkSize: 1 << 20 });
  const input = createReadStream(file, { highWaterMark: 1 << 20 });
  const finished = once(parser, 'end');
  try {
    input.on('error', (e) => gunzip.destroy(e));
    input.pipe(gunzip);
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      if (failure) break;
      if (!parser.write(chunk)) await drained(parser);
    }
    if (!failure) {
      parser.end();
      await Promise.race([finished, new Promise((_resolve, reject) => parser.once('error', reject))]);
    }
    await chain;
  } catch (e) {
    failure ??= e;
  } finally {
    input.destroy();
  }
  if (failure) {
    if (failure instanceof SlipwayError) throw failure;
    const message = failure instanceof Error ? failure.message : String(failure);
    fail('archive-damaged', `${file} is not a readable .tar.gz: ${message}`, { hint: 'download or copy it again' });
  }
}

/** Resolves on 'drain' or 'error' (the error itself is collected elsewhere), leaving no listener behind. */
function drained(parser: Parser): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      parser.off('drain', done);
      parser.off('error', done);
      resolve();
    };
    parser.on('drain', done);
    parser.on('error', done);
  });
}
