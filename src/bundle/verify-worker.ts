// A worker thread of `slipway verify`: reads one bundle at a time (its sha256 and the sha256 of every file inside)
// for the main thread, which compares what was found with the bundle's bundle.yaml.
import { parentPort } from 'node:worker_threads';
import type { BundleFormat } from './build.js';
import { scanBundle } from './bundle-scan.js';

interface Job {
  id: number;
  file: string;
  name: string;
  top: string;
  format: BundleFormat;
}

parentPort?.on('message', (job: Job) => {
  scanBundle(job.file, job.name, job.top, job.format).then(
    (result) => parentPort!.postMessage({ id: job.id, result }),
    (e: unknown) => parentPort!.postMessage({ id: job.id, error: e instanceof Error ? e.message : String(e) }),
  );
});
