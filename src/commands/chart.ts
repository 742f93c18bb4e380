import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { SlipwayError, usageError, type Diagnostic } from '../errors/diagnostic.js';
import { lintChart, type LintReport } from '../helm/chart-lint.js';
import { loadChart } from '../helm/chart-load.js';
import { parseOciTarget, pushChart, type ChartPushItem } from '../helm/chart-push.js';
import { RegistryClient } from '../oci/client.js';
import { registryCredentials } from '../oci/credentials.js';
import { registryDiagnostic } from '../oci/diagnose.js';
import { registryRedactor } from '../oci/registry-secrets.js';
import { loadConfig } from './load-config.js';
import { packageChart } from '../helm/chart-package.js';
import { openReleaseFolder, packageIntoRelease } from '../helm/release-charts.js';
import { CHECKSUMS_FILE } from '../bundle/checksums.js';
import { MANIFEST_FILE } from '../bundle/documents-model.js';
import { sourceDate, sourceRevision } from '../release/source-revision.js';
import { readPackages } from '../helm/index-directory.js';
import { emptyIndex, indexChunks, parseIndex, type IndexEntry, type LoadedIndex } from '../helm/index-file.js';
import { addPackages, parsePruneRule, prune } from '../helm/index-update.js';
import { streamToFileAtomic } from '../util/safe-write.js';
import type { CommandContext, Outcome } from './outcome.js';

export interface ChartLintOptions {
  paths: string[];
  strict?: boolean;
}

export async function chartLint(ctx: CommandContext, options: ChartLintOptions): Promise<Outcome<LintReport[]>> {
  if (options.paths.length === 0) throw usageError('chart lint needs a chart folder or archive');
  const reports: LintReport[] = [];
  for (const p of options.paths) reports.push(await lintChart(path.resolve(ctx.cwd, p), p));
  const failed = reports.filter((r) => r.errors.length > 0 || (options.strict && r.warnings.length > 0));
  // The verdict first: it is also the line a failed Action step shows.
  const lines = [`${reports.length} chart(s) linted, ${failed.length} chart(s) failed`];
  lines.push(...reports.map((r) => `==> Linting ${r.path}${r.name ? ` (${r.name} ${r.version})` : ''}: ${r.errors.length} error(s), ${r.warnings.length} warning(s)`));
  const findings: Diagnostic[] = reports.flatMap((r) => [...r.errors, ...r.warnings]);
  return {
    data: reports,
    text: lines.join('\n'),
    markdown: `### Chart lint\n\n| chart | errors | warnings |\n|---|---|---|\n${reports.map((r) => `| ${r.path} | ${r.errors.length} | ${r.warnings.length} |`).join('\n')}\n`,
    exitCode: failed.length > 0 ? 1 : 0,
    findings,
  };
}

export interface ChartPackageOptions {
  paths: string[];
  out?: string;
  /** A release folder (made by slipway bundle) the packages join: listed in its manifest.yaml and SHA256SUMS. */
  release?: string;
}

export interface PackagedSummary {
  name: string;
  version: string;
  file: string;
  sha256: string;
  size: number;
  /** With --release: its name in the release folder, and whether it was added or already listed with these bytes. */
  release?: { file: string; action: 'added' | 'unchanged' };
}

export async function chartPackage(ctx: CommandContext, options: ChartPackageOptions): Promise<Outcome<PackagedSummary[]>> {
  if (options.paths.length === 0) throw usageError('chart package needs at least one chart folder');
  const releaseDir = options.release === undefined ? undefined : path.resolve(ctx.cwd, options.release);
  const out = path.resolve(ctx.cwd, options.out ?? (releaseDir ? path.join(releaseDir, 'charts') : '.'));
  const release = releaseDir ? await openReleaseFolder(releaseDir, out, options.release!) : undefined;
  const results: PackagedSummary[] = [];
  for (const p of options.paths) {
    // SOURCE_DATE_EPOCH, else the time of the last commit of the chart's sources.
    const mtime = sourceDate(ctx.env, await sourceRevision(path.resolve(ctx.cwd, p), ctx.env));
    if (release) {
      const r = await packageIntoRelease(release, path.resolve(ctx.cwd, p), out, { shown: p, mtime });
      results.push({ name: r.name, version: r.version, file: displayPath(ctx.cwd, r.file), sha256: r.sha256, size: r.size, release: { file: r.releasePath, action: r.action } });
      continue;
    }
    const r = await packageChart(path.resolve(ctx.cwd, p), out, { shown: p, mtime });
    results.push({ name: r.name, version: r.version, file: displayPath(ctx.cwd, r.file), sha256: r.sha256, size: r.size });
  }
  const listed = (r: PackagedSummary) =>
    r.release ? `\n  ${r.release.action === 'added' ? 'listed' : 'already listed'} as ${r.release.file} in ${displayPath(ctx.cwd, path.join(releaseDir!, MANIFEST_FILE))} and ${CHECKSUMS_FILE}` : '';
  return {
    data: results,
    text: results.map((r) => `Successfully packaged chart and saved it to: ${r.file}\n  sha256:${r.sha256}${listed(r)}`).join('\n'),
    outputs: { packages: JSON.stringify(results) },
    exitCode: 0,
  };
}

export interface ChartIndexOptions {
  dir: string;
  url?: string;
  merge?: string;
  force?: boolean;
  prune?: string;
  dryRun?: boolean;
}

export interface IndexSummary {
  index: string;
  added: { name: string; version: string }[];
  unchanged: { name: string; version: string }[];
  replaced: { name: string; version: string }[];
  pruned: { name: string; version: string }[];
  written: boolean;
}

/** Loads an index file, or gives an empty one when the file does not exist. */
export async function loadIndexFile(file: string, shown: string): Promise<LoadedIndex | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
  return parseIndex(text, shown);
}

const brief = (e: IndexEntry) => ({ name: e.name, version: e.version });

export async function chartIndex(ctx: CommandContext, options: ChartIndexOptions): Promise<Outcome<IndexSummary>> {
  const dir = path.resolve(ctx.cwd, options.dir);
  try {
    await access(dir);
  } catch {
    throw usageError(`${options.dir}: no such folder`);
  }
  const rule = options.prune === undefined ? undefined : parsePruneRule(options.prune);
  if (options.prune !== undefined && !rule) throw usageError(`--prune takes a number of versions to keep per chart or a date (YYYY-MM-DD), not "${options.prune}"`);
  const target = path.join(dir, 'index.yaml');
  const shownTarget = path.join(options.dir, 'index.yaml');
  const mergeShown = options.merge ?? shownTarget;
  const loaded = await loadIndexFile(options.merge ? path.resolve(ctx.cwd, options.merge) : target, mergeShown);
  const index = loaded?.index ?? emptyIndex();
  const packages = await readPackages(dir, options.dir, options.url ?? '');
  const change = addPackages(index, packages, {
    now: new Date(),
    force: Boolean(options.force),
    where: (e) => {
      const pos = loaded?.where.get(e);
      return pos ? { file: mergeShown, line: pos.line, col: pos.col } : undefined;
    },
  });
  if (change.conflicts.length > 0) throw new SlipwayError(change.conflicts);
  const pruned = rule ? prune(index, rule) : [];
  if (!options.dryRun) await streamToFileAtomic(target, Readable.from(indexChunks(index)));
  const data: IndexSummary = {
    index: shownTarget,
    added: change.added.map(brief),
    unchanged: change.unchanged.map(brief),
    replaced: change.replaced.map(brief),
    pruned: pruned.map(brief),
    written: !options.dryRun,
  };
  const list = (label: string, items: { name: string; version: string }[]) => (items.length ? [`${label}: ${items.map((i) => `${i.name} ${i.version}`).join(', ')}`] : []);
  const text = [
    `${options.dryRun ? 'would write' : 'wrote'} ${shownTarget}: ${data.added.length} added, ${data.unchanged.length} unchanged, ${data.replaced.length} replaced, ${data.pruned.length} pruned`,
    ...list('added', data.added),
    ...list('replaced', data.replaced),
    ...list('pruned', data.pruned),
  ].join('\n');
  return { data, text, exitCode: 0, findings: loaded?.warnings ?? [] };
}

/** Relative to the working folder when inside it, absolute otherwise. */
function displayPath(cwd: string, file: string): string {
  const rel = path.relative(cwd, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}

export interface ChartPushOptions {
  target: string;
  paths: string[];
  config?: string;
  out?: string;
  force?: boolean;
  dryRun?: boolean;
  insecure?: boolean;
}

export async function chartPush(ctx: CommandContext, options: ChartPushOptions): Promise<Outcome<ChartPushItem[]>> {
  const target = parseOciTarget(options.target);
  const out = path.resolve(ctx.cwd, options.out ?? '.slipway/charts');
  let sources = options.paths.map((p) => ({ dir: path.resolve(ctx.cwd, p), shown: p }));
  if (sources.length === 0) {
    const matrix = await loadConfig(ctx, options.config);
    sources = matrix.components.filter((c) => c.kind === 'chart' && c.source).map((c) => ({ dir: c.source!, shown: displayPath(ctx.cwd, c.source!) }));
    if (sources.length === 0) throw usageError(`${matrix.file} declares no chart component with a source, and no package was given`);
  }
  const packages = [];
  for (const s of sources) {
    const chart = await loadChart(s.dir, s.shown);
    if (chart.kind === 'archive') {
      packages.push({ file: chart.path, sha256: chart.digest!.sha256, size: chart.digest!.size, metadata: chart.metadata });
      continue;
    }
    const mtime = sourceDate(ctx.env, await sourceRevision(s.dir, ctx.env));
    const p = await packageChart(s.dir, out, { shown: s.shown, mtime });
    packages.push({ file: p.file, sha256: p.sha256, size: p.size, metadata: p.chart.metadata });
  }
  const credentials = registryCredentials(target.registry, ctx.env, 'target');
  const redactor = registryRedactor(ctx.env);
  const client = new RegistryClient({ registry: target.registry, redactor, ...(credentials ? { credentials } : {}), ...(options.insecure ? { insecure: true } : {}) });
  const items: ChartPushItem[] = [];
  try {
    for (const p of packages) items.push(await pushChart(client, target, p, { force: Boolean(options.force), dryRun: Boolean(options.dryRun) }));
  } catch (e) {
    throw registryDiagnostic(e, redactor);
  } finally {
    await client.close();
  }
  const verb = (i: ChartPushItem) => (i.action === 'unchanged' ? 'unchanged' : options.dryRun ? `would be ${i.action}` : i.action);
  return {
    data: items,
    text: items.map((i) => `${i.name} ${i.version}: ${verb(i)} oci://${i.reference} (${i.digest})`).join('\n'),
    markdown: `### Helm charts in OCI\n\n| chart | version | reference | result |\n|---|---|---|---|\n${items.map((i) => `| ${i.name} | ${i.version} | \`oci://${i.reference}\` | ${verb(i)} |`).join('\n')}\n`,
    outputs: { pushed: JSON.stringify(items) },
    exitCode: 0,
  };
}
