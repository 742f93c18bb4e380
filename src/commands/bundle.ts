import path from 'node:path';
import { buildBundles, bundleSpecs, previewBundle } from '../bundle/build.js';
import { CHECKSUMS_FILE } from '../bundle/checksums.js';
import { inFormat, parseBundleFormats } from '../bundle/formats.js';
import { MANIFEST_FILE } from '../bundle/documents-model.js';
import { addToRelease } from '../bundle/release-folder.js';
import { usageError } from '../errors/diagnostic.js';
import { formatBytes } from '../render/bytes.js';
import { markdownTable } from '../render/markdown-table.js';
import { loadPlan } from '../release/resolve-plan.js';
import { sourceDate, sourceRevision } from '../release/source-revision.js';
import type { CommandContext, Outcome } from './outcome.js';

export interface BundleOptions {
  config?: string;
  out: string;
  version?: string;
  /** Only these bundles (by name); default: every bundle of the plan. */
  bundles?: string[];
  level?: number;
  /** Archive formats: tar.gz (the default), zip, or both. */
  formats?: string[];
  dryRun?: boolean;
  replace?: boolean;
}

export interface BundleRow {
  bundle: string;
  file: string;
  format: string;
  size?: number;
  sha256?: string;
  tarSha256?: string;
  files: number;
  placement?: string;
}

export interface BundleData {
  dryRun: boolean;
  release: { name: string; version: string; tag: string };
  out: string;
  mtime: string;
  manifest: string;
  checksums: string;
  bundles: BundleRow[];
}

export async function bundle(ctx: CommandContext, options: BundleOptions): Promise<Outcome<BundleData>> {
  const { matrix, plan } = await loadPlan(ctx, options.config, options.version);
  const jobs = plan.jobs.bundle.filter((j) => !options.bundles?.length || options.bundles.includes(j.bundle));
  for (const wanted of options.bundles ?? []) {
    if (!plan.jobs.bundle.some((j) => j.bundle === wanted)) {
      throw usageError(`there is no bundle "${wanted}"`, `bundles of ${matrix.file}: ${plan.jobs.bundle.map((j) => j.bundle).join(', ') || '(none)'}`);
    }
  }
  if (options.level !== undefined && !(Number.isInteger(options.level) && options.level >= 1 && options.level <= 9)) {
    throw usageError(`--level must be a whole number from 1 to 9, not ${options.level}`);
  }
  const formats = parseBundleFormats(options.formats ?? []);
  const specs = bundleSpecs(matrix, jobs).flatMap((spec) => formats.map((f) => inFormat(spec, f)));
  const revision = await sourceRevision(matrix.root, ctx.env);
  const mtime = sourceDate(ctx.env, revision);
  const out = path.resolve(ctx.cwd, options.out);
  const release = { name: plan.release.name, version: plan.release.version, tag: plan.release.tag };
  const base: Omit<BundleData, 'bundles'> = {
    dryRun: Boolean(options.dryRun),
    release,
    out,
    mtime: mtime.toISOString(),
    manifest: path.join(out, MANIFEST_FILE),
    checksums: path.join(out, CHECKSUMS_FILE),
  };

  if (options.dryRun) {
    const rows: BundleRow[] = [];
    for (const spec of specs) {
      const entries = await previewBundle(spec);
      rows.push({ bundle: spec.name, file: spec.file, format: spec.format ?? 'tar.gz', files: entries.filter((e) => e.type !== 'dir').length });
    }
    const data = { ...base, bundles: rows };
    const text = [`would build into ${out} (entries dated ${data.mtime}):`, ...rows.map((r) => `  ${r.file}  ${r.files} files`)].join('\n');
    return { data, text, exitCode: 0 };
  }

  const built = await buildBundles(specs, out, { mtime, ...(options.level !== undefined ? { level: options.level } : {}), replace: Boolean(options.replace) });
  await addToRelease(
    out,
    release,
    built.map((b) => ({ file: b.spec.file, kind: 'bundle', size: b.size, sha256: b.sha256, bundle: b.details })),
    {
      source: { ...(revision.commit ? { commit: revision.commit } : {}), ...(matrix.targets.github?.repository ? { repository: matrix.targets.github.repository } : {}) },
      replace: Boolean(options.replace),
    },
  );
  const rows: BundleRow[] = built.map((b) => ({ bundle: b.spec.name, file: b.spec.file, format: b.details.format, size: b.size, sha256: b.sha256, ...(b.tarSha256 ? { tarSha256: b.tarSha256 } : {}), files: b.files, placement: b.placement }));
  const data = { ...base, bundles: rows };
  const text = [
    `${release.name} ${release.version}: ${rows.length} bundle${rows.length === 1 ? '' : 's'} in ${out}`,
    ...rows.map((r) => `  ${r.sha256}  ${r.file}  ${formatBytes(r.size!)}  ${r.files} files${r.placement === 'unchanged' ? '  (unchanged)' : ''}`),
    `  ${MANIFEST_FILE}, ${CHECKSUMS_FILE}`,
  ].join('\n');
  const markdown = `### Bundles of ${release.name} ${release.version}\n\n${markdownTable(
    ['Bundle', 'File', 'Size', 'Files', 'sha256'],
    rows.map((r) => [r.bundle, `\`${r.file}\``, formatBytes(r.size!), String(r.files), `\`${r.sha256}\``]),
  )}\n`;
  const outputs = {
    dir: out,
    manifest: data.manifest,
    checksums: data.checksums,
    digests: JSON.stringify(Object.fromEntries(rows.map((r) => [r.file, `sha256:${r.sha256}`]))),
    files: JSON.stringify(rows.map((r) => path.join(out, r.file))),
  };
  return { data, text, markdown, outputs, exitCode: 0 };
}
