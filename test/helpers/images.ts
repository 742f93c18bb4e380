import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildLayout } from '../../scripts/buildah-layout.mjs';
import { ROOT } from './run-cli.js';
import { runTool } from './run-tool.js';

export const EPOCH = '1767225600';

/** The example images of examples/platform built with buildah into OCI layouts: worker (one platform), api (two). */
export async function buildExampleLayouts(): Promise<{ dir: string; worker: string; api: string }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'slipway-layouts-'));
  const worker = path.join(dir, 'worker');
  const api = path.join(dir, 'api');
  await buildLayout({ context: path.join(ROOT, 'examples/platform/images/worker'), out: worker, ref: '1.4.0', epoch: EPOCH });
  await buildLayout({ context: path.join(ROOT, 'examples/platform/images/api'), out: api, ref: '1.4.0', platforms: ['linux/amd64', 'linux/arm64'], epoch: EPOCH });
  return { dir, worker, api };
}

/** The digest skopeo sees for an image: sha256 of the raw manifest it fetched. */
export async function skopeoRaw(ref: string, extra: string[] = []): Promise<{ digest: string; raw: string }> {
  const r = await runTool('skopeo', ['inspect', '--raw', '--tls-verify=false', ...extra, `docker://${ref}`]);
  if (r.code !== 0) throw new Error(`skopeo inspect ${ref}: ${r.stderr}`);
  const { createHash } = await import('node:crypto');
  return { digest: `sha256:${createHash('sha256').update(r.stdout).digest('hex')}`, raw: r.stdout };
}

/** skopeo copies the image back into a fresh layout; returns the digest of what index.json points at. */
export async function skopeoCopyBack(ref: string, extra: string[] = []): Promise<string> {
  const out = mkdtempSync(path.join(os.tmpdir(), 'slipway-copyback-'));
  const r = await runTool('skopeo', ['copy', '--all', '--src-tls-verify=false', ...extra, `docker://${ref}`, `oci:${out}:back`]);
  if (r.code !== 0) throw new Error(`skopeo copy ${ref}: ${r.stderr}`);
  const index = JSON.parse(readFileSync(path.join(out, 'index.json'), 'utf8')) as { manifests: { digest: string }[] };
  return index.manifests[0]!.digest;
}
