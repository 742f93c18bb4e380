import path from 'node:path';
import type { Readable } from 'node:stream';
import { create } from 'tar';
import { HashingStream } from '../util/hash.js';
import { streamToFileAtomic } from '../util/safe-write.js';
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

export async function packageChart(dir: string, outDir: string, options: { shown?: string; mtime: Date }): Promise<PackagedChart> {
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
  const meter = new HashingStream();
  await streamToFileAtomic(file, stream.pipe(meter));
  const digest = meter.digest();
  return { name, version, file, sha256: digest.sha256, size: digest.size, chart };
}
