import { createReadStream, createWriteStream } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fail } from '../errors/diagnostic.js';
import type { AssetFile, AssetStep } from '../github/release-assets.js';
import { HashingStream } from '../util/hash.js';
import { writeArtifact } from '../util/safe-write.js';

/**
 * The local twin of a GitHub release: the same files laid out in `<root>/<tag>/`, as GitHub serves them under
 * `releases/download/<tag>/`. The same rules as on GitHub: a file already there with the same sha256 is skipped,
 * one with other bytes is refused unless `replace`. Each copy is hashed while written and checked before it is
 * moved into place.
 */
export async function publishToFolder(root: string, tag: string, files: AssetFile[], options: { replace?: boolean; dryRun?: boolean } = {}): Promise<{ dir: string; steps: AssetStep[] }> {
  if (!tag || tag.includes('/') || tag.includes('\\') || tag === '.' || tag === '..') fail('publish-tag', `"${tag}" cannot name a release folder`);
  const dir = path.join(root, tag);
  const steps: AssetStep[] = [];
  for (const f of files) {
    const target = path.join(dir, f.name);
    const base = { name: f.name, sha256: f.sha256, size: f.size };
    if (options.dryRun) {
      steps.push({ ...base, action: 'upload', reason: 'dry run' });
      continue;
    }
    const { placement } = await writeArtifact(
      target,
      async (temporary) => {
        const meter = new HashingStream();
        await pipeline(createReadStream(f.path), meter, createWriteStream(temporary));
        const d = meter.digest();
        if (d.sha256 !== f.sha256) fail('publish-changed-source', `${f.path} changed while it was copied (sha256 ${d.sha256}, expected ${f.sha256})`);
        return d.sha256;
      },
      {
        replace: Boolean(options.replace),
        onConflict: (existing) =>
          fail('publish-changed', `${target} already exists with sha256 ${existing}; the local file is ${f.sha256}`, { hint: 'a released file is never silently replaced: pass --replace, or use a new tag' }),
      },
    );
    steps.push({ ...base, action: placement === 'unchanged' ? 'skip' : placement === 'replaced' ? 'replace' : 'upload', reason: placement === 'unchanged' ? 'same digest' : placement === 'replaced' ? 'different digest, --replace' : 'new' });
  }
  return { dir, steps };
}
