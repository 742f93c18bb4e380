import { formatBytes } from '../render/bytes.js';
import { markdownTable } from '../render/markdown-table.js';
import { releaseAnnotations } from '../oci/annotations.js';
import { registryDiagnostic } from '../oci/diagnose.js';
import { promoteImage, type PromoteResult } from '../oci/promote.js';
import { pushImage, type PushResult } from '../oci/push.js';
import { parseReference } from '../oci/reference.js';
import { computeTags, parseLatestMode, type TagPlan } from '../oci/tags.js';
import { RegistryClient } from '../oci/client.js';
import { registryCredentials } from '../oci/credentials.js';
import type { TransferReport } from '../oci/transfer.js';
import { registryRedactor } from '../oci/registry-secrets.js';
import type { CommandContext, Outcome } from './outcome.js';

export interface ImagePushOptions {
  source: string;
  to: string;
  version?: string;
  latest?: string;
  sha?: string;
  title?: string;
  licenses?: string;
  sourceUrl?: string;
  revision?: string;
  insecure?: boolean;
  dryRun?: boolean;
  log?: (line: string) => void;
}

export async function imagePush(ctx: CommandContext, o: ImagePushOptions): Promise<Outcome<PushResult>> {
  const redactor = registryRedactor(ctx.env);
  const data = await pushImage({
    source: o.source,
    to: o.to,
    ...(o.version ? { version: o.version } : {}),
    latest: parseLatestMode(o.latest),
    ...(o.sha ? { sha: o.sha } : {}),
    annotations: {
      ...(o.title ? { title: o.title } : {}),
      ...(o.licenses ? { licenses: o.licenses } : {}),
      ...(o.sourceUrl ? { source: o.sourceUrl } : {}),
      ...(o.revision ? { revision: o.revision } : {}),
    },
    insecure: Boolean(o.insecure),
    dryRun: Boolean(o.dryRun),
    cwd: ctx.cwd,
    env: ctx.env,
    redactor,
    ...(o.log ? { log: o.log } : {}),
  }).catch((e: unknown) => {
    throw registryDiagnostic(e, redactor);
  });
  const lines = [
    `${data.dryRun ? 'would push' : 'pushed'} ${data.image}@${data.digest}${data.platforms.length ? ` (${data.platforms.join(', ')})` : ''}`,
    `tags: ${data.tags.join(', ')}`,
    ...data.held.map((h) => `not tagged ${h.tag}: ${h.reason}`),
    `size: ${formatBytes(data.size)} in ${data.blobs} blobs`,
    ...(data.report ? [reportLine(data.report)] : []),
  ];
  return {
    data,
    text: lines.join('\n'),
    markdown: summary([{ image: data.image, digest: data.digest, tags: data.tags, size: data.size, report: data.report }], data.dryRun),
    outputs: { image: data.image, digest: data.digest, tags: data.tags.join(','), 'image-refs': data.tags.map((t) => `${data.image}:${t}`).join('\n') },
    exitCode: 0,
  };
}

export interface ImagePromoteOptions {
  source: string;
  to: string[];
  version?: string;
  latest?: string;
  sha?: string;
  insecure?: boolean;
  dryRun?: boolean;
  log?: (line: string) => void;
}

export async function imagePromote(ctx: CommandContext, o: ImagePromoteOptions): Promise<Outcome<PromoteResult>> {
  const redactor = registryRedactor(ctx.env);
  const data = await promoteImage({
    source: o.source,
    to: o.to,
    ...(o.version ? { version: o.version } : {}),
    latest: parseLatestMode(o.latest),
    ...(o.sha ? { sha: o.sha } : {}),
    insecure: Boolean(o.insecure),
    dryRun: Boolean(o.dryRun),
    env: ctx.env,
    redactor,
    ...(o.log ? { log: o.log } : {}),
  }).catch((e: unknown) => {
    throw registryDiagnostic(e, redactor);
  });
  const lines = [`${data.dryRun ? 'would promote' : 'promoted'} ${data.source} (${data.digest})`];
  for (const t of data.targets) {
    lines.push(`  to ${t.image}: ${t.tags.join(', ')}`);
    for (const h of t.held) lines.push(`    not tagged ${h.tag}: ${h.reason}`);
    if (t.report) lines.push(`    ${reportLine(t.report)}`);
  }
  return {
    data,
    text: lines.join('\n'),
    markdown: summary(data.targets.map((t) => ({ image: t.image, digest: data.digest, tags: t.tags, size: data.size, report: t.report })), data.dryRun),
    outputs: { digest: data.digest, tags: [...new Set(data.targets.flatMap((t) => t.tags))].join(','), 'image-refs': data.targets.flatMap((t) => t.tags.map((tag) => `${t.image}:${tag}`)).join('\n') },
    exitCode: 0,
  };
}

export interface ImageTagsOptions {
  version: string;
  latest?: string;
  sha?: string;
  /** A repository whose current tags decide whether floating tags move. */
  image?: string;
  insecure?: boolean;
  title?: string;
  licenses?: string;
}

export interface ImageTagsData extends TagPlan {
  annotations: Record<string, string>;
  existing?: string[];
}

export async function imageTags(ctx: CommandContext, o: ImageTagsOptions): Promise<Outcome<ImageTagsData>> {
  let existing: string[] | undefined;
  if (o.image) {
    const ref = parseReference(o.image, '--image');
    const redactor = registryRedactor(ctx.env);
    const client = new RegistryClient({ registry: ref.registry, credentials: registryCredentials(ref.registry, ctx.env, 'target'), insecure: Boolean(o.insecure), redactor });
    try {
      existing = await client.listTags(ref.repository).catch((e: unknown) => {
        throw registryDiagnostic(e, redactor);
      });
    } finally {
      await client.close();
    }
  }
  const plan = computeTags({ version: o.version, latest: parseLatestMode(o.latest), ...(o.sha ? { sha: o.sha } : {}), ...(existing ? { existing } : {}) });
  const annotations = releaseAnnotations({ version: plan.version, ...(o.title ? { title: o.title } : {}), ...(o.licenses ? { licenses: o.licenses } : {}) }, ctx.env);
  const data: ImageTagsData = { ...plan, annotations, ...(existing ? { existing } : {}) };
  const text = [
    ...plan.tags,
    ...plan.held.map((h) => `# not ${h.tag}: ${h.reason}`),
    ...Object.entries(annotations).map(([k, v]) => `# ${k}=${v}`),
  ].join('\n');
  return { data, text, outputs: { tags: plan.tags.join(','), version: plan.version }, exitCode: 0 };
}

function reportLine(r: TransferReport): string {
  const blobs = [`${r.blobs.uploaded} uploaded (${formatBytes(r.bytesUploaded)})`, `${r.blobs.mounted} mounted`, `${r.blobs.existing} already there`].join(', ');
  const tags = r.tagsPut.length ? `tags set: ${r.tagsPut.join(', ')}` : 'tags unchanged';
  return `blobs: ${blobs}; manifests written: ${r.manifestsPut}; ${tags}`;
}

function summary(rows: { image: string; digest: string; tags: string[]; size: number; report?: TransferReport | undefined }[], dryRun: boolean): string {
  const table = markdownTable(
    ['Image', 'Digest', 'Tags', 'Size', 'Uploaded'],
    rows.map((r) => [`\`${r.image}\``, `\`${r.digest}\``, r.tags.map((t) => `\`${t}\``).join(' '), formatBytes(r.size), r.report ? formatBytes(r.report.bytesUploaded) : '-']),
  );
  return `### ${dryRun ? 'Images (dry run)' : 'Images'}\n\n${table}\n`;
}
