import path from 'node:path';
import type { Readable } from 'node:stream';
import { create } from 'tar';
import { HashingStream } from '../util/hash.js';
import { streamArtifact, streamToFileAtomic, type Placement } from '../util/safe-write.js';
import { loadChart, type LoadedChart } from './chart-load.js';

/**
 * A chart folder as `<name>-<version>.tgz`, reproducibly: the files .helmignore keeps, in sorted order, under a top
 * folder named after the chart, every mtime set to one instant (the caller's source date), every mode
 * 0644, no owners, no directory entries, a portable gzip header. The same chart gives the same bytes on any machine.
 */
export interface PackagedChart {
  name: string;
  version: string;
  file: string;
  sha256: string;
  size: number;
  chart: LoadedChart;
}

export function packageName(name: string, version: string): string {
  return `${name}-${version}.tgz`;
}

export interface PackageOptions {
  shown?: string;
  mtime: Date;
  /**
   * For a package that must never replace another (one listed in a release folder): what to throw when the file in
   * its place, or the sha256 promised for it, differs from the new bytes. Without it, a package replaces its earlier
   * build, as `helm package` does.
   */
  guard?: {
    /** The sha256 that the package's place is promised to hold (a release lists it), whether or not the file is there. */
    promised?: (file: string) => string | undefined;
    onConflict: (file: string, existing: string, written: string) => never;
  };
}

export async function packageChart(dir: string, outDir: string, options: PackageOptions): Promise<PackagedChart & { placement: Placement }> {
  const chart = await loadChart(dir, options.shown ?? dir);
  if (chart.kind !== 'directory') throw new Error('packageChart needs a chart folder');
  const { name, version } = chart.metadata;
  const file = path.join(outDir, packageName(name, version));
  const stream = create(
    {
      cwd: chart.path,
      prefix: name,
      portable: true,
      gzip: { level: 9 },
      follow: true,
      noDirRecurse: true,
      mtime: options.mtime,
      onWriteEntry: (entry) => {
        // Permissions as Helm writes them; the file type bits stay.
        if (entry.stat) entry.stat.mode = (entry.stat.mode & ~0o7777) | 0o644;
      },
    },
    (chart.files ?? []).map((f) => f.path),
  ) as unknown as Readable;
  let placement: Placement = 'created';
  let digest: { sha256: string; size: number };
  if (options.guard) {
    const guard = options.guard;
    ({ placement, ...digest } = await streamArtifact(file, () => ({ stream }), {
      check: (d) => {
        const promised = guard.promised?.(file);
        if (promised !== undefined && promised !== d.sha256) guard.onConflict(file, promised, d.sha256);
      },
      onConflict: (existing, written) => guard.onConflict(file, existing, written),
    }));
  } else {
    const meter = new HashingStream();
    await streamToFileAtomic(file, stream.pipe(meter));
    digest = meter.digest();
  }
  return { name, version, file, sha256: digest.sha256, size: digest.size, chart, placement };
}
