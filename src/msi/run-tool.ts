import { execFile } from 'node:child_process';
import { fail } from '../errors/diagnostic.js';
import { redactSecrets } from '../util/redact.js';

export interface ToolRun {
  stdout: string;
  stderr: string;
}

export interface ToolOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Where to get the tool when it is missing, for the hint. */
  install: string;
  /** Strings (passwords) that must not appear in an error message. */
  secrets?: string[];
  timeoutMs?: number;
}

/** Runs a tool of the toolchain; a failure becomes a SlipwayError with the tool's own words, secrets redacted. */
export function runTool(command: string, args: string[], options: ToolOptions): Promise<ToolRun> {
  return new Promise((resolve, reject) => {
    execFile(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      maxBuffer: 64 * 1024 * 1024,
      timeout: options.timeoutMs ?? 600_000,
      windowsHide: true,
    }, (error, stdout, stderr) => {
      if (!error) {
        resolve({ stdout, stderr });
        return;
      }
      try {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
          fail('missing-tool', `${command} is not installed`, { hint: options.install });
        }
        const words = redactSecrets(`${stderr}\n${stdout}`, options.secrets ?? [])
          .split('\n')
          .map((l) => l.trim())
          .filter((l) => l && !/GLib-GObject-WARNING|g_object_set_is_valid_property/.test(l))
          .slice(-6)
          .join(' | ');
        fail('tool-failed', `${command} failed (exit ${String(error.code ?? error.signal)})${words ? `: ${words}` : ''}`, {
          hint: `the command was: ${redactSecrets([command, ...args].join(' '), options.secrets ?? [])}`,
        });
      } catch (e) {
        reject(e);
      }
    });
  });
}
