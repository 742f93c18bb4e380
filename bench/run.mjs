// Runs every benchmark of this folder, one after the other (they compete for the same cores otherwise).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const skip = new Set(['run.mjs', 'measure.mjs']);
spawnSync(process.execPath, [path.join(here, '../scripts/build.mjs')], { stdio: 'inherit' });
let failed = 0;
for (const file of readdirSync(here).filter((f) => f.endsWith('.mjs') && !skip.has(f)).sort()) {
  if (only.length > 0 && !only.some((o) => file.startsWith(o))) continue;
  const r = spawnSync(process.execPath, [path.join(here, file)], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exitCode = failed > 0 ? 1 : 0;
