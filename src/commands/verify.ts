import path from 'node:path';
import { verifyRelease, type VerifyReport } from '../bundle/verify.js';
import { formatBytes } from '../render/bytes.js';
import { markdownTable } from '../render/markdown-table.js';
import type { CommandContext, Outcome } from './outcome.js';

export interface VerifyOptions {
  dir: string;
}

export async function verify(ctx: CommandContext, options: VerifyOptions): Promise<Outcome<VerifyReport & { ok: boolean }>> {
  const dir = path.resolve(ctx.cwd, options.dir);
  const report = await verifyRelease(dir);
  return verifyOutcome(report);
}

/** Shared with download, which verifies what it fetched. */
export function verifyOutcome(report: VerifyReport): Outcome<VerifyReport & { ok: boolean }> {
  const ok = report.findings.length === 0;
  const label = report.release ? `${report.release.name} ${report.release.version}` : report.dir;
  const lines = report.files.map((f) => `  ${f.status === 'ok' ? 'ok      ' : f.status.padEnd(8)}  ${f.file}${f.inside !== undefined ? `  (${f.inside} files inside)` : ''}`);
  const text = ok ? [`${label}: ${report.files.length} files verified`, ...lines].join('\n') : [`${label}: ${report.findings.length} problem${report.findings.length === 1 ? '' : 's'}`, ...lines].join('\n');
  const markdown = `### Verified ${label}\n\n${markdownTable(
    ['File', 'Size', 'sha256', 'Status'],
    report.files.map((f) => [`\`${f.file}\``, f.size !== undefined ? formatBytes(f.size) : '', f.sha256 ? `\`${f.sha256}\`` : '', f.status]),
  )}\n`;
  return {
    data: { ...report, ok },
    text,
    markdown,
    outputs: { ok: String(ok), dir: report.dir, manifest: path.join(report.dir, 'manifest.yaml'), digests: JSON.stringify(Object.fromEntries(report.files.filter((f) => f.sha256).map((f) => [f.file, `sha256:${f.sha256}`]))) },
    exitCode: ok ? 0 : 1,
    findings: report.findings,
  };
}
