import { availableParallelism } from 'node:os';
import { constants, crc32, deflateRaw, type ZlibOptions } from 'node:zlib';
import { portableGzipHeader } from './portable-gzip.js';

/**
 * Input bytes per block. Fixed, because the block boundaries shape the compressed bytes: a different size would be a
 * different (equally valid) archive. 1 MiB keeps the cost of starting a block small beside compressing it, and the
 * ratio within a fraction of a percent of one whole stream.
 */
export const GZIP_BLOCK_SIZE = 1 << 20;
/** Deflate looks back at most 32 KiB: priming a block with that much of the one before loses no match. */
const WINDOW = 32 * 1024;

export interface BlockGzipOptions {
  level: number;
  /** Input bytes per block (at least 32 KiB). Tests use small blocks; builds use GZIP_BLOCK_SIZE. */
  blockSize?: number;
  /** Blocks being compressed at once; it bounds memory and never changes the output. */
  inFlight?: number;
}

/**
 * gzip (RFC 1952) of a byte stream as one member, compressed in fixed-size blocks side by side on the thread pool:
 * one deflate stream per block, primed with the last 32 KiB of the block before as its dictionary and ended with a
 * sync flush (the last one with a final block), so the concatenated blocks form a single deflate stream that any
 * gunzip reads. The output depends only on the input, the level and the block size, never on timing or the number
 * of threads. The header is portable: no name, mtime 0, OS unknown. Memory is bounded by `inFlight` blocks.
 */
export async function* gzipBlocks(source: AsyncIterable<Uint8Array>, options: BlockGzipOptions): AsyncGenerator<Buffer> {
  const level = options.level;
  const blockSize = options.blockSize ?? GZIP_BLOCK_SIZE;
  if (blockSize < WINDOW) throw new RangeError(`a gzip block must hold at least ${WINDOW} bytes`);
  const inFlight = Math.max(1, options.inFlight ?? 2 * availableParallelism());
  const queue: { job: Promise<Buffer>; input: Buffer }[] = [];
  let crc = 0;
  let size = 0;
  let dictionary: Buffer | undefined;
  // A full block is sent only once the next byte arrives: the last block is compressed differently.
  let full: Buffer | undefined;
  let block: Buffer = Buffer.allocUnsafe(blockSize);
  let filled = 0;

  // Input blocks are reused once compressed, so that memory is a few blocks, not a stream of garbage waiting for
  // the collector.
  const spare: Buffer[] = [];
  const send = (data: Buffer, last: boolean) => {
    crc = crc32(data, crc);
    size += data.length;
    const job = deflateBlock(data, { level, last, ...(dictionary ? { dictionary } : {}) });
    // A failure is seen when the job's turn comes; until then it must not count as unhandled.
    job.catch(() => undefined);
    queue.push({ job, input: data });
    // A copy: the block itself goes back to the spares once compressed.
    dictionary = data.length >= WINDOW ? Buffer.from(data.subarray(data.length - WINDOW)) : undefined;
  };
  const done = async () => {
    const { job, input } = queue.shift()!;
    const out = await job;
    if (input.length === blockSize) spare.push(input);
    return out;
  };

  yield portableGzipHeader(level);
  for await (const chunk of source) {
    let at = 0;
    while (at < chunk.length) {
      if (filled === blockSize) {
        if (full) send(full, false);
        full = block;
        block = spare.pop() ?? Buffer.allocUnsafe(blockSize);
        filled = 0;
      }
      const n = Math.min(blockSize - filled, chunk.length - at);
      block.set(chunk.subarray(at, at + n), filled);
      filled += n;
      at += n;
    }
    while (queue.length >= inFlight) yield await done();
  }
  if (full) send(full, false);
  send(filled === blockSize ? block : block.subarray(0, filled), true);
  while (queue.length) yield await done();
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE(size % 2 ** 32, 4);
  yield trailer;
}

/**
 * Blocks being compressed at once over every stream of the process: one less than the thread pool's threads. File
 * reads run on the same pool, first come first served; with a thread always free for them the reading keeps ahead
 * of the compression instead of queueing behind it, which would leave the cores idle.
 */
const COMPRESSING = Math.max(1, (Number(process.env.UV_THREADPOOL_SIZE) || 4) - 1);
let compressing = 0;
const waitingForThread: (() => void)[] = [];

async function deflateBlock(data: Buffer, options: { level: number; last: boolean; dictionary?: Buffer }): Promise<Buffer> {
  while (compressing >= COMPRESSING) await new Promise<void>((resolve) => waitingForThread.push(resolve));
  compressing++;
  try {
    return await deflateOnThreadPool(data, options);
  } finally {
    compressing--;
    waitingForThread.shift()?.();
  }
}

function deflateOnThreadPool(data: Buffer, options: { level: number; last: boolean; dictionary?: Buffer }): Promise<Buffer> {
  const zlibOptions: ZlibOptions = {
    level: options.level,
    finishFlush: options.last ? constants.Z_FINISH : constants.Z_SYNC_FLUSH,
    // Room for the whole compressed block (data that does not compress grows by a few bytes per stored block): one
    // hand-off to the thread pool.
    chunkSize: data.length + (data.length >> 6) + 1024,
    ...(options.dictionary ? { dictionary: options.dictionary } : {}),
  };
  return new Promise((resolve, reject) => deflateRaw(data, zlibOptions, (error, out) => (error ? reject(error) : resolve(out))));
}
