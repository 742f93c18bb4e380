import { sha256Hex } from '../util/hash.js';
import type { Descriptor } from './client.js';
import { parseManifest } from './image-source.js';
import { isIndexType, isManifestType } from './media-types.js';

export interface ManifestNode {
  digest: string;
  mediaType: string;
  bytes: Buffer;
  platform?: string;
}

/** An image or an index with all it refers to: manifests children first (the order a registry accepts them in). */
export interface ImageGraph {
  root: ManifestNode;
  manifests: ManifestNode[];
  blobs: Descriptor[];
}

const MAX_DEPTH = 4;

/** Walks a manifest or index down to its blobs, reading each manifest once and checking it matches its digest. */
export async function walkGraph(root: Descriptor, read: (digest: string) => Promise<Buffer>): Promise<ImageGraph> {
  const manifests: ManifestNode[] = [];
  const blobs = new Map<string, Descriptor>();
  const seen = new Set<string>();
  const visit = async (d: Descriptor, depth: number): Promise<ManifestNode> => {
    const bytes = await read(d.digest);
    const digest = `sha256:${sha256Hex(bytes)}`;
    if (digest !== d.digest) throw new Error(`manifest ${d.digest} has the digest ${digest}: the source is damaged`);
    const doc = parseManifest(bytes, `manifest ${d.digest}`);
    const mediaType = doc.mediaType ?? d.mediaType;
    const node: ManifestNode = { digest, mediaType, bytes, ...(d.platform ? { platform: `${d.platform.os}/${d.platform.architecture}${d.platform.variant ? `/${d.platform.variant}` : ''}` } : {}) };
    if (isIndexType(mediaType) || doc.manifests) {
      if (depth >= MAX_DEPTH) throw new Error(`manifest ${d.digest}: indexes nested deeper than ${MAX_DEPTH}`);
      for (const child of doc.manifests ?? []) {
        if (seen.has(child.digest)) continue;
        seen.add(child.digest);
        if (isIndexType(child.mediaType) || isManifestType(child.mediaType)) await visit(child, depth + 1);
        // Anything else an index points at (an artifact blob) is carried as a blob.
        else blobs.set(child.digest, child);
      }
    } else {
      for (const b of [...(doc.config ? [doc.config] : []), ...(doc.layers ?? [])]) blobs.set(b.digest, b);
    }
    manifests.push(node);
    return node;
  };
  const top = await visit(root, 0);
  return { root: top, manifests, blobs: [...blobs.values()] };
}

/**
 * Adds annotations to the top manifest or index, keeping its other fields and their order. Children are left as they
 * are: their digests may be referenced from elsewhere (attestations point at platform manifests by digest).
 */
export function annotateRoot(graph: ImageGraph, annotations: Record<string, string>): ImageGraph {
  if (Object.keys(annotations).length === 0) return graph;
  if (!graph.root.mediaType.startsWith('application/vnd.oci.')) return graph;
  const doc = JSON.parse(graph.root.bytes.toString('utf8')) as Record<string, unknown>;
  const existing = doc.annotations && typeof doc.annotations === 'object' ? (doc.annotations as Record<string, string>) : {};
  doc.annotations = { ...existing, ...annotations };
  const bytes = Buffer.from(JSON.stringify(doc));
  const root: ManifestNode = { ...graph.root, bytes, digest: `sha256:${sha256Hex(bytes)}` };
  return { root, manifests: [...graph.manifests.slice(0, -1), root], blobs: graph.blobs };
}

export function graphSize(graph: ImageGraph): number {
  return graph.blobs.reduce((n, b) => n + b.size, 0) + graph.manifests.reduce((n, m) => n + m.bytes.length, 0);
}
