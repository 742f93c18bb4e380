import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fail } from '../errors/diagnostic.js';
import { runTool } from './run-tool.js';

/** An Authenticode certificate: a PFX (PKCS#12), or a certificate and its key in PEM. */
export interface SigningOptions {
  pfx?: string;
  cert?: string;
  key?: string;
  /** The PFX or key password. Never written to a log or an argument list on Linux. */
  password?: string;
  /** An RFC 3161 timestamp server, so the signature outlives the certificate. */
  timestampUrl?: string;
  /** Trusted roots for the verification (a PEM bundle); default: the system's. */
  caFile?: string;
}

const OSSLSIGNCODE_HINT = 'install osslsigncode (apt-get install osslsigncode), or run scripts/setup.sh';
const SIGNTOOL_HINT = 'signtool ships with the Windows SDK; on a windows runner it is on PATH after microsoft/setup-msbuild, or add its folder to PATH';

export function wantsSigning(o: SigningOptions): boolean {
  return Boolean(o.pfx || o.cert || o.key);
}

export function checkSigningOptions(o: SigningOptions): void {
  if (o.pfx && (o.cert || o.key)) fail('usage', 'give a PFX, or a certificate and a key, not both', {});
  if (!o.pfx && Boolean(o.cert) !== Boolean(o.key)) fail('usage', 'a certificate needs its key (and a key its certificate)', { hint: 'pass both --cert and --key, or a --pfx' });
}

/** Signs `input` into `output` (a new file) with Authenticode: signtool on Windows, osslsigncode elsewhere. */
export async function signMsi(input: string, output: string, description: string, o: SigningOptions): Promise<void> {
  checkSigningOptions(o);
  const secrets = o.password ? [o.password] : [];
  if (process.platform === 'win32') {
    if (!o.pfx) fail('usage', 'signtool signs with a PFX: convert the certificate and key with openssl pkcs12 -export', {});
    const args = ['sign', '/fd', 'sha256', '/f', o.pfx, '/d', description];
    if (o.password) args.push('/p', o.password);
    if (o.timestampUrl) args.push('/tr', o.timestampUrl, '/td', 'sha256');
    // signtool signs in place: sign the copy that becomes the output.
    const { copyFile } = await import('node:fs/promises');
    await copyFile(input, output);
    await runTool('signtool', [...args, output], { install: SIGNTOOL_HINT, secrets });
    return;
  }
  // The password goes through a private file, not the command line, where any user could read it in the process list.
  const dir = await mkdtemp(path.join(os.tmpdir(), 'slipway-sign-'));
  try {
    const args = ['sign', '-h', 'sha256', '-n', description];
    if (o.pfx) args.push('-pkcs12', o.pfx);
    else args.push('-certs', o.cert!, '-key', o.key!);
    if (o.password) {
      const passFile = path.join(dir, 'pass');
      await writeFile(passFile, o.password, { mode: 0o600 });
      args.push('-readpass', passFile);
    }
    if (o.timestampUrl) args.push('-ts', o.timestampUrl);
    await runTool('osslsigncode', [...args, '-in', input, '-out', output], { install: OSSLSIGNCODE_HINT, secrets });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export interface Verification {
  ok: boolean;
  /** The signer's subject, when the tool says it. */
  signer?: string;
  detail: string;
}

/** Checks an MSI's Authenticode signature: the digest of its contents and the certificate chain. */
export async function verifySignature(msi: string, caFile?: string): Promise<Verification> {
  if (process.platform === 'win32') {
    try {
      const { stdout } = await runTool('signtool', ['verify', '/pa', msi], { install: SIGNTOOL_HINT });
      return { ok: true, detail: stdout.trim().split('\n').pop() ?? 'verified' };
    } catch (e) {
      return { ok: false, detail: e instanceof Error ? e.message : String(e) };
    }
  }
  const args = ['verify', '-in', msi, ...(caFile ? ['-CAfile', caFile] : [])];
  try {
    const { stdout } = await runTool('osslsigncode', args, { install: OSSLSIGNCODE_HINT });
    const signer = /Subject:\s*(.+)/.exec(stdout)?.[1]?.trim();
    return { ok: true, ...(signer ? { signer } : {}), detail: 'Signature verification: ok' };
  } catch (e) {
    if (e instanceof Error && /not installed/.test(e.message)) throw e;
    const message = e instanceof Error ? e.message : String(e);
    const detail = /MISMATCH/i.test(message) ? 'the contents do not match the signature (the MSI was changed after signing)' : message;
    return { ok: false, detail };
  }
}
