import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  checkBundle
} from "./chunks/chunk-XWFTUN5G.js";
import "./chunks/chunk-55RSJUX2.js";
import "./chunks/chunk-U53EGEPX.js";
import "./chunks/chunk-C55TAA3X.js";
import "./chunks/chunk-LIL3453G.js";
import "./chunks/chunk-UFWFU7NT.js";
import "./chunks/chunk-3MZS7FM4.js";
import "./chunks/chunk-7QDAYDVG.js";
import "./chunks/chunk-ZOQLPXWR.js";
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
