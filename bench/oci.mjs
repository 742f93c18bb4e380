// Image push and promotion: Slipway against skopeo on the same generated OCI layout (4 gzip layers of random bytes,
// about 200 MB), each run to fresh registries (the CNCF registry on 127.0.0.1). Then a re-push where everything
// exists and a promotion to another repository of the same registry, both through a proxy that counts the blob
// bytes actually sent.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startFaultProxy } from '../test/helpers/fault-proxy.mjs';
import { startRegistry } from '../test/helpers/registry.mjs';
import { writeSyntheticLayout } from '../test/helpers/synthetic-layout.mjs';
import { report } from './measure.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const bin = path.join(root, 'bin/slipway.js');
const MB = 1024 * 1024;
const RUNS = Number(process.env.SLIPWAY_BENCH_RUNS ?? 3);
// The short commands (re-push, promotion) are cheap: more runs give a steadier median on a busy machine.
const REPEATS = Number(process.env.SLIPWAY_BENCH_REPEATS ?? 7);

// Async on purpose: the counting proxy lives in this process and must keep answering while the tools run.
function timed(command, args) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 600_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      const wall = Number(process.hrtime.bigint() - start) / 1e6;
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} failed (${code}): ${stderr.slice(-2000)}`));
      else resolve(wall);
    });
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (v) => `${v.toFixed(0)} ms`;

const dir = mkdtempSync(path.join(os.tmpdir(), 'slipway-bench-oci-'));
try {
  const layout = await writeSyntheticLayout(dir, { layers: [80 * MB, 60 * MB, 40 * MB, 20 * MB], ref: 'bench' });
  const size = layout.blobs.reduce((n, b) => n + b.size, 0);
  const skopeoTimes = [];
  const slipwayTimes = [];
  for (let i = 0; i < RUNS; i++) {
    const [a, b] = await Promise.all([startRegistry(), startRegistry()]);
    try {
      // Alternate who goes first, so that neither always gets the warmer page cache.
      const runSkopeo = async () => skopeoTimes.push(await timed('skopeo', ['copy', '--quiet', '--dest-tls-verify=false', `oci:${dir}:bench`, `docker://${a.host}/bench/app:1.0.0`]));
      const runSlipway = async () => slipwayTimes.push(await timed(process.execPath, [bin, 'image', 'push', `oci:${dir}:bench`, '--to', `${b.host}/bench/app:1.0.0`]));
      if (i % 2 === 0) {
        await runSkopeo();
        await runSlipway();
      } else {
        await runSlipway();
        await runSkopeo();
      }
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  }

  // Re-push and promotion through the counting proxy, on one registry that already holds the image.
  const registry = await startRegistry();
  const proxy = await startFaultProxy(registry.url);
  try {
    await timed(process.execPath, [bin, 'image', 'push', `oci:${dir}:bench`, '--to', `${proxy.host}/bench/app:1.0.0`]);
    const repush = [];
    let repushBytes = 0;
    let repushBlobRequests = 0;
    let repushWrites = 0;
    for (let i = 0; i < REPEATS; i++) {
      proxy.reset();
      repush.push(await timed(process.execPath, [bin, 'image', 'push', `oci:${dir}:bench`, '--to', `${proxy.host}/bench/app:1.0.0`]));
      repushBytes += proxy.stats.blobBytes;
      repushBlobRequests += proxy.log.filter((l) => l.includes('/blobs/')).length;
      repushWrites += proxy.log.filter((l) => !l.startsWith('HEAD ') && !l.startsWith('GET ')).length;
    }
    // Each promotion goes to a repository that does not exist yet.
    const promote = [];
    let promoteBytes = 0;
    for (let i = 0; i < REPEATS; i++) {
      proxy.reset();
      promote.push(await timed(process.execPath, [bin, 'image', 'promote', `docker://${proxy.host}/bench/app:1.0.0`, '--to', `docker://${proxy.host}/bench/release-${i}:1.0.0`]));
      promoteBytes += proxy.stats.blobBytes;
    }
    const skopeoPromote = [];
    for (let i = 0; i < RUNS; i++) {
      skopeoPromote.push(await timed('skopeo', ['copy', '--quiet', '--src-tls-verify=false', '--dest-tls-verify=false', `docker://${registry.host}/bench/app:1.0.0`, `docker://${registry.host}/bench/skopeo-${i}:1.0.0`]));
    }
    // What starting Node alone costs right now: the floor under any command's time on this machine.
    const nodeRuns = [];
    for (let i = 0; i < 5; i++) nodeRuns.push(await timed(process.execPath, ['-e', '0']));
    const nodeStart = median(nodeRuns);
    const sk = median(skopeoTimes);
    const sw = median(slipwayTimes);
    report(`oci: push of a ${(size / MB).toFixed(0)} MB layout (4 layers) to a fresh registry, median of ${RUNS}`, [
      ['skopeo copy oci:... docker://...', fmt(sk)],
      ['slipway image push', fmt(sw)],
      ['ratio slipway / skopeo (goal <= 1.0)', `${(sw / sk).toFixed(2)}x`],
    ]);
    report(`oci: re-push where everything exists (median of ${REPEATS}, whole process)`, [
      ['slipway image push (goal < 200 ms)', fmt(median(repush))],
      ['fastest / slowest', `${fmt(Math.min(...repush))} / ${fmt(Math.max(...repush))}`],
      ['node -e 0 on this machine now (median of 5)', fmt(nodeStart)],
      ['blob bytes sent, all runs (goal 0)', String(repushBytes)],
      ['blob requests and writes (PUT, POST, PATCH), all runs', `${repushBlobRequests} and ${repushWrites}`],
    ]);
    report(`oci: promotion to another repository of the same registry (median of ${REPEATS})`, [
      ['slipway image promote', fmt(median(promote))],
      ['blob bytes sent (goal 0)', String(promoteBytes)],
      ['ratio to skopeo copy oci:... to a new registry (goal <= 0.2)', `${(median(promote) / sk).toFixed(3)}x`],
      ['skopeo copy docker://... docker://... (same registry)', fmt(median(skopeoPromote))],
      ['ratio to that skopeo copy', `${(median(promote) / median(skopeoPromote)).toFixed(3)}x`],
      ['slipway promote, fastest / slowest', `${fmt(Math.min(...promote))} / ${fmt(Math.max(...promote))}`],
    ]);
  } finally {
    await proxy.close();
    await registry.stop();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
