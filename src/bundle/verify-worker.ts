// A worker thread of `slipway verify`: checks one bundle at a time (its sha256 and every file inside) for the
// main thread, which hands bundles out to as many workers as there are cores.
import { parentPort } from 'node:worker_threads';
import type { Diagnostic } from '../errors/diagnostic.js';
import type { ReleaseArtifact } from './documents-model.js';
import { checkBundle } from './verify.js';

interface Job {
  id: number;
  file: string;
  name: string;
  artifact: ReleaseArtifact;
}

parentPort?.on('message', (job: Job) => {
  const findings: Diagnostic[] = [];
  checkBundle(job.file, job.name, job.artifact, findings).then(
    (result) => parentPort!.postMessage({ id: job.id, result, findings }),
    (e: unknown) => parentPort!.postMessage({ id: job.id, error: e instanceof Error ? e.message : String(e) }),
  );
});
