import { fail } from '../errors/diagnostic.js';
import { hashFile } from '../util/hash.js';
import { CompoundFile, type CompoundEntry } from './compound-file.js';
import { packageCode } from './guid.js';
import { decodeStreamName } from './msi-database.js';

/*
 * A build tool stamps an MSI with the time of the build and a random PackageCode, and each file of its cabinet with
 * the file's modification time, so two builds of the same sources differ. All of these are fixed-size fields: they are
 * overwritten where they lie, with the source date and a PackageCode derived from the content, and the same sources
 * then give the same bytes.
 */

const SUMMARY_STREAM = '\u0005SummaryInformation';
/** Property ids of the summary information ([MS-OLEPS] PIDSI_*) and the types of their values. */
const PID_REVISION_NUMBER = 9;
const PID_CREATED = 12;
const PID_LAST_SAVED = 13;
const VT_LPSTR = 0x1e;
const VT_FILETIME = 0x40;
/** A GUID in braces, as the revision number holds the PackageCode. */
const BRACED_GUID_LENGTH = 38;
const PLACEHOLDER_GUID = `{${'0'.repeat(8)}-${'0'.repeat(4)}-${'0'.repeat(4)}-${'0'.repeat(4)}-${'0'.repeat(12)}}`;

/** FILETIME counts 100 ns intervals from 1601-01-01, which is this many milliseconds before 1970-01-01. */
const FILETIME_EPOCH_OFFSET_MS = 11_644_473_600_000n;

const CAB_SIGNATURE = 'MSCF';
const CFFILE_FIXED_SIZE = 16;
const CAB_NAME_MAX = 256;

interface SummaryFields {
  entry: CompoundEntry;
  /** Offset in the stream of the revision number's characters. */
  revision: number;
  /** Offsets in the stream of the FILETIME values to set. */
  times: number[];
}

/** Sets the MSI's creation and save times and its cabinets' file times to `date`, and its PackageCode to one from its content. */
export async function stampSourceDate(file: string, date: Date, upgradeCode: string): Promise<void> {
  const cf = CompoundFile.open(file, 'r+');
  try {
    const streams = cf.streams();
    const summaryEntry = streams.find((s) => s.name === SUMMARY_STREAM);
    if (!summaryEntry) return fail('msi-unreadable', `${file} has no summary information`, { hint: 'the build tool wrote an incomplete MSI' });
    const summary = summaryFields(file, summaryEntry, cf.read(summaryEntry));
    const filetime = fileTime(date);
    for (const at of summary.times) cf.write(summary.entry, at, filetime);
    // The content is hashed with a placeholder where the PackageCode goes, so that the code does not depend on itself.
    cf.write(summary.entry, summary.revision, Buffer.from(PLACEHOLDER_GUID, 'latin1'));
    const dos = dosDateTime(date);
    for (const s of streams) {
      // Table streams and the summary are not cabinets; a cabinet is recognised by its signature, whatever its name.
      if (s.name === SUMMARY_STREAM || decodeStreamName(s.name).startsWith('!') || s.size < 36) continue;
      if (cf.readRange(s, 0, 4).toString('latin1') !== CAB_SIGNATURE) continue;
      stampCabinet(file, cf, s, dos);
    }
    // The writes above are in the file already (positioned writes): the hash reads them.
    const code = packageCode(upgradeCode, (await hashFile(file)).sha256);
    cf.write(summary.entry, summary.revision, Buffer.from(`{${code.toUpperCase()}}`, 'latin1'));
  } finally {
    cf.close();
  }
}

/** Where the revision number's characters and the two time stamps are in a summary information stream. */
function summaryFields(file: string, entry: CompoundEntry, data: Buffer): SummaryFields {
  const bad = (what: string): never => fail('msi-unreadable', `${file} has a summary information stream that ${what}`, { hint: 'the build tool wrote something Slipway cannot stamp; report it with the generated .wxs' });
  // Header: byte order, version, system id, CLSID, number of property sets, then the first set's FMTID and offset.
  if (data.length < 48 || data.readUInt16LE(0) !== 0xfffe || data.readUInt32LE(24) < 1) bad('is not a property set');
  const set = data.readUInt32LE(44);
  if (set + 8 > data.length) bad('ends before its property set');
  const count = data.readUInt32LE(set + 4);
  if (set + 8 + count * 8 > data.length) bad('ends before its property list');
  let revision: number | undefined;
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const id = data.readUInt32LE(set + 8 + i * 8);
    const at = set + data.readUInt32LE(set + 12 + i * 8);
    if (at + 4 > data.length) bad('points past its end');
    const type = data.readUInt16LE(at);
    if (id === PID_REVISION_NUMBER) {
      // A counted string whose count includes the terminating NUL.
      if (type !== VT_LPSTR || at + 8 + BRACED_GUID_LENGTH > data.length || data.readUInt32LE(at + 4) < BRACED_GUID_LENGTH + 1) bad('has no PackageCode');
      if (!/^\{[0-9A-Fa-f-]{36}\}$/.test(data.toString('latin1', at + 8, at + 8 + BRACED_GUID_LENGTH))) bad('has a PackageCode that is not a GUID');
      revision = at + 8;
    } else if ((id === PID_CREATED || id === PID_LAST_SAVED) && type === VT_FILETIME) {
      if (at + 12 > data.length) bad('ends inside a time stamp');
      times.push(at + 4);
    }
  }
  if (revision === undefined) return bad('has no PackageCode');
  return { entry, revision, times };
}

/** Sets the date and time of every file in a cabinet ([MS-CAB] CFFILE). */
function stampCabinet(file: string, cf: CompoundFile, entry: CompoundEntry, dos: { date: number; time: number }): void {
  const header = cf.readRange(entry, 0, 36);
  const firstFile = header.readUInt32LE(16);
  const files = header.readUInt16LE(28);
  // The CFFILE records follow one another: a fixed part and a NUL-terminated name of at most 256 bytes each.
  const records = cf.readRange(entry, firstFile, files * (CFFILE_FIXED_SIZE + CAB_NAME_MAX + 1));
  let at = 0;
  for (let i = 0; i < files; i++) {
    const nul = records.indexOf(0, at + CFFILE_FIXED_SIZE);
    if (at + CFFILE_FIXED_SIZE > records.length || nul < 0) fail('msi-unreadable', `${file} has a cabinet whose file list is cut short`, { hint: 'the build tool wrote a damaged MSI' });
    records.writeUInt16LE(dos.date, at + 10);
    records.writeUInt16LE(dos.time, at + 12);
    at = nul + 1;
  }
  cf.write(entry, firstFile, records.subarray(0, at));
}

function fileTime(date: Date): Buffer {
  const out = Buffer.alloc(8);
  out.writeBigUInt64LE((BigInt(date.getTime()) + FILETIME_EPOCH_OFFSET_MS) * 10_000n);
  return out;
}

/** MS-DOS date and time (a cabinet's file times), in UTC: 1980 to 2107, two-second steps. */
function dosDateTime(date: Date): { date: number; time: number } {
  const year = Math.min(Math.max(date.getUTCFullYear(), 1980), 2107);
  return {
    date: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
  };
}
