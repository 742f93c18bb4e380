import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { vi } from 'vitest';
import { ROOT } from './run-cli.js';

export interface ActionRun {
  outputs: Record<string, string>;
  summary: string;
  /** Everything the action wrote to stdout: log lines and workflow commands (::error ...). */
  log: string;
  failed: boolean;
}

/** Reads a GITHUB_OUTPUT file: `name<<DELIMITER`, the value lines, `DELIMITER`. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const end = lines.indexOf(m[2]!, i + 1);
    outputs[m[1]!] = lines.slice(i + 1, end).join('\n');
    i = end;
  }
  return outputs;
}

/**
 * Drives an action entry in this process the way the runner does: inputs as INPUT_* variables, real GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files, workflow commands on stdout, failure as process.exitCode.
 */
export async function runAction(
  entry: (env: NodeJS.ProcessEnv) => Promise<void>,
  inputs: Record<string, string>,
  extraEnv: Record<string, string> = {},
): Promise<ActionRun> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'slipway-action-'));
  const outputFile = path.join(dir, 'output');
  const summaryFile = path.join(dir, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const saved = { ...process.env };
  for (const k of Object.keys(process.env)) if (k.startsWith('INPUT_') || k.startsWith('GITHUB_')) delete process.env[k];
  Object.assign(process.env, {
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_WORKSPACE: ROOT,
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.replace(/ /g, '_').toUpperCase()}`, v])),
    ...extraEnv,
  });
  let log = '';
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    log += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString();
    return true;
  });
  const previousExit = process.exitCode;
  process.exitCode = undefined;
  try {
    await entry(process.env);
    return {
      outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
      summary: readFileSync(summaryFile, 'utf8'),
      log,
      failed: process.exitCode === 1,
    };
  } finally {
    write.mockRestore();
    process.exitCode = previousExit;
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
    rmSync(dir, { recursive: true, force: true });
  }
}
