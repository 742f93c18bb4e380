import { createHash } from 'node:crypto';
import { text } from 'node:stream/consumers';
import { isSlipwayError, type Diagnostic } from '../errors/diagnostic.js';
import { hashFile } from '../util/hash.js';
import type { BundleScan, FoundEntry } from './bundle-scan.js';
import { INDEX_LIMIT, pathInBundle } from './bundle-entry.js';
import { BUNDLE_INDEX_FILE } from './documents-model.js';
import { DamagedEntry, readZip } from './zip-reader.js';

/**
 * Reads a `.zip` bundle for verify: the sha256 of every file inside and the text of its bundle.yaml, and the
 * sha256 of the whole file, read alongside (a zip is read from its central directory, not front to back). An entry
 * whose data is damaged is recorded as such, naming it, and the other entries are still read.
 */
export async function scanZipBundle(file: string, name: string, top: string): Promise<BundleScan> {
  const outer = hashFile(file);
  outer.catch(() => undefined);
  const entries = new Map<string, FoundEntry>();
  let index: string | undefined;
  const prefix = `${top}/`;
  const findings: Diagnostic[] = [];
  try {
    await readZip(file, async (item) => {
      const rel = pathInBundle(name, item.name, top, findings);
      if (rel === undefined || rel === '' || item.type === 'dir') return;
      if (entries.has(rel) || (rel === BUNDLE_INDEX_FILE && index !== undefined)) {
        findings.push({ code: 'verify-bundle-duplicate', message: `${name}: ${rel} is in the bundle twice` });
        return;
      }
      if (rel === BUNDLE_INDEX_FILE) {
        if (item.size > INDEX_LIMIT) findings.push({ code: 'verify-bundle-index', message: `${name}: ${prefix}${BUNDLE_INDEX_FILE} is ${item.size} bytes, more than ${INDEX_LIMIT} for an index file` });
        else index = await text(await item.open());
        return;
      }
      const found: FoundEntry = { type: item.type, mode: item.mode, size: item.size };
      if (item.type === 'file') {
        try {
          found.sha256 = await sha256Of(await item.open());
        } catch (e) {
          if (!(e instanceof DamagedEntry)) throw e;
          found.damaged = e.reason;
        }
      } else if (item.type === 'symlink') {
        found.link = item.link ?? '';
      }
      entries.set(rel, found);
    });
  } catch (e) {
    if (!isSlipwayError(e)) throw e;
    return { digest: await outer, entries, findings: [...findings, ...e.diagnostics.map((d) => ({ ...d, code: 'verify-damaged' }))], damaged: true };
  }
  return { digest: await outer, entries, ...(index !== undefined ? { index } : {}), findings, damaged: false };
}

async function sha256Of(stream: NodeJS.ReadableStream): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of stream) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
