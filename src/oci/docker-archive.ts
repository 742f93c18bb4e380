import { createReadStream } from 'node:fs';
import { mkdtemp, open, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as tar from 'tar';
import { hashFile, sha256Hex } from '../util/hash.js';
import type { Descriptor } from './client.js';
import { badImageSource, type ImageSource } from './image-source.js';
import { MEDIA } from './media-types.js';

interface ArchiveEntry {
  Config: string;
  RepoTags?: string[] | null;
  Layers: string[];
}


function readEntries(text: string, label: string): ArchiveEntry[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    badImageSource(`${label}: manifest.json is not JSON`);
  }
  if (!Array.isArray(parsed)) badImageSource(`${label}: manifest.json is not a list of images`);
  return parsed.map((e: unknown, i) => {
    const x = e as Record<string, unknown> | null;
    if (!x || typeof x.Config !== 'string' || !Array.isArray(x.Layers) || !x.Layers.every((l) => typeof l === 'string')) badImageSource(`${label}: manifest.json entry ${i} has no Config and Layers`);
    return { Config: x.Config, Layers: x.Layers as string[], RepoTags: Array.isArray(x.RepoTags) ? (x.RepoTags as string[]) : null };
  });
}

async function isGzip(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(2);
    await handle.read(head, 0, 2, 0);
    return head[0] === 0x1f && head[1] === 0x8b;
  } finally {
    await handle.close();
  }
}

/**
 * Opens a `docker save` archive (the classic layout with manifest.json, and the OCI-in-tar one of Docker 25+): it is
 * unpacked into a temporary folder as a stream, each blob hashed from disk, and the image described by a fresh OCI
 * manifest whose layers keep their bytes (so their digests equal the config's diff_ids when uncompressed).
 */
export async function openDockerArchive(file: string, ref: string | undefined, label: string): Promise<ImageSource> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'slipway-docker-archive-'));
  try {
    await tar.x({ file, cwd: dir, strict: true, preservePaths: false }).catch((e: Error) => badImageSource(`${label}: cannot read ${file}: ${e.message}`));
    const entries = readEntries(await readFile(path.join(dir, 'manifest.json'), 'utf8').catch(() => badImageSource(`${label}: ${file} has no manifest.json: not a docker save archive`)), label);
    const wanted = ref && !ref.includes(':') ? `${ref}:latest` : ref;
    const entry = wanted ? entries.find((e) => (e.RepoTags ?? []).includes(wanted)) : entries.length === 1 ? entries[0] : undefined;
    if (!entry) {
      const names = entries.flatMap((e) => e.RepoTags ?? []).join(', ') || 'untagged images';
      badImageSource(wanted ? `${label}: the archive has no image ${wanted}` : `${label}: the archive holds ${entries.length} images; say which one`, `add :NAME:TAG, one of: ${names}`);
    }
    const files = new Map<string, string>();
    const describe = async (relative: string, mediaType: string): Promise<Descriptor> => {
      const where = path.resolve(dir, relative);
      if (!where.startsWith(dir + path.sep)) badImageSource(`${label}: ${relative} points outside the archive`);
      const d = await hashFile(where).catch(() => badImageSource(`${label}: ${relative} is listed in manifest.json but missing`));
      const digest = `sha256:${d.sha256}`;
      files.set(digest, where);
      return { mediaType, digest, size: d.size };
    };
    const config = await describe(entry.Config, MEDIA.ociConfig);
    const layers: Descriptor[] = [];
    for (const layer of entry.Layers) {
      const gz = await isGzip(path.resolve(dir, layer)).catch(() => false);
      layers.push(await describe(layer, gz ? MEDIA.ociLayerGzip : MEDIA.ociLayer));
    }
    const manifest = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MEDIA.ociManifest, config, layers }));
    const root: Descriptor = { mediaType: MEDIA.ociManifest, digest: `sha256:${sha256Hex(manifest)}`, size: manifest.length };
    return {
      label,
      root,
      async readManifest(digest) {
        if (digest !== root.digest) badImageSource(`${label}: no manifest ${digest}`);
        return manifest;
      },
      openBlob(digest) {
        const where = files.get(digest);
        if (!where) badImageSource(`${label}: no blob ${digest}`);
        return createReadStream(where);
      },
      async close() {
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (e) {
    await rm(dir, { recursive: true, force: true });
    throw e;
  }
}
