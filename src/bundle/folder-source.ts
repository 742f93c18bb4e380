import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fail } from '../errors/diagnostic.js';
import { CHECKSUMS_FILE } from './checksums.js';
import type { ReleaseSource } from './release-source.js';

/**
 * A release folder as a source: `<root>/<tag>/` as laid out by `publish --to`, or `<root>` itself when it holds the
 * release's SHA256SUMS (a folder copied as it was downloaded).
 */
export async function folderSource(root: string, tag: string | undefined): Promise<ReleaseSource> {
  const candidates = tag ? [path.join(root, tag), root] : [root];
  let dir: string | undefined;
  for (const c of candidates) {
    if (await stat(path.join(c, CHECKSUMS_FILE)).then((s) => s.isFile(), () => false)) {
      dir = c;
      break;
    }
  }
  if (!dir) fail('download-source', `no release in ${candidates.join(' or ')} (no ${CHECKSUMS_FILE})`, { hint: 'point --from at the folder made by slipway publish --to, or at a copy of a release folder' });
  const at = dir;
  return {
    label: at,
    async list() {
      const names = (await readdir(at, { withFileTypes: true })).filter((e) => e.isFile() && !e.name.startsWith('.')).map((e) => e.name);
      return Promise.all(names.map(async (name) => ({ name, size: (await stat(path.join(at, name))).size })));
    },
    async open(name, offset) {
      return { stream: createReadStream(path.join(at, name), { start: offset, highWaterMark: 1 << 20 }), from: offset };
    },
  };
}
