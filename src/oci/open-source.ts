import path from 'node:path';
import { usageError } from '../errors/diagnostic.js';
import type { ImageSource } from './image-source.js';
import { openLayout } from './layout.js';

/** skopeo's transport names: `oci:DIR[:REF]` and `docker-archive:FILE[:NAME:TAG]`, relative to `cwd`. */
export async function openImageSource(text: string, cwd: string): Promise<ImageSource> {
  if (text.startsWith('oci:')) {
    const rest = text.slice('oci:'.length);
    const colon = rest.indexOf(':');
    const dir = colon >= 0 ? rest.slice(0, colon) : rest;
    const ref = colon >= 0 ? rest.slice(colon + 1) : undefined;
    if (!dir) throw usageError(`"${text}": the layout folder is missing`, 'oci:DIR or oci:DIR:REF');
    return openLayout(path.resolve(cwd, dir), ref || undefined, text);
  }
  if (text.startsWith('docker-archive:')) {
    const rest = text.slice('docker-archive:'.length);
    const colon = rest.indexOf(':');
    const file = colon >= 0 ? rest.slice(0, colon) : rest;
    const ref = colon >= 0 ? rest.slice(colon + 1) : undefined;
    if (!file) throw usageError(`"${text}": the archive file is missing`, 'docker-archive:FILE or docker-archive:FILE:NAME:TAG');
    // Loaded only for archives: the tar reader is most of a push's code, and layouts do not need it.
    const { openDockerArchive } = await import('./docker-archive.js');
    return openDockerArchive(path.resolve(cwd, file), ref || undefined, text);
  }
  throw usageError(`"${text}" is not an image source Slipway reads`, 'use oci:DIR[:REF] (an OCI layout) or docker-archive:FILE (docker save); to copy from a registry, use slipway image promote');
}
