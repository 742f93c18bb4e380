import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  compatibilityMarkdown,
  compatibilityTable
} from "./chunk-7CEH55KT.js";
import "./chunk-UX674S34.js";
import {
  loadConfig
} from "./chunk-JI3BAZD5.js";
import "./chunk-CDTHPJYQ.js";
import "./chunk-LP53NXFH.js";
import "./chunk-SXEZAVAX.js";

// src/commands/matrix.ts
async function matrix(ctx, options) {
  let table = compatibilityTable(await loadConfig(ctx, options.config)), markdown = compatibilityMarkdown(table), text = options.format === "json" ? JSON.stringify(table, null, 2) : markdown;
  return { data: table, text, markdown, outputs: { compatibility: JSON.stringify(table) }, exitCode: 0 };
}
export {
  matrix
};
