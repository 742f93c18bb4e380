import type { Readable } from 'node:stream';
import { fail } from '../errors/diagnostic.js';
import { streamArtifact, type Placement } from '../util/safe-write.js';

export interface WrittenBundleFile {
  placement: Placement;
  sha256: string;
  size: number;
}

/**
 * Streams one bundle archive (either format) into place through a temporary file, hashing it on the way. A file
 * already there with the same bytes stays; one with other bytes is refused unless `replace`, so that a rebuild never
 * silently changes a bundle that may already be published. `open` starts the archive; `done`, when given, settles
 * once the archive's own bookkeeping (each file's sha256) is complete.
 */
export async function writeBundleFile(
  target: string,
  open: () => { archive: Readable; done?: Promise<unknown> },
  replace: boolean,
): Promise<WrittenBundleFile> {
  const { placement, sha256, size } = await streamArtifact(
    target,
    () => {
      const { archive, done } = open();
      return { stream: archive, ...(done ? { done } : {}) };
    },
    {
      replace,
      onConflict: (existing, written) =>
        fail('bundle-exists', `${target} already exists with other bytes (sha256 ${existing}, the new build is ${written})`, {
          hint: 'the sources changed since it was built: remove it, build into an empty folder, or pass --replace',
        }),
    },
  );
  return { placement, sha256, size };
}
