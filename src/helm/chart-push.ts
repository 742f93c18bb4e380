import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { SlipwayError } from '../errors/diagnostic.js';
import { MEDIA } from '../oci/media-types.js';
import { isRepositoryPath } from '../oci/reference.js';
import type { RegistryClient } from '../oci/client.js';
import { sha256Hex } from '../util/hash.js';
import type { ChartMetadata } from './chart-metadata.js';

/**
 * A chart package as Helm stores it in an OCI registry: an image manifest whose config is the chart's metadata as
 * JSON and whose one layer is the .tgz, tagged with the chart version (`+` written `_`, which tags cannot hold).
 * The manifest is built only from the package, so pushing the same package again gives the same digest, and a tag
 * that already holds it is left alone; a tag holding something else is refused unless forced.
 */
export const HELM_CONFIG_MEDIA_TYPE = 'application/vnd.cncf.helm.config.v1+json';
export const HELM_CONTENT_MEDIA_TYPE = 'application/vnd.cncf.helm.chart.content.v1.tar+gzip';

/** Go's field order of chart.Metadata, which Helm marshals as the config blob. */
const METADATA_ORDER = ['name', 'home', 'sources', 'version', 'description', 'keywords', 'maintainers', 'icon', 'apiVersion', 'condition', 'tags', 'appVersion', 'deprecated', 'annotations', 'kubeVersion', 'dependencies', 'type'];

export interface OciTarget {
  registry: string;
  namespace: string;
}

export function parseOciTarget(text: string): OciTarget {
  const m = /^oci:\/\/([^/]+)(?:\/(.*))?$/.exec(text);
  if (!m || !m[1]) throw new SlipwayError({ code: 'usage', message: `"${text}" is not an oci:// reference`, hint: 'write oci://REGISTRY/NAMESPACE, e.g. oci://ghcr.io/acme/charts' }, 2);
  const namespace = (m[2] ?? '').replace(/\/+$/, '');
  if (namespace && !isRepositoryPath(namespace)) {
    throw new SlipwayError({ code: 'usage', message: `"${namespace}" is not a valid repository namespace`, hint: 'lowercase letters, digits and separators (. _ -), in path components' }, 2);
  }
  return { registry: m[1], namespace };
}

function configJson(md: ChartMetadata): Buffer {
  const ordered: Record<string, unknown> = {};
  for (const key of METADATA_ORDER) {
    const v = md[key];
    if (v === undefined || v === null || v === '' || v === false || (Array.isArray(v) && v.length === 0)) continue;
    ordered[key] = v;
  }
  return Buffer.from(JSON.stringify(ordered));
}

export interface ChartPushItem {
  name: string;
  version: string;
  reference: string;
  digest: string;
  action: 'pushed' | 'unchanged' | 'replaced';
}

function ociTag(version: string): string {
  return version.replaceAll('+', '_');
}

export async function pushChart(
  client: RegistryClient,
  target: OciTarget,
  pkg: { file: string; sha256: string; size: number; metadata: ChartMetadata & { name: string; version: string } },
  options: { created?: Date; force?: boolean; dryRun?: boolean },
): Promise<ChartPushItem> {
  const { name, version } = pkg.metadata;
  const repository = target.namespace ? `${target.namespace}/${name}` : name;
  const tag = ociTag(version);
  const reference = `${target.registry}/${repository}:${tag}`;
  const config = configJson(pkg.metadata);
  const configDesc = { mediaType: HELM_CONFIG_MEDIA_TYPE, digest: `sha256:${sha256Hex(config)}`, size: config.length };
  const layer = { mediaType: HELM_CONTENT_MEDIA_TYPE, digest: `sha256:${pkg.sha256}`, size: pkg.size };
  const annotations: Record<string, string> = {
    ...(options.created ? { 'org.opencontainers.image.created': options.created.toISOString().replace(/\.000Z$/, 'Z') } : {}),
    ...(typeof pkg.metadata.description === 'string' && pkg.metadata.description ? { 'org.opencontainers.image.description': pkg.metadata.description } : {}),
    'org.opencontainers.image.title': name,
    'org.opencontainers.image.version': version,
  };
  const manifest = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MEDIA.ociManifest, config: configDesc, layers: [layer], annotations }));
  const digest = `sha256:${sha256Hex(manifest)}`;

  const existing = await client.headManifest(repository, tag);
  if (existing?.digest === digest) return { name, version, reference, digest, action: 'unchanged' };
  if (existing && !options.force) {
    throw new SlipwayError({
      code: 'chart-oci-tag-taken',
      message: `${reference} already holds ${existing.digest ?? 'another manifest'}, not this package (${digest}): a published version is immutable`,
      hint: 'bump the chart version, or pass --force to move the tag',
    });
  }
  if (options.dryRun) return { name, version, reference, digest, action: existing ? 'replaced' : 'pushed' };
  if (!(await client.hasBlob(repository, configDesc.digest))) await client.uploadBlob(repository, configDesc, () => Readable.from([config]));
  if (!(await client.hasBlob(repository, layer.digest))) await client.uploadBlob(repository, layer, () => createReadStream(pkg.file));
  await client.putManifest(repository, tag, manifest, MEDIA.ociManifest);
  return { name, version, reference, digest, action: existing ? 'replaced' : 'pushed' };
}
