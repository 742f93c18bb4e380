import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  checkBundle
} from "./chunks/chunk-PSTN2DVV.js";
import "./chunks/chunk-C55TAA3X.js";
import "./chunks/chunk-G47RIZ52.js";
import "./chunks/chunk-LIL3453G.js";
import "./chunks/chunk-UFWFU7NT.js";
import "./chunks/chunk-3MZS7FM4.js";
import "./chunks/chunk-ZTR4XFOH.js";
import "./chunks/chunk-BOOLIPAW.js";
import "./chunks/chunk-CY3FJDSN.js";

// src/bundle/verify-worker.ts
import { parentPort } from "node:worker_threads";
parentPort?.on("message", (job) => {
  let findings = [];
  checkBundle(job.file, job.name, job.artifact, findings).then(
    (result) => parentPort.postMessage({ id: job.id, result, findings }),
    (e) => parentPort.postMessage({ id: job.id, error: e instanceof Error ? e.message : String(e) })
  );
});
