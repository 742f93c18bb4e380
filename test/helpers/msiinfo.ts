import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export type Row = Record<string, string>;

/**
 * A table of an MSI as msitools' msiinfo exports it (IDT: column names, column types, table name and keys, then one
 * tab-separated row per line, with tab, newline and carriage return escaped as ASCII 16, 25 and 17). The tests read
 * what was built with this independent tool, not only with Slipway's own reader.
 */
export function msiinfoTable(msi: string, table: string): Row[] {
  // msiinfo writes a binary column's streams into a folder named after the table in its working directory.
  const scratch = mkdtempSync(path.join(tmpdir(), 'msiinfo-'));
  let stdout: string;
  try {
    stdout = execFileSync('msiinfo', ['export', path.resolve(msi), table], {
      encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, cwd: scratch,
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const lines = stdout.replace(/\r/g, '').split('\n');
  const columns = lines[0]?.split('\t') ?? [];
  return lines.slice(3).filter((l) => l !== '').map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(columns.map((c, i) => [c, unescapeIdt(cells[i] ?? '')]));
  });
}

export function msiinfoTables(msi: string): string[] {
  return execFileSync('msiinfo', ['tables', msi], { encoding: 'utf8' }).split('\n').map((l) => l.trim()).filter(Boolean);
}

function unescapeIdt(cell: string): string {
  return cell.replace(/\u0010/g, '\t').replace(/\u0019/g, '\n').replace(/\u0011/g, '\r');
}
