import { randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import { readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { fail } from '../errors/diagnostic.js';
import { hashFile, sha256Hex } from '../util/hash.js';
import { writeFileAtomic, type Placement } from '../util/safe-write.js';
import { checkMsi, type TableCounts } from './check-msi.js';
import { ALL_SOURCES, writeSources, type GeneratedInstaller, type SourceKind } from './generate.js';
import { signMsi, verifySignature, wantsSigning, type SigningOptions } from './sign.js';
import { buildWithWix } from './wix-build.js';
import { productIdentity, type ProductIdentity } from './installer-model.js';
import { buildWithWixl } from './wixl-build.js';

export type Toolchain = 'wixl' | 'wix';

export interface BuildOptions {
  /** Default: wix on Windows, wixl elsewhere. */
  toolchain?: Toolchain;
  acceptWixEula?: string;
  signing?: SigningOptions;
  /** Replace an MSI that Slipway did not build (or whose record is gone). */
  force?: boolean;
  /**
   * The time the MSI is stamped with (SOURCE_DATE_EPOCH, else the sources' commit time), asked for once the build tool
   * runs; undefined leaves the tool's own time stamps. Only wixl builds are stamped.
   */
  sourceDate?: () => Promise<Date | undefined>;
}

export interface BuiltMsi extends ProductIdentity {
  path: string;
  sha256: string;
  size: number;
  toolchain: Toolchain;
  signed: boolean;
  signer?: string;
  tables: TableCounts;
  /** True when the MSI was already built from the same inputs and was left as it was. */
  upToDate: boolean;
  /** Whether the MSI is new, was left as it was, or replaced an earlier build (its own, or any with --force). */
  placement: Placement;
}

interface BuildRecord {
  inputs: string;
  sha256: string;
  built: Omit<BuiltMsi, 'upToDate' | 'path' | 'placement'>;
}

export function defaultToolchain(): Toolchain {
  return process.platform === 'win32' ? 'wix' : 'wixl';
}

/**
 * What the MSI is made of: the WiX source (by content), every file it takes (by path, size and modification time, as
 * make and ninja judge them: hashing a large payload on every run would cost more than the check saves), the
 * toolchain, the date it is stamped with and the signing certificate.
 */
async function inputsDigest(g: GeneratedInstaller, toolchain: Toolchain, options: BuildOptions): Promise<string> {
  const parts = [`toolchain ${toolchain}`, `wxs ${sha256Hex(await readFile(toolchain === 'wix' ? g.wxs : g.wixlWxs))}`];
  if (toolchain === 'wixl' && options.sourceDate) parts.push(`date ${(await options.sourceDate())?.toISOString() ?? 'none'}`);
  const signing = options.signing;
  // Synchronous: it runs while the build tool does, with nothing else to wait for, and a thousand stats through the
  // thread pool cost several times their work in promises and callbacks.
  g.inputs.forEach((input, i) => {
    const s = statSync(input);
    parts.push(`file ${g.relativeInputs[i]} ${s.size} ${s.mtimeMs}`);
  });
  if (signing && wantsSigning(signing)) {
    for (const f of [signing.pfx, signing.cert].filter((x): x is string => Boolean(x))) parts.push(`signer ${(await hashFile(f)).sha256}`);
    parts.push(`timestamp ${signing.timestampUrl ?? ''}`);
  }
  return sha256Hex(parts.join('\n'));
}

/**
 * Writes the sources of one planned installer, then builds, checks, signs and verifies its MSI. The MSI appears at its
 * path only when all of that passed; an MSI built before from the same inputs is left untouched; an MSI that Slipway
 * did not build is never replaced without --force.
 *
 * The build tool is the long step, and a process of its own: it starts as soon as the source it reads is written, and
 * the other sources and the inputs' digest are worked out while it runs.
 */
export async function buildInstaller(g: GeneratedInstaller, options: BuildOptions = {}): Promise<BuiltMsi> {
  const toolchain = options.toolchain ?? defaultToolchain();
  const m = g.model;
  const toolSource: SourceKind = toolchain === 'wix' ? 'wix' : 'wixl';
  await writeSources(g, ['files', toolSource]);
  const recordFile = path.join(g.dir, 'build.json');
  const [existing, record] = await Promise.all([stat(g.msi).catch(() => undefined), readRecord(recordFile)]);
  const partial = path.join(path.dirname(g.msi), `.${m.msiName}.${randomBytes(6).toString('hex')}.partial`);
  const unsigned = `${partial}.unsigned.msi`;
  const build = () => (toolchain === 'wixl' ? buildWithWixl(g, unsigned, { ...(options.sourceDate ? { sourceDate: options.sourceDate } : {}) }) : buildWithWix(g, unsigned, { ...(options.acceptWixEula ? { acceptEula: options.acceptWixEula } : {}) }));
  // With no MSI there yet, there is nothing to compare with: the tool starts before anything else is worked out.
  const early = existing ? undefined : build();
  const otherSources = writeSources(g, ALL_SOURCES.filter((k) => k !== 'files' && k !== toolSource));
  const digest = inputsDigest(g, toolchain, options);
  // Each promise started here is awaited on every path; until then a failure must not count as unhandled.
  for (const p of [early, otherSources, digest]) p?.catch(() => undefined);
  if (existing) {
    await otherSources;
    const current = (await hashFile(g.msi)).sha256;
    const ours = record?.sha256 === current;
    if (ours && record.inputs === (await digest)) return { ...record.built, path: g.msi, upToDate: true, placement: 'unchanged' };
    if (!ours && !options.force) {
      fail('msi-exists', `${g.msi} exists and was not built by Slipway from these sources`, {
        hint: 'move it away, or pass --force to replace it',
      });
    }
  }

  const signedPartial = `${partial}.msi`;
  try {
    const building = early ?? build();
    // Settled together, so that no tool is still writing the partial file when a failure removes it.
    const settled = await Promise.allSettled([building, otherSources, digest]);
    for (const r of settled) if (r.status === 'rejected') throw r.reason;
    const tables = checkMsi(unsigned, m);
    let final = unsigned;
    let signer: string | undefined;
    const signing = options.signing && wantsSigning(options.signing) ? options.signing : undefined;
    if (signing) {
      await signMsi(unsigned, signedPartial, `${m.productName} ${m.version}`, signing);
      const verified = await verifySignature(signedPartial, signing.caFile ?? signing.cert);
      if (!verified.ok) fail('msi-signature', `the signature of ${m.msiName} does not verify: ${verified.detail}`, { hint: 'check the certificate chain (--sign-ca for a private CA)' });
      signer = verified.signer;
      final = signedPartial;
    }
    const { sha256, size } = await hashFile(final);
    await rename(final, g.msi);
    const built: BuildRecord['built'] = {
      ...productIdentity(m),
      sha256,
      size,
      toolchain,
      signed: Boolean(signing),
      ...(signer ? { signer } : {}),
      tables,
    };
    await writeFileAtomic(recordFile, `${JSON.stringify({ inputs: await digest, sha256, built } satisfies BuildRecord, null, 2)}\n`);
    return { ...built, path: g.msi, upToDate: false, placement: existing ? 'replaced' : 'created' };
  } finally {
    await rm(unsigned, { force: true });
    await rm(signedPartial, { force: true });
  }
}

async function readRecord(file: string): Promise<BuildRecord | undefined> {
  try {
    const data = JSON.parse(await readFile(file, 'utf8')) as unknown;
    if (typeof data === 'object' && data !== null && 'inputs' in data && 'sha256' in data && 'built' in data) return data as BuildRecord;
  } catch {
    // No record, or not ours: treated as no record.
  }
  return undefined;
}
