import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  compatibilityMarkdown,
  compatibilityTable
} from "./chunk-KGLF6MMG.js";
import {
  loadConfig
} from "./chunk-67ELXYRH.js";
import "./chunk-GOJFJJMO.js";

// src/commands/matrix.ts
async function matrix(ctx, options) {
  let table = compatibilityTable(await loadConfig(ctx, options.config)), markdown = compatibilityMarkdown(table), text = options.format === "json" ? JSON.stringify(table, null, 2) : markdown;
  return { data: table, text, markdown, outputs: { compatibility: JSON.stringify(table) }, exitCode: 0 };
}
export {
  matrix
};
