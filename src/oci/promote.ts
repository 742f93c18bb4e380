import { usageError } from '../errors/diagnostic.js';
import type { Redactor } from '../util/redact.js';
import { repositoryScope } from './auth.js';
import { RegistryClient, type Descriptor } from './client.js';
import { registryCredentials } from './credentials.js';
import { graphSize, walkGraph } from './graph.js';
import { formatReference, parseReference, type ImageReference } from './reference.js';
import { orderTags, planTags, readsExisting, type LatestMode, type TagDecision } from './tags.js';
import { transferGraph, type TransferReport } from './transfer.js';

export interface PromoteOptions {
  /** docker://REGISTRY/REPOSITORY:TAG or @DIGEST. */
  source: string;
  /** docker://REGISTRY/REPOSITORY[:TAG], one or more. */
  to: string[];
  version?: string;
  latest?: LatestMode;
  sha?: string;
  insecure?: boolean;
  dryRun?: boolean;
  concurrency?: number;
  env: NodeJS.ProcessEnv;
  redactor: Redactor;
  log?: (line: string) => void;
}

export interface PromoteTarget {
  image: string;
  tags: string[];
  held: TagDecision[];
  report?: TransferReport;
}

export interface PromoteResult {
  source: string;
  digest: string;
  mediaType: string;
  platforms: string[];
  blobs: number;
  size: number;
  dryRun: boolean;
  targets: PromoteTarget[];
}

/**
 * Copies a manifest or a whole index, byte for byte (the digest that was tested is the digest that is released), to
 * other repositories and registries. Blobs already there are skipped, blobs in the same registry are mounted, and only
 * the rest are streamed from source to destination.
 */
export async function promoteImage(options: PromoteOptions): Promise<PromoteResult> {
  const src = parseReference(options.source, 'the source');
  const reference = src.digest ?? src.tag;
  if (!reference) throw usageError(`the source "${options.source}" needs a tag or a digest`, 'e.g. docker://ghcr.io/acme/api:sha-abc1234');
  if (options.to.length === 0) throw usageError('--to is missing', 'e.g. --to docker://ghcr.io/acme/api:1.4.0');
  const destinations = groupDestinations(options.to.map((t) => parseReference(t, '--to')));

  const clients = new Map<string, RegistryClient>();
  const clientFor = (registry: string, role: 'source' | 'target') => {
    // A source on a registry that is also a destination shares that client (and its credentials and tokens).
    const key = `${role === 'source' && !destinations.some((d) => d.registry === registry) ? 'source' : 'target'}|${registry}`;
    let c = clients.get(key);
    if (!c) {
      const credentials = key.startsWith('source|') ? registryCredentials(registry, options.env, 'source') : registryCredentials(registry, options.env, 'target');
      c = new RegistryClient({ registry, credentials, insecure: options.insecure ?? false, redactor: options.redactor, ...(options.log ? { log: options.log } : {}) });
      clients.set(key, c);
    }
    return c;
  };
  try {
    const from = clientFor(src.registry, 'source');
    if (!options.dryRun) {
      // One token per registry for the whole promotion: pull from the source, pull and push every destination there.
      for (const dest of destinations) {
        const to = clientFor(dest.registry, 'target');
        to.expectScopes([repositoryScope(dest.repository, ['pull', 'push']), ...(to === from ? [repositoryScope(src.repository, ['pull'])] : [])]);
      }
    }
    // What each destination should be tagged, and what those tags point at now, is asked while the source is read:
    // the answers do not depend on each other, and a re-run is settled by them alone.
    const plans = destinations.map((dest) => {
      const to = clientFor(dest.registry, 'target');
      const tagging = destinationTags(to, dest, options);
      const seen = options.dryRun ? undefined : tagging.then(({ tags }) => Promise.all(tags.map((tag) => to.headManifest(dest.repository, tag))));
      // Awaited below, in order; until then a failure must not count as unhandled.
      tagging.catch(() => undefined);
      seen?.catch(() => undefined);
      return { dest, to, tagging, seen };
    });
    const top = await from.getManifest(src.repository, reference);
    if (src.digest && top.digest !== src.digest) throw usageError(`the source ${options.source} resolved to ${top.digest}`);
    const rootDescriptor: Descriptor = { mediaType: top.mediaType, digest: top.digest, size: top.bytes.length };
    const graph = await walkGraph(rootDescriptor, async (d) => (d === top.digest ? top.bytes : (await from.getManifest(src.repository, d)).bytes));
    const result: PromoteResult = {
      source: formatReference(src),
      digest: graph.root.digest,
      mediaType: graph.root.mediaType,
      platforms: graph.manifests.flatMap((m) => (m.platform ? [m.platform] : [])),
      blobs: graph.blobs.length,
      size: graphSize(graph),
      dryRun: Boolean(options.dryRun),
      targets: [],
    };
    for (const { dest, to, tagging, seen } of plans) {
      const { tags, held } = await tagging;
      const target: PromoteTarget = { image: `${dest.registry}/${dest.repository}`, tags, held };
      result.targets.push(target);
      if (!seen) continue;
      const mountFrom = dest.registry === src.registry && dest.repository !== src.repository ? src.repository : undefined;
      target.report = await transferGraph(to, dest.repository, graph, tags, {
        concurrency: options.concurrency ?? 4,
        tagsSeen: seen,
        ...(mountFrom !== undefined ? { mountFrom } : {}),
        // Streamed from the source registry to the destination; a retry asks the source again.
        upload: (blob, session) => to.uploadBlob(dest.repository, blob, () => from.openBlob(src.repository, blob.digest), session),
        ...(options.log ? { log: options.log } : {}),
      });
    }
    return result;
  } finally {
    for (const c of clients.values()) await c.close();
  }
}

/** The tags of one destination: those named in --to, and those of --version (against its current tags) or --sha. */
async function destinationTags(to: RegistryClient, dest: { registry: string; repository: string; tags: string[] }, options: PromoteOptions): Promise<{ tags: string[]; held: TagDecision[] }> {
  const planned = await planTags(dest.tags, options, readsExisting(options) ? () => to.listTags(dest.repository) : undefined);
  if (planned.tags.length === 0) throw usageError(`--to ${dest.registry}/${dest.repository} has no tag`, 'add :TAG, or give --version to compute the tags');
  return planned;
}

function groupDestinations(refs: ImageReference[]): { registry: string; repository: string; tags: string[] }[] {
  const out = new Map<string, { registry: string; repository: string; tags: string[] }>();
  for (const r of refs) {
    if (r.digest) throw usageError(`--to ${formatReference(r)} names a digest; a promotion keeps the source's digest and sets tags`);
    const key = `${r.registry}/${r.repository}`;
    const entry = out.get(key) ?? { registry: r.registry, repository: r.repository, tags: [] };
    if (r.tag) entry.tags.push(r.tag);
    out.set(key, entry);
  }
  return [...out.values()].map((d) => ({ ...d, tags: orderTags(d.tags) }));
}
