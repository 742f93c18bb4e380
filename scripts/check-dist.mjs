// Fails when dist/ is not what src/ builds to: the Action runs dist/, so a stale one ships old behaviour.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const fresh = mkdtempSync(path.join(os.tmpdir(), 'slipway-dist-'));
try {
  execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs'), fresh], { stdio: 'inherit' });
  const list = (dir, base = dir) =>
    readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? list(full, base) : [path.relative(base, full)];
    }).sort();
  const committed = path.join(root, 'dist');
  const want = list(fresh);
  let have = [];
  try { have = list(committed); } catch { /* no dist/ at all */ }
  const problems = [];
  for (const f of want) {
    if (!have.includes(f)) problems.push(`missing: dist/${f}`);
    else if (!readFileSync(path.join(fresh, f)).equals(readFileSync(path.join(committed, f)))) problems.push(`differs: dist/${f}`);
  }
  for (const f of have) if (!want.includes(f)) problems.push(`left over: dist/${f}`);
  if (problems.length > 0) {
    console.error(`dist/ is out of date with src/:\n  ${problems.join('\n  ')}\nRun \`npm run build\` and commit dist/.`);
    process.exit(1);
  }
  console.log(`dist/ is up to date (${want.length} files)`);
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
