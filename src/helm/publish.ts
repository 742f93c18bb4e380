import { createWriteStream } from 'node:fs';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import path from 'node:path';
import { SlipwayError, type Diagnostic } from '../errors/diagnostic.js';
import { redact, readBranchFile, updateBranch, type PagesRemote } from '../git/pages-branch.js';
import { packageChart, packageName, type PackagedChart } from './chart-package.js';
import { emptyIndex, indexChunks, parseIndex } from './index-file.js';
import { addPackages, type PackageRecord } from './index-update.js';
import { joinRepoUrl } from './repo-url.js';

/**
 * The chart-releaser flow, done safely. Plan: package each chart reproducibly and compare it with the index on the
 * Pages branch as it is now: a version not there is published, the same digest is skipped (unchanged since it was
 * published), another digest is refused (published versions are immutable) unless forced. Act: upload each new package
 * (as a GitHub release asset, or next to the index on the branch), then merge the new entries into the branch's own
 * index and push, retrying on top of whoever pushed first. A second run finds everything published and does nothing.
 */
export type PublishMode = 'releases' | 'packages-with-index';

export interface ChartSource {
  dir: string;
  shown: string;
  /** The version compatibility.yaml declares for this chart, with where it says so. */
  declared?: { version: string; location: Diagnostic['location'] };
}

/** Where release assets go: the release-asset publisher in a workflow, or a stand-in in tests. */
export interface ReleaseTarget {
  /** Ensures the release `tag` exists and carries `file` (idempotent: an identical asset is not uploaded again). */
  publish(asset: { tag: string; file: string; name: string; sha256: string }): Promise<{ url: string; uploaded: boolean }>;
}

export interface PublishSettings {
  mode: PublishMode;
  remote: PagesRemote;
  /** Folder of the index inside the branch ('' or '.' for the root). */
  indexPath: string;
  /** The URL the Pages site serves that folder at. */
  pagesUrl: string;
  /** Release name template: {name} and {version}. */
  releaseName: string;
  outDir: string;
  mtime: Date;
  force: boolean;
  now: Date;
  releases?: ReleaseTarget;
}

export interface PublishItem {
  name: string;
  version: string;
  package: string;
  sha256: string;
  action: 'publish' | 'replace' | 'skip';
  reason: string;
  tag?: string;
  url?: string;
}

export interface PublishPlan {
  mode: PublishMode;
  remote: string;
  branch: string;
  index: string;
  items: PublishItem[];
}

export interface PublishResult extends PublishPlan {
  commit?: string;
  branchCreated: boolean;
  attempts: number;
}

const indexFileOf = (settings: PublishSettings) => path.posix.join(settings.indexPath || '.', 'index.yaml');

export function releaseTag(template: string, name: string, version: string): string {
  return template.replaceAll('{name}', name).replaceAll('{version}', version);
}

export async function planPublish(charts: ChartSource[], settings: PublishSettings): Promise<{ plan: PublishPlan; packages: PackagedChart[] }> {
  const packages: PackagedChart[] = [];
  const problems: Diagnostic[] = [];
  for (const c of charts) {
    const p = await packageChart(c.dir, settings.outDir, { shown: c.shown, mtime: settings.mtime });
    if (c.declared && c.declared.version !== p.version) {
      problems.push({
        code: 'chart-version-mismatch',
        message: `chart ${p.name} is version ${p.version} in ${p.chart.chartYaml}, but ${c.declared.version} here`,
        ...(c.declared.location ? { location: c.declared.location } : {}),
        hint: 'make the two versions agree',
      });
    }
    packages.push(p);
  }
  if (problems.length > 0) throw new SlipwayError(problems);

  const indexFile = indexFileOf(settings);
  const shownIndex = `${settings.remote.branch}:${indexFile}`;
  const current = await readBranchFile(settings.remote, indexFile);
  const index = current.text !== undefined ? parseIndex(current.text, shownIndex).index : emptyIndex();
  const conflicts: Diagnostic[] = [];
  const items: PublishItem[] = packages.map((p) => {
    const existing = index.entries.get(p.name)?.find((e) => e.version === p.version);
    const base = { name: p.name, version: p.version, package: p.file, sha256: p.sha256, ...(settings.mode === 'releases' ? { tag: releaseTag(settings.releaseName, p.name, p.version) } : {}) };
    if (!existing) return { ...base, action: 'publish', reason: 'not in the index yet' };
    if (existing.digest === p.sha256) return { ...base, action: 'skip', reason: 'unchanged since it was published', ...(existing.urls?.[0] ? { url: existing.urls[0] } : {}) };
    if (settings.force) return { ...base, action: 'replace', reason: 'changed, replaced as --force asks' };
    conflicts.push({
      code: 'chart-version-published',
      message: `${p.name} ${p.version} is already published with digest ${existing.digest ?? '(none)'} in ${shownIndex}, and the chart now packages to ${p.sha256}: a published version is immutable`,
      location: { file: p.chart.chartYaml, line: p.chart.loaded.where.version?.line ?? 1, col: p.chart.loaded.where.version?.col ?? 1 },
      hint: 'bump the chart version, or pass --force to replace the published package',
    });
    return { ...base, action: 'skip', reason: 'conflict' };
  });
  if (conflicts.length > 0) throw new SlipwayError(conflicts);
  return {
    plan: { mode: settings.mode, remote: redact(settings.remote.url, settings.remote.token), branch: settings.remote.branch, index: indexFile, items },
    packages,
  };
}

export async function publishCharts(charts: ChartSource[], settings: PublishSettings): Promise<PublishResult> {
  const { plan, packages } = await planPublish(charts, settings);
  const todo = plan.items.filter((i) => i.action !== 'skip');
  if (todo.length === 0) return { ...plan, branchCreated: false, attempts: 0 };

  const records: PackageRecord[] = [];
  for (const item of todo) {
    const pkg = packages.find((p) => p.file === item.package)!;
    if (settings.mode === 'releases') {
      if (!settings.releases) throw new SlipwayError({ code: 'chart-publish', message: 'releases mode needs a GitHub repository and token', hint: 'set targets.github.repository and GITHUB_TOKEN, or use --mode packages-with-index' });
      const r = await settings.releases.publish({ tag: item.tag!, file: pkg.file, name: packageName(pkg.name, pkg.version), sha256: pkg.sha256 });
      item.url = r.url;
    } else {
      item.url = joinRepoUrl(settings.pagesUrl, packageName(pkg.name, pkg.version));
    }
    records.push({ metadata: pkg.chart.metadata, sha256: pkg.sha256, url: item.url, file: pkg.file });
  }

  const indexFile = indexFileOf(settings);
  const names = todo.map((i) => `${i.name} ${i.version}`).join(', ');
  const result = await updateBranch(settings.remote, {
    message: `Publish ${names}`,
    apply: async (worktree) => {
      const target = path.join(worktree, indexFile);
      let text: string | undefined;
      try {
        text = await readFile(target, 'utf8');
      } catch {
        text = undefined;
      }
      // Always the branch's own index as just fetched: never a copy read before someone else's push.
      const loaded = text !== undefined ? parseIndex(text, `${settings.remote.branch}:${indexFile}`) : undefined;
      const index = loaded?.index ?? emptyIndex();
      const change = addPackages(index, records, { now: settings.now, force: settings.force });
      if (change.conflicts.length > 0) throw new SlipwayError(change.conflicts);
      if (change.added.length + change.replaced.length === 0) return false;
      await mkdir(path.dirname(target), { recursive: true });
      if (settings.mode === 'packages-with-index') {
        for (const r of records) await copyFile(r.file, path.join(path.dirname(target), path.basename(r.file)));
      }
      await pipeline(Readable.from(indexChunks(index)), createWriteStream(target));
      return true;
    },
  });
  return { ...plan, ...(result.commit ? { commit: result.commit } : {}), branchCreated: result.created, attempts: result.attempts };
}
