import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { isMainThread, Worker } from 'node:worker_threads';
import type { BundleFormat } from './build.js';
import { scanBundle, type BundleScan } from './bundle-scan.js';

/**
 * Reading a bundle is hashing and decompression, most of it on the thread that runs it (see scanBundle): bundles
 * are handed to worker threads so that a release's bundles are read side by side. Workers start when there is a
 * bundle for them, up to one more than the cores, so that three bundles on two cores finish together rather than
 * two and then one. The worker is the bundled `verify-worker.js` beside the CLI; where it is absent (running from
 * the TypeScript sources), bundles are read on this thread.
 */
const WORKER_URL = new URL('../verify-worker.js', import.meta.url);
let pool: { workers: Worker[]; idle: Worker[]; waiting: (() => void)[]; max: number } | undefined;
let nextId = 0;

function workerPool() {
  if (pool) return pool;
  if (!isMainThread || WORKER_URL.protocol !== 'file:' || !existsSync(fileURLToPath(WORKER_URL))) return undefined;
  pool = { workers: [], idle: [], waiting: [], max: availableParallelism() + 1 };
  return pool;
}

async function idleWorker(p: NonNullable<typeof pool>): Promise<Worker> {
  for (;;) {
    const idle = p.idle.pop();
    if (idle) return idle;
    if (p.workers.length < p.max) {
      const w = new Worker(WORKER_URL);
      w.unref();
      p.workers.push(w);
      return w;
    }
    await new Promise<void>((resolve) => p.waiting.push(resolve));
  }
}

export async function scanBundleInPool(file: string, name: string, top: string, format: BundleFormat): Promise<BundleScan> {
  const p = workerPool();
  if (!p) return scanBundle(file, name, top, format);
  const worker = await idleWorker(p);
  worker.ref();
  const id = nextId++;
  try {
    const reply = await new Promise<{ id: number; result?: BundleScan; error?: string }>((resolve, reject) => {
      const onMessage = (m: { id: number }) => {
        if (m.id !== id) return;
        worker.off('message', onMessage);
        worker.off('error', reject);
        resolve(m);
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
      worker.postMessage({ id, file, name, top, format });
    });
    if (reply.error !== undefined) throw new Error(reply.error);
    return reply.result!;
  } finally {
    worker.unref();
    p.idle.push(worker);
    p.waiting.shift()?.();
  }
}
