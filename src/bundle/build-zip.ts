import path from 'node:path';
import type { BuildOptions, BuiltBundle, BundleSpec } from './build.js';
import { writeBundleFile } from './bundle-file.js';
import { BundleIndexEntry } from './bundle-index.js';
import { DEFAULT_LEVEL } from './portable-gzip.js';
import type { TreeEntry } from './source-tree.js';
import { zipStream } from './zip-writer.js';

/**
 * Builds one `.zip` into `outDir`: the same top folder, files and bundle.yaml as the `.tar.gz` of the bundle, deflated
 * at the same level. The zip and each file in it are hashed while they are written. A zip has no uncompressed form
 * to record like the tar's, so the manifest records the sha256 of bundle.yaml, which lists every file with its
 * sha256: the same value for both formats of one bundle.
 */
export async function buildZipBundle(spec: BundleSpec, entries: TreeEntry[], outDir: string, options: BuildOptions): Promise<BuiltBundle> {
  const target = path.join(outDir, spec.file);
  const index = new BundleIndexEntry(spec);
  const trailer = { path: index.path, data: index.render };
  const { placement, sha256, size } = await writeBundleFile(target, () => {
    const { stream, files } = zipStream(entries, { top: spec.top, mtime: options.mtime, level: options.level ?? DEFAULT_LEVEL, trailer });
    return { archive: stream, done: files };
  }, options.replace ?? false);
  const details = index.details('zip');
  return { spec, path: target, size, sha256, files: details.files!, placement, details };
}
