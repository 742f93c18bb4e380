import type { Matrix } from '../matrix/model.js';
import { loadConfig } from './load-config.js';
import type { CommandContext, Outcome } from './outcome.js';

export interface ValidateOptions {
  config?: string;
}

export interface ValidateData {
  valid: true;
  file: string;
  release: string;
  components: number;
  platforms: number;
  bundles: number;
  requirements: number;
}

export async function validate(ctx: CommandContext, options: ValidateOptions): Promise<Outcome<ValidateData>> {
  const matrix = await loadConfig(ctx, options.config);
  const data = summarize(matrix);
  const text = `${data.file}: valid: ${data.release}, ${data.components} components, ${data.platforms} platforms, ${data.bundles} bundles, ${data.requirements} requirements satisfied`;
  return { data, text, exitCode: 0 };
}

function summarize(m: Matrix): ValidateData {
  return {
    valid: true,
    file: m.file,
    release: m.release.name,
    components: m.components.length,
    platforms: m.platforms.length,
    bundles: m.bundles.length,
    requirements: m.components.reduce((n, c) => n + c.requires.length, 0),
  };
}
