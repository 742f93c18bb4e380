import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  error,
  getInput,
  info,
  setFailed,
  setOutput,
  setSecret,
  warning
} from "./chunks/chunk-D4NQQQXG.js";
import {
  REGISTRY_SECRET_VARIABLES
} from "./chunks/chunk-7EZM7GVT.js";
import "./chunks/chunk-EXQP4SLB.js";
import {
  relativePosix
} from "./chunks/chunk-ZNNTXV7Y.js";
import {
  SlipwayError,
  formatDiagnostic,
  usageError
} from "./chunks/chunk-BOOLIPAW.js";
import "./chunks/chunk-CY3FJDSN.js";

// src/action/main.ts
import { appendFile } from "node:fs/promises";
import path from "node:path";

// src/action/inputs.ts
var ACTION_COMMANDS = ["validate", "plan", "matrix", "check", "list", "show", "bundle", "verify", "extract", "publish", "download", "msi-generate", "msi-build", "chart-lint", "chart-package", "chart-index", "chart-publish", "chart-push", "image-push", "image-tags", "image-promote"];
function readInputs() {
  let command = getInput("command") || "plan";
  if (!ACTION_COMMANDS.includes(command))
    throw usageError(`input "command" is "${command}", which is not one of: ${ACTION_COMMANDS.join(", ")}`);
  let format = getInput("format") || "json";
  if (format !== "json" && format !== "markdown") throw usageError(`input "format" must be json or markdown, not "${format}"`);
  let version = getInput("version"), component = getInput("component"), token = readToken();
  return {
    command,
    config: getInput("config") || "compatibility.yaml",
    // Composite actions set INPUT_WORKING_DIRECTORY: a dash cannot be written in a shell variable name.
    workingDirectory: getInput("working-directory") || getInput("working_directory") || ".",
    ...version ? { version } : {},
    format,
    // One name=version per line or separated by spaces: both read naturally in YAML.
    installed: getInput("installed").split(/\s+/).filter(Boolean),
    ...component ? { component } : {},
    summary: (getInput("summary") || "true") === "true",
    dir: getInput("dir") || "out/release",
    bundles: getInput("bundles").split(/[\s,]+/).filter(Boolean),
    bundleFormats: [getInput("bundle-format") || getInput("bundle_format")].filter(Boolean),
    replace: booleanInput("replace"),
    dryRun: booleanInput("dry-run") || booleanInput("dry_run"),
    ...getInput("file") ? { file: getInput("file") } : {},
    ...getInput("dest") ? { dest: getInput("dest") } : {},
    ...getInput("tag") ? { tag: getInput("tag") } : {},
    ...getInput("repo") ? { repo: getInput("repo") } : {},
    ...getInput("to") ? { to: getInput("to") } : {},
    ...getInput("from") ? { from: getInput("from") } : {},
    publish: booleanInput("publish"),
    ...token ? { token } : {},
    msi: readMsiInputs(),
    chart: readChartInputs(),
    image: readImageInputs()
  };
}
function readImageInputs() {
  let pick = (name) => getInput(name);
  return {
    ...pick("source") ? { source: pick("source") } : {},
    to: pick("to").split(/\s+/).filter(Boolean),
    ...pick("latest") ? { latest: pick("latest") } : {},
    ...pick("sha") ? { sha: pick("sha") } : {},
    ...pick("title") ? { title: pick("title") } : {},
    ...pick("licenses") ? { licenses: pick("licenses") } : {},
    insecure: booleanInput("insecure")
  };
}
function readChartInputs() {
  let pick = (...names) => names.map((n) => getInput(n)).find(Boolean), list = (name) => getInput(name).split(/\s+/).filter(Boolean), mode = getInput("mode") || "releases";
  if (mode !== "releases" && mode !== "packages-with-index") throw usageError(`input "mode" must be releases or packages-with-index, not "${mode}"`);
  let optional = { url: pick("url"), merge: pick("merge"), prune: pick("prune"), remote: pick("remote"), branch: pick("branch"), pagesPath: pick("pages-path", "pages_path"), releaseName: pick("release-name", "release_name"), oci: pick("oci"), release: pick("release") };
  return {
    paths: list("paths"),
    charts: list("charts"),
    mode,
    ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v)),
    force: booleanInput("force"),
    strict: booleanInput("strict")
  };
}
function readMsiInputs() {
  let toolchain = getInput("toolchain");
  if (toolchain && toolchain !== "wixl" && toolchain !== "wix") throw usageError(`input "toolchain" must be wixl or wix, not "${toolchain}"`);
  let certificate = getInput("certificate").replace(/\s+/g, ""), password = getInput("certificate-password") || getInput("certificate_password");
  certificate && setSecret(certificate), password && setSecret(password);
  let pick = (...names) => names.map((n) => getInput(n)).find(Boolean), sources = pick("sources"), acceptWixEula = pick("accept-wix-eula", "accept_wix_eula"), certificateFile = pick("certificate-file", "certificate_file"), timestampUrl = pick("timestamp-url", "timestamp_url"), signCa = pick("sign-ca", "sign_ca");
  return {
    ...sources ? { sources } : {},
    ...toolchain ? { toolchain } : {},
    ...acceptWixEula ? { acceptWixEula } : {},
    ...certificate ? { certificate } : {},
    ...certificateFile ? { certificateFile } : {},
    ...password ? { password } : {},
    ...timestampUrl ? { timestampUrl } : {},
    ...signCa ? { signCa } : {}
  };
}
function booleanInput(name) {
  let value = getInput(name).trim().toLowerCase();
  if (value === "" || value === "false") return !1;
  if (value === "true") return !0;
  throw usageError(`input "${name}" must be true or false, not "${value}"`);
}
function readToken() {
  let token = getInput("token") || process.env.GITHUB_TOKEN || "";
  if (token)
    return setSecret(token), token;
}

// src/action/main.ts
async function run(env = process.env) {
  let workspace = env.GITHUB_WORKSPACE ?? process.cwd(), cwd = workspace;
  try {
    for (let name of REGISTRY_SECRET_VARIABLES) env[name] && setSecret(env[name]);
    let inputs = readInputs();
    cwd = path.resolve(workspace, inputs.workingDirectory);
    let ctx = { cwd, env }, outcome = await dispatch(ctx, inputs);
    for (let [name, value] of Object.entries(outcome.outputs ?? {})) setOutput(name, value);
    setOutput("result", JSON.stringify(outcome.data)), outcome.text && info(outcome.text);
    for (let f of outcome.findings ?? []) annotate(f, ctx.cwd, workspace);
    inputs.summary && outcome.markdown && env.GITHUB_STEP_SUMMARY && await appendFile(env.GITHUB_STEP_SUMMARY, `${outcome.markdown}
`), outcome.exitCode !== 0 && setFailed(outcome.text.split(`
`)[0] ?? "failed");
  } catch (e) {
    if (e instanceof SlipwayError) {
      for (let d of e.diagnostics) annotate(d, cwd, workspace);
      setFailed(e.diagnostics.length === 1 ? formatDiagnostic(e.diagnostics[0]) : `${e.diagnostics.length} problems, see the annotations`);
    } else
      setFailed(`internal error: ${e instanceof Error ? e.message : String(e)}`);
  }
}
async function dispatch(ctx, i) {
  let config = i.config;
  switch (i.command) {
    case "validate":
      return (await import("./chunks/validate-BFLBCLJP.js")).validate(ctx, { config });
    case "plan":
      return (await import("./chunks/plan-26X23NND.js")).plan(ctx, { config, format: i.format, ...i.version ? { version: i.version } : {} });
    case "matrix":
      return (await import("./chunks/matrix-A5BXIODK.js")).matrix(ctx, { config, format: i.format });
    case "check":
      return (await import("./chunks/check-SFGTFJBS.js")).check(ctx, { config, installed: i.installed });
    case "list":
      return (await import("./chunks/list-TWTYITVO.js")).list(ctx, { config });
    case "show":
      if (!i.component) throw new SlipwayError({ code: "usage", message: 'command "show" needs the input "component"' }, 2);
      return (await import("./chunks/list-TWTYITVO.js")).show(ctx, { config, component: i.component });
    case "bundle":
      return (await import("./chunks/bundle-HSRAI2W5.js")).bundle(ctx, { config, out: i.dir, ...i.version ? { version: i.version } : {}, bundles: i.bundles, formats: i.bundleFormats, replace: i.replace, dryRun: i.dryRun });
    case "verify":
      return (await import("./chunks/verify-QYBYOQT7.js")).verify(ctx, { dir: i.dir });
    case "extract":
      if (!i.file || !i.dest) throw new SlipwayError({ code: "usage", message: 'command "extract" needs the inputs "file" and "dest"' }, 2);
      return (await import("./chunks/extract-7T52LXBY.js")).extract(ctx, { file: i.file, dest: i.dest });
    case "publish":
      return (await import("./chunks/publish-2XMOHRHI.js")).publish(ctx, {
        dir: i.dir,
        ...i.tag ? { tag: i.tag } : {},
        ...i.repo ? { repo: i.repo } : {},
        ...i.to ? { to: i.to } : {},
        ...i.token ? { token: i.token } : {},
        publish: i.publish,
        replace: i.replace,
        dryRun: i.dryRun,
        log: (m) => warning(m)
      });
    case "download":
      return (await import("./chunks/download-N2OOWMZQ.js")).download(ctx, {
        dest: i.dir,
        ...i.tag ? { tag: i.tag } : {},
        ...i.repo ? { repo: i.repo } : {},
        ...i.from ? { from: i.from } : {},
        ...i.token ? { token: i.token } : {},
        bundles: i.bundles,
        formats: i.bundleFormats,
        log: (m) => warning(m)
      });
    case "chart-lint":
      return (await import("./chunks/chart-WSNT52JE.js")).chartLint(ctx, { paths: i.chart.paths, strict: i.chart.strict });
    case "chart-package":
      return (await import("./chunks/chart-WSNT52JE.js")).chartPackage(ctx, { paths: i.chart.paths, ...i.chart.release ? { release: i.chart.release } : { out: i.dir } });
    case "chart-index":
      return (await import("./chunks/chart-WSNT52JE.js")).chartIndex(ctx, {
        dir: i.dir,
        ...i.chart.url ? { url: i.chart.url } : {},
        ...i.chart.merge ? { merge: i.chart.merge } : {},
        ...i.chart.prune ? { prune: i.chart.prune } : {},
        force: i.chart.force,
        dryRun: i.dryRun
      });
    case "chart-publish":
      return (await import("./chunks/chart-publish-S226CH6Q.js")).chartPublish(
        { ...ctx, env: { ...ctx.env, ...i.token ? { GITHUB_TOKEN: i.token } : {} } },
        {
          config: i.config,
          ...i.chart.charts.length ? { charts: i.chart.charts } : {},
          mode: i.chart.mode,
          ...i.chart.remote ? { remote: i.chart.remote } : {},
          ...i.chart.branch ? { branch: i.chart.branch } : {},
          ...i.chart.pagesPath ? { path: i.chart.pagesPath } : {},
          ...i.chart.url ? { url: i.chart.url } : {},
          ...i.chart.releaseName ? { releaseName: i.chart.releaseName } : {},
          out: i.dir,
          force: i.chart.force,
          dryRun: i.dryRun
        }
      );
    case "chart-push":
      if (!i.chart.oci) throw new SlipwayError({ code: "usage", message: 'command "chart-push" needs the input "oci" (oci://REGISTRY/NAMESPACE)' }, 2);
      return (await import("./chunks/chart-WSNT52JE.js")).chartPush(
        { ...ctx, env: { ...ctx.env, ...i.token ? { GITHUB_TOKEN: i.token } : {} } },
        { target: i.chart.oci, paths: i.chart.paths, config: i.config, out: i.dir, force: i.chart.force, dryRun: i.dryRun }
      );
    case "msi-generate":
      return (await import("./chunks/msi-ZKNL3VDX.js")).msiGenerate(ctx, msiOptions(i));
    case "msi-build": {
      let { withCertificate } = await import("./chunks/certificate-IV267J5W.js");
      return withCertificate(i.msi, ctx.env, async (pfx) => (await import("./chunks/msi-ZKNL3VDX.js")).msiBuild(ctx, {
        ...msiOptions(i),
        ...i.msi.sources ? { sources: i.msi.sources } : {},
        ...i.msi.toolchain ? { toolchain: i.msi.toolchain } : {},
        ...i.msi.acceptWixEula ? { acceptWixEula: i.msi.acceptWixEula } : {},
        signing: {
          ...pfx ? { pfx } : {},
          ...i.msi.password ? { password: i.msi.password } : {},
          ...i.msi.timestampUrl ? { timestampUrl: i.msi.timestampUrl } : {},
          ...i.msi.signCa ? { caFile: i.msi.signCa } : {}
        },
        ...i.replace ? { force: !0 } : {}
      }));
    }
    case "image-push": {
      if (!i.image.source || i.image.to.length !== 1) throw new SlipwayError({ code: "usage", message: 'command "image-push" needs the input "source" and one "to"' }, 2);
      return (await import("./chunks/image-LTUDRBCX.js")).imagePush(ctx, {
        source: i.image.source,
        to: i.image.to[0],
        ...i.version ? { version: i.version } : {},
        ...i.image.latest ? { latest: i.image.latest } : {},
        ...i.image.sha ? { sha: i.image.sha } : {},
        ...i.image.title ? { title: i.image.title } : {},
        ...i.image.licenses ? { licenses: i.image.licenses } : {},
        insecure: i.image.insecure,
        dryRun: i.dryRun,
        log: (line) => info(line)
      });
    }
    case "image-tags":
      if (!i.version) throw new SlipwayError({ code: "usage", message: 'command "image-tags" needs the input "version"' }, 2);
      return (await import("./chunks/image-LTUDRBCX.js")).imageTags(ctx, {
        version: i.version,
        ...i.image.latest ? { latest: i.image.latest } : {},
        ...i.image.sha ? { sha: i.image.sha } : {},
        ...i.image.to[0] ? { image: i.image.to[0] } : {},
        insecure: i.image.insecure
      });
    case "image-promote":
      if (!i.image.source || i.image.to.length === 0) throw new SlipwayError({ code: "usage", message: 'command "image-promote" needs the inputs "source" and "to"' }, 2);
      return (await import("./chunks/image-LTUDRBCX.js")).imagePromote(ctx, {
        source: i.image.source,
        to: i.image.to,
        ...i.version ? { version: i.version } : {},
        ...i.image.latest ? { latest: i.image.latest } : {},
        ...i.image.sha ? { sha: i.image.sha } : {},
        insecure: i.image.insecure,
        dryRun: i.dryRun,
        log: (line) => info(line)
      });
  }
}
function msiOptions(i) {
  return { config: i.config, out: i.dir, ...i.component ? { component: i.component } : {}, ...i.version ? { version: i.version } : {}, dryRun: i.dryRun };
}
function annotate(d, cwd, workspace) {
  let message = d.hint ? `${d.message} (hint: ${d.hint})` : d.message, file = d.location ? relativePosix(workspace, path.resolve(cwd, d.location.file)) : void 0;
  error(message, {
    title: `slipway: ${d.code}`,
    ...d.location ? { file, startLine: d.location.line, startColumn: d.location.col } : {}
  });
}

// src/action/entry.ts
await run();
