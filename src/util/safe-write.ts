import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/**
 * Outputs appear whole or not at all: bytes go to a temporary file beside the target, which is renamed into place
 * only when complete (rename is atomic within a file system). A failure leaves no half-written file behind.
 */
function temporaryBeside(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.partial`);
}

export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true });
  const temporary = temporaryBeside(target);
  try {
    await writeFile(temporary, data);
    await rename(temporary, target);
  } catch (e) {
    await rm(temporary, { force: true });
    throw e;
  }
}

/** Streams into a temporary file; `accept` may inspect it (e.g. check a digest) before it is moved into place. */
export async function streamToFileAtomic(
  target: string,
  source: Readable,
  accept?: (temporaryPath: string) => Promise<void>,
): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true });
  const temporary = temporaryBeside(target);
  try {
    await pipeline(source, createWriteStream(temporary));
    if (accept) await accept(temporary);
    await rename(temporary, target);
  } catch (e) {
    await rm(temporary, { force: true });
    throw e;
  }
}
