import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fail } from '../errors/diagnostic.js';
import type { Matrix } from '../matrix/model.js';
import type { BundleJob } from '../release/plan.js';
import { forEachBounded } from '../util/pool.js';
import type { Placement } from '../util/safe-write.js';
import { gzipBlocks } from './block-gzip.js';
import { BundleIndexEntry } from './bundle-index.js';
import { buildZipBundle } from './build-zip.js';
import { writeBundleFile } from './bundle-file.js';
import type { BundleDetails, ComponentSummary, Requires } from './documents-model.js';
import { DEFAULT_LEVEL } from './portable-gzip.js';
import { collectTree, type TreeEntry, type TreeSource } from './source-tree.js';
import { tarChunks, type WrittenFile } from './tar-writer.js';

/** What one bundle is made of, before anything is read: the plan of a build. */
export interface BundleSpec {
  name: string;
  release: { name: string; version: string };
  /** `<asset>.tar.gz` or `<asset>.zip` */
  file: string;
  /** tar.gz unless said otherwise. */
  format?: BundleFormat;
  /** The top folder inside the archive. */
  top: string;
  components: (ComponentSummary & { path?: string })[];
  requires: Requires;
  sources: TreeSource[];
}

export type BundleFormat = 'tar.gz' | 'zip';

/** Component kinds whose sources travel in a bundle; an image is pushed to a registry, not carried as files. */
const CARRIED_KINDS = new Set(['chart', 'compose', 'terraform', 'files', 'installer']);

/** Each component goes under a folder of its name; extra files go where their `to` says. */
export function bundleSpecs(matrix: Matrix, jobs: BundleJob[]): BundleSpec[] {
  return jobs.map((job) => {
    const bundle = matrix.bundles.find((b) => b.name === job.bundle);
    if (!bundle) return fail('bundle-unknown', `the plan names a bundle "${job.bundle}" that compatibility.yaml does not declare`);
    const components = bundle.components.map((name) => {
      const c = matrix.components.find((x) => x.name === name);
      if (!c) return fail('bundle-unknown-component', `bundle ${bundle.name} names the component "${name}", which is not declared`, { location: bundle.location });
      return c;
    });
    const sources: TreeSource[] = [];
    for (const c of components) {
      if (c.source && CARRIED_KINDS.has(c.kind)) sources.push({ from: c.source, to: c.name, location: c.location, root: c.source });
    }
    for (const f of bundle.files) {
      sources.push({ from: path.resolve(matrix.root, f.from), to: f.to, location: bundle.location, root: matrix.root });
    }
    const inside = new Set(bundle.components);
    const requires: Requires = {};
    for (const c of components) {
      for (const r of c.requires) {
        if (inside.has(r.target)) continue;
        const before = requires[r.target];
        requires[r.target] = before && before !== r.range ? `${before} ${r.range}` : r.range;
      }
    }
    return {
      name: bundle.name,
      release: { name: matrix.release.name, version: job.version },
      file: `${job.asset}.tar.gz`,
      top: job.asset,
      components: components.map((c) => ({
        name: c.name,
        kind: c.kind,
        version: c.version,
        ...(c.source && CARRIED_KINDS.has(c.kind) ? { path: c.name } : {}),
        requires: Object.fromEntries(c.requires.map((r) => [r.target, r.range])),
      })),
      requires: Object.fromEntries(Object.entries(requires).sort(([a], [b]) => a.localeCompare(b))),
      sources,
    };
  });
}

export interface BuildOptions {
  mtime: Date;
  level?: number;
  replace?: boolean;
}

export interface BuiltBundle {
  spec: BundleSpec;
  path: string;
  size: number;
  sha256: string;
  /** Of the uncompressed tar, for a .tar.gz. */
  tarSha256?: string;
  tarSize?: number;
  files: number;
  placement: Placement;
  details: BundleDetails;
}

/**
 * Builds one `.tar.gz` into `outDir`. The tar bytes, each file and the compressed output are hashed as they stream
 * through; nothing is held whole. bundle.yaml (every file with its sha256) is the archive's last entry.
 */
export async function buildBundle(spec: BundleSpec, entries: TreeEntry[], outDir: string, options: BuildOptions): Promise<BuiltBundle> {
  const target = path.join(outDir, spec.file);
  const tarHash = createHash('sha256');
  let tarSize = 0;
  const index = new BundleIndexEntry(spec);
  const trailer = (files: WrittenFile[]) => ({ path: index.path, data: index.render(files) });
  const chunks = observed(tarChunks(entries, { top: spec.top, mtime: options.mtime, trailer }), (chunk) => {
    tarHash.update(chunk);
    tarSize += chunk.length;
  });
  const compressed = gzipBlocks(chunks, { level: options.level ?? DEFAULT_LEVEL });
  const { placement, sha256, size } = await writeBundleFile(target, () => ({ archive: Readable.from(compressed, { objectMode: false }) }), options.replace ?? false);
  const tarSha256 = tarHash.digest('hex');
  const details = index.details('tar.gz', { tarSha256, tarSize });
  return { spec, path: target, size, sha256, tarSha256, tarSize, files: details.files!, placement, details };
}

/**
 * Builds several bundles at once: each compresses its blocks on the thread pool, and reading, hashing and writing
 * of one bundle overlap the compression of the others. Every
 * source tree is collected and checked first, so a refused file stops the build before any bundle is written.
 */
export async function buildBundles(specs: BundleSpec[], outDir: string, options: BuildOptions & { concurrency?: number }): Promise<BuiltBundle[]> {
  // The .tar.gz and the .zip of one bundle come from one listing of its sources.
  const listings = new Map<string, Promise<TreeEntry[]>>();
  const trees = await Promise.all(specs.map((s) => listings.get(s.name) ?? listings.set(s.name, collectTree(s.sources)).get(s.name)!));
  const limit = Math.max(1, options.concurrency ?? availableParallelism() + 1);
  const results: BuiltBundle[] = new Array(specs.length);
  await forEachBounded(specs, limit, async (spec, i) => {
    results[i] = await (spec.format === 'zip' ? buildZipBundle : buildBundle)(spec, trees[i]!, outDir, options);
  });
  return results;
}

/** Everything a bundle would hold, without writing it: for --dry-run. */
export async function previewBundle(spec: BundleSpec): Promise<TreeEntry[]> {
  return collectTree(spec.sources);
}

async function* observed(source: AsyncIterable<Buffer>, observe: (chunk: Buffer) => void): AsyncGenerator<Buffer> {
  for await (const chunk of source) {
    observe(chunk);
    yield chunk;
  }
}
