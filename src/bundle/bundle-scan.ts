import { createHash } from 'node:crypto';
import { fail, isSlipwayError, type Diagnostic } from '../errors/diagnostic.js';
import { hashFile, type Digest } from '../util/hash.js';
import { INDEX_LIMIT, pathInBundle } from './bundle-entry.js';
import { BUNDLE_INDEX_FILE } from './documents-model.js';
import type { BundleFormat } from './build.js';
import { scanTarGz, type EntrySink, type ScannedEntry } from './tar-scanner.js';

/** A file or link of a bundle as found in the archive. */
export interface FoundEntry {
  type: string;
  mode: number;
  size: number;
  sha256?: string;
  link?: string;
  /** Why its contents could not be read back (a zip entry whose data is damaged). */
  damaged?: string;
}

/** What one read of a bundle found: plain data, so that a worker thread can hand it back. */
export interface BundleScan {
  digest: Digest;
  /** Files and links under the top folder, by path relative to it; bundle.yaml and folders not included. */
  entries: Map<string, FoundEntry>;
  /** The text of the bundle's bundle.yaml, if it has one. */
  index?: string;
  /** Entries outside the top folder, or why the archive could not be read to its end. */
  findings: Diagnostic[];
  damaged: boolean;
}

/**
 * Reads a bundle once: the compressed bytes are hashed as they are read, and every file inside as it is
 * decompressed. This is the costly part of verifying a bundle, and needs nothing of the release documents, so it
 * runs on a worker thread (verify-pool); comparing with bundle.yaml is left to the caller.
 */
export async function scanBundle(file: string, name: string, top: string, format: BundleFormat = 'tar.gz'): Promise<BundleScan> {
  // Loaded only for a zip: the workers that read .tar.gz bundles stay as small as they were.
  if (format === 'zip') return (await import('./zip-scan.js')).scanZipBundle(file, name, top);
  // Read first as the one gzip member a bundle is; anything else is read again the ordinary way (see scanTarGz).
  return (await scanTarGzBundle(file, name, top, true)) ?? (await scanTarGzBundle(file, name, top, false))!;
}

async function scanTarGzBundle(file: string, name: string, top: string, oneMember: boolean): Promise<BundleScan | undefined> {
  const outer = createHash('sha256');
  let outerSize = 0;
  const entries = new Map<string, FoundEntry>();
  let index: string | undefined;
  const findings: Diagnostic[] = [];
  try {
    const outcome = await scanTarGz(
      file,
      {
        onCompressed: (chunk) => {
          outer.update(chunk);
          outerSize += chunk.length;
        },
        onEntry: (entry) => {
          const rel = pathInBundle(name, entry.path, top, findings);
          if (rel === undefined || rel === '' || entry.type === 'Directory') return undefined;
          if (rel === BUNDLE_INDEX_FILE) return textOf(entry, INDEX_LIMIT, (text) => (index = text));
          const found: FoundEntry = { type: entry.type, mode: entry.mode & 0o7777, size: entry.size };
          entries.set(rel, found);
          if (entry.type === 'File' || entry.type === 'OldFile' || entry.type === 'ContiguousFile') {
            const h = createHash('sha256');
            return { data: (c) => h.update(c), end: () => (found.sha256 = h.digest('hex')) };
          }
          found.link = entry.linkpath;
          return undefined;
        },
      },
      { oneMember },
    );
    if (outcome === 'not-one-member') return undefined;
  } catch (e) {
    if (!isSlipwayError(e)) throw e;
    // A damaged archive was not read to its end: its digest comes from reading it whole.
    return { digest: await hashFile(file), entries, findings: e.diagnostics.map((d) => ({ ...d, code: 'verify-damaged' })), damaged: true };
  }
  return { digest: { sha256: outer.digest('hex'), size: outerSize }, entries, ...(index !== undefined ? { index } : {}), findings, damaged: false };
}

/** Collects a small entry (bundle.yaml) as text, refusing one larger than `limit`. */
function textOf(entry: ScannedEntry, limit: number, done: (text: string) => void): EntrySink {
  if (entry.size > limit) fail('archive-entry-too-large', `${entry.path} is ${entry.size} bytes, more than ${limit} for an index file`);
  const parts: Buffer[] = [];
  return { data: (c) => parts.push(c), end: () => done(Buffer.concat(parts).toString('utf8')) };
}
