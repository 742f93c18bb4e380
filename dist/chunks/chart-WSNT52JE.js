import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  RegistryClient,
  isRepositoryPath,
  registryCredentials,
  registryDiagnostic
} from "./chunk-7O4AAP2I.js";
import {
  MEDIA
} from "./chunk-JOJZGV5P.js";
import {
  addToRelease,
  readManifestIfAny
} from "./chunk-C4N2KMQM.js";
import {
  CHECKSUMS_FILE
} from "./chunk-3P36LFHI.js";
import {
  forEachBounded
} from "./chunk-HZ7PR44O.js";
import "./chunk-LIL3453G.js";
import {
  YamlSyntaxError,
  addPackages,
  emptyIndex,
  indexChunks,
  joinRepoUrl,
  lintMetadata,
  loadChart,
  packageChart,
  parseIndex,
  parsePruneRule,
  prune,
  readWithLibrary
} from "./chunk-V6MBP5IV.js";
import "./chunk-HHRIXH7Q.js";
import {
  streamToFileAtomic
} from "./chunk-DQNMFZF5.js";
import {
  sourceDate,
  sourceRevision
} from "./chunk-RBVZJQFP.js";
import "./chunk-FWC4Y6K3.js";
import "./chunk-JC7XQCB7.js";
import {
  registryRedactor
} from "./chunk-7EZM7GVT.js";
import "./chunk-EXQP4SLB.js";
import {
  MANIFEST_FILE
} from "./chunk-U53EGEPX.js";
import {
  sha256Hex
} from "./chunk-SPL353E6.js";
import {
  relativePosix
} from "./chunk-ZNNTXV7Y.js";
import {
  loadConfig
} from "./chunk-MBOEK4S7.js";
import "./chunk-T2LXPFR4.js";
import "./chunk-7QDAYDVG.js";
import "./chunk-ZOQLPXWR.js";
import {
  SlipwayError,
  fail,
  isSlipwayError,
  usageError
} from "./chunk-BOOLIPAW.js";
import "./chunk-CY3FJDSN.js";

// src/commands/chart.ts
import { access, readFile as readFile2 } from "node:fs/promises";
import path4 from "node:path";
import { Readable as Readable2 } from "node:stream";

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

// src/helm/chart-push.ts
import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
var HELM_CONFIG_MEDIA_TYPE = "application/vnd.cncf.helm.config.v1+json", HELM_CONTENT_MEDIA_TYPE = "application/vnd.cncf.helm.chart.content.v1.tar+gzip", METADATA_ORDER = ["name", "home", "sources", "version", "description", "keywords", "maintainers", "icon", "apiVersion", "condition", "tags", "appVersion", "deprecated", "annotations", "kubeVersion", "dependencies", "type"];
function parseOciTarget(text) {
  let m = /^oci:\/\/([^/]+)(?:\/(.*))?$/.exec(text);
  if (!m || !m[1]) throw new SlipwayError({ code: "usage", message: `"${text}" is not an oci:// reference`, hint: "write oci://REGISTRY/NAMESPACE, e.g. oci://ghcr.io/acme/charts" }, 2);
  let namespace = (m[2] ?? "").replace(/\/+$/, "");
  if (namespace && !isRepositoryPath(namespace))
    throw new SlipwayError({ code: "usage", message: `"${namespace}" is not a valid repository namespace`, hint: "lowercase letters, digits and separators (. _ -), in path components" }, 2);
  return { registry: m[1], namespace };
}
function configJson(md) {
  let ordered = {};
  for (let key of METADATA_ORDER) {
    let v = md[key];
    v == null || v === "" || v === !1 || Array.isArray(v) && v.length === 0 || (ordered[key] = v);
  }
  return Buffer.from(JSON.stringify(ordered));
}
function ociTag(version) {
  return version.replaceAll("+", "_");
}
async function pushChart(client, target, pkg, options) {
  let { name, version } = pkg.metadata, repository = target.namespace ? `${target.namespace}/${name}` : name, tag = ociTag(version), reference = `${target.registry}/${repository}:${tag}`, config = configJson(pkg.metadata), configDesc = { mediaType: HELM_CONFIG_MEDIA_TYPE, digest: `sha256:${sha256Hex(config)}`, size: config.length }, layer = { mediaType: HELM_CONTENT_MEDIA_TYPE, digest: `sha256:${pkg.sha256}`, size: pkg.size }, annotations = {
    ...options.created ? { "org.opencontainers.image.created": options.created.toISOString().replace(/\.000Z$/, "Z") } : {},
    ...typeof pkg.metadata.description == "string" && pkg.metadata.description ? { "org.opencontainers.image.description": pkg.metadata.description } : {},
    "org.opencontainers.image.title": name,
    "org.opencontainers.image.version": version
  }, manifest = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MEDIA.ociManifest, config: configDesc, layers: [layer], annotations })), digest = `sha256:${sha256Hex(manifest)}`, existing = await client.headManifest(repository, tag);
  if (existing?.digest === digest) return { name, version, reference, digest, action: "unchanged" };
  if (existing && !options.force)
    throw new SlipwayError({
      code: "chart-oci-tag-taken",
      message: `${reference} already holds ${existing.digest ?? "another manifest"}, not this package (${digest}): a published version is immutable`,
      hint: "bump the chart version, or pass --force to move the tag"
    });
  return options.dryRun ? { name, version, reference, digest, action: existing ? "replaced" : "pushed" } : (await client.hasBlob(repository, configDesc.digest) || await client.uploadBlob(repository, configDesc, () => Readable.from([config])), await client.hasBlob(repository, layer.digest) || await client.uploadBlob(repository, layer, () => createReadStream(pkg.file)), await client.putManifest(repository, tag, manifest, MEDIA.ociManifest), { name, version, reference, digest, action: existing ? "replaced" : "pushed" });
}

// src/helm/release-charts.ts
import path2 from "node:path";
async function openReleaseFolder(dir, out, shown) {
  let manifest = await readManifestIfAny(dir);
  manifest || fail("chart-release-folder", `${shown} is not a release folder (it has no ${MANIFEST_FILE})`, { hint: "build the release first with slipway bundle --out DIR, then package the charts with --release DIR" });
  let rel = path2.relative(dir, out);
  return (rel.startsWith("..") || path2.isAbsolute(rel)) && fail("chart-release-folder", `${out} is outside the release folder ${shown}`, { hint: "leave --out out: the packages then go to DIR/charts" }), { dir, manifest };
}
async function packageIntoRelease(release, chartDir, out, options) {
  let listedSha256 = (file) => release.manifest.artifacts.find((a) => a.file === relativePosix(release.dir, file))?.sha256, packaged = await packageChart(chartDir, out, {
    shown: options.shown,
    mtime: options.mtime,
    guard: {
      promised: listedSha256,
      onConflict: (file, existing, written) => {
        let shownFile = relativePosix(release.dir, file);
        return fail("release-artifact-changed", `${shownFile} is already in the release with sha256 ${existing}; the chart now packages to ${written}`, {
          hint: "a released chart version is immutable: bump the version in Chart.yaml, or package into a new release folder"
        });
      }
    }
  }), releasePath = relativePosix(release.dir, packaged.file), artifact = {
    file: releasePath,
    kind: "chart",
    size: packaged.size,
    sha256: packaged.sha256,
    details: { name: packaged.name, version: packaged.version, ...packaged.chart.metadata.appVersion ? { appVersion: String(packaged.chart.metadata.appVersion) } : {} }
  }, { name, version, tag } = release.manifest.release, result = await addToRelease(release.dir, { name, version, ...tag ? { tag } : {} }, [artifact]);
  return release.manifest = result.manifest, { ...packaged, releasePath, action: result.added.length ? "added" : "unchanged" };
}

// src/helm/index-directory.ts
import { readdir } from "node:fs/promises";
import path3 from "node:path";
async function findPackages(dir) {
  let found = [], top = await readdir(dir, { withFileTypes: !0 });
  for (let d of top)
    if (d.isFile() && d.name.endsWith(".tgz")) found.push(d.name);
    else if (d.isDirectory())
      for (let s of await readdir(path3.join(dir, d.name), { withFileTypes: !0 })) s.isFile() && s.name.endsWith(".tgz") && found.push(`${d.name}/${s.name}`);
  return found.sort();
}
async function readPackages(dir, shownDir, baseUrl, files) {
  let list = files ?? await findPackages(dir), records = new Array(list.length), problems = [];
  if (await forEachBounded(list, 8, async (rel, i) => {
    try {
      let chart = await loadChart(path3.join(dir, rel), path3.join(shownDir, rel));
      records[i] = { metadata: chart.metadata, sha256: chart.digest.sha256, url: joinRepoUrl(baseUrl, rel), file: path3.join(shownDir, rel) };
    } catch (e) {
      if (e instanceof SlipwayError) problems.push(...e.diagnostics);
      else throw e;
    }
  }), problems.length > 0) throw new SlipwayError(problems);
  return records.filter((r) => r !== void 0);
}

// src/commands/chart.ts
async function chartLint(ctx, options) {
  if (options.paths.length === 0) throw usageError("chart lint needs a chart folder or archive");
  let reports = [];
  for (let p of options.paths) reports.push(await lintChart(path4.resolve(ctx.cwd, p), p));
  let failed = reports.filter((r) => r.errors.length > 0 || options.strict && r.warnings.length > 0), lines = [`${reports.length} chart(s) linted, ${failed.length} chart(s) failed`];
  lines.push(...reports.map((r) => `==> Linting ${r.path}${r.name ? ` (${r.name} ${r.version})` : ""}: ${r.errors.length} error(s), ${r.warnings.length} warning(s)`));
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
  let releaseDir = options.release === void 0 ? void 0 : path4.resolve(ctx.cwd, options.release), out = path4.resolve(ctx.cwd, options.out ?? (releaseDir ? path4.join(releaseDir, "charts") : ".")), release = releaseDir ? await openReleaseFolder(releaseDir, out, options.release) : void 0, results = [];
  for (let p of options.paths) {
    let mtime = sourceDate(ctx.env, await sourceRevision(path4.resolve(ctx.cwd, p), ctx.env));
    if (release) {
      let r2 = await packageIntoRelease(release, path4.resolve(ctx.cwd, p), out, { shown: p, mtime });
      results.push({ name: r2.name, version: r2.version, file: displayPath(ctx.cwd, r2.file), sha256: r2.sha256, size: r2.size, release: { file: r2.releasePath, action: r2.action } });
      continue;
    }
    let r = await packageChart(path4.resolve(ctx.cwd, p), out, { shown: p, mtime });
    results.push({ name: r.name, version: r.version, file: displayPath(ctx.cwd, r.file), sha256: r.sha256, size: r.size });
  }
  let listed = (r) => r.release ? `
  ${r.release.action === "added" ? "listed" : "already listed"} as ${r.release.file} in ${displayPath(ctx.cwd, path4.join(releaseDir, MANIFEST_FILE))} and ${CHECKSUMS_FILE}` : "";
  return {
    data: results,
    text: results.map((r) => `Successfully packaged chart and saved it to: ${r.file}
  sha256:${r.sha256}${listed(r)}`).join(`
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
  let dir = path4.resolve(ctx.cwd, options.dir);
  try {
    await access(dir);
  } catch {
    throw usageError(`${options.dir}: no such folder`);
  }
  let rule = options.prune === void 0 ? void 0 : parsePruneRule(options.prune);
  if (options.prune !== void 0 && !rule) throw usageError(`--prune takes a number of versions to keep per chart or a date (YYYY-MM-DD), not "${options.prune}"`);
  let target = path4.join(dir, "index.yaml"), shownTarget = path4.join(options.dir, "index.yaml"), mergeShown = options.merge ?? shownTarget, loaded = await loadIndexFile(options.merge ? path4.resolve(ctx.cwd, options.merge) : target, mergeShown), index = loaded?.index ?? emptyIndex(), packages = await readPackages(dir, options.dir, options.url ?? ""), change = addPackages(index, packages, {
    now: /* @__PURE__ */ new Date(),
    force: !!options.force,
    where: (e) => {
      let pos = loaded?.where.get(e);
      return pos ? { file: mergeShown, line: pos.line, col: pos.col } : void 0;
    }
  });
  if (change.conflicts.length > 0) throw new SlipwayError(change.conflicts);
  let pruned = rule ? prune(index, rule) : [];
  options.dryRun || await streamToFileAtomic(target, Readable2.from(indexChunks(index)));
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
  let rel = path4.relative(cwd, file);
  return rel && !rel.startsWith("..") && !path4.isAbsolute(rel) ? rel : file;
}
async function chartPush(ctx, options) {
  let target = parseOciTarget(options.target), out = path4.resolve(ctx.cwd, options.out ?? ".slipway/charts"), sources = options.paths.map((p) => ({ dir: path4.resolve(ctx.cwd, p), shown: p }));
  if (sources.length === 0) {
    let matrix = await loadConfig(ctx, options.config);
    if (sources = matrix.components.filter((c) => c.kind === "chart" && c.source).map((c) => ({ dir: c.source, shown: displayPath(ctx.cwd, c.source) })), sources.length === 0) throw usageError(`${matrix.file} declares no chart component with a source, and no package was given`);
  }
  let packages = [];
  for (let s of sources) {
    let chart = await loadChart(s.dir, s.shown);
    if (chart.kind === "archive") {
      packages.push({ file: chart.path, sha256: chart.digest.sha256, size: chart.digest.size, metadata: chart.metadata });
      continue;
    }
    let mtime = sourceDate(ctx.env, await sourceRevision(s.dir, ctx.env)), p = await packageChart(s.dir, out, { shown: s.shown, mtime });
    packages.push({ file: p.file, sha256: p.sha256, size: p.size, metadata: p.chart.metadata });
  }
  let credentials = registryCredentials(target.registry, ctx.env, "target"), redactor = registryRedactor(ctx.env), client = new RegistryClient({ registry: target.registry, redactor, ...credentials ? { credentials } : {}, ...options.insecure ? { insecure: !0 } : {} }), items = [];
  try {
    for (let p of packages) items.push(await pushChart(client, target, p, { force: !!options.force, dryRun: !!options.dryRun }));
  } catch (e) {
    throw registryDiagnostic(e, redactor);
  } finally {
    await client.close();
  }
  let verb = (i) => i.action === "unchanged" ? "unchanged" : options.dryRun ? `would be ${i.action}` : i.action;
  return {
    data: items,
    text: items.map((i) => `${i.name} ${i.version}: ${verb(i)} oci://${i.reference} (${i.digest})`).join(`
`),
    markdown: `### Helm charts in OCI

| chart | version | reference | result |
|---|---|---|---|
${items.map((i) => `| ${i.name} | ${i.version} | \`oci://${i.reference}\` | ${verb(i)} |`).join(`
`)}
`,
    outputs: { pushed: JSON.stringify(items) },
    exitCode: 0
  };
}
export {
  chartIndex,
  chartLint,
  chartPackage,
  chartPush,
  loadIndexFile
};
