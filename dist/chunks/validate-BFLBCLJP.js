import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  loadConfig
} from "./chunk-MBOEK4S7.js";
import "./chunk-T2LXPFR4.js";
import "./chunk-7QDAYDVG.js";
import "./chunk-ZOQLPXWR.js";
import "./chunk-BOOLIPAW.js";
import "./chunk-CY3FJDSN.js";

// src/commands/validate.ts
async function validate(ctx, options) {
  let matrix = await loadConfig(ctx, options.config), data = summarize(matrix), text = `${data.file}: valid: ${data.release}, ${data.components} components, ${data.platforms} platforms, ${data.bundles} bundles, ${data.requirements} requirements satisfied`;
  return { data, text, exitCode: 0 };
}
function summarize(m) {
  return {
    valid: !0,
    file: m.file,
    release: m.release.name,
    components: m.components.length,
    platforms: m.platforms.length,
    bundles: m.bundles.length,
    requirements: m.components.reduce((n, c) => n + c.requires.length, 0)
  };
}
export {
  validate
};
