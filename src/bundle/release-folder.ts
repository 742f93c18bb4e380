import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { fail } from '../errors/diagnostic.js';
import { hashFile, sha256Hex } from '../util/hash.js';
import { writeFileAtomic } from '../util/safe-write.js';
import { CHECKSUMS_FILE, formatChecksums } from './checksums.js';
import { parseManifest } from './documents.js';
import { MANIFEST_FILE, type ReleaseArtifact, type ReleaseManifest } from './documents-model.js';
import { assetName, isReleasePath } from './release-path.js';
import { compareBytes } from './source-tree.js';

export interface ReleaseIdentity {
  name: string;
  version: string;
  tag?: string;
}

export interface AddOptions {
  source?: ReleaseManifest['source'];
  /** Allow an artifact already listed with other bytes to be replaced (a rebuilt draft); else that is an error. */
  replace?: boolean;
}

export interface AddResult {
  manifest: ReleaseManifest;
  added: string[];
  unchanged: string[];
  replaced: string[];
}

/** Describes a file of the release folder as an artifact, hashing it as a stream. */
export async function describeArtifact(dir: string, file: string, kind: string, extra: Pick<ReleaseArtifact, 'bundle' | 'details'> = {}): Promise<ReleaseArtifact> {
  const digest = await hashFile(path.join(dir, file));
  return { file, kind, size: digest.size, sha256: digest.sha256, ...extra };
}

/**
 * THE way an artifact joins a release folder. Bundles, MSI installers, Helm chart packages: whoever writes a file into
 * the folder calls this with its description (`describeArtifact` hashes it), and the folder's `manifest.yaml` and
 * `SHA256SUMS` are rewritten together, atomically, sorted by file name:
 *
 *   await addToRelease(dir, { name, version, tag }, [await describeArtifact(dir, 'acme-1.4.0.msi', 'installer')]);
 *
 * - An artifact already listed with the same sha256 changes nothing; with another sha256 it is refused unless
 *   `replace` (artifacts are never silently replaced).
 * - The folder belongs to one release: adding to a folder of another name or version is refused.
 * - SHA256SUMS lists every artifact and manifest.yaml itself, so `sha256sum -c SHA256SUMS` checks the whole folder.
 * - An artifact may sit below the folder (`charts/gateway-0.3.0.tgz`); its asset name (the last part) must still be
 *   unique, because a GitHub release is flat.
 * - Callers may run at the same time, in one process or several: a lock folder serialises the read-modify-write.
 */
export async function addToRelease(dir: string, release: ReleaseIdentity, artifacts: ReleaseArtifact[], options: AddOptions = {}): Promise<AddResult> {
  return withFolderLock(dir, async () => {
    const current = await readManifestIfAny(dir);
    if (current && (current.release.name !== release.name || current.release.version !== release.version)) {
      fail('release-folder-mismatch', `${path.join(dir, MANIFEST_FILE)} is the release ${current.release.name} ${current.release.version}, not ${release.name} ${release.version}`, {
        hint: 'use an empty folder for each release',
      });
    }
    const byFile = new Map((current?.artifacts ?? []).map((a) => [a.file, a]));
    const result: AddResult = { manifest: current ?? emptyManifest(release), added: [], unchanged: [], replaced: [] };
    for (const artifact of artifacts) {
      const asset = assetName(artifact.file);
      if (!isReleasePath(artifact.file) || asset === MANIFEST_FILE || asset === CHECKSUMS_FILE) {
        fail('release-artifact-name', `"${artifact.file}" cannot be an artifact name of a release folder`);
      }
      // Published, every artifact is an asset named after its file name alone: two of one name would overwrite each other.
      const namesake = [...byFile.keys()].find((f) => f !== artifact.file && assetName(f) === asset);
      if (namesake) {
        fail('release-artifact-name', `${artifact.file} and ${namesake} would both be the release asset ${asset}`, { hint: 'give one of them another file name' });
      }
      const existing = byFile.get(artifact.file);
      if (!existing) result.added.push(artifact.file);
      else if (existing.sha256 === artifact.sha256 && JSON.stringify(existing) === JSON.stringify(artifact)) result.unchanged.push(artifact.file);
      else if (existing.sha256 !== artifact.sha256 && !options.replace) {
        fail('release-artifact-changed', `${artifact.file} is already in the release with sha256 ${existing.sha256}; the new one is ${artifact.sha256}`, {
          hint: 'build into a new folder, or pass --replace to replace it',
        });
      } else result.replaced.push(artifact.file);
      byFile.set(artifact.file, artifact);
    }
    const manifest: ReleaseManifest = {
      schemaVersion: 1,
      release: { name: release.name, version: release.version, ...(release.tag ?? current?.release.tag ? { tag: release.tag ?? current?.release.tag } : {}) },
      ...(options.source ?? current?.source ? { source: options.source ?? current?.source } : {}),
      artifacts: [...byFile.values()].sort((a, b) => compareBytes(a.file, b.file)),
    };
    result.manifest = manifest;
    if (current && result.added.length === 0 && result.replaced.length === 0 && JSON.stringify(current) === JSON.stringify(manifest)) return result;
    const text = renderManifest(manifest);
    await writeFileAtomic(path.join(dir, MANIFEST_FILE), text);
    const sums = [...manifest.artifacts.map((a) => ({ sha256: a.sha256, name: a.file })), { sha256: sha256Hex(text), name: MANIFEST_FILE }];
    await writeFileAtomic(path.join(dir, CHECKSUMS_FILE), formatChecksums(sums));
    return result;
  });
}

export function renderManifest(manifest: ReleaseManifest): string {
  // Bundles of one release share their components and requirements: written out in full each time, never as YAML aliases.
  return `# Slipway release manifest: every artifact with its sha256 (schema: release-manifest.schema.json).\n${stringify(manifest, { lineWidth: 0, aliasDuplicateObjects: false })}`;
}

export async function readManifestIfAny(dir: string): Promise<ReleaseManifest | undefined> {
  const file = path.join(dir, MANIFEST_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
  return parseManifest(text, file);
}

function emptyManifest(release: ReleaseIdentity): ReleaseManifest {
  return { schemaVersion: 1, release: { ...release }, artifacts: [] };
}

const inProcess = new Map<string, Promise<unknown>>();
const LOCK_NAME = '.slipway-release.lock';
const LOCK_ATTEMPTS = 600;
const LOCK_WAIT_MS = 50;

/** One writer at a time per folder: a promise chain within the process, a lock folder (mkdir is atomic) across them. */
async function withFolderLock<T>(dir: string, work: () => Promise<T>): Promise<T> {
  const key = path.resolve(dir);
  const previous = inProcess.get(key) ?? Promise.resolve();
  const run = previous.catch(() => undefined).then(async () => {
    await mkdir(key, { recursive: true });
    const lock = path.join(key, LOCK_NAME);
    for (let attempt = 1; ; attempt++) {
      try {
        await mkdir(lock);
        break;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
        if (attempt >= LOCK_ATTEMPTS) {
          fail('release-folder-locked', `${key} is locked by another slipway (${lock} exists)`, { hint: `if no other slipway runs, remove ${lock}` });
        }
        await new Promise((resolve) => setTimeout(resolve, LOCK_WAIT_MS));
      }
    }
    try {
      return await work();
    } finally {
      await rm(lock, { recursive: true, force: true });
    }
  });
  inProcess.set(key, run);
  try {
    return await run;
  } finally {
    if (inProcess.get(key) === run) inProcess.delete(key);
  }
}
