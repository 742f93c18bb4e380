import { loadConfig } from '../commands/load-config.js';
import type { CommandContext } from '../commands/outcome.js';
import { SlipwayError } from '../errors/diagnostic.js';
import type { Matrix } from '../matrix/model.js';
import { buildPlan, type ReleasePlan } from './plan.js';
import { resolveVersion } from './version.js';

/** compatibility.yaml loaded, the version resolved and the plan computed: what every building command starts from. */
export async function loadPlan(ctx: CommandContext, config: string | undefined, version: string | undefined): Promise<{ matrix: Matrix; plan: ReleasePlan }> {
  const matrix = await loadConfig(ctx, config);
  const resolved = await resolveVersion(matrix.release, { ...(version !== undefined ? { override: version } : {}), env: ctx.env, cwd: matrix.root });
  if (!resolved.ok) throw new SlipwayError(resolved.errors, resolved.errors.some((e) => e.code === 'usage') ? 2 : 1);
  return { matrix, plan: buildPlan(matrix, resolved.value, ctx.cwd) };
}
