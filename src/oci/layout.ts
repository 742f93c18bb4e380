import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { sha256Hex } from '../util/hash.js';
import type { Descriptor } from './client.js';
import { badImageSource, parseManifest, type ImageSource } from './image-source.js';

const REF_NAME = 'org.opencontainers.image.ref.name';


/**
 * Opens an OCI image layout (https://github.com/opencontainers/image-spec/blob/main/image-layout.md), as
 * `docker buildx build --output type=oci,tar=false` and `buildah push oci:` write it. `ref` picks an entry of
 * index.json by its ref.name annotation or digest; without one, the layout must hold exactly one entry.
 */
export async function openLayout(dir: string, ref: string | undefined, label: string): Promise<ImageSource> {
  const marker = await readFile(path.join(dir, 'oci-layout'), 'utf8').catch(() => undefined);
  if (marker === undefined) badImageSource(`${label}: ${dir} is not an OCI image layout (no oci-layout file)`, 'build with --output type=oci,tar=false,dest=DIR or buildah push IMAGE oci:DIR');
  const indexBytes = await readFile(path.join(dir, 'index.json')).catch(() => badImageSource(`${label}: ${dir}/index.json is missing`));
  let entries: Descriptor[];
  try {
    entries = parseManifest(indexBytes, `${dir}/index.json`).manifests ?? [];
  } catch (e) {
    badImageSource(`${label}: ${(e as Error).message}`);
  }
  const named = (d: Descriptor) => d.annotations?.[REF_NAME];
  let root: Descriptor | undefined;
  if (ref) {
    root = entries.find((d) => named(d) === ref || d.digest === ref);
    if (!root) badImageSource(`${label}: the layout has no image named "${ref}"`, describeEntries(entries));
  } else if (entries.length === 1) {
    root = entries[0];
  } else {
    badImageSource(`${label}: the layout holds ${entries.length} images; say which one`, `add :REF, one of: ${describeEntries(entries)}`);
  }
  const blobPath = (digest: string) => {
    const [algorithm, hex] = digest.split(':');
    return path.join(dir, 'blobs', algorithm!, hex!);
  };
  return {
    label,
    root: root!,
    async readManifest(digest) {
      const bytes = await readFile(blobPath(digest)).catch(() => badImageSource(`${label}: blob ${digest} is missing from the layout`));
      if (`sha256:${sha256Hex(bytes)}` !== digest) badImageSource(`${label}: blob ${digest} does not match its digest: the layout is damaged`);
      return bytes;
    },
    openBlob(digest) {
      return createReadStream(blobPath(digest));
    },
    async close() {},
  };
}

function describeEntries(entries: Descriptor[]): string {
  return entries.map((d) => d.annotations?.[REF_NAME] ?? d.digest).join(', ') || 'the layout is empty';
}

