import { fail } from '../errors/diagnostic.js';
import { isReleasePath } from './release-path.js';
import { compareBytes } from './source-tree.js';

export const CHECKSUMS_FILE = 'SHA256SUMS';

export interface ChecksumLine {
  sha256: string;
  name: string;
  line: number;
}

/** coreutils format, text mode (`<hex>  <name>`), sorted by name: what `sha256sum -c` reads. */
export function formatChecksums(entries: { sha256: string; name: string }[]): string {
  return [...entries]
    .sort((a, b) => compareBytes(a.name, b.name))
    .map((e) => `${e.sha256}  ${e.name}\n`)
    .join('');
}

/**
 * Reads a SHA256SUMS file. Names are files of the release folder, at its top or below it (`charts/x.tgz`): an
 * absolute path, a `..`, a backslash or a malformed line is refused with its line number, because verify must never
 * be pointed at files outside the folder.
 */
export function parseChecksums(text: string, file: string): ChecksumLine[] {
  const lines: ChecksumLine[] = [];
  text.split('\n').forEach((raw, i) => {
    if (raw.trim() === '') return;
    const m = /^([0-9a-fA-F]{64}) [ *](.+)$/.exec(raw);
    const location = { file, line: i + 1, col: 1 };
    if (!m) fail('checksums-syntax', `not a "<sha256>  <name>" line: ${JSON.stringify(raw.slice(0, 80))}`, { location });
    const name = m[2]!;
    if (!isReleasePath(name)) {
      fail('checksums-path', `"${name}" is not a file name of the release folder`, { location });
    }
    lines.push({ sha256: m[1]!.toLowerCase(), name, line: i + 1 });
  });
  return lines;
}
