import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  NO_RETRY,
  gitHubFailure
} from "./chunk-GYGJQWMB.js";
import {
  withRetry
} from "./chunk-HHRIXH7Q.js";
import {
  SlipwayError,
  fail
} from "./chunk-BOOLIPAW.js";

// src/github/release-assets.ts
import { createReadStream } from "node:fs";
var PER_PAGE = 100;
async function publishReleaseAssets(client, target, files, options = {}) {
  let repository = `${target.owner}/${target.repo}`, names = /* @__PURE__ */ new Set();
  for (let f of files)
    names.has(f.name) && fail("publish-duplicate", `two files would become the asset "${f.name}"`), names.add(f.name);
  let existing = await call(client, `listing the releases of ${repository}`, () => findRelease(client, target)), assets = existing ? await call(client, `listing the assets of ${target.tag}`, () => listAssets(client, target, existing.id)) : [], steps = planAssets(files, assets, existing, options, repository), release = {
    ...existing ? { id: existing.id, url: existing.html_url } : {},
    tag: target.tag,
    draft: existing ? existing.draft : !0,
    immutable: !!existing?.immutable,
    created: !existing,
    published: !1
  }, changes = steps.filter((s) => s.action !== "skip");
  if (existing && !existing.draft && existing.immutable && changes.length > 0 && fail("publish-immutable", `the release ${target.tag} of ${repository} is published and immutable: its assets can no longer be added, replaced or deleted (${changes.map((s) => s.name).join(", ")} would change)`, {
    hint: "with immutable releases, publish assets to a draft first (slipway publish without --publish), then publish the draft; for a change, make a new release with a new tag"
  }), options.dryRun) return { repository, dryRun: !0, release, steps };
  let rel = existing ?? await call(client, `creating the draft release ${target.tag}`, () => createDraft(client, target));
  release.id = rel.id, release.url = rel.html_url;
  let byName = new Map(assets.map((a) => [a.name, a]));
  for (let step of steps) {
    if (step.action === "skip") continue;
    let file = files.find((f) => f.name === step.name);
    if (step.action === "replace") {
      let old = byName.get(step.name);
      await call(client, `deleting the old ${step.name}`, () => client.octokit.rest.repos.deleteReleaseAsset({ owner: target.owner, repo: target.repo, asset_id: old.id }));
    }
    await uploadAsset(client, target, rel, file);
  }
  let after = await call(client, `listing the assets of ${target.tag}`, () => listAssets(client, target, rel.id)), problems = [];
  for (let f of files) {
    let found = after.filter((a) => a.name === f.name);
    found.length !== 1 ? problems.push(`${f.name}: ${found.length} assets of that name`) : found[0].state !== "uploaded" ? problems.push(`${f.name}: state ${found[0].state}`) : found[0].digest && found[0].digest !== `sha256:${f.sha256}` && problems.push(`${f.name}: GitHub reports ${found[0].digest}, the file is sha256:${f.sha256}`);
  }
  if (problems.length)
    throw new SlipwayError(problems.map((p) => ({ code: "publish-digest", message: `after the upload to ${repository} ${target.tag}: ${p}`, hint: "run the publish again: it replaces nothing that is right" })));
  return options.publish && rel.draft && (await call(
    client,
    `publishing the release ${target.tag}`,
    () => client.octokit.rest.repos.updateRelease({ owner: target.owner, repo: target.repo, release_id: rel.id, draft: !1 })
  ), release.draft = !1, release.published = !0), { repository, dryRun: !1, release, steps };
}
function planAssets(files, assets, release, options, repository) {
  return files.map((f) => {
    let base = { name: f.name, sha256: f.sha256, size: f.size }, there = assets.find((a) => a.name === f.name && a.state === "uploaded");
    if (!there) return { ...base, action: "upload", reason: "new" };
    if (there.digest === `sha256:${f.sha256}`) return { ...base, action: "skip", reason: "same digest" };
    let theirs = there.digest ?? "no digest";
    return release.draft || fail("publish-changed", `${f.name} is already on the published release ${release.tag_name} of ${repository} with ${theirs}; the local file is sha256:${f.sha256}`, {
      hint: "a published asset is never replaced: build the same bytes again (same sources, same SOURCE_DATE_EPOCH) or make a new release"
    }), options.replace || fail("publish-changed", `${f.name} is already on the draft ${release.tag_name} of ${repository} with ${theirs}; the local file is sha256:${f.sha256}`, {
      hint: "pass --replace to replace it on the draft"
    }), { ...base, action: "replace", reason: `different digest (${theirs}), draft, --replace` };
  });
}
async function findRelease(client, target) {
  let found = [];
  for await (let page of client.octokit.paginate.iterator(client.octokit.rest.repos.listReleases, { owner: target.owner, repo: target.repo, per_page: PER_PAGE }))
    for (let r of page.data) r.tag_name === target.tag && found.push(r);
  return found.find((r) => !r.draft) ?? found.sort((a, b) => a.id - b.id)[0];
}
async function listAssets(client, target, releaseId) {
  return await client.octokit.paginate(client.octokit.rest.repos.listReleaseAssets, { owner: target.owner, repo: target.repo, release_id: releaseId, per_page: PER_PAGE });
}
async function createDraft(client, target) {
  let { data } = await client.octokit.rest.repos.createRelease({
    owner: target.owner,
    repo: target.repo,
    tag_name: target.tag,
    name: target.name ?? target.tag,
    ...target.body ? { body: target.body } : {},
    ...target.targetCommitish ? { target_commitish: target.targetCommitish } : {},
    prerelease: !!target.prerelease,
    draft: !0
  });
  return data;
}
async function uploadAsset(client, target, release, file) {
  await withRetry(
    async (attempt) => {
      if (attempt > 1) {
        let leftovers = (await listAssets(client, target, release.id)).filter((a) => a.name === file.name);
        for (let a of leftovers) {
          if (a.state === "uploaded" && a.digest === `sha256:${file.sha256}`) return;
          await client.octokit.rest.repos.deleteReleaseAsset({ owner: target.owner, repo: target.repo, asset_id: a.id });
        }
      }
      let stream = createReadStream(file.path, { highWaterMark: 1 << 20 });
      try {
        await client.octokit.request({
          method: "POST",
          url: release.upload_url,
          name: file.name,
          data: stream,
          headers: { "content-type": file.contentType ?? contentTypeOf(file.name), "content-length": file.size },
          request: NO_RETRY
        });
      } finally {
        stream.destroy();
      }
    },
    {
      ...client.retryOptions,
      classify: (e) => {
        let x = e;
        return x.status === 422 && (x.response?.data?.errors ?? []).some((d) => d.code === "already_exists") ? { retry: !0 } : client.classify(e);
      },
      onRetry: (e, attempt, wait) => client.log(`uploading ${file.name}: ${e.status ? `HTTP ${e.status}` : e.message}; attempt ${attempt + 1} in ${Math.round(wait)} ms`)
    }
  ).catch((e) => {
    throw gitHubFailure(client, `uploading ${file.name} to ${target.owner}/${target.repo} ${target.tag}`, e);
  });
}
async function call(client, doing, work) {
  try {
    return await work();
  } catch (e) {
    throw gitHubFailure(client, doing, e);
  }
}
function contentTypeOf(name) {
  return name.endsWith(".tar.gz") || name.endsWith(".tgz") ? "application/gzip" : name.endsWith(".zip") ? "application/zip" : name.endsWith(".yaml") || name.endsWith(".yml") ? "application/yaml" : name.endsWith(".msi") ? "application/x-msi" : name === "SHA256SUMS" || name.endsWith(".txt") ? "text/plain" : "application/octet-stream";
}

export {
  publishReleaseAssets
};
