import { writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SlipwayError } from '../../src/errors/diagnostic.js';
import { decodeStreamName, MsiDatabase } from '../../src/msi/msi-database.js';

let temp: string;
beforeAll(async () => {
  temp = await mkdtemp(path.join(os.tmpdir(), 'slipway-msi-db-unit-'));
});
afterAll(async () => {
  if (temp) await rm(temp, { recursive: true, force: true });
});

/** The inverse of decodeStreamName, as the Windows Installer encodes names: pairs from U+3800, singles from U+4800. */
function encode(name: string, table: boolean): string {
  const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz._';
  let out = table ? '\u4840' : '';
  for (let i = 0; i < name.length; i += 2) {
    const a = alphabet.indexOf(name[i]!);
    const b = i + 1 < name.length ? alphabet.indexOf(name[i + 1]!) : -1;
    out += String.fromCharCode(b >= 0 ? 0x3800 + a + (b << 6) : 0x4800 + a);
  }
  return out;
}

describe('MSI stream names', () => {
  it('decodes the compressed names of tables and streams', () => {
    expect(decodeStreamName(encode('_StringPool', true))).toBe('!_StringPool');
    expect(decodeStreamName(encode('File', true))).toBe('!File');
    expect(decodeStreamName(encode('product.cab', false))).toBe('product.cab');
    expect(decodeStreamName('\u0005SummaryInformation')).toBe('\u0005SummaryInformation');
  });
});

describe('opening something that is not an MSI', () => {
  it('fails with msi-unreadable, naming the file', () => {
    const file = path.join(temp, 'not.msi');
    writeFileSync(file, Buffer.alloc(2048, 0x41));
    let error: unknown;
    try {
      MsiDatabase.open(file);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SlipwayError);
    expect((error as SlipwayError).diagnostics[0]).toMatchObject({ code: 'msi-unreadable', message: `${file} is not a Windows Installer database (no compound file header)` });
  });
});
