import { buildProgram, reportFailure, type CliRun } from './program.js';
import { wantsColor } from './terminal.js';

/** Runs the CLI with the given arguments (without node and the script) and resolves to the exit code. */
export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Promise<number> {
  const color = wantsColor(process.stdout, env, !argv.includes('--no-color'));
  const run: CliRun = {
    ctx: { cwd, env },
    term: {
      out: (s) => process.stdout.write(`${s}\n`),
      err: (s) => process.stderr.write(`${s}\n`),
      color,
    },
  };
  let code = 0;
  const program = buildProgram(run, (c) => {
    code = c;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    code = reportFailure(run, false, e);
  }
  return code;
}
