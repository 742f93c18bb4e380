import { forEachBounded } from '../util/pool.js';
import type { Descriptor, RegistryClient } from './client.js';
import type { ImageGraph } from './graph.js';

/** A mount moves no bytes: every blob of an image is asked for at once (within reason). */
const MOUNT_CONCURRENCY = 16;

export type BlobOutcome = 'existing' | 'mounted' | 'uploaded';

export interface TransferReport {
  /** `mounted` counts the blobs a mount request settled: linked from the other repository, or already there. */
  blobs: Record<BlobOutcome, number>;
  /** Bytes of the blobs that had to be sent. */
  bytesUploaded: number;
  manifestsPut: number;
  tagsPut: string[];
  tagsUnchanged: string[];
}

export interface TransferOptions {
  /**
   * Uploads a blob the repository does not have. `session` is an upload the registry already opened (the 202 answer
   * to a mount request), to be used instead of opening another.
   */
  upload: (blob: Descriptor, session?: URL) => Promise<void>;
  /**
   * A repository of the same registry holding the blobs: each blob is asked for as a mount straight away (201: done,
   * whether linked or already there; 202: it has to be uploaded), without looking for it first.
   */
  mountFrom?: string;
  /** What each of `tags` resolves to now, when the caller has already asked (in the same order as `tags`). */
  tagsSeen?: Promise<({ digest?: string } | undefined)[]>;
  concurrency?: number;
  log?: (line: string) => void;
}

/**
 * Makes a repository hold an image graph under some tags, doing only what is missing.
 *
 * The first round trip asks, in parallel, what every tag and the image's own digest resolve to. A registry accepts a
 * manifest only once everything it refers to is stored (the distribution registry, GHCR and Docker Hub all refuse a
 * manifest with unknown blobs or children), and never collects the blobs of a manifest it holds: so when the digest
 * is there, so is the whole graph, and only the tags that do not point at it yet are written. That makes a re-run a
 * single round of HEAD requests. Otherwise blobs go first (mounts all together, uploads in parallel, bounded), then
 * manifests children first, then the tags in the order given (the most specific last, so an interrupted run never
 * moves `latest` alone).
 */
export async function transferGraph(client: RegistryClient, repository: string, graph: ImageGraph, tags: string[], options: TransferOptions): Promise<TransferReport> {
  const report: TransferReport = { blobs: { existing: 0, mounted: 0, uploaded: 0 }, bytesUploaded: 0, manifestsPut: 0, tagsPut: [], tagsUnchanged: [] };
  const rootDigest = graph.root.digest;
  const [rootSeen, tagsSeen] = await Promise.all([
    // Mounting is as cheap as looking, and settles a blob that is already there as well: no need to ask for the digest.
    options.mountFrom === undefined ? client.headManifest(repository, rootDigest) : undefined,
    options.tagsSeen ?? Promise.all(tags.map((tag) => client.headManifest(repository, tag))),
  ]);
  const pointsAtRoot = tagsSeen.map((seen) => seen?.digest === rootDigest);
  const graphStored = Boolean(rootSeen) || pointsAtRoot.some(Boolean);

  if (graphStored) {
    report.blobs.existing = graph.blobs.length;
  } else {
    let missing = graph.blobs;
    const sessions = new Map<string, URL>();
    if (options.mountFrom !== undefined) {
      const from = options.mountFrom;
      missing = [];
      await forEachBounded(graph.blobs, MOUNT_CONCURRENCY, async (blob) => {
        const mount = await client.mountBlob(repository, blob.digest, from);
        if (mount.mounted) {
          report.blobs.mounted++;
          options.log?.(`mounted ${blob.digest} from ${from}`);
          return;
        }
        if (mount.session) sessions.set(blob.digest, mount.session);
        missing.push(blob);
      });
    }
    await forEachBounded(missing, options.concurrency ?? 4, async (blob) => {
      if (options.mountFrom === undefined && (await client.hasBlob(repository, blob.digest))) {
        report.blobs.existing++;
        return;
      }
      await options.upload(blob, sessions.get(blob.digest));
      report.blobs.uploaded++;
      report.bytesUploaded += blob.size;
      options.log?.(`uploaded ${blob.digest} (${blob.size} bytes)`);
    });
    for (const m of graph.manifests) {
      // The root is written by its first tag below: the same bytes, one request fewer.
      if (m === graph.root && tags.length > 0) continue;
      if (m !== graph.root && (await client.headManifest(repository, m.digest))) continue;
      await client.putManifest(repository, m.digest, m.bytes, m.mediaType);
      report.manifestsPut++;
    }
  }
  for (const [i, tag] of tags.entries()) {
    if (pointsAtRoot[i]) {
      report.tagsUnchanged.push(tag);
      continue;
    }
    await client.putManifest(repository, tag, graph.root.bytes, graph.root.mediaType);
    if (!graphStored && report.tagsPut.length === 0) report.manifestsPut++;
    report.tagsPut.push(tag);
    options.log?.(`tagged ${repository}:${tag}`);
  }
  return report;
}
