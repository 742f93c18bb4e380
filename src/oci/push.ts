import { SlipwayError, usageError } from '../errors/diagnostic.js';
import type { Redactor } from '../util/redact.js';
import { releaseAnnotations, type AnnotationInputs } from './annotations.js';
import { RegistryClient, type RegistryClientOptions } from './client.js';
import { registryCredentials } from './credentials.js';
import { repositoryScope } from './auth.js';
import { annotateRoot, graphSize, walkGraph } from './graph.js';
import { openImageSource } from './open-source.js';
import { parseReference } from './reference.js';
import { computeTags, planTags, readsExisting, type LatestMode, type TagDecision } from './tags.js';
import { transferGraph, type TransferReport } from './transfer.js';

export interface PushOptions {
  /** oci:DIR[:REF] or docker-archive:FILE[:NAME:TAG]. */
  source: string;
  /** REGISTRY/REPOSITORY[:TAG]. */
  to: string;
  version?: string;
  latest?: LatestMode;
  sha?: string;
  annotations?: AnnotationInputs;
  insecure?: boolean;
  dryRun?: boolean;
  concurrency?: number;
  cwd: string;
  env: NodeJS.ProcessEnv;
  redactor: Redactor;
  log?: (line: string) => void;
  /** Tuning of the registry client (chunk size, timeouts, retries). */
  client?: Partial<Omit<RegistryClientOptions, 'registry' | 'credentials' | 'redactor'>>;
}

export interface PushResult {
  source: string;
  image: string;
  digest: string;
  mediaType: string;
  platforms: string[];
  tags: string[];
  held: TagDecision[];
  annotations: Record<string, string>;
  blobs: number;
  size: number;
  dryRun: boolean;
  report?: TransferReport;
}

/**
 * Pushes an image from a layout or an archive: plan (the graph, the annotated root, the tags) then carry it out. The
 * tags of a version are computed against the repository's current tags, so floating tags never move backwards.
 */
export async function pushImage(options: PushOptions): Promise<PushResult> {
  const target = parseReference(options.to, '--to');
  if (target.digest) throw usageError(`--to "${options.to}" names a digest; give a repository, optionally with a tag`);
  const source = await openImageSource(options.source, options.cwd);
  const client = new RegistryClient({
    ...options.client,
    registry: target.registry,
    credentials: registryCredentials(target.registry, options.env, 'target'),
    insecure: options.insecure ?? false,
    redactor: options.redactor,
    ...(options.log ? { log: options.log } : {}),
  });
  // A real push asks for pull and push from its first request (the tag list), so one token serves the whole push.
  if (!options.dryRun) client.expectScopes([repositoryScope(target.repository, ['pull', 'push'])]);
  try {
    const version = options.version ? computeTags({ version: options.version, latest: 'never' }).version : undefined;
    const annotations = releaseAnnotations({ ...options.annotations, ...(version ? { version } : {}) }, options.env);
    let graph;
    try {
      graph = annotateRoot(await walkGraph(source.root, (d) => source.readManifest(d)), annotations);
    } catch (e) {
      if (e instanceof SlipwayError) throw e;
      throw new SlipwayError({ code: 'image-source', message: `${options.source}: ${(e as Error).message}` });
    }
    const { tags, held } = await planTags(target.tag ? [target.tag] : [], options, readsExisting(options) ? () => client.listTags(target.repository) : undefined);
    if (tags.length === 0) throw usageError('nothing to tag: give --version, --sha, or a tag in --to (REGISTRY/REPOSITORY:TAG)');
    const result: PushResult = {
      source: options.source,
      image: `${target.registry}/${target.repository}`,
      digest: graph.root.digest,
      mediaType: graph.root.mediaType,
      platforms: graph.manifests.flatMap((m) => (m.platform ? [m.platform] : [])),
      tags,
      held,
      annotations,
      blobs: graph.blobs.length,
      size: graphSize(graph),
      dryRun: Boolean(options.dryRun),
    };
    if (options.dryRun) return result;
    result.report = await transferGraph(client, target.repository, graph, tags, {
      concurrency: options.concurrency ?? 4,
      upload: (blob) => client.uploadBlob(target.repository, blob, () => source.openBlob(blob.digest)),
      ...(options.log ? { log: options.log } : {}),
    });
    return result;
  } finally {
    await source.close();
    await client.close();
  }
}
