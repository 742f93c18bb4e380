import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { isMainThread, Worker } from 'node:worker_threads';
import type { Diagnostic } from '../errors/diagnostic.js';
import type { ReleaseArtifact } from './documents-model.js';

export interface BundleCheck {
  digest: { sha256: string; size: number };
  inside: number;
}

type Check = (file: string, name: string, artifact: ReleaseArtifact, findings: Diagnostic[]) => Promise<BundleCheck>;

/**
 * Checking a bundle is hashing and decompression, most of it on the thread that runs it: bundles are handed to
 * worker threads, one per core, so that a release's bundles are checked side by side. The worker is the bundled
 * `verify-worker.js` beside the CLI; where it is absent (running from the TypeScript sources), bundles are checked
 * on this thread.
 */
const WORKER_URL = new URL('../verify-worker.js', import.meta.url);
let pool: { workers: Worker[]; idle: Worker[]; waiting: (() => void)[] } | undefined;
let nextId = 0;

function workerPool() {
  if (pool) return pool;
  if (!isMainThread || WORKER_URL.protocol !== 'file:' || !existsSync(fileURLToPath(WORKER_URL))) return undefined;
  const workers = Array.from({ length: Math.max(1, availableParallelism()) }, () => {
    const w = new Worker(WORKER_URL);
    w.unref();
    return w;
  });
  pool = { workers, idle: [...workers], waiting: [] };
  return pool;
}

export async function checkBundleInPool(check: Check, file: string, name: string, artifact: ReleaseArtifact, findings: Diagnostic[]): Promise<BundleCheck> {
  const p = workerPool();
  if (!p) return check(file, name, artifact, findings);
  while (p.idle.length === 0) await new Promise<void>((resolve) => p.waiting.push(resolve));
  const worker = p.idle.pop()!;
  worker.ref();
  const id = nextId++;
  try {
    const reply = await new Promise<{ id: number; result?: BundleCheck; findings?: Diagnostic[]; error?: string }>((resolve, reject) => {
      const onMessage = (m: { id: number }) => {
        if (m.id !== id) return;
        worker.off('message', onMessage);
        worker.off('error', reject);
        resolve(m);
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
      worker.postMessage({ id, file, name, artifact });
    });
    if (reply.error !== undefined) throw new Error(reply.error);
    findings.push(...(reply.findings ?? []));
    return reply.result!;
  } finally {
    worker.unref();
    p.idle.push(worker);
    p.waiting.shift()?.();
  }
}
