import type { Readable } from 'node:stream';
import { fail } from '../errors/diagnostic.js';
import type { Descriptor } from './client.js';

/**
 * Where an image comes from before it is pushed: an OCI layout, a docker-save archive. Manifests are small and read
 * whole; blobs are streamed, and opened again for every upload attempt.
 */
export interface ImageSource {
  /** As the user wrote it, for messages. */
  label: string;
  root: Descriptor;
  readManifest(digest: string): Promise<Buffer>;
  openBlob(digest: string): Readable;
  close(): Promise<void>;
}

/** An image source that cannot be read as one: names what is wrong with it, and how to make a good one. */
export function badImageSource(message: string, hint?: string): never {
  return fail('image-source', message, hint ? { hint } : {});
}

export interface ManifestDocument {
  mediaType?: string;
  config?: Descriptor;
  layers?: Descriptor[];
  manifests?: Descriptor[];
  annotations?: Record<string, string>;
}

/** Reads the fields Slipway needs from a manifest or index, checking their types rather than trusting them. */
export function parseManifest(bytes: Buffer, what: string): ManifestDocument {
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new Error(`${what} is not JSON`);
  }
  if (typeof parsed !== 'object' || parsed === null) throw new Error(`${what} is not a JSON object`);
  const o = parsed as Record<string, unknown>;
  const descriptor = (d: unknown, where: string): Descriptor => {
    const x = d as Record<string, unknown> | null;
    if (!x || typeof x.mediaType !== 'string' || typeof x.digest !== 'string' || !/^sha256:[a-f0-9]{64}$/.test(x.digest) || typeof x.size !== 'number') {
      throw new Error(`${what}: ${where} is not a descriptor (mediaType, sha256 digest, size)`);
    }
    const p = x.platform as Record<string, unknown> | undefined;
    return {
      mediaType: x.mediaType,
      digest: x.digest,
      size: x.size,
      ...(x.annotations && typeof x.annotations === 'object' ? { annotations: x.annotations as Record<string, string> } : {}),
      ...(p && typeof p.os === 'string' && typeof p.architecture === 'string'
        ? { platform: { os: p.os, architecture: p.architecture, ...(typeof p.variant === 'string' ? { variant: p.variant } : {}) } }
        : {}),
    };
  };
  return {
    ...(typeof o.mediaType === 'string' ? { mediaType: o.mediaType } : {}),
    ...(o.config !== undefined ? { config: descriptor(o.config, 'config') } : {}),
    ...(Array.isArray(o.layers) ? { layers: o.layers.map((l, i) => descriptor(l, `layers[${i}]`)) } : {}),
    ...(Array.isArray(o.manifests) ? { manifests: o.manifests.map((m, i) => descriptor(m, `manifests[${i}]`)) } : {}),
    ...(o.annotations && typeof o.annotations === 'object' ? { annotations: o.annotations as Record<string, string> } : {}),
  };
}
