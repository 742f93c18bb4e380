import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  verifyFile
} from "./chunk-3BUOJ7RD.js";
import {
  CHECKSUMS_FILE,
  parseChecksums,
  parseManifest
} from "./chunk-55RSJUX2.js";
import "./chunk-LIL3453G.js";
import {
  require_undici
} from "./chunk-IOQK52G7.js";
import {
  formatBytes
} from "./chunk-RNXMX5MA.js";
import {
  createGitHubClient,
  gitHubFailure
} from "./chunk-GYGJQWMB.js";
import {
  withRetry
} from "./chunk-HHRIXH7Q.js";
import "./chunk-EXQP4SLB.js";
import "./chunk-P6QYYILW.js";
import {
  MANIFEST_FILE
} from "./chunk-U53EGEPX.js";
import "./chunk-HBE2M2W2.js";
import "./chunk-UFWFU7NT.js";
import "./chunk-3MZS7FM4.js";
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
import {
  __toESM
} from "./chunk-CY3FJDSN.js";

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
  for (let a of wanted) {
    available.has(a.file) || fail("download-missing", `${source.label} has no ${a.file}, which manifest.yaml lists`);
    let sha256 = expectedOf(a.file);
    sha256 !== a.sha256 && fail("download-lists-disagree", `${a.file}: ${CHECKSUMS_FILE} says ${sha256 ?? "(nothing)"}, ${MANIFEST_FILE} says ${a.sha256}`), await fetchFile(source, a.file, available.get(a.file), dest, { sha256: a.sha256, size: a.size }, a, options, files);
  }
  return { source: source.label, dest, release: manifest.release, files };
}
async function fetchFile(source, name, size, dest, expected, artifact, options, files) {
  let target = path.join(dest, name), partial = path.join(dest, `.${name}.partial`), findings = [];
  if (await stat(target).then((s) => s.isFile(), () => !1)) {
    let present = await verifyFile(target, name, expected, artifact, findings);
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
  let checked = await verifyFile(partial, name, expected, artifact, findings);
  if (findings.length)
    throw await rm(partial, { force: !0 }), new SlipwayError(findings.map((f) => ({ ...f, code: "download-mismatch", message: f.message.replace(`.${name}.partial`, name), hint: "the file that arrived is not the one the release lists; nothing was kept" })));
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
  let at = dir;
  return {
    label: at,
    async list() {
      let names = (await readdir(at, { withFileTypes: !0 })).filter((e) => e.isFile() && !e.name.startsWith(".")).map((e) => e.name);
      return Promise.all(names.map(async (name) => ({ name, size: (await stat2(path2.join(at, name))).size })));
    },
    async open(name, offset) {
      return { stream: createReadStream(path2.join(at, name), { start: offset, highWaterMark: 1 << 20 }), from: offset };
    }
  };
}

// src/github/asset-source.ts
var import_undici = __toESM(require_undici(), 1);
var MAX_REDIRECTS = 5;
async function gitHubSource(client, repository, tag, token) {
  let label = `${repository.owner}/${repository.repo} ${tag}`, assets;
  try {
    let releaseId;
    for await (let page of client.octokit.paginate.iterator(client.octokit.rest.repos.listReleases, { ...repository, per_page: 100 })) {
      let found = page.data.find((r) => r.tag_name === tag);
      if (found) {
        releaseId = found.id;
        break;
      }
    }
    releaseId === void 0 && fail("download-no-release", `${repository.owner}/${repository.repo} has no release ${tag}`, { hint: "check the tag; a draft is visible only with a token that can push" }), assets = await client.octokit.paginate(client.octokit.rest.repos.listReleaseAssets, { ...repository, release_id: releaseId, per_page: 100 });
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
        let headers = { accept: "application/octet-stream", "user-agent": "slipway" };
        token && url.origin === apiOrigin && (headers.authorization = `Bearer ${token}`), offset > 0 && (headers.range = `bytes=${offset}-`);
        let res = await (0, import_undici.request)(url, { method: "GET", headers });
        if (res.statusCode >= 300 && res.statusCode < 400 && res.headers.location) {
          await res.body.dump(), url = new URL(String(res.headers.location), url);
          continue;
        }
        if (res.statusCode === 200) return { stream: res.body, from: 0 };
        if (res.statusCode === 206) {
          let start = /^bytes (\d+)-/.exec(String(res.headers["content-range"] ?? ""));
          return start && Number(start[1]) === offset ? { stream: res.body, from: offset } : (res.body.destroy(), fail("download-range", `${name}: the server answered a range that does not start at ${offset}`));
        }
        throw await res.body.dump(), Object.assign(new Error(`HTTP ${res.statusCode}`), { status: res.statusCode, response: { headers: flatten(res.headers) } });
      }
      return fail("download-redirects", `${name}: more than ${MAX_REDIRECTS} redirects`);
    }
  };
}
function flatten(headers) {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(", ") : v]));
}

// src/commands/download.ts
async function download(ctx, options) {
  let dest = path3.resolve(ctx.cwd, options.dest), source, classify;
  if (options.from)
    source = await folderSource(path3.resolve(ctx.cwd, options.from), options.tag);
  else {
    if (!options.tag) throw usageError("--tag is required to download from GitHub", "for example --tag v1.4.0");
    let repository = options.repo ?? ctx.env.GITHUB_REPOSITORY, m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(repository ?? "");
    if (!m) throw usageError(repository ? `--repo "${repository}" is not OWNER/NAME` : "no repository to download from", "pass --repo OWNER/NAME");
    let token = options.token ?? ctx.env.GITHUB_TOKEN ?? ctx.env.GH_TOKEN ?? "", client = createGitHubClient({ token, baseUrl: options.apiUrl ?? ctx.env.GITHUB_API_URL ?? "https://api.github.com", ...options.log ? { log: options.log } : {} });
    source = await gitHubSource(client, { owner: m[1], repo: m[2] }, options.tag, token), classify = client.classify;
  }
  let data = await downloadRelease(source, dest, {
    ...options.bundles?.length ? { bundles: options.bundles } : {},
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
