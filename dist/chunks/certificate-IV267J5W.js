import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  usageError
} from "./chunk-BOOLIPAW.js";
import "./chunk-CY3FJDSN.js";

// src/action/certificate.ts
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
async function withCertificate(inputs, env, work) {
  if (inputs.certificate && inputs.certificateFile) throw usageError('give the input "certificate" or "certificate-file", not both');
  if (!inputs.certificate) return work(inputs.certificateFile);
  let pfx = Buffer.from(inputs.certificate, "base64");
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(inputs.certificate) || pfx.length === 0)
    throw usageError('the input "certificate" is not base64', "store the PFX in the secret as base64, e.g. base64 -w0 cert.pfx");
  let dir = await mkdtemp(path.join(env.RUNNER_TEMP ?? os.tmpdir(), "slipway-cert-"));
  try {
    let file = path.join(dir, "certificate.pfx");
    return await writeFile(file, pfx, { mode: 384 }), await work(file);
  } finally {
    await rm(dir, { recursive: !0, force: !0 });
  }
}
export {
  withCertificate
};
