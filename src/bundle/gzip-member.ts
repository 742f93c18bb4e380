import { open } from 'node:fs/promises';

/** What verify needs to read a one-member gzip file as raw deflate data: where that data starts and ends. */
export interface GzipLayout {
  /** Offset of the deflate data, after the member's header. */
  start: number;
  /** Offset of the 8-byte trailer (CRC-32 and size), the last bytes of the file when it is one member. */
  trailer: number;
}

const HEADER_READ = 64 * 1024;
const FHCRC = 2;
const FEXTRA = 4;
const FNAME = 8;
const FCOMMENT = 16;
const RESERVED = 0xe0;

/**
 * Where the deflate data of a gzip file lies if the file is a single member (RFC 1952), which is what every bundle
 * writer produces; undefined when its header is not one a reader could take as it is (then the file is read the
 * ordinary way, which explains what is wrong with it). Whether the deflate data really ends at the trailer is only
 * known once it has been inflated.
 */
export async function gzipLayout(file: string): Promise<GzipLayout | undefined> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    const head = Buffer.alloc(Math.min(HEADER_READ, size));
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const start = headerLength(head.subarray(0, bytesRead));
    if (start === undefined || start + 8 > size) return undefined;
    return { start, trailer: size - 8 };
  } finally {
    await handle.close();
  }
}

function headerLength(bytes: Buffer): number | undefined {
  if (bytes.length < 10 || bytes[0] !== 0x1f || bytes[1] !== 0x8b || bytes[2] !== 8) return undefined;
  const flags = bytes[3]!;
  if (flags & RESERVED) return undefined;
  let at = 10;
  if (flags & FEXTRA) {
    if (bytes.length < at + 2) return undefined;
    at += 2 + bytes.readUInt16LE(at);
  }
  for (const flag of [FNAME, FCOMMENT]) {
    if (!(flags & flag)) continue;
    const end = bytes.indexOf(0, at);
    if (end < 0) return undefined;
    at = end + 1;
  }
  if (flags & FHCRC) at += 2;
  return at <= bytes.length ? at : undefined;
}
