import path from 'node:path';
import { SlipwayError } from '../errors/diagnostic.js';
import { DEFAULT_CONFIG, loadMatrix } from '../matrix/load.js';
import type { Matrix } from '../matrix/model.js';
import type { CommandContext } from './outcome.js';

/** Loads compatibility.yaml for a command, or throws every problem of the file at once. */
export async function loadConfig(ctx: CommandContext, config: string | undefined): Promise<Matrix> {
  const file = config ?? DEFAULT_CONFIG;
  const result = await loadMatrix(path.resolve(ctx.cwd, file), file);
  if (!result.ok) throw new SlipwayError(result.errors);
  return result.value;
}
