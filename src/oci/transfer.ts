import { forEachBounded } from '../util/pool.js';
import type { Descriptor, RegistryClient } from './client.js';
import type { ImageGraph } from './graph.js';

export type BlobOutcome = 'existing' | 'mounted' | 'uploaded';

export interface TransferReport {
  blobs: Record<BlobOutcome, number>;
  /** Bytes of the blobs that had to be sent. */
  bytesUploaded: number;
  manifestsPut: number;
  tagsPut: string[];
  tagsUnchanged: string[];
}

export interface TransferOptions {
  /** Provides a blob the registry does not have yet (upload it, or mount it) and says which it did. */
  provide: (blob: Descriptor) => Promise<Exclude<BlobOutcome, 'existing'>>;
  concurrency?: number;
  log?: (line: string) => void;
}

/**
 * Makes a repository hold an image graph under some tags, doing only what is missing: blobs (in parallel, bounded),
 * then manifests children first, then the tags in the order given. Every step looks before it writes, so running it
 * again is a handful of HEAD requests and no bytes.
 */
export async function transferGraph(client: RegistryClient, repository: string, graph: ImageGraph, tags: string[], options: TransferOptions): Promise<TransferReport> {
  const report: TransferReport = { blobs: { existing: 0, mounted: 0, uploaded: 0 }, bytesUploaded: 0, manifestsPut: 0, tagsPut: [], tagsUnchanged: [] };
  await forEachBounded(graph.blobs, options.concurrency ?? 4, async (blob) => {
    if (await client.hasBlob(repository, blob.digest)) {
      report.blobs.existing++;
      return;
    }
    const outcome = await options.provide(blob);
    report.blobs[outcome]++;
    if (outcome === 'uploaded') report.bytesUploaded += blob.size;
    options.log?.(`${outcome} ${blob.digest} (${blob.size} bytes)`);
  });
  for (const m of graph.manifests) {
    const seen = await client.headManifest(repository, m.digest);
    if (seen) continue;
    await client.putManifest(repository, m.digest, m.bytes, m.mediaType);
    report.manifestsPut++;
  }
  for (const tag of tags) {
    const seen = await client.headManifest(repository, tag);
    if (seen?.digest === graph.root.digest) {
      report.tagsUnchanged.push(tag);
      continue;
    }
    await client.putManifest(repository, tag, graph.root.bytes, graph.root.mediaType);
    report.tagsPut.push(tag);
    options.log?.(`tagged ${repository}:${tag}`);
  }
  return report;
}
