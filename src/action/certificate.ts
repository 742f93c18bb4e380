import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { usageError } from '../errors/diagnostic.js';
import type { MsiInputs } from './inputs.js';

/**
 * Runs `work` with the signing certificate as a file: the one named by certificate-file, or the base64 PFX of the
 * certificate input written to a private temporary file that is removed afterwards, whatever happens.
 */
export async function withCertificate<T>(inputs: MsiInputs, env: NodeJS.ProcessEnv, work: (pfx: string | undefined) => Promise<T>): Promise<T> {
  if (inputs.certificate && inputs.certificateFile) throw usageError('give the input "certificate" or "certificate-file", not both');
  if (!inputs.certificate) return work(inputs.certificateFile);
  const pfx = Buffer.from(inputs.certificate, 'base64');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(inputs.certificate) || pfx.length === 0) {
    throw usageError('the input "certificate" is not base64', 'store the PFX in the secret as base64, e.g. base64 -w0 cert.pfx');
  }
  const dir = await mkdtemp(path.join(env.RUNNER_TEMP ?? os.tmpdir(), 'slipway-cert-'));
  try {
    const file = path.join(dir, 'certificate.pfx');
    await writeFile(file, pfx, { mode: 0o600 });
    return await work(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
