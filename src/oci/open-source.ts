import path from 'node:path';
import { usageError } from '../errors/diagnostic.js';
import type { ImageSource } from './image-source.js';
import { openLayout } from './layout.js';

/** skopeo's transport names: `oci:DIR[:REF]` and `docker-archive:FILE[:NAME:TAG]`, relative to `cwd`. */
export async function openImageSource(text: string, cwd: string): Promise<ImageSource> {
  if (text.startsWith('oci:')) {
    const [dir, ref] = pathAndRef(text.slice('oci:'.length));
    if (!dir) throw usageError(`"${text}": the layout folder is missing`, 'oci:DIR or oci:DIR:REF');
    return openLayout(path.resolve(cwd, dir), ref || undefined, text);
  }
  if (text.startsWith('docker-archive:')) {
    const [file, ref] = pathAndRef(text.slice('docker-archive:'.length));
    if (!file) throw usageError(`"${text}": the archive file is missing`, 'docker-archive:FILE or docker-archive:FILE:NAME:TAG');
    // Loaded only for archives: the tar reader is most of a push's code, and layouts do not need it.
    const { openDockerArchive } = await import('./docker-archive.js');
    return openDockerArchive(path.resolve(cwd, file), ref || undefined, text);
  }
  throw usageError(`"${text}" is not an image source Slipway reads`, 'use oci:DIR[:REF] (an OCI layout) or docker-archive:FILE (docker save); to copy from a registry, use slipway image promote');
}

/** `PATH[:REF]`: the path ends at the first colon, since a reference (NAME:TAG) may hold one of its own. */
function pathAndRef(rest: string): [string, string | undefined] {
  const colon = rest.indexOf(':');
  return colon >= 0 ? [rest.slice(0, colon), rest.slice(colon + 1)] : [rest, undefined];
}
