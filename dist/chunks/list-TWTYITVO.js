import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  relativePosix
} from "./chunk-ZNNTXV7Y.js";
import {
  didYouMean,
  loadConfig
} from "./chunk-MBOEK4S7.js";
import "./chunk-T2LXPFR4.js";
import "./chunk-7QDAYDVG.js";
import "./chunk-ZOQLPXWR.js";
import {
  SlipwayError,
  formatLocation
} from "./chunk-BOOLIPAW.js";
import "./chunk-CY3FJDSN.js";

// src/commands/list.ts
function view(m, c, cwd) {
  return {
    name: c.name,
    kind: c.kind,
    version: c.version,
    ...c.description !== void 0 ? { description: c.description } : {},
    ...c.source !== void 0 ? { source: relativePosix(cwd, c.source) } : {},
    requires: Object.fromEntries(c.requires.map((r) => [r.target, r.range])),
    requiredBy: Object.fromEntries(m.components.flatMap((o) => o.requires.filter((r) => r.target === c.name).map((r) => [o.name, r.range]))),
    bundles: m.bundles.filter((b) => b.components.includes(c.name)).map((b) => b.name),
    declaredAt: formatLocation(c.location)
  };
}
async function list(ctx, options) {
  let m = await loadConfig(ctx, options.config), data = m.components.map((c) => view(m, c, ctx.cwd)), width = Math.max(...data.map((c) => c.name.length)), kindWidth = Math.max(...data.map((c) => c.kind.length)), text = data.map((c) => `${c.name.padEnd(width)}  ${c.kind.padEnd(kindWidth)}  ${c.version}${c.description ? `  ${c.description}` : ""}`).join(`
`);
  return { data, text, exitCode: 0 };
}
async function show(ctx, options) {
  let m = await loadConfig(ctx, options.config), c = m.components.find((x) => x.name === options.component);
  if (!c) {
    let guess = didYouMean(options.component, m.components.map((x) => x.name));
    throw new SlipwayError({
      code: "usage",
      message: `no component "${options.component}" in ${m.file}`,
      hint: guess ? `did you mean "${guess}"?` : `components: ${m.components.map((x) => x.name).join(", ")}`
    }, 2);
  }
  let v = view(m, c, ctx.cwd), pairs = (o) => Object.entries(o).map(([k, r]) => `${k} ${r}`).join(", ") || "-", text = [
    `${v.name} ${v.version} (${v.kind})`,
    ...v.description ? [`  ${v.description}`] : [],
    `  source:      ${v.source ?? "-"}`,
    `  requires:    ${pairs(v.requires)}`,
    `  required by: ${pairs(v.requiredBy)}`,
    `  bundles:     ${v.bundles.join(", ") || "-"}`,
    `  declared at: ${v.declaredAt}`
  ].join(`
`);
  return { data: v, text, exitCode: 0 };
}
export {
  list,
  show
};
