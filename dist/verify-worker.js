import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  scanBundle
} from "./chunks/chunk-PAQ6QSQN.js";
import "./chunks/chunk-NKC4IVJI.js";
import "./chunks/chunk-WN3FHK2O.js";
import "./chunks/chunk-U53EGEPX.js";
import {
  hashFile
} from "./chunks/chunk-SPL353E6.js";
import "./chunks/chunk-BOOLIPAW.js";
import "./chunks/chunk-CY3FJDSN.js";

// src/bundle/verify-worker.ts
import { parentPort } from "node:worker_threads";
parentPort?.on("message", (job) => {
  (job.kind === "hash" ? hashFile(job.file) : scanBundle(job.file, job.name, job.top, job.format)).then(
    (result) => parentPort.postMessage({ id: job.id, result }),
    (e) => parentPort.postMessage({ id: job.id, error: e instanceof Error ? e.message : String(e) })
  );
});
