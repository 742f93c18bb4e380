import type { Diagnostic, SourceLocation } from '../errors/diagnostic.js';
import { sortNewestFirst } from './chart-version.js';
import type { ChartMetadata } from './chart-metadata.js';
import { helmTime, type IndexEntry, type IndexFile } from './index-file.js';

/**
 * Adding packages to an index, with the guarantees Helm's merge lacks: an entry already indexed keeps its `created`
 * date; the same name and version with a different digest is refused (a published version is immutable) unless
 * forced; the same digest again changes nothing, so re-running a release leaves the index as it was.
 */
export interface PackageRecord {
  metadata: ChartMetadata & { name: string; version: string };
  sha256: string;
  url: string;
  /** The package file, for messages. */
  file: string;
}

export interface IndexChange {
  added: IndexEntry[];
  unchanged: IndexEntry[];
  replaced: IndexEntry[];
  conflicts: Diagnostic[];
}

export function addPackages(
  index: IndexFile,
  packages: PackageRecord[],
  options: { now: Date; force?: boolean; indexFile?: string; where?: (e: IndexEntry) => SourceLocation | undefined },
): IndexChange {
  const change: IndexChange = { added: [], unchanged: [], replaced: [], conflicts: [] };
  const touched = new Set<string>();
  const created = helmTime(options.now);
  for (const p of packages) {
    const { name, version } = p.metadata;
    const list = index.entries.get(name) ?? [];
    const at = list.findIndex((e) => e.version === version);
    const entry: IndexEntry = { ...p.metadata, apiVersion: p.metadata.apiVersion || 'v1', urls: [p.url], created, digest: p.sha256 };
    if (at === -1) {
      list.push(entry);
      index.entries.set(name, list);
      touched.add(name);
      change.added.push(entry);
      continue;
    }
    const existing = list[at]!;
    if (existing.digest === p.sha256) {
      change.unchanged.push(existing);
      continue;
    }
    if (!options.force) {
      const location = options.where?.(existing);
      change.conflicts.push({
        code: 'chart-version-published',
        message: `${name} ${version} is already in the index with digest ${existing.digest ?? '(none)'}, and ${p.file} has digest ${p.sha256}: a published version is immutable`,
        hint: 'bump the chart version, or pass --force to replace the published package',
        ...(location ? { location } : {}),
      });
      continue;
    }
    list[at] = entry;
    touched.add(name);
    change.replaced.push(entry);
  }
  for (const name of touched) index.entries.set(name, sortNewestFirst(index.entries.get(name)!, (e) => e.version));
  if (change.added.length + change.replaced.length > 0 || !index.generated) index.generated = created;
  return change;
}

/** `--prune`: a number keeps that many newest versions per chart; a date drops what was created before it. */
export type PruneRule = { keep: number } | { before: Date };

export function parsePruneRule(text: string): PruneRule | undefined {
  if (/^\d+$/.test(text) && Number(text) > 0) return { keep: Number(text) };
  if (/^\d{4}-\d{2}-\d{2}/.test(text)) {
    const date = new Date(text);
    if (!Number.isNaN(date.getTime())) return { before: date };
  }
  return undefined;
}

/** Removes old versions; the newest version of each chart always stays, so no chart disappears from the index. */
export function prune(index: IndexFile, rule: PruneRule): IndexEntry[] {
  const removed: IndexEntry[] = [];
  for (const [name, list] of index.entries) {
    const sorted = sortNewestFirst(list, (e) => e.version);
    const kept = sorted.filter((e, i) => {
      if (i === 0) return true;
      if ('keep' in rule) return i < rule.keep;
      const when = e.created ? new Date(e.created.replace(' ', 'T')) : undefined;
      return when === undefined || Number.isNaN(when.getTime()) || when >= rule.before;
    });
    for (const e of sorted) if (!kept.includes(e)) removed.push(e);
    index.entries.set(name, kept);
  }
  return removed;
}
