import { createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, truncate } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fail, SlipwayError, usageError, type Diagnostic } from '../errors/diagnostic.js';
import { withRetry, type RetryDecision } from '../util/retry.js';
import { CHECKSUMS_FILE, parseChecksums } from './checksums.js';
import { parseManifest } from './documents.js';
import { MANIFEST_FILE, type ReleaseArtifact, type ReleaseManifest } from './documents-model.js';
import type { BundleFormat } from './build.js';
import { assetName } from './release-path.js';
import type { ReleaseSource } from './release-source.js';
import { verifyFile, type VerifiedFile } from './verify.js';

export interface DownloadOptions {
  /** Only these bundles (by bundle name); manifest.yaml and SHA256SUMS always come. */
  bundles?: string[];
  /** Only these archive formats of the bundles (a release may carry each bundle as .tar.gz and .zip); default: all. */
  formats?: BundleFormat[];
  retry?: { attempts?: number; baseMs?: number; maxMs?: number; sleep?: (ms: number) => Promise<void> };
  /** Which failures are worth another attempt; by default dropped connections, 5xx and 429. */
  classify?: (error: unknown) => RetryDecision;
  log?: (message: string) => void;
}

export interface DownloadResult {
  source: string;
  dest: string;
  release: ReleaseManifest['release'];
  files: (VerifiedFile & { action: 'downloaded' | 'present' })[];
}

/**
 * Fetches a release into `dest`, trusting nothing until it is checked: SHA256SUMS first, then manifest.yaml against
 * it, then each artifact. Every file grows in `.NAME.partial` (an interrupted download resumes from there with a
 * Range request), is verified (sha256, size, and for a bundle every file inside) and only then renamed to its name:
 * a file under its real name is always complete and right.
 */
export async function downloadRelease(source: ReleaseSource, dest: string, options: DownloadOptions = {}): Promise<DownloadResult> {
  await mkdir(dest, { recursive: true });
  const available = new Map((await source.list()).map((f) => [f.name, f.size]));
  for (const needed of [CHECKSUMS_FILE, MANIFEST_FILE]) {
    if (!available.has(needed)) fail('download-not-a-release', `${source.label} has no ${needed}`, { hint: 'only releases made by slipway (bundle, then publish) can be downloaded and verified' });
  }
  const files: DownloadResult['files'] = [];
  const sumsFile = await fetchFile(source, CHECKSUMS_FILE, available.get(CHECKSUMS_FILE)!, dest, {}, undefined, options, files);
  const sums = parseChecksums(await readFile(sumsFile, 'utf8'), sumsFile);
  const expectedOf = (name: string) => sums.find((s) => s.name === name)?.sha256;
  const manifestFile = await fetchFile(source, MANIFEST_FILE, available.get(MANIFEST_FILE)!, dest, { sha256: expectedOf(MANIFEST_FILE) }, undefined, options, files);
  const manifest = parseManifest(await readFile(manifestFile, 'utf8'), manifestFile);

  let wanted: ReleaseArtifact[] = manifest.artifacts;
  if (options.bundles?.length) {
    const names = manifest.artifacts.filter((a) => a.bundle).map((a) => a.bundle!.name);
    for (const b of options.bundles) if (!names.includes(b)) throw usageError(`the release has no bundle "${b}"`, `its bundles: ${names.join(', ') || '(none)'}`);
    wanted = manifest.artifacts.filter((a) => a.bundle && options.bundles!.includes(a.bundle.name));
  }
  if (options.formats?.length) {
    const formats = options.formats;
    const kept = wanted.filter((a) => !a.bundle || formats.includes(a.bundle.format));
    // Every bundle that was to come must still come, in one of the formats asked: a bundle is never dropped silently.
    for (const name of new Set(wanted.flatMap((a) => (a.bundle ? [a.bundle.name] : [])))) {
      if (kept.some((a) => a.bundle?.name === name)) continue;
      const has = wanted.filter((a) => a.bundle?.name === name).map((a) => a.bundle!.format);
      throw usageError(`the release has bundle "${name}" as ${has.join(' and ')} only, not as ${formats.join(' or ')}`, `ask for --format ${has.join(',')}, or leave --format out`);
    }
    wanted = kept;
  }
  for (const a of wanted) {
    // A release on GitHub is flat: an artifact below the folder (charts/x.tgz) is the asset x.tgz, put back at its path.
    const asset = assetName(a.file);
    if (!available.has(asset)) fail('download-missing', `${source.label} has no ${asset}, which manifest.yaml lists${asset === a.file ? '' : ` as ${a.file}`}`);
    const sha256 = expectedOf(a.file);
    if (sha256 !== a.sha256) fail('download-lists-disagree', `${a.file}: ${CHECKSUMS_FILE} says ${sha256 ?? '(nothing)'}, ${MANIFEST_FILE} says ${a.sha256}`);
    await fetchFile(source, asset, available.get(asset)!, dest, { sha256: a.sha256, size: a.size }, a, options, files, a.file);
  }
  return { source: source.label, dest, release: manifest.release, files };
}

async function fetchFile(
  source: ReleaseSource,
  name: string,
  size: number,
  dest: string,
  expected: { sha256?: string | undefined; size?: number | undefined },
  artifact: ReleaseArtifact | undefined,
  options: DownloadOptions,
  files: DownloadResult['files'],
  /** Where it goes in `dest` (a path of the release folder); by default its asset name. */
  file: string = name,
): Promise<string> {
  const target = path.join(dest, file);
  const partial = path.join(path.dirname(target), `.${name}.partial`);
  await mkdir(path.dirname(target), { recursive: true });
  const findings: Diagnostic[] = [];
  if (await stat(target).then((s) => s.isFile(), () => false)) {
    const present = await verifyFile(target, file, expected, artifact, findings);
    if (findings.length) {
      throw new SlipwayError(findings.map((f) => ({ ...f, code: 'download-exists', message: `${target} is already there and is not the release's file: ${f.message}`, hint: 'remove it, or download into an empty folder' })));
    }
    files.push({ ...present, action: 'present' });
    return target;
  }
  await withRetry(
    async () => {
      const have = await stat(partial).then((s) => s.size, () => 0);
      if (have > size) await truncate(partial, 0);
      const offset = have > size ? 0 : have;
      if (offset === size && size > 0) return;
      const { stream, from } = await source.open(name, offset);
      await pipeline(stream, createWriteStream(partial, { flags: from === 0 ? 'w' : 'a' }));
      const got = (await stat(partial)).size;
      if (got !== size) throw Object.assign(new Error(`${name}: ${got} of ${size} bytes arrived`), { code: 'ECONNRESET' });
    },
    {
      ...(options.retry ?? {}),
      classify: options.classify ?? defaultClassify,
      onRetry: (e, attempt, wait) => options.log?.(`${name}: ${(e as Error).message}; resuming (attempt ${attempt + 1}) in ${Math.round(wait)} ms`),
    },
  ).catch(async (e: unknown) => {
    if (e instanceof SlipwayError) throw e;
    // The partial stays: the next run resumes it.
    fail('download-failed', `${name} from ${source.label}: ${(e as Error).message}`, { hint: 'run the download again: it resumes where it stopped' });
  });
  const checked = await verifyFile(partial, file, expected, artifact, findings);
  if (findings.length) {
    await rm(partial, { force: true });
    throw new SlipwayError(findings.map((f) => ({ ...f, code: 'download-mismatch', message: f.message.replace(`.${name}.partial`, file), hint: 'the file that arrived is not the one the release lists; nothing was kept' })));
  }
  await rename(partial, target);
  files.push({ ...checked, action: 'downloaded' });
  return target;
}

function defaultClassify(error: unknown): RetryDecision {
  const status = (error as { status?: number }).status;
  if (status === undefined) return { retry: !(error instanceof SlipwayError) };
  return { retry: status >= 500 || status === 429 };
}
