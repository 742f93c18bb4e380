import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  markdownTable
} from "./chunk-UX674S34.js";
import {
  satisfies
} from "./chunk-MBOEK4S7.js";

// src/matrix/compatibility-table.ts
function compatibilityTable(matrix) {
  let required = new Set(matrix.components.flatMap((c) => c.requires.map((r) => r.target))), platformNames = matrix.platforms.map((p) => p.name), targets = [
    ...matrix.components.map((c) => c.name).filter((n) => required.has(n)),
    ...platformNames.filter((n) => required.has(n))
  ], platforms = matrix.platforms.flatMap(
    (p) => p.versions.map((v) => {
      let requiring = matrix.components.filter((c) => c.requires.some((r) => r.target === p.name)), accepts = (c) => c.requires.every((r) => r.target !== p.name || satisfies(v.semver, r.range));
      return {
        name: p.name,
        version: v.version,
        supportedBy: requiring.filter(accepts).map((c) => c.name),
        rejectedBy: requiring.filter((c) => !accepts(c)).map((c) => c.name)
      };
    })
  );
  return {
    release: matrix.release.name,
    targets,
    components: matrix.components.map((c) => ({
      name: c.name,
      kind: c.kind,
      version: c.version,
      requires: Object.fromEntries(c.requires.map((r) => [r.target, r.range]))
    })),
    platforms
  };
}
var MAX_GRID_COLUMNS = 12;
function compatibilityMarkdown(table) {
  let main = table.targets.length <= MAX_GRID_COLUMNS ? markdownTable(
    ["component", "kind", ...table.targets],
    table.components.map((c) => [`${c.name} ${c.version}`, c.kind, ...table.targets.map((t) => c.requires[t] ?? "")])
  ) : markdownTable(
    ["component", "kind", "requires"],
    table.components.map((c) => [`${c.name} ${c.version}`, c.kind, Object.entries(c.requires).map(([t, r]) => `${t} ${r}`).join(", ")])
  ), platformRows = table.platforms.map((p) => [p.name, p.version, p.supportedBy.join(", ") || "-", p.rejectedBy.join(", ") || "-"]), platformPart = platformRows.length > 0 ? `

### Platform versions

${markdownTable(["platform", "version", "supported by", "not supported by"], platformRows)}` : "";
  return `## Compatibility: ${table.release}

${main}${platformPart}
`;
}

export {
  compatibilityTable,
  compatibilityMarkdown
};
