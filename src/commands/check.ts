import { SlipwayError } from '../errors/diagnostic.js';
import { checkInstalled, parseInstalled, type InstalledCheck } from '../matrix/check-installed.js';
import { loadConfig } from './load-config.js';
import type { CommandContext, Outcome } from './outcome.js';

export interface CheckOptions {
  config?: string;
  /** name=version words. */
  installed: string[];
}

export async function check(ctx: CommandContext, options: CheckOptions): Promise<Outcome<InstalledCheck>> {
  const m = await loadConfig(ctx, options.config);
  if (options.installed.length === 0) {
    throw new SlipwayError({ code: 'usage', message: 'check needs at least one name=version', hint: 'for example: slipway check kubernetes=1.30 api=1.4.0' }, 2);
  }
  const installed = parseInstalled(options.installed, m);
  if (!installed.ok) throw new SlipwayError(installed.errors, 2);
  const result = checkInstalled(m, installed.value);
  const given = [...installed.value].map(([n, v]) => `${n} ${v}`).join(', ');
  const lines = result.compatible
    ? [`compatible: ${m.release.name} works with ${given} (${result.checked} requirements checked)`]
    : [`not compatible: ${result.conflicts.length} conflict${result.conflicts.length === 1 ? '' : 's'} with ${given}`, ...result.conflicts.map((c) => `  ${c}`)];
  lines.push(...result.notes.map((n) => `note: ${n}`));
  return { data: result, text: lines.join('\n'), exitCode: result.compatible ? 0 : 1 };
}
