import { SlipwayError } from '../errors/diagnostic.js';
import { compatibilityMarkdown, compatibilityTable } from '../matrix/compatibility-table.js';
import { buildPlan, JOB_KINDS, jobMatrix, type ReleasePlan } from '../release/plan.js';
import { planMarkdown } from '../release/plan-markdown.js';
import { resolveVersion } from '../release/version.js';
import { loadConfig } from './load-config.js';
import type { CommandContext, Outcome } from './outcome.js';

export interface PlanOptions {
  config?: string;
  version?: string;
  format?: 'json' | 'markdown';
}

const OUTPUT_NAMES = { bundle: 'bundles', image: 'images', chart: 'charts', installer: 'installers', test: 'tests' } as const;

export async function plan(ctx: CommandContext, options: PlanOptions): Promise<Outcome<ReleasePlan>> {
  const matrix = await loadConfig(ctx, options.config);
  const version = await resolveVersion(matrix.release, { ...(options.version !== undefined ? { override: options.version } : {}), env: ctx.env, cwd: matrix.root });
  if (!version.ok) throw new SlipwayError(version.errors, version.errors.some((e) => e.code === 'usage') ? 2 : 1);
  const data = buildPlan(matrix, version.value, ctx.cwd);
  const text = options.format === 'markdown' ? planMarkdown(data) : JSON.stringify(data, null, 2);
  // The summary and the Action outputs are only read by the Action: computed on first use, not by the CLI.
  return {
    data,
    text,
    get markdown() {
      return `${planMarkdown(data)}\n${compatibilityMarkdown(compatibilityTable(matrix))}`;
    },
    get outputs() {
      return planOutputs(data, JSON.stringify(compatibilityTable(matrix)));
    },
    exitCode: 0,
  };
}

function planOutputs(data: ReleasePlan, compatibility: string): Record<string, string> {
  const outputs: Record<string, string> = {
    version: data.release.version,
    tag: data.release.tag,
    prerelease: String(data.release.prerelease),
    plan: JSON.stringify(data),
    matrix: JSON.stringify(jobMatrix(data)),
    compatibility,
  };
  for (const kind of JOB_KINDS) {
    outputs[OUTPUT_NAMES[kind]] = JSON.stringify(jobMatrix(data, kind));
    outputs[`has-${OUTPUT_NAMES[kind]}`] = String(data.jobs[kind].length > 0);
  }
  return outputs;
}
