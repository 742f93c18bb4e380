import path from 'node:path';
import { extractArchive, type ExtractResult } from '../bundle/extract.js';
import type { CommandContext, Outcome } from './outcome.js';

export interface ExtractOptions {
  file: string;
  dest: string;
}

export async function extract(ctx: CommandContext, options: ExtractOptions): Promise<Outcome<ExtractResult>> {
  const data = await extractArchive(path.resolve(ctx.cwd, options.file), path.resolve(ctx.cwd, options.dest));
  return { data, text: `${options.file}: ${data.files} files, ${data.directories} folders, ${data.links} links into ${data.dest}`, outputs: { dest: data.dest }, exitCode: 0 };
}
