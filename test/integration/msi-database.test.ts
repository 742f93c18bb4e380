import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MsiDatabase } from '../../src/msi/msi-database.js';
import { msiinfoTable, msiinfoTables } from '../helpers/msiinfo.js';
import { requireTool } from '../helpers/require-tool.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

/*
 * Slipway checks a built MSI with its own reader of the compound file. Every table it reads must be exactly what
 * msitools' msiinfo reads from the same file: the example's installers (an icon, a licence, registry values, PATH)
 * and one of 609 files, whose File and Component tables outgrow the 4 KiB mini stream and whose 9 MiB of random bytes
 * make the file need more allocation-table sectors than its header can list (the DIFAT chain).
 */
let temp: string;
const msis: string[] = [];

beforeAll(async () => {
  for (const [tool, pkg] of [['wixl', 'wixl'], ['msiinfo', 'msitools'], ['msibuild', 'msitools']] as const) requireTool(tool, pkg);
  temp = await mkdtemp(path.join(os.tmpdir(), 'slipway-msi-db-'));
  const example = runCli(['msi', 'build', '--config', path.join(ROOT, 'examples/platform/compatibility.yaml'), '--out', path.join(temp, 'example'), '--version', '2.0.1', '--json']);
  expect(example.code, example.stderr).toBe(0);
  msis.push(...(JSON.parse(example.stdout) as { installers: { path: string }[] }).installers.map((i) => i.path));

  const project = path.join(temp, 'many');
  for (let i = 0; i < 600; i++) {
    const dir = path.join(project, 'payload', `part-${i % 12}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, `file-${i}.txt`), `file ${i}\n`.repeat(1 + (i % 5)));
  }
  mkdirSync(path.join(project, 'payload', 'big'));
  for (let i = 0; i < 9; i++) writeFileSync(path.join(project, 'payload', 'big', `blob-${i}.bin`), randomBytes(1024 * 1024));
  writeFileSync(path.join(project, 'compatibility.yaml'), [
    'apiVersion: slipway/v1',
    'release: { name: many, version: 1.0.0 }',
    'components:',
    '  - name: many',
    '    kind: installer',
    '    version: 1.0.0',
    '    installer:',
    '      productName: Many Files Ünïcode',
    '      manufacturer: Acme',
    '      files: [{ from: payload }]',
    '      path: true',
    '',
  ].join('\n'));
  const many = runCli(['msi', 'build', '--config', path.join(project, 'compatibility.yaml'), '--out', path.join(temp, 'many-out'), '--json']);
  expect(many.code, many.stderr).toBe(0);
  msis.push((JSON.parse(many.stdout) as { installers: { path: string }[] }).installers[0]!.path);
}, 120_000);

afterAll(async () => {
  if (temp) await rm(temp, { recursive: true, force: true });
});

describe('the MSI reader', () => {
  it('lists the same tables and reads every one of them as msiinfo does', () => {
    expect(msis).toHaveLength(3);
    for (const msi of msis) {
      const db = MsiDatabase.open(msi);
      // msiinfo adds two pseudo tables of its own (the code page and the summary information), which are no tables.
      expect(db.tables().sort()).toEqual(msiinfoTables(msi).filter((t) => !['_ForceCodepage', '_SummaryInformation'].includes(t)).sort());
      for (const table of db.tables()) expect({ msi: path.basename(msi), table, rows: db.rows(table) }).toEqual({ msi: path.basename(msi), table, rows: msiinfoTable(msi, table) });
    }
  });

  it('reads the large tables whole, and strings beyond ASCII', () => {
    // 109 FAT sectors are all a header lists; beyond them the file chains DIFAT sectors.
    expect(readFileSync(msis[2]!).readUInt32LE(0x2c)).toBeGreaterThan(109);
    const db = MsiDatabase.open(msis[2]!);
    expect(db.rows('File')).toHaveLength(609);
    expect(Object.fromEntries(db.rows('Property').map((r) => [r.Property, r.Value])).ProductName).toBe('Many Files Ünïcode');
  });
});
