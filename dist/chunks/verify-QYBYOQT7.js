import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  verifyRelease
} from "./chunk-ZUBO7ARF.js";
import {
  formatBytes
} from "./chunk-RNXMX5MA.js";
import "./chunk-3P36LFHI.js";
import "./chunk-HZ7PR44O.js";
import "./chunk-LIL3453G.js";
import "./chunk-PAQ6QSQN.js";
import "./chunk-NKC4IVJI.js";
import "./chunk-WN3FHK2O.js";
import "./chunk-U53EGEPX.js";
import "./chunk-SPL353E6.js";
import {
  markdownTable
} from "./chunk-UX674S34.js";
import "./chunk-7QDAYDVG.js";
import "./chunk-ZOQLPXWR.js";
import "./chunk-BOOLIPAW.js";
import "./chunk-CY3FJDSN.js";

// src/commands/verify.ts
import path from "node:path";
async function verify(ctx, options) {
  let dir = path.resolve(ctx.cwd, options.dir), report = await verifyRelease(dir);
  return verifyOutcome(report);
}
function verifyOutcome(report) {
  let ok = report.findings.length === 0, label = report.release ? `${report.release.name} ${report.release.version}` : report.dir, lines = report.files.map((f) => `  ${f.status === "ok" ? "ok      " : f.status.padEnd(8)}  ${f.file}${f.inside !== void 0 ? `  (${f.inside} files inside)` : ""}`), text = ok ? [`${label}: ${report.files.length} files verified`, ...lines].join(`
`) : [`${label}: ${report.findings.length} problem${report.findings.length === 1 ? "" : "s"}`, ...lines].join(`
`), markdown = `### Verified ${label}

${markdownTable(
    ["File", "Size", "sha256", "Status"],
    report.files.map((f) => [`\`${f.file}\``, f.size !== void 0 ? formatBytes(f.size) : "", f.sha256 ? `\`${f.sha256}\`` : "", f.status])
  )}
`;
  return {
    data: { ...report, ok },
    text,
    markdown,
    outputs: { ok: String(ok), dir: report.dir, manifest: path.join(report.dir, "manifest.yaml"), digests: JSON.stringify(Object.fromEntries(report.files.filter((f) => f.sha256).map((f) => [f.file, `sha256:${f.sha256}`]))) },
    exitCode: ok ? 0 : 1,
    findings: report.findings
  };
}
export {
  verify,
  verifyOutcome
};
