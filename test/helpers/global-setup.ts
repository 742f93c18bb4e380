import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './run-cli.js';

/** Tests drive the bundled CLI, the way users run it: build it once before they start. */
export default function setup(): void {
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], { stdio: 'inherit' });
}
