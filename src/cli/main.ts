import v8 from 'node:v8';
import { buildProgram, reportFailure, type CliRun } from './program.js';
import { wantsColor } from './terminal.js';

// fetch (GitHub's API, release assets) parses HTTP with a WebAssembly module that V8 re-optimises on background
// threads; a short command would then wait 100-300 ms at exit for work it no longer needs. The baseline compiler is
// ample for parsing those answers.
v8.setFlagsFromString('--liftoff-only');

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
