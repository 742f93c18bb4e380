import { runTool } from './run-tool.js';

export const MSITOOLS_HINT = 'install msitools (apt-get install msitools wixl), or run scripts/setup.sh';

export type Row = Record<string, string>;

/**
 * Reads one table of an MSI with msiinfo. Its export is the IDT format: column names, column types, the table name
 * and its keys, then one row per line, tab-separated, with control characters escaped.
 */
export async function readTable(msi: string, table: string): Promise<Row[]> {
  const stdout = process.platform === 'win32' ? await exportWithWindowsInstaller(msi, table) : (await runTool('msiinfo', ['export', msi, table], { install: MSITOOLS_HINT })).stdout;
  const lines = stdout.replace(/\r/g, '').split('\n');
  const columns = lines[0]?.split('\t') ?? [];
  return lines.slice(3).filter((l) => l !== '').map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(columns.map((c, i) => [c, unescapeIdt(cells[i] ?? '')]));
  });
}

export async function listTables(msi: string): Promise<string[]> {
  if (process.platform === 'win32') {
    // _Tables is a system table that Export does not write: its names come from a query instead (single quotes: a
    // backtick inside double quotes is PowerShell's escape character).
    const script = [
      '$i = New-Object -ComObject WindowsInstaller.Installer',
      '$db = $i.GetType().InvokeMember("OpenDatabase", "InvokeMethod", $null, $i, @($env:SLIPWAY_MSI, 0))',
      '$v = $db.GetType().InvokeMember("OpenView", "InvokeMethod", $null, $db, @(\'SELECT `Name` FROM `_Tables`\'))',
      '$v.GetType().InvokeMember("Execute", "InvokeMethod", $null, $v, $null)',
      'while ($r = $v.GetType().InvokeMember("Fetch", "InvokeMethod", $null, $v, $null)) { $r.GetType().InvokeMember("StringData", "GetProperty", $null, $r, 1) }',
    ].join('; ');
    const { stdout } = await runTool('powershell', ['-NoProfile', '-NonInteractive', '-Command', script], {
      install: 'PowerShell is part of Windows',
      env: { ...process.env, SLIPWAY_MSI: msi },
    });
    return stdout.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  }
  const { stdout } = await runTool('msiinfo', ['tables', msi], { install: MSITOOLS_HINT });
  return stdout.split('\n').map((l) => l.trim()).filter(Boolean);
}

/** IDT escapes tab, newline and carriage return as ASCII 16, 25 and 17. */
function unescapeIdt(cell: string): string {
  return cell.replace(/\u0010/g, '\t').replace(/\u0019/g, '\n').replace(/\u0011/g, '\r');
}

export async function properties(msi: string): Promise<Record<string, string>> {
  return Object.fromEntries((await readTable(msi, 'Property')).map((r) => [r.Property!, r.Value ?? '']));
}

/** On Windows, the Windows Installer automation object exports a table in the same IDT format as msiinfo. */
async function exportWithWindowsInstaller(msi: string, table: string): Promise<string> {
  const { mkdtemp, readFile, rm } = await import('node:fs/promises');
  const os = await import('node:os');
  const path = await import('node:path');
  const dir = await mkdtemp(path.join(os.tmpdir(), 'slipway-idt-'));
  try {
    const script = [
      '$i = New-Object -ComObject WindowsInstaller.Installer',
      '$db = $i.GetType().InvokeMember("OpenDatabase", "InvokeMethod", $null, $i, @($env:SLIPWAY_MSI, 0))',
      '$db.GetType().InvokeMember("Export", "InvokeMethod", $null, $db, @($env:SLIPWAY_TABLE, $env:SLIPWAY_DIR, "table.idt"))',
    ].join('; ');
    await runTool('powershell', ['-NoProfile', '-NonInteractive', '-Command', script], {
      install: 'PowerShell is part of Windows',
      env: { ...process.env, SLIPWAY_MSI: msi, SLIPWAY_TABLE: table, SLIPWAY_DIR: dir },
    });
    return await readFile(path.join(dir, 'table.idt'), 'latin1');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
