import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  createGitHubClient,
  githubToken,
  parseRepository,
  publishReleaseAssets
} from "./chunk-VXAH2E5D.js";
import {
  addPackages,
  emptyIndex,
  indexChunks,
  joinRepoUrl,
  packageChart,
  packageName,
  parseIndex
} from "./chunk-V6MBP5IV.js";
import {
  withRetry
} from "./chunk-HHRIXH7Q.js";
import "./chunk-DQNMFZF5.js";
import {
  simpleGit,
  sourceDate,
  sourceRevision
} from "./chunk-RBVZJQFP.js";
import "./chunk-FWC4Y6K3.js";
import "./chunk-JC7XQCB7.js";
import {
  Redactor
} from "./chunk-EXQP4SLB.js";
import "./chunk-SPL353E6.js";
import {
  loadConfig
} from "./chunk-MBOEK4S7.js";
import "./chunk-T2LXPFR4.js";
import "./chunk-7QDAYDVG.js";
import "./chunk-ZOQLPXWR.js";
import {
  SlipwayError,
  fail,
  usageError
} from "./chunk-BOOLIPAW.js";
import "./chunk-CY3FJDSN.js";

// src/commands/chart-publish.ts
import { stat } from "node:fs/promises";
import path3 from "node:path";

// src/helm/publish.ts
import { createWriteStream } from "node:fs";
import { copyFile, mkdir, readFile } from "node:fs/promises";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import path2 from "node:path";

// src/git/pages-branch.ts
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
var DEFAULT_AUTHOR = { name: "slipway", email: "slipway@users.noreply.github.com" }, REJECTED = /\[rejected\]|non-fast-forward|fetch first|failed to push some refs|cannot lock ref|failed to update ref|remote rejected|incorrect old value|stale info/i, PASSED_ENV = ["PATH", "HOME", "USER", "LANG", "LC_ALL", "TMPDIR", "SYSTEMROOT", "HTTP_PROXY", "HTTPS_PROXY", "NO_PROXY", "http_proxy", "https_proxy", "no_proxy", "GIT_SSL_CAINFO", "SSL_CERT_FILE"], PushRejected = class extends Error {
};
function redact(text, token) {
  if (!token) return text;
  let redactor = new Redactor();
  return redactor.addBasic("x-access-token", token), redactor.redact(text);
}
function gitFor(dir, remote) {
  let config = remote.token ? [`http.extraHeader=AUTHORIZATION: basic ${Buffer.from(`x-access-token:${remote.token}`).toString("base64")}`] : [], env = { GIT_TERMINAL_PROMPT: "0" };
  for (let key of PASSED_ENV) process.env[key] !== void 0 && (env[key] = process.env[key]);
  return simpleGit({ baseDir: dir, config }).env(env);
}
async function updateBranch(remote, update, options = {}) {
  let dir = await mkdtemp(path.join(os.tmpdir(), "slipway-pages-")), author = remote.author ?? DEFAULT_AUTHOR, attempts = 0;
  try {
    let git = gitFor(dir, remote);
    return await git.init(), await git.addRemote("origin", remote.url), await withRetry(
      async () => {
        attempts++;
        let exists = await fetchBranch(git, remote.branch);
        exists ? await git.raw(["checkout", "-q", "-B", remote.branch, `refs/remotes/origin/${remote.branch}`]) : (await git.raw(["checkout", "-q", "--orphan", `slipway-new-${attempts}`]), await git.raw(["rm", "-rfq", "--ignore-unmatch", "."]), await git.raw(["clean", "-fdxq"])), await git.raw(["reset", "-q", "--hard"]).catch(() => {
        }), await git.raw(["clean", "-fdxq"]);
        let changed = await update.apply(dir);
        await git.raw(["add", "-A"]);
        let status = await git.raw(["status", "--porcelain"]);
        if (!changed || status.trim() === "") return { created: !1, attempts };
        await git.raw(["-c", `user.name=${author.name}`, "-c", `user.email=${author.email}`, "commit", "-q", "--no-verify", "-m", update.message]);
        let commit = (await git.raw(["rev-parse", "HEAD"])).trim();
        try {
          await git.raw(["push", "--porcelain", "origin", `HEAD:refs/heads/${remote.branch}`]);
        } catch (e) {
          let text = e instanceof Error ? e.message : String(e);
          throw REJECTED.test(text) ? new PushRejected(redact(text, remote.token)) : e;
        }
        return { commit, created: !exists, attempts };
      },
      {
        attempts: options.attempts ?? 8,
        baseMs: 200,
        maxMs: 3e3,
        classify: (e) => ({ retry: e instanceof PushRejected }),
        ...options.onRetry ? { onRetry: (_e, attempt, wait) => options.onRetry(attempt, wait) } : {},
        ...options.sleep ? { sleep: options.sleep } : {}
      }
    );
  } catch (e) {
    if (e instanceof SlipwayError) throw e;
    let text = redact(e instanceof Error ? e.message : String(e), remote.token).trim().split(`
`).filter(Boolean).slice(-3).join(" / "), rejected = e instanceof PushRejected;
    throw new SlipwayError({
      code: rejected ? "pages-push-rejected" : "pages-git",
      message: rejected ? `could not push ${remote.branch} after ${attempts} attempts: others kept pushing first (${text})` : `git failed while updating ${remote.branch} of ${redact(remote.url, remote.token)}: ${text}`,
      hint: rejected ? "run the publish again; use a concurrency group so releases of the same repository queue" : "check the remote URL, that the branch may be pushed to, and the token"
    });
  } finally {
    await rm(dir, { recursive: !0, force: !0 });
  }
}
async function fetchBranch(git, branch) {
  return (await git.raw(["ls-remote", "--heads", "origin", `refs/heads/${branch}`])).trim() === "" ? !1 : (await git.raw(["fetch", "-q", "--depth=1", "--no-tags", "origin", `+refs/heads/${branch}:refs/remotes/origin/${branch}`]), !0);
}
async function readBranchFile(remote, file) {
  let dir = await mkdtemp(path.join(os.tmpdir(), "slipway-pages-read-"));
  try {
    let git = gitFor(dir, remote);
    if (await git.init(), await git.addRemote("origin", remote.url), !await fetchBranch(git, remote.branch)) return { exists: !1 };
    try {
      return { exists: !0, text: await git.raw(["show", `refs/remotes/origin/${remote.branch}:${file}`]) };
    } catch {
      return { exists: !0 };
    }
  } catch (e) {
    let text = redact(e instanceof Error ? e.message : String(e), remote.token).trim().split(`
`).filter(Boolean).slice(-2).join(" / ");
    throw new SlipwayError({ code: "pages-git", message: `could not read ${remote.branch} of ${redact(remote.url, remote.token)}: ${text}`, hint: "check the remote URL and the token" });
  } finally {
    await rm(dir, { recursive: !0, force: !0 });
  }
}

// src/helm/publish.ts
var indexFileOf = (settings) => path2.posix.join(settings.indexPath || ".", "index.yaml");
function releaseTag(template, name, version) {
  return template.replaceAll("{name}", name).replaceAll("{version}", version);
}
async function planPublish(charts, settings) {
  let packages = [], problems = [];
  for (let c of charts) {
    let p = await packageChart(c.dir, settings.outDir, { shown: c.shown, mtime: settings.mtime });
    c.declared && c.declared.version !== p.version && problems.push({
      code: "chart-version-mismatch",
      message: `chart ${p.name} is version ${p.version} in ${p.chart.chartYaml}, but ${c.declared.version} here`,
      ...c.declared.location ? { location: c.declared.location } : {},
      hint: "make the two versions agree"
    }), packages.push(p);
  }
  if (problems.length > 0) throw new SlipwayError(problems);
  let indexFile = indexFileOf(settings), shownIndex = `${settings.remote.branch}:${indexFile}`, current = await readBranchFile(settings.remote, indexFile), index = current.text !== void 0 ? parseIndex(current.text, shownIndex).index : emptyIndex(), conflicts = [], items = packages.map((p) => {
    let existing = index.entries.get(p.name)?.find((e) => e.version === p.version), base = { name: p.name, version: p.version, package: p.file, sha256: p.sha256, ...settings.mode === "releases" ? { tag: releaseTag(settings.releaseName, p.name, p.version) } : {} };
    return existing ? existing.digest === p.sha256 ? { ...base, action: "skip", reason: "unchanged since it was published", ...existing.urls?.[0] ? { url: existing.urls[0] } : {} } : settings.force ? { ...base, action: "replace", reason: "changed, replaced as --force asks" } : (conflicts.push({
      code: "chart-version-published",
      message: `${p.name} ${p.version} is already published with digest ${existing.digest ?? "(none)"} in ${shownIndex}, and the chart now packages to ${p.sha256}: a published version is immutable`,
      location: { file: p.chart.chartYaml, line: p.chart.loaded.where.version?.line ?? 1, col: p.chart.loaded.where.version?.col ?? 1 },
      hint: "bump the chart version, or pass --force to replace the published package"
    }), { ...base, action: "skip", reason: "conflict" }) : { ...base, action: "publish", reason: "not in the index yet" };
  });
  if (conflicts.length > 0) throw new SlipwayError(conflicts);
  return {
    plan: { mode: settings.mode, remote: redact(settings.remote.url, settings.remote.token), branch: settings.remote.branch, index: indexFile, items },
    packages
  };
}
async function publishCharts(charts, settings) {
  let { plan, packages } = await planPublish(charts, settings), todo = plan.items.filter((i) => i.action !== "skip");
  if (todo.length === 0) return { ...plan, branchCreated: !1, attempts: 0 };
  let records = [];
  for (let item of todo) {
    let pkg = packages.find((p) => p.file === item.package);
    if (settings.mode === "releases") {
      if (!settings.releases) throw new SlipwayError({ code: "chart-publish", message: "releases mode needs a GitHub repository and token", hint: "set targets.github.repository and GITHUB_TOKEN, or use --mode packages-with-index" });
      let r = await settings.releases.publish({ tag: item.tag, file: pkg.file, name: packageName(pkg.name, pkg.version), sha256: pkg.sha256 });
      item.url = r.url;
    } else
      item.url = joinRepoUrl(settings.pagesUrl, packageName(pkg.name, pkg.version));
    records.push({ metadata: pkg.chart.metadata, sha256: pkg.sha256, url: item.url, file: pkg.file });
  }
  let indexFile = indexFileOf(settings), names = todo.map((i) => `${i.name} ${i.version}`).join(", "), result = await updateBranch(settings.remote, {
    message: `Publish ${names}`,
    apply: async (worktree) => {
      let target = path2.join(worktree, indexFile), text;
      try {
        text = await readFile(target, "utf8");
      } catch {
        text = void 0;
      }
      let index = (text !== void 0 ? parseIndex(text, `${settings.remote.branch}:${indexFile}`) : void 0)?.index ?? emptyIndex(), change = addPackages(index, records, { now: settings.now, force: settings.force });
      if (change.conflicts.length > 0) throw new SlipwayError(change.conflicts);
      if (change.added.length + change.replaced.length === 0) return !1;
      if (await mkdir(path2.dirname(target), { recursive: !0 }), settings.mode === "packages-with-index")
        for (let r of records) await copyFile(r.file, path2.join(path2.dirname(target), path2.basename(r.file)));
      return await pipeline(Readable.from(indexChunks(index)), createWriteStream(target)), !0;
    }
  });
  return { ...plan, ...result.commit ? { commit: result.commit } : {}, branchCreated: result.created, attempts: result.attempts };
}

// src/commands/chart-publish.ts
function sendsTokenTo(url) {
  try {
    let u = new URL(url);
    return u.protocol === "https:" || u.protocol === "http:" && ["127.0.0.1", "localhost", "[::1]"].includes(u.hostname);
  } catch {
    return !1;
  }
}
async function chartPublish(ctx, options) {
  let matrix = await loadConfig(ctx, options.config), mode = options.mode ?? "releases", charts = matrix.components.filter((c) => c.kind === "chart" && c.source && (!options.charts?.length || options.charts.includes(c.name)));
  for (let name of options.charts ?? []) if (!charts.some((c) => c.name === name)) throw usageError(`no chart component "${name}" with a source in ${matrix.file}`);
  if (charts.length === 0) throw usageError(`${matrix.file} declares no chart component with a source`);
  let pages = matrix.targets.pages, repository = matrix.targets.github?.repository ?? ctx.env.GITHUB_REPOSITORY, server = ctx.env.GITHUB_SERVER_URL ?? "https://github.com", remoteUrl = options.remote ?? (repository ? `${server}/${repository}.git` : void 0);
  if (!remoteUrl) throw usageError("no remote for the Pages branch", "pass --remote URL, or set targets.github.repository in compatibility.yaml");
  let pagesUrl = options.url ?? pages?.url ?? "";
  if (mode === "packages-with-index" && !pagesUrl) throw usageError("packages-with-index needs the URL the Pages site serves", "pass --url, or set targets.pages.url");
  let token = githubToken(ctx.env), remote = {
    url: path3.isAbsolute(remoteUrl) || /^[a-z][a-z0-9+.-]*:/i.test(remoteUrl) ? remoteUrl : path3.resolve(ctx.cwd, remoteUrl),
    branch: options.branch ?? pages?.branch ?? "gh-pages",
    ...token && sendsTokenTo(remoteUrl) ? { token } : {}
  }, sources = charts.map((c) => ({
    dir: c.source,
    shown: path3.relative(ctx.cwd, c.source) || ".",
    declared: { version: c.version, location: c.versionLocation }
  })), settings = {
    mode,
    remote,
    indexPath: options.path ?? pages?.path ?? ".",
    pagesUrl,
    releaseName: options.releaseName ?? "{name}-{version}",
    outDir: path3.resolve(ctx.cwd, options.out ?? ".slipway/charts"),
    mtime: sourceDate(ctx.env, await sourceRevision(matrix.root, ctx.env)),
    force: !!options.force,
    now: /* @__PURE__ */ new Date(),
    ...options.releases ? { releases: options.releases } : mode === "releases" && repository ? { releases: githubReleases(ctx, repository, token) } : {}
  }, result = options.dryRun ? { ...(await planPublish(sources, settings)).plan, branchCreated: !1, attempts: 0 } : await publishCharts(sources, settings);
  return render(result, !!options.dryRun);
}
function githubReleases(ctx, repository, token) {
  let target = parseRepository(repository);
  if (!target) throw usageError(`"${repository}" is not OWNER/NAME`, "set targets.github.repository in compatibility.yaml");
  let { owner, repo } = target, server = (ctx.env.GITHUB_SERVER_URL ?? "https://github.com").replace(/\/$/, ""), client;
  return {
    async publish(asset) {
      token || fail("github-token", "no GitHub token to publish chart packages to releases with", { hint: "set GITHUB_TOKEN (in a workflow: env: GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}, with permissions: contents: write)" }), client ??= createGitHubClient({ token, baseUrl: ctx.env.GITHUB_API_URL ?? "https://api.github.com" });
      let { size } = await stat(asset.file), result = await publishReleaseAssets(
        client,
        { owner, repo, tag: asset.tag, name: asset.tag },
        [{ name: asset.name, path: asset.file, sha256: asset.sha256, size, contentType: "application/gzip" }],
        { publish: !0 }
      );
      return {
        url: `${server}/${owner}/${repo}/releases/download/${encodeURIComponent(asset.tag)}/${encodeURIComponent(asset.name)}`,
        uploaded: result.steps.some((s) => s.action !== "skip")
      };
    }
  };
}
function render(result, dryRun) {
  let verb = (i) => i.action === "skip" ? "skipped" : dryRun ? i.action === "replace" ? "would replace" : "would publish" : i.action === "replace" ? "replaced" : "published", lines = result.items.map((i) => `${verb(i)} ${i.name} ${i.version} (${i.reason})${i.url && i.action !== "skip" ? `: ${i.url}` : ""}`);
  result.commit ? lines.push(`pushed ${result.commit.slice(0, 12)} to ${result.branch}${result.branchCreated ? " (created)" : ""}${result.attempts > 1 ? ` after ${result.attempts} attempts` : ""}`) : dryRun || lines.push(`${result.branch} unchanged`);
  let published = result.items.filter((i) => i.action !== "skip"), skipped = result.items.filter((i) => i.action === "skip"), markdown = [
    `### Helm charts ${dryRun ? "(dry run)" : ""}`.trim(),
    "",
    "| chart | version | result | package |",
    "|---|---|---|---|",
    ...result.items.map((i) => `| ${i.name} | ${i.version} | ${verb(i)} | ${i.url ? `[${path3.basename(i.package)}](${i.url})` : path3.basename(i.package)} |`),
    "",
    result.commit ? `Index updated on \`${result.branch}\` (${result.commit.slice(0, 12)}).` : `Index on \`${result.branch}\` unchanged.`,
    ""
  ].join(`
`);
  return {
    data: result,
    text: lines.join(`
`),
    markdown,
    outputs: {
      published: JSON.stringify(published.map((i) => ({ name: i.name, version: i.version, url: i.url ?? "" }))),
      skipped: JSON.stringify(skipped.map((i) => ({ name: i.name, version: i.version }))),
      changed: String(!!result.commit),
      packages: JSON.stringify(result.items.map((i) => i.package))
    },
    exitCode: 0
  };
}
export {
  chartPublish
};
