/** The OS byte of the gzip header (RFC 1952, 2.3.1): 255 = unknown, the same whichever system compressed it. */
const OS_UNKNOWN = 0xff;

/**
 * A gzip header that carries nothing about the machine: deflate, no flags (no file name), mtime 0, the extra flags
 * zlib writes for the level (2 = slowest, 4 = fastest) and a fixed OS byte.
 */
export function portableGzipHeader(level: number): Buffer {
  const xfl = level === 9 ? 2 : level < 2 ? 4 : 0;
  return Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, xfl, OS_UNKNOWN]);
}

/** The default of both GNU gzip and zlib. */
export const DEFAULT_LEVEL = 6;
