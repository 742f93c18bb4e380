// Builds a Containerfile into an OCI image layout with buildah, rootless-friendly and offline: vfs storage and
// chroot isolation under a temporary folder, so it runs in containers and CI without a daemon. Several platforms
// give a multi-platform index. Used by the demo and by the image tests.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

function run(args, timeoutMs = 300_000) {
  return new Promise((resolve, reject) => {
    const child = spawn('buildah', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(new Error(`buildah could not be started (apt-get install buildah): ${e.message}`));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(out);
      else reject(new Error(`buildah ${args.slice(6).join(' ')} failed (exit ${code}):\n${out.slice(-4000)}`));
    });
  });
}

/**
 * @param {{ context: string, file?: string, platforms?: string[], out: string, ref: string, epoch?: string }} o
 * Writes the image (one platform) or index (several) into the layout `o.out` under the name `o.ref`.
 */
export async function buildLayout(o) {
  await mkdir(path.dirname(o.out), { recursive: true });
  const store = await mkdtemp(path.join(os.tmpdir(), 'slipway-buildah-'));
  const base = ['--root', path.join(store, 'root'), '--runroot', path.join(store, 'run'), '--storage-driver', 'vfs'];
  const platforms = o.platforms?.length ? o.platforms : ['linux/amd64'];
  const name = `localhost/slipway-build-${path.basename(store).toLowerCase()}`;
  const file = o.file ?? path.join(o.context, 'Containerfile');
  // A fixed timestamp makes the layers and config reproducible: the same sources give the same digests.
  const stamp = o.epoch ? ['--timestamp', o.epoch] : [];
  try {
    if (platforms.length === 1) {
      await run([...base, 'bud', '--isolation', 'chroot', ...stamp, '--platform', platforms[0], '-f', file, '-t', name, o.context]);
      await run([...base, 'push', '--format', 'oci', name, `oci:${o.out}:${o.ref}`]);
    } else {
      await run([...base, 'bud', '--isolation', 'chroot', ...stamp, '--platform', platforms.join(','), '--manifest', name, '-f', file, o.context]);
      await run([...base, 'manifest', 'push', '--all', '--format', 'oci', name, `oci:${o.out}:${o.ref}`]);
    }
  } finally {
    await rm(store, { recursive: true, force: true });
  }
}
