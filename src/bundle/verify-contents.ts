import type { Diagnostic } from '../errors/diagnostic.js';
import { isSlipwayError } from '../errors/diagnostic.js';
import { sha256Hex } from '../util/hash.js';
import { parseBundleIndex } from './documents.js';
import type { FoundEntry } from './bundle-scan.js';
import { BUNDLE_INDEX_FILE, type BundleDetails } from './documents-model.js';

/**
 * Compares what a bundle holds (`seen`, by path under the top folder) with its bundle.yaml, whatever the archive
 * format, adding a finding per missing, extra or different file. Returns how many listed files were checked.
 */
export function compareWithIndex(name: string, bundle: BundleDetails, indexText: string | undefined, seen: Map<string, FoundEntry>, findings: Diagnostic[]): number {
  const prefix = `${bundle.top}/`;
  if (indexText === undefined) {
    findings.push({ code: 'verify-bundle-index', message: `${name}: ${prefix}${BUNDLE_INDEX_FILE} is missing` });
    return 0;
  }
  if (bundle.indexSha256 && sha256Hex(indexText) !== bundle.indexSha256) {
    findings.push({ code: 'verify-bundle-index', message: `${name}: ${prefix}${BUNDLE_INDEX_FILE} has sha256 ${sha256Hex(indexText)}, the manifest says ${bundle.indexSha256}` });
  }
  let inside = 0;
  try {
    const index = parseBundleIndex(indexText, `${name}:${prefix}${BUNDLE_INDEX_FILE}`);
    for (const f of index.files) {
      const got = seen.get(f.path);
      seen.delete(f.path);
      inside++;
      if (!got) {
        findings.push({ code: 'verify-bundle-missing-file', message: `${name}: ${f.path} is listed in ${BUNDLE_INDEX_FILE} but missing from the bundle` });
      } else if (got.damaged !== undefined) {
        findings.push({ code: 'verify-bundle-damaged', message: `${name}: ${f.path} is damaged: ${got.damaged}` });
      } else if (f.link !== undefined) {
        if (got.link !== f.link) findings.push({ code: 'verify-bundle-mismatch', message: `${name}: ${f.path} should be a link to "${f.link}"` });
      } else if (got.sha256 !== f.sha256 || got.size !== f.size) {
        findings.push({ code: 'verify-bundle-mismatch', message: `${name}: ${f.path} has sha256 ${got.sha256 ?? '(not a file)'}, ${BUNDLE_INDEX_FILE} says ${f.sha256}` });
      } else if (`0${got.mode.toString(8)}` !== f.mode) {
        findings.push({ code: 'verify-bundle-mismatch', message: `${name}: ${f.path} has mode 0${got.mode.toString(8)}, ${BUNDLE_INDEX_FILE} says ${f.mode}` });
      }
    }
    for (const extra of seen.keys()) findings.push({ code: 'verify-bundle-extra-file', message: `${name}: ${extra} is in the bundle but not in ${BUNDLE_INDEX_FILE}` });
  } catch (e) {
    if (!isSlipwayError(e)) throw e;
    findings.push(...e.diagnostics);
  }
  return inside;
}
