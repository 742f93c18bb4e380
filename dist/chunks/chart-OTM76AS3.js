import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  YamlSyntaxError,
  addPackages,
  emptyIndex,
  joinRepoUrl,
  lintMetadata,
  loadChart,
  packageChart,
  parseIndex,
  parsePruneRule,
  prune,
  readWithLibrary,
  serializeIndex
} from "./chunk-WAZ42VL4.js";
import {
  sourceDate,
  sourceRevision
} from "./chunk-FGQEYIFG.js";
import {
  writeFileAtomic
} from "./chunk-JQSVNPZZ.js";
import "./chunk-G65CQNX2.js";
import "./chunk-VU3JF7YS.js";
import "./chunk-ZOQLPXWR.js";
import {
  SlipwayError,
  isSlipwayError,
  usageError
} from "./chunk-BOOLIPAW.js";
import "./chunk-CY3FJDSN.js";

// src/commands/chart.ts
import { access, readFile as readFile2 } from "node:fs/promises";
import path3 from "node:path";

// src/helm/chart-lint.ts
import { readFile } from "node:fs/promises";
import path from "node:path";
async function lintChart(target, shown) {
  let report = { path: shown, errors: [], warnings: [] }, chart;
  try {
    chart = await loadChart(target, shown);
  } catch (e) {
    if (isSlipwayError(e))
      return report.errors.push(...e.diagnostics), report;
    throw e;
  }
  report.name = chart.metadata.name, report.version = chart.metadata.version;
  for (let d of lintMetadata(chart.loaded, chart.chartYaml)) (d.code === "chart-lint-warning" ? report.warnings : report.errors).push(d);
  if (chart.kind === "directory") {
    let values = path.join(target, "values.yaml"), text;
    try {
      text = await readFile(values, "utf8");
    } catch {
      text = void 0;
    }
    if (text !== void 0)
      try {
        let tree = readWithLibrary(text);
        tree && tree.kind !== "map" && report.errors.push({ code: "chart-values", message: "values.yaml must be a mapping", location: { file: path.join(shown, "values.yaml"), ...tree.pos } });
      } catch (e) {
        if (!(e instanceof YamlSyntaxError)) throw e;
        report.errors.push({ code: "chart-values", message: `unable to parse YAML: ${e.message}`, location: { file: path.join(shown, "values.yaml"), ...e.pos } });
      }
  }
  return report;
}

// src/helm/index-directory.ts
import { readdir } from "node:fs/promises";
import path2 from "node:path";
async function findPackages(dir) {
  let found = [], top = await readdir(dir, { withFileTypes: !0 });
  for (let d of top)
    if (d.isFile() && d.name.endsWith(".tgz")) found.push(d.name);
    else if (d.isDirectory())
      for (let s of await readdir(path2.join(dir, d.name), { withFileTypes: !0 })) s.isFile() && s.name.endsWith(".tgz") && found.push(`${d.name}/${s.name}`);
  return found.sort();
}
async function readPackages(dir, shownDir, baseUrl, files) {
  let list = files ?? await findPackages(dir), records = new Array(list.length), problems = [], next = 0, worker = async () => {
    for (let i = next++; i < list.length; i = next++) {
      let rel = list[i];
      try {
        let chart = await loadChart(path2.join(dir, rel), path2.join(shownDir, rel));
        records[i] = { metadata: chart.metadata, sha256: chart.digest.sha256, url: joinRepoUrl(baseUrl, rel), file: path2.join(shownDir, rel) };
      } catch (e) {
        if (e instanceof SlipwayError) problems.push(...e.diagnostics);
        else throw e;
      }
    }
  };
  if (await Promise.all(Array.from({ length: Math.min(8, list.length) }, worker)), problems.length > 0) throw new SlipwayError(problems);
  return records.filter((r) => r !== void 0);
}

// src/commands/chart.ts
async function chartLint(ctx, options) {
  if (options.paths.length === 0) throw usageError("chart lint needs a chart folder or archive");
  let reports = [];
  for (let p of options.paths) reports.push(await lintChart(path3.resolve(ctx.cwd, p), p));
  let failed = reports.filter((r) => r.errors.length > 0 || options.strict && r.warnings.length > 0), lines = reports.map((r) => `==> Linting ${r.path}${r.name ? ` (${r.name} ${r.version})` : ""}: ${r.errors.length} error(s), ${r.warnings.length} warning(s)`);
  lines.push(`${reports.length} chart(s) linted, ${failed.length} chart(s) failed`);
  let findings = reports.flatMap((r) => [...r.errors, ...r.warnings]);
  return {
    data: reports,
    text: lines.join(`
`),
    markdown: `### Chart lint

| chart | errors | warnings |
|---|---|---|
${reports.map((r) => `| ${r.path} | ${r.errors.length} | ${r.warnings.length} |`).join(`
`)}
`,
    exitCode: failed.length > 0 ? 1 : 0,
    findings
  };
}
async function chartPackage(ctx, options) {
  if (options.paths.length === 0) throw usageError("chart package needs at least one chart folder");
  let out = path3.resolve(ctx.cwd, options.out ?? "."), results = [];
  for (let p of options.paths) {
    let mtime = sourceDate(ctx.env, await sourceRevision(path3.resolve(ctx.cwd, p), ctx.env)), r = await packageChart(path3.resolve(ctx.cwd, p), out, { shown: p, mtime });
    results.push({ name: r.name, version: r.version, file: displayPath(ctx.cwd, r.file), sha256: r.sha256, size: r.size });
  }
  return {
    data: results,
    text: results.map((r) => `Successfully packaged chart and saved it to: ${r.file}
  sha256:${r.sha256}`).join(`
`),
    outputs: { packages: JSON.stringify(results) },
    exitCode: 0
  };
}
async function loadIndexFile(file, shown) {
  let text;
  try {
    text = await readFile2(file, "utf8");
  } catch {
    return;
  }
  return parseIndex(text, shown);
}
var brief = (e) => ({ name: e.name, version: e.version });
async function chartIndex(ctx, options) {
  let dir = path3.resolve(ctx.cwd, options.dir);
  try {
    await access(dir);
  } catch {
    throw usageError(`${options.dir}: no such folder`);
  }
  let rule = options.prune === void 0 ? void 0 : parsePruneRule(options.prune);
  if (options.prune !== void 0 && !rule) throw usageError(`--prune takes a number of versions to keep per chart or a date (YYYY-MM-DD), not "${options.prune}"`);
  let target = path3.join(dir, "index.yaml"), shownTarget = path3.join(options.dir, "index.yaml"), mergeShown = options.merge ?? shownTarget, loaded = await loadIndexFile(options.merge ? path3.resolve(ctx.cwd, options.merge) : target, mergeShown), index = loaded?.index ?? emptyIndex(), packages = await readPackages(dir, options.dir, options.url ?? ""), change = addPackages(index, packages, {
    now: /* @__PURE__ */ new Date(),
    force: !!options.force,
    where: (e) => {
      let pos = loaded?.where.get(e);
      return pos ? { file: mergeShown, line: pos.line, col: pos.col } : void 0;
    }
  });
  if (change.conflicts.length > 0) throw new SlipwayError(change.conflicts);
  let pruned = rule ? prune(index, rule) : [];
  options.dryRun || await writeFileAtomic(target, serializeIndex(index));
  let data = {
    index: shownTarget,
    added: change.added.map(brief),
    unchanged: change.unchanged.map(brief),
    replaced: change.replaced.map(brief),
    pruned: pruned.map(brief),
    written: !options.dryRun
  }, list = (label, items) => items.length ? [`${label}: ${items.map((i) => `${i.name} ${i.version}`).join(", ")}`] : [], text = [
    `${options.dryRun ? "would write" : "wrote"} ${shownTarget}: ${data.added.length} added, ${data.unchanged.length} unchanged, ${data.replaced.length} replaced, ${data.pruned.length} pruned`,
    ...list("added", data.added),
    ...list("replaced", data.replaced),
    ...list("pruned", data.pruned)
  ].join(`
`);
  return { data, text, exitCode: 0, findings: loaded?.warnings ?? [] };
}
function displayPath(cwd, file) {
  let rel = path3.relative(cwd, file);
  return rel && !rel.startsWith("..") && !path3.isAbsolute(rel) ? rel : file;
}
export {
  chartIndex,
  chartLint,
  chartPackage,
  loadIndexFile
};
