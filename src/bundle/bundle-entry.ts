import type { Diagnostic } from '../errors/diagnostic.js';

/** bundle.yaml is read whole into memory: an index larger than this is not one a bundle would carry. */
export const INDEX_LIMIT = 64 * 1024 * 1024;

/**
 * Where an archive entry belongs in a bundle: its path under the top folder ('' for the top folder itself), or
 * undefined, with a finding, when it lies outside. The same for a .tar.gz and a .zip.
 */
export function pathInBundle(name: string, entryPath: string, top: string, findings: Diagnostic[]): string | undefined {
  const p = entryPath.replace(/\/$/, '');
  if (p === top) return '';
  if (p.startsWith(`${top}/`)) return p.slice(top.length + 1);
  findings.push({ code: 'verify-bundle-layout', message: `${name}: "${entryPath}" is outside the bundle's top folder ${top}/` });
  return undefined;
}
