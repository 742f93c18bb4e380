import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  parseBundleFormats
} from "./chunk-V5CQS6BR.js";
import {
  verifyFile
} from "./chunk-ZUBO7ARF.js";
import {
  formatBytes
} from "./chunk-RNXMX5MA.js";
import {
  readManifestIfAny
} from "./chunk-C4N2KMQM.js";
import {
  CHECKSUMS_FILE,
  assetName,
  parseChecksums,
  parseManifest
} from "./chunk-3P36LFHI.js";
import "./chunk-HZ7PR44O.js";
import "./chunk-LIL3453G.js";
import {
  createGitHubClient,
  findRelease,
  gitHubFailure,
  githubToken,
  listAssets,
  parseRepository
} from "./chunk-VXAH2E5D.js";
import {
  withRetry
} from "./chunk-HHRIXH7Q.js";
import "./chunk-DQNMFZF5.js";
import "./chunk-EXQP4SLB.js";
import "./chunk-PAQ6QSQN.js";
import "./chunk-NKC4IVJI.js";
import "./chunk-WN3FHK2O.js";
import {
  MANIFEST_FILE
} from "./chunk-U53EGEPX.js";
import "./chunk-SPL353E6.js";
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

// src/commands/download.ts
import path3 from "node:path";

// src/bundle/download.ts
import { createWriteStream } from "node:fs";
import { mkdir, readFile, rename, rm, stat, truncate } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
async function downloadRelease(source, dest, options = {}) {
  await mkdir(dest, { recursive: !0 });
  let available = new Map((await source.list()).map((f) => [f.name, f.size]));
  for (let needed of [CHECKSUMS_FILE, MANIFEST_FILE])
    available.has(needed) || fail("download-not-a-release", `${source.label} has no ${needed}`, { hint: "only releases made by slipway (bundle, then publish) can be downloaded and verified" });
  let files = [], sumsFile = await fetchFile(source, CHECKSUMS_FILE, available.get(CHECKSUMS_FILE), dest, {}, void 0, options, files), sums = parseChecksums(await readFile(sumsFile, "utf8"), sumsFile), expectedOf = (name) => sums.find((s) => s.name === name)?.sha256, manifestFile = await fetchFile(source, MANIFEST_FILE, available.get(MANIFEST_FILE), dest, { sha256: expectedOf(MANIFEST_FILE) }, void 0, options, files), manifest = parseManifest(await readFile(manifestFile, "utf8"), manifestFile), wanted = manifest.artifacts;
  if (options.bundles?.length) {
    let names = manifest.artifacts.filter((a) => a.bundle).map((a) => a.bundle.name);
    for (let b of options.bundles) if (!names.includes(b)) throw usageError(`the release has no bundle "${b}"`, `its bundles: ${names.join(", ") || "(none)"}`);
    wanted = manifest.artifacts.filter((a) => a.bundle && options.bundles.includes(a.bundle.name));
  }
  if (options.formats?.length) {
    let formats = options.formats, kept = wanted.filter((a) => !a.bundle || formats.includes(a.bundle.format));
    for (let name of new Set(wanted.flatMap((a) => a.bundle ? [a.bundle.name] : []))) {
      if (kept.some((a) => a.bundle?.name === name)) continue;
      let has = wanted.filter((a) => a.bundle?.name === name).map((a) => a.bundle.format);
      throw usageError(`the release has bundle "${name}" as ${has.join(" and ")} only, not as ${formats.join(" or ")}`, `ask for --format ${has.join(",")}, or leave --format out`);
    }
    wanted = kept;
  }
  for (let a of wanted) {
    let asset = assetName(a.file);
    available.has(asset) || fail("download-missing", `${source.label} has no ${asset}, which manifest.yaml lists${asset === a.file ? "" : ` as ${a.file}`}`);
    let sha256 = expectedOf(a.file);
    sha256 !== a.sha256 && fail("download-lists-disagree", `${a.file}: ${CHECKSUMS_FILE} says ${sha256 ?? "(nothing)"}, ${MANIFEST_FILE} says ${a.sha256}`), await fetchFile(source, asset, available.get(asset), dest, { sha256: a.sha256, size: a.size }, a, options, files, a.file);
  }
  return { source: source.label, dest, release: manifest.release, files };
}
async function fetchFile(source, name, size, dest, expected, artifact, options, files, file = name) {
  let target = path.join(dest, file), partial = path.join(path.dirname(target), `.${name}.partial`);
  await mkdir(path.dirname(target), { recursive: !0 });
  let findings = [];
  if (await stat(target).then((s) => s.isFile(), () => !1)) {
    let present = await verifyFile(target, file, expected, artifact, findings);
    if (findings.length)
      throw new SlipwayError(findings.map((f) => ({ ...f, code: "download-exists", message: `${target} is already there and is not the release's file: ${f.message}`, hint: "remove it, or download into an empty folder" })));
    return files.push({ ...present, action: "present" }), target;
  }
  await withRetry(
    async () => {
      let have = await stat(partial).then((s) => s.size, () => 0);
      have > size && await truncate(partial, 0);
      let offset = have > size ? 0 : have;
      if (offset === size && size > 0) return;
      let { stream, from } = await source.open(name, offset);
      await pipeline(stream, createWriteStream(partial, { flags: from === 0 ? "w" : "a" }));
      let got = (await stat(partial)).size;
      if (got !== size) throw Object.assign(new Error(`${name}: ${got} of ${size} bytes arrived`), { code: "ECONNRESET" });
    },
    {
      ...options.retry ?? {},
      classify: options.classify ?? defaultClassify,
      onRetry: (e, attempt, wait) => options.log?.(`${name}: ${e.message}; resuming (attempt ${attempt + 1}) in ${Math.round(wait)} ms`)
    }
  ).catch(async (e) => {
    if (e instanceof SlipwayError) throw e;
    fail("download-failed", `${name} from ${source.label}: ${e.message}`, { hint: "run the download again: it resumes where it stopped" });
  });
  let checked = await verifyFile(partial, file, expected, artifact, findings);
  if (findings.length)
    throw await rm(partial, { force: !0 }), new SlipwayError(findings.map((f) => ({ ...f, code: "download-mismatch", message: f.message.replace(`.${name}.partial`, file), hint: "the file that arrived is not the one the release lists; nothing was kept" })));
  return await rename(partial, target), files.push({ ...checked, action: "downloaded" }), target;
}
function defaultClassify(error) {
  let status = error.status;
  return status === void 0 ? { retry: !(error instanceof SlipwayError) } : { retry: status >= 500 || status === 429 };
}

// src/bundle/folder-source.ts
import { createReadStream } from "node:fs";
import { readdir, stat as stat2 } from "node:fs/promises";
import path2 from "node:path";
async function folderSource(root, tag) {
  let candidates = tag ? [path2.join(root, tag), root] : [root], dir;
  for (let c of candidates)
    if (await stat2(path2.join(c, CHECKSUMS_FILE)).then((s) => s.isFile(), () => !1)) {
      dir = c;
      break;
    }
  dir || fail("download-source", `no release in ${candidates.join(" or ")} (no ${CHECKSUMS_FILE})`, { hint: "point --from at the folder made by slipway publish --to, or at a copy of a release folder" });
  let at = dir, nested = /* @__PURE__ */ new Map();
  async function nestedArtifacts(folder, top) {
    let manifest = await readManifestIfAny(folder).catch(() => {
    }), found = [];
    for (let a of manifest?.artifacts ?? []) {
      let name = assetName(a.file);
      if (name === a.file || top.has(name) || nested.has(name)) continue;
      let info = await stat2(path2.join(folder, a.file)).catch(() => {
      });
      info?.isFile() && (nested.set(name, a.file), found.push({ name, size: info.size }));
    }
    return found;
  }
  return {
    label: at,
    async list() {
      let names = (await readdir(at, { withFileTypes: !0 })).filter((e) => e.isFile() && !e.name.startsWith(".")).map((e) => e.name);
      return [...await Promise.all(names.map(async (name) => ({ name, size: (await stat2(path2.join(at, name))).size }))), ...await nestedArtifacts(at, new Set(names))];
    },
    async open(name, offset) {
      return { stream: createReadStream(path2.join(at, nested.get(name) ?? name), { start: offset, highWaterMark: 1 << 20 }), from: offset };
    }
  };
}

// src/github/asset-source.ts
import { Readable } from "node:stream";
var MAX_REDIRECTS = 5;
async function gitHubSource(client, repository, tag, token) {
  let label = `${repository.owner}/${repository.repo} ${tag}`, assets;
  try {
    let release = await findRelease(client, { ...repository, tag });
    release || fail("download-no-release", `${repository.owner}/${repository.repo} has no release ${tag}`, { hint: "check the tag; a draft is visible only with a token that can push" }), assets = await listAssets(client, repository, release.id);
  } catch (e) {
    throw gitHubFailure(client, `listing the assets of ${label}`, e);
  }
  let uploaded = assets.filter((a) => a.state === "uploaded");
  return {
    label,
    async list() {
      return uploaded.map((a) => ({ name: a.name, size: a.size }));
    },
    async open(name, offset) {
      let asset = uploaded.find((a) => a.name === name);
      asset || fail("download-missing", `${label} has no asset ${name}`);
      let url = new URL(asset.url), apiOrigin = url.origin;
      for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
        let headers = { accept: "application/octet-stream", "accept-encoding": "identity", "user-agent": "slipway" };
        token && url.origin === apiOrigin && (headers.authorization = `Bearer ${token}`), offset > 0 && (headers.range = `bytes=${offset}-`);
        let res = await fetch(url, { method: "GET", headers, redirect: "manual" }), location = res.headers.get("location");
        if (res.status >= 300 && res.status < 400 && location) {
          await res.body?.cancel(), url = new URL(location, url);
          continue;
        }
        let body = () => res.body ? Readable.fromWeb(res.body) : Readable.from([]);
        if (res.status === 200) return { stream: body(), from: 0 };
        if (res.status === 206) {
          let start = /^bytes (\d+)-/.exec(res.headers.get("content-range") ?? "");
          return start && Number(start[1]) === offset ? { stream: body(), from: offset } : (await res.body?.cancel(), fail("download-range", `${name}: the server answered a range that does not start at ${offset}`));
        }
        throw await res.body?.cancel(), Object.assign(new Error(`HTTP ${res.status}`), { status: res.status, response: { headers: Object.fromEntries(res.headers) } });
      }
      return fail("download-redirects", `${name}: more than ${MAX_REDIRECTS} redirects`);
    }
  };
}

// src/commands/download.ts
async function download(ctx, options) {
  let dest = path3.resolve(ctx.cwd, options.dest), formats = options.formats?.length ? parseBundleFormats(options.formats) : void 0, source, classify;
  if (options.from)
    source = await folderSource(path3.resolve(ctx.cwd, options.from), options.tag);
  else {
    if (!options.tag) throw usageError("--tag is required to download from GitHub", "for example --tag v1.4.0");
    let repository = options.repo ?? ctx.env.GITHUB_REPOSITORY, target = parseRepository(repository);
    if (!target) throw usageError(repository ? `--repo "${repository}" is not OWNER/NAME` : "no repository to download from", "pass --repo OWNER/NAME");
    let token = options.token ?? githubToken(ctx.env) ?? "", client = createGitHubClient({ token, baseUrl: options.apiUrl ?? ctx.env.GITHUB_API_URL ?? "https://api.github.com", ...options.log ? { log: options.log } : {} });
    source = await gitHubSource(client, target, options.tag, token), classify = client.classify;
  }
  let data = await downloadRelease(source, dest, {
    ...options.bundles?.length ? { bundles: options.bundles } : {},
    ...formats ? { formats } : {},
    ...classify ? { classify } : {},
    ...options.log ? { log: options.log } : {}
  }), text = [
    `${data.release.name} ${data.release.version} from ${data.source}: ${data.files.length} files verified in ${dest}`,
    ...data.files.map((f) => `  ${f.action.padEnd(10)}  ${f.file}  ${formatBytes(f.size ?? 0)}${f.inside !== void 0 ? `  (${f.inside} files inside)` : ""}`)
  ].join(`
`), markdown = `### Downloaded ${data.release.name} ${data.release.version}

${markdownTable(
    ["File", "Size", "sha256", ""],
    data.files.map((f) => [`\`${f.file}\``, formatBytes(f.size ?? 0), `\`${f.sha256}\``, f.action])
  )}
`;
  return {
    data,
    text,
    markdown,
    outputs: {
      dir: dest,
      manifest: path3.join(dest, "manifest.yaml"),
      digests: JSON.stringify(Object.fromEntries(data.files.map((f) => [f.file, `sha256:${f.sha256}`])))
    },
    exitCode: 0
  };
}
export {
  download
};
