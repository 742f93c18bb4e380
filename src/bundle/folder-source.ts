import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fail } from '../errors/diagnostic.js';
import { CHECKSUMS_FILE } from './checksums.js';
import { readManifestIfAny } from './release-folder.js';
import { assetName } from './release-path.js';
import type { ReleaseSource } from './release-source.js';

/**
 * A release folder as a source: `<root>/<tag>/` as laid out by `publish --to` (flat, as on GitHub), or `<root>` itself
 * when it holds the release's SHA256SUMS (a folder copied as it was built or downloaded, where artifacts such as
 * charts/x.tgz sit below it: each is offered under its asset name, as GitHub would).
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
  /** Asset name -> path, for the artifacts of a copied release folder that sit below it (charts/x.tgz). */
  const nested = new Map<string, string>();
  async function nestedArtifacts(folder: string, top: Set<string>): Promise<{ name: string; size: number }[]> {
    // Where the folder's own manifest lists them; download checks every file against SHA256SUMS and the manifest anyway.
    const manifest = await readManifestIfAny(folder).catch(() => undefined);
    const found: { name: string; size: number }[] = [];
    for (const a of manifest?.artifacts ?? []) {
      const name = assetName(a.file);
      if (name === a.file || top.has(name) || nested.has(name)) continue;
      const info = await stat(path.join(folder, a.file)).catch(() => undefined);
      if (!info?.isFile()) continue;
      nested.set(name, a.file);
      found.push({ name, size: info.size });
    }
    return found;
  }
  return {
    label: at,
    async list() {
      const names = (await readdir(at, { withFileTypes: true })).filter((e) => e.isFile() && !e.name.startsWith('.')).map((e) => e.name);
      const top = await Promise.all(names.map(async (name) => ({ name, size: (await stat(path.join(at, name))).size })));
      return [...top, ...(await nestedArtifacts(at, new Set(names)))];
    },
    async open(name, offset) {
      return { stream: createReadStream(path.join(at, nested.get(name) ?? name), { start: offset, highWaterMark: 1 << 20 }), from: offset };
    },
  };
}
