import { spawnSync } from 'node:child_process';

/**
 * Integration tests use the real tools. A missing one fails the test with what to install: the test command's
 * setup (scripts/setup.sh) installs them all, so a missing tool is a broken machine, never a reason to skip.
 */
export function requireTool(command: string, debianPackage: string): string {
  const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  const where = found.stdout.trim();
  if (found.status !== 0 || !where) {
    throw new Error(`${command} is not installed: run scripts/setup.sh, or apt-get install ${debianPackage}`);
  }
  return where;
}
