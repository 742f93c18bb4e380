import { compatibilityMarkdown, compatibilityTable, type CompatibilityTable } from '../matrix/compatibility-table.js';
import { loadConfig } from './load-config.js';
import type { CommandContext, Outcome } from './outcome.js';

export interface MatrixOptions {
  config?: string;
  format?: 'json' | 'markdown';
}

export async function matrix(ctx: CommandContext, options: MatrixOptions): Promise<Outcome<CompatibilityTable>> {
  const table = compatibilityTable(await loadConfig(ctx, options.config));
  const markdown = compatibilityMarkdown(table);
  const text = options.format === 'json' ? JSON.stringify(table, null, 2) : markdown;
  return { data: table, text, markdown, outputs: { compatibility: JSON.stringify(table) }, exitCode: 0 };
}
