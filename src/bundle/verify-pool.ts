import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { isMainThread, Worker } from 'node:worker_threads';
import type { BundleFormat } from './build.js';
import { hashFile, type Digest } from '../util/hash.js';
import { scanBundle, type BundleScan } from './bundle-scan.js';

/**
 * Reading a bundle is hashing and decompression, most of it on the thread that runs it (see scanBundle): bundles
 * are read side by side, one on this thread and the others on worker threads, up to one more than the cores, so
 * that three bundles on two cores finish together rather than two and then one. The first bundle is read here at
 * once: starting a worker costs a fresh runtime and its modules. A file under OFF_THREAD_FROM is always read here,
 * whatever else is: a worker would cost more than reading it. The worker is the bundled `verify-worker.js` beside the
 * CLI; where it is absent (running from the TypeScript sources), every bundle is read on this thread.
 */
const WORKER_URL = new URL('../verify-worker.js', import.meta.url);
const OFF_THREAD_FROM = 8 * 1024 * 1024;
let pool: { workers: Worker[]; idle: Worker[]; waiting: (() => void)[]; max: number; here: boolean } | undefined;
let nextId = 0;

function workerPool() {
  if (pool) return pool;
  if (!isMainThread || WORKER_URL.protocol !== 'file:' || !existsSync(fileURLToPath(WORKER_URL))) return undefined;
  pool = { workers: [], idle: [], waiting: [], max: availableParallelism(), here: false };
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

/** What a worker is asked: to read a bundle (see scanBundle), or only to hash a file (an installer, a chart). */
export type VerifyJob = { kind: 'scan'; file: string; name: string; top: string; format: BundleFormat } | { kind: 'hash'; file: string };

export function scanBundleInPool(file: string, size: number, name: string, top: string, format: BundleFormat): Promise<BundleScan> {
  return inPool(size, () => scanBundle(file, name, top, format), { kind: 'scan', file, name, top, format }) as Promise<BundleScan>;
}

/** The sha256 of a file (`size` bytes): on this thread when it is small or the thread is free, else on a worker. */
export function hashFileInPool(file: string, size: number): Promise<Digest> {
  return inPool(size, () => hashFile(file), { kind: 'hash', file }) as Promise<Digest>;
}

async function inPool(size: number, here: () => Promise<unknown>, job: VerifyJob): Promise<unknown> {
  const p = workerPool();
  if (!p || size < OFF_THREAD_FROM) return here();
  if (p.here) return runInPool(p, job);
  p.here = true;
  try {
    return await here();
  } finally {
    p.here = false;
  }
}

async function runInPool(p: NonNullable<typeof pool>, job: VerifyJob): Promise<unknown> {
  const worker = await idleWorker(p);
  worker.ref();
  const id = nextId++;
  try {
    const reply = await new Promise<{ id: number; result?: unknown; error?: string }>((resolve, reject) => {
      const onMessage = (m: { id: number }) => {
        if (m.id !== id) return;
        worker.off('message', onMessage);
        worker.off('error', reject);
        resolve(m);
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
      worker.postMessage({ id, ...job });
    });
    if (reply.error !== undefined) throw new Error(reply.error);
    return reply.result;
  } finally {
    worker.unref();
    p.idle.push(worker);
    p.waiting.shift()?.();
  }
}
