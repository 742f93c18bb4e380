import { markdownTable } from '../render/markdown-table.js';
import type { Matrix } from './model.js';
import { satisfies } from './versions.js';

export interface CompatibilityTable {
  release: string;
  /** Column order: the components that others require, then the platforms. */
  targets: string[];
  components: { name: string; kind: string; version: string; requires: Record<string, string> }[];
  /** For each platform version, which components accept it. */
  platforms: { name: string; version: string; supportedBy: string[]; rejectedBy: string[] }[];
}

export function compatibilityTable(matrix: Matrix): CompatibilityTable {
  const required = new Set(matrix.components.flatMap((c) => c.requires.map((r) => r.target)));
  const platformNames = matrix.platforms.map((p) => p.name);
  const targets = [
    ...matrix.components.map((c) => c.name).filter((n) => required.has(n)),
    ...platformNames.filter((n) => required.has(n)),
  ];
  const platforms = matrix.platforms.flatMap((p) =>
    p.versions.map((v) => {
      const requiring = matrix.components.filter((c) => c.requires.some((r) => r.target === p.name));
      const accepts = (c: (typeof requiring)[number]) => c.requires.every((r) => r.target !== p.name || satisfies(v.semver, r.range));
      return {
        name: p.name,
        version: v.version,
        supportedBy: requiring.filter(accepts).map((c) => c.name),
        rejectedBy: requiring.filter((c) => !accepts(c)).map((c) => c.name),
      };
    }),
  );
  return {
    release: matrix.release.name,
    targets,
    components: matrix.components.map((c) => ({
      name: c.name,
      kind: c.kind,
      version: c.version,
      requires: Object.fromEntries(c.requires.map((r) => [r.target, r.range])),
    })),
    platforms,
  };
}

/** Past this many columns a grid is unreadable; each component then lists its requirements in one cell. */
const MAX_GRID_COLUMNS = 12;

export function compatibilityMarkdown(table: CompatibilityTable): string {
  const main = table.targets.length <= MAX_GRID_COLUMNS
    ? markdownTable(
      ['component', 'kind', ...table.targets],
      table.components.map((c) => [`${c.name} ${c.version}`, c.kind, ...table.targets.map((t) => c.requires[t] ?? '')]),
    )
    : markdownTable(
      ['component', 'kind', 'requires'],
      table.components.map((c) => [`${c.name} ${c.version}`, c.kind, Object.entries(c.requires).map(([t, r]) => `${t} ${r}`).join(', ')]),
    );
  const platformRows = table.platforms.map((p) => [p.name, p.version, p.supportedBy.join(', ') || '-', p.rejectedBy.join(', ') || '-']);
  const platformPart = platformRows.length > 0
    ? `\n\n### Platform versions\n\n${markdownTable(['platform', 'version', 'supported by', 'not supported by'], platformRows)}`
    : '';
  return `## Compatibility: ${table.release}\n\n${main}${platformPart}\n`;
}
