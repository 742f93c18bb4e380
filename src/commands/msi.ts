import path from 'node:path';
import { CHECKSUMS_FILE } from '../bundle/checksums.js';
import { MANIFEST_FILE } from '../bundle/documents-model.js';
import type { ReleaseArtifact } from '../bundle/documents-model.js';
import { addToRelease } from '../bundle/release-folder.js';
import { SlipwayError } from '../errors/diagnostic.js';
import { buildInstaller, defaultToolchain, type BuiltMsi, type Toolchain } from '../msi/build.js';
import { ALL_SOURCES, installerComponents, planInstaller, writeSources } from '../msi/generate.js';
import { productIdentity, type ProductIdentity } from '../msi/installer-model.js';
import { checkSigningOptions, wantsSigning, type SigningOptions } from '../msi/sign.js';
import { markdownTable } from '../render/markdown-table.js';
import { sourceDateEpoch } from '../release/source-date-epoch.js';
import { resolveVersion } from '../release/version.js';
import { loadConfig } from './load-config.js';
import type { CommandContext, Outcome } from './outcome.js';
import { relativePosix } from '../util/relative-path.js';

export interface MsiOptions {
  config?: string;
  out: string;
  component?: string;
  /** The release version; default: resolved like `slipway plan` does. */
  version?: string;
  dryRun?: boolean;
}

export interface MsiBuildOptions extends MsiOptions {
  /** Where the WiX sources go; default: OUT/msi-sources. */
  sources?: string;
  toolchain?: Toolchain;
  acceptWixEula?: string;
  signing?: SigningOptions;
  force?: boolean;
}

/** One installer in the plan: what would be (or was) generated. */
export interface PlannedInstaller extends ProductIdentity {
  kind: string;
  files: number;
  shortcuts: number;
  sources: string;
  msi: string;
}

async function prepare(ctx: CommandContext, o: MsiOptions) {
  const matrix = await loadConfig(ctx, o.config);
  const components = installerComponents(matrix, o.component);
  if (components.length === 0) throw new SlipwayError({ code: 'usage', message: `${matrix.file} has no installer component`, hint: 'declare one with kind: installer' }, 2);
  const resolved = await resolveVersion(matrix.release, { ...(o.version !== undefined ? { override: o.version } : {}), env: ctx.env, cwd: matrix.root });
  if (!resolved.ok) throw new SlipwayError(resolved.errors, resolved.errors.some((e) => e.code === 'usage') ? 2 : 1);
  return { matrix, components, version: resolved.value.version, tag: resolved.value.tag, out: path.resolve(ctx.cwd, o.out) };
}

/** Paths below the working folder are shown relative to it, others in full. */
const shown = (ctx: CommandContext, p: string) => {
  const rel = relativePosix(ctx.cwd, p);
  return rel.startsWith('..') || path.isAbsolute(rel) ? p : rel;
};

/** `slipway msi generate`: the WiX sources of every installer (or one), both dialects, a .wixproj and build.cmd. */
export async function msiGenerate(ctx: CommandContext, o: MsiOptions & { sources?: string }): Promise<Outcome<{ dryRun: boolean; installers: PlannedInstaller[] }>> {
  const { matrix, components, version, out } = await prepare(ctx, o);
  const sourcesRoot = o.sources ? path.resolve(ctx.cwd, o.sources) : out;
  const installers: PlannedInstaller[] = [];
  for (const c of components) {
    const g = await planInstaller(matrix, c, version, sourcesRoot, out);
    const m = g.model;
    const sources = g.dir;
    if (!o.dryRun) await writeSources(g, ALL_SOURCES);
    installers.push({
      ...productIdentity(m),
      kind: m.kind,
      files: m.files.length,
      shortcuts: m.shortcuts.length,
      sources: shown(ctx, sources),
      msi: shown(ctx, path.join(out, m.msiName)),
    });
  }
  const lines = installers.map((i) =>
    `${o.dryRun ? 'would generate' : 'generated'} ${i.sources}/ (${i.component}.wxs, ${i.component}.wixl.wxs, ${i.component}.wixproj, build.cmd): ` +
    `${i.productName} ${i.productVersion}, ${i.files} files, ${i.shortcuts} shortcuts, UpgradeCode ${i.upgradeCode}${i.upgradeCodeSource === 'derived' ? ' (derived: pin it as installer.upgradeCode before renaming the release or the component)' : ''}`);
  return { data: { dryRun: Boolean(o.dryRun), installers }, text: lines.join('\n'), markdown: plannedMarkdown(installers), outputs: { msis: JSON.stringify(installers) }, exitCode: 0 };
}

/** `slipway msi build`: generates, builds with wixl (Linux) or wix (Windows), checks the tables, signs and verifies. */
export async function msiBuild(ctx: CommandContext, o: MsiBuildOptions): Promise<Outcome<{ dryRun: boolean; installers: (BuiltMsi | PlannedInstaller)[] }>> {
  if (o.signing && wantsSigning(o.signing)) {
    try {
      checkSigningOptions(o.signing);
    } catch (e) {
      if (e instanceof SlipwayError) throw new SlipwayError(e.diagnostics, 2);
      throw e;
    }
  }
  if (o.dryRun) {
    const planned = await msiGenerate(ctx, { ...o, sources: o.sources ?? path.join(o.out, 'msi-sources') });
    const toolchain = o.toolchain ?? defaultToolchain();
    return { ...planned, text: `${planned.text.replaceAll('would generate', 'would generate and build')}\nbuild with ${toolchain}${o.signing && wantsSigning(o.signing) ? ', then sign and verify' : ''}` };
  }
  const { matrix, components, version, tag, out } = await prepare(ctx, o);
  const sources = path.resolve(ctx.cwd, o.sources ?? path.join(o.out, 'msi-sources'));
  const built: BuiltMsi[] = [];
  // The MSIs carry the date of the sources, as bundles do: SOURCE_DATE_EPOCH (a bad value stops here, before any
  // build), else the commit's time, looked up once (with git, loaded only then) while the first build tool runs.
  const given = sourceDateEpoch(ctx.env);
  let commitTime: Promise<Date | undefined> | undefined;
  const sourceDate = async (): Promise<Date | undefined> =>
    given ??
    (commitTime ??= import('../release/source-revision.js')
      .then(({ sourceRevision }) => sourceRevision(matrix.root, ctx.env))
      .then(({ time }) => (time === undefined ? undefined : new Date(time * 1000))));
  for (const c of components) {
    // The build writes the sources itself: its tool starts as soon as the one it reads is there.
    const g = await planInstaller(matrix, c, version, sources, out);
    built.push(await buildInstaller(g, {
      ...(o.toolchain ? { toolchain: o.toolchain } : {}),
      ...(o.acceptWixEula ? { acceptWixEula: o.acceptWixEula } : {}),
      ...(o.signing ? { signing: o.signing } : {}),
      ...(o.force ? { force: true } : {}),
      sourceDate,
    }));
  }
  // The MSIs join the release folder's manifest.yaml and SHA256SUMS, beside the bundles. An MSI that replaced an
  // earlier build of its own (or any, with --force) may replace its entry; anything else is refused there too.
  // The build hashed each MSI as it placed it: the artifacts are described from that, not read again.
  await addToRelease(out, { name: matrix.release.name, version, ...(tag ? { tag } : {}) }, built.map((b): ReleaseArtifact => ({
    file: path.basename(b.path),
    kind: 'installer',
    size: b.size,
    sha256: b.sha256,
    details: { component: b.component, productName: b.productName, productVersion: b.productVersion, upgradeCode: b.upgradeCode, productCode: b.productCode, signed: b.signed },
  })), { replace: built.some((b) => b.placement === 'replaced') });
  const installers = built.map((b) => ({ ...b, path: shown(ctx, b.path) }));
  const text = installers.map((b) =>
    `${b.upToDate ? 'up to date' : 'built'} ${b.path}: ${b.productName} ${b.productVersion} (${b.version}), UpgradeCode ${b.upgradeCode}, ` +
    `${b.tables.File} files, ${b.size} bytes, ${b.signed ? 'signed, ' : ''}sha256 ${b.sha256}`).concat(`listed in ${shown(ctx, path.join(out, MANIFEST_FILE))} and ${CHECKSUMS_FILE}`).join('\n');
  const first = installers[0]!;
  return {
    data: { dryRun: false, installers },
    text,
    markdown: builtMarkdown(installers),
    outputs: { msi: first.path, sha256: first.sha256, 'product-version': first.productVersion, 'upgrade-code': first.upgradeCode, msis: JSON.stringify(installers) },
    exitCode: 0,
  };
}

function plannedMarkdown(list: PlannedInstaller[]): string {
  return `### Installers\n\n${markdownTable(['Component', 'Product', 'Version', 'ProductVersion', 'UpgradeCode', 'Files'], list.map((i) => [i.component, i.productName, i.version, i.productVersion, `\`${i.upgradeCode}\``, String(i.files)]))}\n`;
}

function builtMarkdown(list: BuiltMsi[]): string {
  const rows = list.map((b) => [`\`${path.basename(b.path)}\``, b.productName, `${b.productVersion} (${b.version})`, `\`${b.upgradeCode}\``, humanSize(b.size), b.signed ? 'yes' : 'no', `\`${b.sha256.slice(0, 16)}…\``]);
  return `### MSI installers\n\n${markdownTable(['MSI', 'Product', 'Version', 'UpgradeCode', 'Size', 'Signed', 'sha256'], rows)}\n`;
}

function humanSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
