import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  verifyRelease
} from "./chunk-ZUBO7ARF.js";
import {
  formatBytes
} from "./chunk-RNXMX5MA.js";
import {
  readManifestIfAny
} from "./chunk-C4N2KMQM.js";
import {
  CHECKSUMS_FILE,
  assetName
} from "./chunk-3P36LFHI.js";
import "./chunk-HZ7PR44O.js";
import "./chunk-LIL3453G.js";
import {
  createGitHubClient,
  githubToken,
  parseRepository,
  publishReleaseAssets
} from "./chunk-VXAH2E5D.js";
import "./chunk-HHRIXH7Q.js";
import {
  writeArtifact
} from "./chunk-DQNMFZF5.js";
import "./chunk-EXQP4SLB.js";
import "./chunk-PAQ6QSQN.js";
import "./chunk-NKC4IVJI.js";
import "./chunk-WN3FHK2O.js";
import {
  MANIFEST_FILE
} from "./chunk-U53EGEPX.js";
import {
  HashingStream,
  hashFile
} from "./chunk-SPL353E6.js";
import {
  markdownTable
} from "./chunk-UX674S34.js";
import "./chunk-7QDAYDVG.js";
import "./chunk-ZOQLPXWR.js";
import {
  SlipwayError,
  fail,
  usageError
} from "./chunk-BOOLIPAW.js";
import "./chunk-CY3FJDSN.js";

// src/commands/publish.ts
import path2 from "node:path";

// src/bundle/local-release.ts
import { createReadStream, createWriteStream } from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream/promises";
async function publishToFolder(root, tag, files, options = {}) {
  (!tag || tag.includes("/") || tag.includes("\\") || tag === "." || tag === "..") && fail("publish-tag", `"${tag}" cannot name a release folder`);
  let dir = path.join(root, tag), steps = [];
  for (let f of files) {
    let target = path.join(dir, f.name), base = { name: f.name, sha256: f.sha256, size: f.size };
    if (options.dryRun) {
      steps.push({ ...base, action: "upload", reason: "dry run" });
      continue;
    }
    let { placement } = await writeArtifact(
      target,
      async (temporary) => {
        let meter = new HashingStream();
        await pipeline(createReadStream(f.path), meter, createWriteStream(temporary));
        let d = meter.digest();
        return d.sha256 !== f.sha256 && fail("publish-changed-source", `${f.path} changed while it was copied (sha256 ${d.sha256}, expected ${f.sha256})`), d.sha256;
      },
      {
        replace: !!options.replace,
        onConflict: (existing) => fail("publish-changed", `${target} already exists with sha256 ${existing}; the local file is ${f.sha256}`, { hint: "a released file is never silently replaced: pass --replace, or use a new tag" })
      }
    );
    steps.push({ ...base, action: placement === "unchanged" ? "skip" : placement === "replaced" ? "replace" : "upload", reason: placement === "unchanged" ? "same digest" : placement === "replaced" ? "different digest, --replace" : "new" });
  }
  return { dir, steps };
}

// src/commands/publish.ts
async function publish(ctx, options) {
  let dir = path2.resolve(ctx.cwd, options.dir), manifest = await readManifestIfAny(dir);
  manifest || fail("publish-no-manifest", `${dir} has no ${MANIFEST_FILE}`, { hint: "build it first with slipway bundle --out DIR" });
  let tag = options.tag ?? manifest.release.tag;
  if (!tag) throw usageError("no tag to publish to", "pass --tag");
  let report = await verifyRelease(dir);
  if (report.findings.length) throw new SlipwayError(report.findings.map((f) => ({ ...f, hint: f.hint ?? "rebuild the release folder before publishing" })));
  let files = report.files.map((f) => ({ name: assetName(f.file), path: path2.join(dir, f.file), sha256: f.sha256, size: f.size })), names = /* @__PURE__ */ new Set();
  for (let f of files)
    names.has(f.name) && fail("release-artifact-name", `${MANIFEST_FILE} lists two files that would both be the release asset ${f.name}`, { location: { file: path2.join(dir, MANIFEST_FILE), line: 1, col: 1 }, hint: "give one of them another file name" }), names.add(f.name);
  let sums = await hashFile(path2.join(dir, CHECKSUMS_FILE));
  files.push({ name: CHECKSUMS_FILE, path: path2.join(dir, CHECKSUMS_FILE), sha256: sums.sha256, size: sums.size });
  let data;
  if (options.to) {
    let root = path2.resolve(ctx.cwd, options.to), local = await publishToFolder(root, tag, files, { replace: !!options.replace, dryRun: !!options.dryRun });
    data = { target: local.dir, tag, dryRun: !!options.dryRun, steps: local.steps };
  } else {
    let repository = options.repo ?? ctx.env.GITHUB_REPOSITORY ?? manifest.source?.repository, target = parseRepository(repository);
    if (!target) throw usageError(repository ? `--repo "${repository}" is not OWNER/NAME` : "no repository to publish to", "pass --repo OWNER/NAME (in a workflow GITHUB_REPOSITORY is used)");
    let token = options.token ?? githubToken(ctx.env) ?? "";
    token || fail("github-token", "no GitHub token to publish with", { hint: "set GITHUB_TOKEN (in a workflow: env: GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}, with permissions: contents: write)" });
    let client = createGitHubClient({
      token,
      baseUrl: options.apiUrl ?? ctx.env.GITHUB_API_URL ?? "https://api.github.com",
      ...options.log ? { log: options.log } : {}
    }), result = await publishReleaseAssets(
      client,
      {
        owner: target.owner,
        repo: target.repo,
        tag,
        name: `${manifest.release.name} ${manifest.release.version}`,
        prerelease: manifest.release.version.includes("-"),
        ...manifest.source?.commit ? { targetCommitish: manifest.source.commit } : {}
      },
      files,
      { publish: !!options.publish, replace: !!options.replace, dryRun: !!options.dryRun }
    );
    data = { target: `${result.repository}@${tag}`, tag, dryRun: result.dryRun, release: result.release, steps: result.steps };
  }
  return publishOutcome(data);
}
function publishOutcome(data) {
  let verb = { upload: data.dryRun ? "would upload" : "uploaded", replace: data.dryRun ? "would replace" : "replaced", skip: "unchanged" }, state = data.release ? data.release.draft ? " (draft)" : data.release.published ? " (published now)" : " (published)" : "", text = [
    `${data.target}${state}: ${data.steps.filter((s) => s.action !== "skip").length} to change, ${data.steps.filter((s) => s.action === "skip").length} unchanged`,
    ...data.steps.map((s) => `  ${verb[s.action].padEnd(13)} ${s.name}  ${formatBytes(s.size)}  sha256:${s.sha256}`)
  ].join(`
`), markdown = `### Release assets: ${data.target}${state}

${markdownTable(
    ["Asset", "Size", "sha256", ""],
    data.steps.map((s) => [`\`${s.name}\``, formatBytes(s.size), `\`${s.sha256}\``, verb[s.action]])
  )}
`;
  return {
    data,
    text,
    markdown,
    outputs: {
      target: data.target,
      ...data.release?.url ? { "release-url": data.release.url } : {},
      ...data.release?.id !== void 0 ? { "release-id": String(data.release.id) } : {},
      digests: JSON.stringify(Object.fromEntries(data.steps.map((s) => [s.name, `sha256:${s.sha256}`])))
    },
    exitCode: 0
  };
}
export {
  publish
};
