import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  compatibilityMarkdown,
  compatibilityTable
} from "./chunk-4ZAKWKKB.js";
import "./chunk-UX674S34.js";
import {
  loadConfig
} from "./chunk-MBOEK4S7.js";
import "./chunk-T2LXPFR4.js";
import "./chunk-7QDAYDVG.js";
import "./chunk-ZOQLPXWR.js";
import "./chunk-BOOLIPAW.js";
import "./chunk-CY3FJDSN.js";

// src/commands/matrix.ts
async function matrix(ctx, options) {
  let table = compatibilityTable(await loadConfig(ctx, options.config)), markdown = compatibilityMarkdown(table), text = options.format === "json" ? JSON.stringify(table, null, 2) : markdown;
  return { data: table, text, markdown, outputs: { compatibility: JSON.stringify(table) }, exitCode: 0 };
}
export {
  matrix
};
