import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  JOB_KINDS,
  buildPlan,
  jobMatrix
} from "./chunk-GCJU2542.js";
import {
  resolveVersion
} from "./chunk-PNVU3JKM.js";
import {
  compatibilityMarkdown,
  compatibilityTable
} from "./chunk-4ZAKWKKB.js";
import {
  markdownTable
} from "./chunk-UX674S34.js";
import "./chunk-ZNNTXV7Y.js";
import {
  loadConfig
} from "./chunk-MBOEK4S7.js";
import "./chunk-T2LXPFR4.js";
import "./chunk-7QDAYDVG.js";
import "./chunk-ZOQLPXWR.js";
import {
  SlipwayError
} from "./chunk-BOOLIPAW.js";
import "./chunk-CY3FJDSN.js";

// src/release/plan-markdown.ts
function planMarkdown(plan2) {
  let r = plan2.release, flags = [r.prerelease ? "prerelease" : "stable", ...r.draft ? ["draft"] : []].join(", "), rows = [];
  for (let kind of JOB_KINDS)
    for (let job of plan2.jobs[kind]) {
      let j = job, detail = kind === "bundle" ? `${String(j.asset)} (${j.components.join(", ")})` : kind === "image" ? `${String(j.image)} ${String(j.platform)}` : kind === "test" ? `${String(j.platform)} ${String(j.platformVersion)}` : String(j.path);
      rows.push([kind, String(j.name), String(j.version), String(j.runner), detail]);
    }
  let body = rows.length > 0 ? markdownTable(["kind", "job", "version", "runner", "what"], rows) : "_Nothing to build._";
  return `## Release plan: ${r.name} ${r.version}

${r.tag ? `Tag \`${r.tag}\`, ` : ""}${flags}; version from ${r.versionSource}.

${body}
`;
}

// src/commands/plan.ts
var OUTPUT_NAMES = { bundle: "bundles", image: "images", chart: "charts", installer: "installers", test: "tests" };
async function plan(ctx, options) {
  let matrix = await loadConfig(ctx, options.config), version = await resolveVersion(matrix.release, { ...options.version !== void 0 ? { override: options.version } : {}, env: ctx.env, cwd: matrix.root });
  if (!version.ok) throw new SlipwayError(version.errors, version.errors.some((e) => e.code === "usage") ? 2 : 1);
  let data = buildPlan(matrix, version.value, ctx.cwd), text = options.format === "markdown" ? planMarkdown(data) : JSON.stringify(data, null, 2);
  return {
    data,
    text,
    get markdown() {
      return `${planMarkdown(data)}
${compatibilityMarkdown(compatibilityTable(matrix))}`;
    },
    get outputs() {
      return planOutputs(data, JSON.stringify(compatibilityTable(matrix)));
    },
    exitCode: 0
  };
}
function planOutputs(data, compatibility) {
  let outputs = {
    version: data.release.version,
    tag: data.release.tag,
    prerelease: String(data.release.prerelease),
    plan: JSON.stringify(data),
    matrix: JSON.stringify(jobMatrix(data)),
    compatibility
  };
  for (let kind of JOB_KINDS)
    outputs[OUTPUT_NAMES[kind]] = JSON.stringify(jobMatrix(data, kind)), outputs[`has-${OUTPUT_NAMES[kind]}`] = String(data.jobs[kind].length > 0);
  return outputs;
}
export {
  plan
};
