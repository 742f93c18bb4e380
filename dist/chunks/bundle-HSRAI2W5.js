import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  inFormat,
  parseBundleFormats
} from "./chunk-V5CQS6BR.js";
import {
  buildBundles,
  bundleSpecs,
  previewBundle
} from "./chunk-LMXS3X74.js";
import {
  formatBytes
} from "./chunk-RNXMX5MA.js";
import {
  addToRelease
} from "./chunk-C4N2KMQM.js";
import {
  CHECKSUMS_FILE
} from "./chunk-3P36LFHI.js";
import "./chunk-HZ7PR44O.js";
import "./chunk-LIL3453G.js";
import "./chunk-DQNMFZF5.js";
import {
  sourceDate,
  sourceRevision
} from "./chunk-RBVZJQFP.js";
import "./chunk-FWC4Y6K3.js";
import "./chunk-NKC4IVJI.js";
import {
  MANIFEST_FILE
} from "./chunk-U53EGEPX.js";
import "./chunk-SPL353E6.js";
import {
  buildPlan
} from "./chunk-GCJU2542.js";
import {
  resolveVersion
} from "./chunk-PNVU3JKM.js";
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
  SlipwayError,
  usageError
} from "./chunk-BOOLIPAW.js";
import "./chunk-CY3FJDSN.js";

// src/commands/bundle.ts
import path from "node:path";

// src/release/resolve-plan.ts
async function loadPlan(ctx, config, version) {
  let matrix = await loadConfig(ctx, config), resolved = await resolveVersion(matrix.release, { ...version !== void 0 ? { override: version } : {}, env: ctx.env, cwd: matrix.root });
  if (!resolved.ok) throw new SlipwayError(resolved.errors, resolved.errors.some((e) => e.code === "usage") ? 2 : 1);
  return { matrix, plan: buildPlan(matrix, resolved.value, ctx.cwd) };
}

// src/commands/bundle.ts
async function bundle(ctx, options) {
  let { matrix, plan } = await loadPlan(ctx, options.config, options.version), jobs = plan.jobs.bundle.filter((j) => !options.bundles?.length || options.bundles.includes(j.bundle));
  for (let wanted of options.bundles ?? [])
    if (!plan.jobs.bundle.some((j) => j.bundle === wanted))
      throw usageError(`there is no bundle "${wanted}"`, `bundles of ${matrix.file}: ${plan.jobs.bundle.map((j) => j.bundle).join(", ") || "(none)"}`);
  if (options.level !== void 0 && !(Number.isInteger(options.level) && options.level >= 1 && options.level <= 9))
    throw usageError(`--level must be a whole number from 1 to 9, not ${options.level}`);
  let formats = parseBundleFormats(options.formats ?? []), specs = bundleSpecs(matrix, jobs).flatMap((spec) => formats.map((f) => inFormat(spec, f))), revision = await sourceRevision(matrix.root, ctx.env), mtime = sourceDate(ctx.env, revision), out = path.resolve(ctx.cwd, options.out), release = { name: plan.release.name, version: plan.release.version, tag: plan.release.tag }, base = {
    dryRun: !!options.dryRun,
    release,
    out,
    mtime: mtime.toISOString(),
    manifest: path.join(out, MANIFEST_FILE),
    checksums: path.join(out, CHECKSUMS_FILE)
  };
  if (options.dryRun) {
    let rows2 = [];
    for (let spec of specs) {
      let entries = await previewBundle(spec);
      rows2.push({ bundle: spec.name, file: spec.file, format: spec.format ?? "tar.gz", files: entries.filter((e) => e.type !== "dir").length });
    }
    let data2 = { ...base, bundles: rows2 }, text2 = [`would build into ${out} (entries dated ${data2.mtime}):`, ...rows2.map((r) => `  ${r.file}  ${r.files} files`)].join(`
`);
    return { data: data2, text: text2, exitCode: 0 };
  }
  let built = await buildBundles(specs, out, { mtime, ...options.level !== void 0 ? { level: options.level } : {}, replace: !!options.replace });
  await addToRelease(
    out,
    release,
    built.map((b) => ({ file: b.spec.file, kind: "bundle", size: b.size, sha256: b.sha256, bundle: b.details })),
    {
      source: { ...revision.commit ? { commit: revision.commit } : {}, ...matrix.targets.github?.repository ? { repository: matrix.targets.github.repository } : {} },
      replace: !!options.replace
    }
  );
  let rows = built.map((b) => ({ bundle: b.spec.name, file: b.spec.file, format: b.details.format, size: b.size, sha256: b.sha256, ...b.tarSha256 ? { tarSha256: b.tarSha256 } : {}, files: b.files, placement: b.placement })), data = { ...base, bundles: rows }, text = [
    `${release.name} ${release.version}: ${rows.length} bundle${rows.length === 1 ? "" : "s"} in ${out}`,
    ...rows.map((r) => `  ${r.sha256}  ${r.file}  ${formatBytes(r.size)}  ${r.files} files${r.placement === "unchanged" ? "  (unchanged)" : ""}`),
    `  ${MANIFEST_FILE}, ${CHECKSUMS_FILE}`
  ].join(`
`), markdown = `### Bundles of ${release.name} ${release.version}

${markdownTable(
    ["Bundle", "File", "Size", "Files", "sha256"],
    rows.map((r) => [r.bundle, `\`${r.file}\``, formatBytes(r.size), String(r.files), `\`${r.sha256}\``])
  )}
`, outputs = {
    dir: out,
    manifest: data.manifest,
    checksums: data.checksums,
    digests: JSON.stringify(Object.fromEntries(rows.map((r) => [r.file, `sha256:${r.sha256}`]))),
    files: JSON.stringify(rows.map((r) => path.join(out, r.file)))
  };
  return { data, text, markdown, outputs, exitCode: 0 };
}
export {
  bundle
};
