import { SlipwayError } from '../errors/diagnostic.js';
import { didYouMean } from '../matrix/did-you-mean.js';
import type { Component, Matrix } from '../matrix/model.js';
import { formatLocation } from '../errors/diagnostic.js';
import { loadConfig } from './load-config.js';
import type { CommandContext, Outcome } from './outcome.js';
import { relativePosix } from '../util/relative-path.js';

export interface ComponentView {
  name: string;
  kind: string;
  version: string;
  description?: string;
  source?: string;
  requires: Record<string, string>;
  requiredBy: Record<string, string>;
  bundles: string[];
  declaredAt: string;
}

function view(m: Matrix, c: Component, cwd: string): ComponentView {
  return {
    name: c.name,
    kind: c.kind,
    version: c.version,
    ...(c.description !== undefined ? { description: c.description } : {}),
    ...(c.source !== undefined ? { source: relativePosix(cwd, c.source) } : {}),
    requires: Object.fromEntries(c.requires.map((r) => [r.target, r.range])),
    requiredBy: Object.fromEntries(m.components.flatMap((o) => o.requires.filter((r) => r.target === c.name).map((r) => [o.name, r.range]))),
    bundles: m.bundles.filter((b) => b.components.includes(c.name)).map((b) => b.name),
    declaredAt: formatLocation(c.location),
  };
}

export async function list(ctx: CommandContext, options: { config?: string }): Promise<Outcome<ComponentView[]>> {
  const m = await loadConfig(ctx, options.config);
  const data = m.components.map((c) => view(m, c, ctx.cwd));
  const width = Math.max(...data.map((c) => c.name.length));
  const kindWidth = Math.max(...data.map((c) => c.kind.length));
  const text = data.map((c) => `${c.name.padEnd(width)}  ${c.kind.padEnd(kindWidth)}  ${c.version}${c.description ? `  ${c.description}` : ''}`).join('\n');
  return { data, text, exitCode: 0 };
}

export async function show(ctx: CommandContext, options: { config?: string; component: string }): Promise<Outcome<ComponentView>> {
  const m = await loadConfig(ctx, options.config);
  const c = m.components.find((x) => x.name === options.component);
  if (!c) {
    const guess = didYouMean(options.component, m.components.map((x) => x.name));
    throw new SlipwayError({
      code: 'usage',
      message: `no component "${options.component}" in ${m.file}`,
      hint: guess ? `did you mean "${guess}"?` : `components: ${m.components.map((x) => x.name).join(', ')}`,
    }, 2);
  }
  const v = view(m, c, ctx.cwd);
  const pairs = (o: Record<string, string>) => Object.entries(o).map(([k, r]) => `${k} ${r}`).join(', ') || '-';
  const text = [
    `${v.name} ${v.version} (${v.kind})`,
    ...(v.description ? [`  ${v.description}`] : []),
    `  source:      ${v.source ?? '-'}`,
    `  requires:    ${pairs(v.requires)}`,
    `  required by: ${pairs(v.requiredBy)}`,
    `  bundles:     ${v.bundles.join(', ') || '-'}`,
    `  declared at: ${v.declaredAt}`,
  ].join('\n');
  return { data: v, text, exitCode: 0 };
}
