// A worker thread of `slipway verify`: reads one bundle at a time (its sha256 and the sha256 of every file inside)
// for the main thread, which compares what was found with the bundle's bundle.yaml, or hashes one other large file.
import { parentPort } from 'node:worker_threads';
import { hashFile } from '../util/hash.js';
import { scanBundle } from './bundle-scan.js';
import type { VerifyJob } from './verify-pool.js';

parentPort?.on('message', (job: VerifyJob & { id: number }) => {
  const work = job.kind === 'hash' ? hashFile(job.file) : scanBundle(job.file, job.name, job.top, job.format);
  work.then(
    (result) => parentPort!.postMessage({ id: job.id, result }),
    (e: unknown) => parentPort!.postMessage({ id: job.id, error: e instanceof Error ? e.message : String(e) }),
  );
});
