import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { SlipwayError, type Diagnostic } from '../errors/diagnostic.js';
import { loadChart } from './chart-load.js';
import type { PackageRecord } from './index-update.js';
import { joinRepoUrl } from './repo-url.js';
import { forEachBounded } from '../util/pool.js';

/**
 * The packages of a repository folder, as Helm finds them: `*.tgz` in the folder and in its direct sub-folders, each
 * read in one streaming pass for its Chart.yaml and sha256. A file that is not a valid chart is an error naming it
 * (Helm skips it silently, and the chart goes missing from the index).
 */
export async function findPackages(dir: string): Promise<string[]> {
  const found: string[] = [];
  const top = await readdir(dir, { withFileTypes: true });
  for (const d of top) {
    if (d.isFile() && d.name.endsWith('.tgz')) found.push(d.name);
    else if (d.isDirectory()) {
      for (const s of await readdir(path.join(dir, d.name), { withFileTypes: true })) if (s.isFile() && s.name.endsWith('.tgz')) found.push(`${d.name}/${s.name}`);
    }
  }
  return found.sort();
}

export async function readPackages(dir: string, shownDir: string, baseUrl: string, files?: string[]): Promise<PackageRecord[]> {
  const list = files ?? (await findPackages(dir));
  const records: (PackageRecord | undefined)[] = new Array(list.length);
  const problems: Diagnostic[] = [];
  // A few archives at a time: enough to overlap reading and inflating, few enough to keep memory flat.
  await forEachBounded(list, 8, async (rel, i) => {
    try {
      const chart = await loadChart(path.join(dir, rel), path.join(shownDir, rel));
      records[i] = { metadata: chart.metadata, sha256: chart.digest!.sha256, url: joinRepoUrl(baseUrl, rel), file: path.join(shownDir, rel) };
    } catch (e) {
      if (e instanceof SlipwayError) problems.push(...e.diagnostics);
      else throw e;
    }
  });
  if (problems.length > 0) throw new SlipwayError(problems);
  return records.filter((r): r is PackageRecord => r !== undefined);
}
