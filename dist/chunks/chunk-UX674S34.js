import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);

// src/render/markdown-table.ts
function markdownTable(header, rows) {
  let cell = (s) => s.replace(/\|/g, "\\|").replace(/\n/g, " "), line = (cells) => `| ${cells.map(cell).join(" | ")} |`;
  return [line(header), `|${header.map(() => " --- ").join("|")}|`, ...rows.map(line)].join(`
`);
}

export {
  markdownTable
};
