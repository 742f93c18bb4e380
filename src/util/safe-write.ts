import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { hashFile, HashingStream, type Digest } from './hash.js';

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

export type Placement = 'created' | 'unchanged' | 'replaced';

/**
 * Writes an artifact through a temporary file, then places it without ever losing or silently replacing one: when the
 * target already holds the same bytes it is left alone (its time stamps too, so a re-run changes nothing); when it
 * holds different bytes it is replaced only if `replace` says so, else `onConflict` decides what to throw.
 * `write` gets the temporary path and returns the sha256 of what it wrote (it hashes while writing).
 */
export interface ArtifactOptions {
  replace?: boolean;
  existingSha256?: (file: string) => Promise<string | undefined>;
  onConflict: (existing: string, written: string) => never;
}

export async function writeArtifact(target: string, write: (temporaryPath: string) => Promise<string>, options: ArtifactOptions): Promise<{ placement: Placement; sha256: string }> {
  await mkdir(path.dirname(target), { recursive: true });
  const temporary = temporaryBeside(target);
  try {
    const sha256 = await write(temporary);
    const existing = await (options.existingSha256 ?? sha256OfExisting)(target);
    if (existing === sha256) {
      await rm(temporary, { force: true });
      return { placement: 'unchanged', sha256 };
    }
    if (existing !== undefined && !options.replace) options.onConflict(existing, sha256);
    await rename(temporary, target);
    return { placement: existing === undefined ? 'created' : 'replaced', sha256 };
  } catch (e) {
    await rm(temporary, { force: true });
    throw e;
  }
}

/**
 * writeArtifact for what a stream produces (an archive): written to the temporary file and hashed on the way. `open`
 * starts the stream, with a promise of the producer's own bookkeeping to wait for when it has one; `check` sees the
 * digest before the file is placed, and may refuse it by throwing.
 */
export async function streamArtifact(
  target: string,
  open: () => { stream: Readable; done?: Promise<unknown> },
  options: ArtifactOptions & { check?: (digest: Digest) => void },
): Promise<{ placement: Placement } & Digest> {
  let digest: Digest | undefined;
  const { placement } = await writeArtifact(
    target,
    async (temporary) => {
      const meter = new HashingStream();
      const { stream, done } = open();
      await pipeline(stream, meter, createWriteStream(temporary));
      await done;
      digest = meter.digest();
      options.check?.(digest);
      return digest.sha256;
    },
    options,
  );
  return { placement, ...digest! };
}

async function sha256OfExisting(file: string): Promise<string | undefined> {
  try {
    return (await hashFile(file)).sha256;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}
