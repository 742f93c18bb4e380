import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { Diagnostic } from '../errors/diagnostic.js';
import { isSlipwayError } from '../errors/diagnostic.js';
import { CHECKSUMS_FILE, parseChecksums, type ChecksumLine } from './checksums.js';
import { parseManifest } from './documents.js';
import { MANIFEST_FILE, type ReleaseArtifact, type ReleaseManifest } from './documents-model.js';
import { compareWithIndex } from './verify-contents.js';
import { forEachBounded } from '../util/pool.js';
import { hashFileInPool, scanBundleInPool } from './verify-pool.js';

export type FileStatus = 'ok' | 'mismatch' | 'missing';

export interface VerifiedFile {
  file: string;
  status: FileStatus;
  size?: number;
  sha256?: string;
  /** For a bundle: how many files inside were checked against its bundle.yaml. */
  inside?: number;
}

export interface VerifyReport {
  dir: string;
  release?: ReleaseManifest['release'];
  files: VerifiedFile[];
  findings: Diagnostic[];
}

/**
 * Checks a release folder offline: every line of SHA256SUMS, every artifact of manifest.yaml (size and sha256, and
 * that both lists agree), and inside each bundle every file against its bundle.yaml. Each file is read once. The
 * answer lists every problem, not just the first.
 */
export async function verifyRelease(dir: string, options: { only?: string[] } = {}): Promise<VerifyReport> {
  const findings: Diagnostic[] = [];
  const sumsPath = path.join(dir, CHECKSUMS_FILE);
  const manifestPath = path.join(dir, MANIFEST_FILE);
  const sumsText = await readFile(sumsPath, 'utf8').catch(() => undefined);
  const manifestText = await readFile(manifestPath, 'utf8').catch(() => undefined);
  if (sumsText === undefined && manifestText === undefined) {
    return { dir, files: [], findings: [{ code: 'verify-not-a-release', message: `${dir} has neither ${CHECKSUMS_FILE} nor ${MANIFEST_FILE}`, hint: 'point verify at a folder made by slipway bundle, publish --to or download' }] };
  }
  const sums: ChecksumLine[] = sumsText === undefined ? [] : collect(findings, () => parseChecksums(sumsText, sumsPath)) ?? [];
  const manifest = manifestText === undefined ? undefined : collect(findings, () => parseManifest(manifestText, manifestPath));
  if (sumsText === undefined) findings.push({ code: 'verify-missing', message: `${CHECKSUMS_FILE} is missing from ${dir}` });
  if (manifestText === undefined) findings.push({ code: 'verify-missing', message: `${MANIFEST_FILE} is missing from ${dir}` });

  const bySum = new Map(sums.map((s) => [s.name, s]));
  const byArtifact = new Map((manifest?.artifacts ?? []).map((a) => [a.file, a]));
  for (const a of manifest?.artifacts ?? []) {
    const line = bySum.get(a.file);
    if (sumsText !== undefined && !line) findings.push({ code: 'verify-unlisted', message: `${a.file} is in ${MANIFEST_FILE} but not in ${CHECKSUMS_FILE}` });
    else if (line && line.sha256 !== a.sha256) {
      findings.push({ code: 'verify-lists-disagree', message: `${a.file}: ${CHECKSUMS_FILE} says ${line.sha256}, ${MANIFEST_FILE} says ${a.sha256}`, location: { file: sumsPath, line: line.line, col: 1 } });
    }
  }
  const names = [...new Set([...bySum.keys(), ...byArtifact.keys()])].filter((n) => !options.only || options.only.includes(n) || n === MANIFEST_FILE);
  const files: VerifiedFile[] = new Array(names.length);
  // Findings in the order of the files, whatever order the concurrent checks finish in.
  const perFile: Diagnostic[][] = names.map(() => []);
  await forEachBounded(names, availableParallelism() + 1, async (name, i) => {
    const line = bySum.get(name);
    const expected = { sha256: line?.sha256 ?? byArtifact.get(name)?.sha256, size: byArtifact.get(name)?.size };
    const where = line ? { location: { file: sumsPath, line: line.line, col: 1 } } : {};
    files[i] = await verifyFile(path.join(dir, name), name, expected, byArtifact.get(name), perFile[i]!, where);
  });
  findings.push(...perFile.flat());
  return { dir, ...(manifest ? { release: manifest.release } : {}), files, findings };
}

/**
 * Checks one file against what is expected of it (sha256, size; for a bundle, its contents), adding a finding per
 * problem. Used by verify on a folder and by download on each file before it is moved into place.
 */
export async function verifyFile(
  file: string,
  name: string,
  expected: { sha256?: string | undefined; size?: number | undefined },
  artifact: ReleaseArtifact | undefined,
  allFindings: Diagnostic[],
  where: Pick<Diagnostic, 'location'> = {},
): Promise<VerifiedFile> {
  // Files are checked concurrently: each collects its own findings, so its status is its own.
  const findings: Diagnostic[] = [];
  try {
    return await checkOne();
  } finally {
    allFindings.push(...findings);
  }

  async function checkOne(): Promise<VerifiedFile> {
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile()) {
      findings.push({ code: 'verify-missing', message: `${name} is missing`, ...where });
      return { file: name, status: 'missing' };
    }
    let digest: { sha256: string; size: number };
    let inside: number | undefined;
    if (artifact?.bundle) {
      const checked = await checkBundle(file, info.size, name, artifact, findings);
      digest = checked.digest;
      inside = checked.inside;
    } else {
      digest = await hashFileInPool(file, info.size);
    }
    if (expected.size !== undefined && digest.size !== expected.size) {
      findings.push({ code: 'verify-size', message: `${name}: ${digest.size} bytes, expected ${expected.size}`, ...where });
    }
    if (expected.sha256 !== undefined && digest.sha256 !== expected.sha256) {
      findings.push({ code: 'verify-mismatch', message: `${name}: sha256 ${digest.sha256}, expected ${expected.sha256}`, ...where });
    }
    return { file: name, status: findings.length === 0 ? 'ok' : 'mismatch', size: digest.size, sha256: digest.sha256, ...(inside !== undefined ? { inside } : {}) };
  }
}

/** A bundle's sha256, and every file inside against its bundle.yaml. */
async function checkBundle(file: string, size: number, name: string, artifact: ReleaseArtifact, findings: Diagnostic[]): Promise<{ digest: { sha256: string; size: number }; inside: number }> {
  const bundle = artifact.bundle!;
  const scan = await scanBundleInPool(file, size, name, bundle.top, bundle.format);
  findings.push(...scan.findings);
  const { digest, entries: seen, index: indexText } = scan;
  if (scan.damaged) return { digest, inside: 0 };
  // The tar's own sha256 adds nothing when the compressed bytes are the listed ones; when they are not, it tells
  // whether only the compression differs. Computed then only, to keep verify as fast as sha256sum -c.
  if (bundle.tarSha256 && artifact.sha256 !== digest.sha256) {
    const tar = await uncompressedSha256(file);
    if ('damaged' in tar) {
      findings.push({ code: 'verify-damaged', message: `${name}: its compressed data is damaged (gunzip: ${tar.damaged})` });
    } else if (tar.sha256 !== bundle.tarSha256) {
      findings.push({ code: 'verify-mismatch', message: `${name}: the uncompressed tar has sha256 ${tar.sha256}, expected ${bundle.tarSha256}` });
    } else {
      findings.push({ code: 'verify-recompressed', message: `${name}: the contents are the release's (the tar's sha256 matches), but it was compressed again` });
    }
  }
  const inside = compareWithIndex(name, bundle, indexText, seen, findings);
  return { digest, inside };
}

/** The sha256 of a .tar.gz's tar, read with gunzip and so with its CRC-32 checked, or why it cannot be read. */
async function uncompressedSha256(file: string): Promise<{ sha256: string } | { damaged: string }> {
  const hash = createHash('sha256');
  try {
    await pipeline(createReadStream(file), createGunzip(), async function* (source: AsyncIterable<Buffer>) {
      for await (const c of source) hash.update(c);
    });
    return { sha256: hash.digest('hex') };
  } catch (e) {
    return { damaged: e instanceof Error ? e.message : String(e) };
  }
}

function collect<T>(findings: Diagnostic[], read: () => T): T | undefined {
  try {
    return read();
  } catch (e) {
    if (!isSlipwayError(e)) throw e;
    findings.push(...e.diagnostics);
    return undefined;
  }
}
