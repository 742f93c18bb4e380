import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  isPrerelease,
  strictVersion
} from "./chunk-MBOEK4S7.js";
import {
  require_semver
} from "./chunk-T2LXPFR4.js";
import {
  __toESM
} from "./chunk-CY3FJDSN.js";

// src/release/version.ts
var import_semver = __toESM(require_semver(), 1);
import { execFile } from "node:child_process";
import { promisify } from "node:util";

// src/github/release-event.ts
import { readFile } from "node:fs/promises";
async function readReleaseEvent(eventPath) {
  let payload;
  try {
    payload = JSON.parse(await readFile(eventPath, "utf8"));
  } catch (e) {
    return invalid(`${eventPath}: the event payload cannot be read as JSON (${e.message.split(`
`)[0]})`);
  }
  return parseReleaseEvent(payload, eventPath);
}
function parseReleaseEvent(payload, origin = "event payload") {
  if (!isRecord(payload) || !isRecord(payload.release))
    return invalid(`${origin}: not a release event (no "release" object)`, "run this on: release, or pass --version");
  let r = payload.release;
  return typeof r.tag_name != "string" || r.tag_name === "" ? invalid(`${origin}: release.tag_name is missing`) : typeof r.prerelease != "boolean" || typeof r.draft != "boolean" ? invalid(`${origin}: release.prerelease and release.draft must be booleans`) : {
    ok: !0,
    value: {
      action: typeof payload.action == "string" ? payload.action : "unknown",
      tagName: r.tag_name,
      prerelease: r.prerelease,
      draft: r.draft,
      ...typeof r.name == "string" ? { name: r.name } : {},
      ...typeof r.html_url == "string" ? { htmlUrl: r.html_url } : {}
    }
  };
}
function isRecord(v) {
  return typeof v == "object" && v !== null && !Array.isArray(v);
}
function invalid(message, hint) {
  return { ok: !1, errors: [{ code: "bad-event", message, ...hint ? { hint } : {} }] };
}

// src/release/version.ts
var run = promisify(execFile);
async function resolveVersion(release, ctx) {
  let prefix = release.tagPrefix, found = await findVersion(release, ctx);
  if (!found.ok) return found;
  let v = found.value;
  if (release.version !== "tag" && v.source !== "config" && v.source !== "option" && v.version !== release.version)
    return fail(`the release tag ${v.tag} says ${v.version}, but compatibility.yaml says release.version ${release.version}`, {
      hint: 'set release.version to "tag" to take the version from the tag, or tag the release with the version of the file',
      location: release.versionLocation
    });
  return v.tag || (v.tag = `${prefix}${v.version}`), found;
  async function findVersion(r, c) {
    if (c.override !== void 0) {
      let version = strictVersion(c.override.startsWith(prefix) && prefix ? c.override.slice(prefix.length) : c.override);
      return version ? ok(version, "option", !1) : fail(`--version "${c.override}" is not a SemVer version`, { hint: "for example 1.4.0 or 2.0.0-rc.1", usage: !0 });
    }
    let eventPath = c.env.GITHUB_EVENT_PATH;
    if (c.env.GITHUB_EVENT_NAME === "release" && eventPath) {
      let event = await readReleaseEvent(eventPath);
      if (!event.ok) return event;
      let version = versionFromTag(event.value.tagName, prefix);
      return version.ok ? { ok: !0, value: { version: version.value, tag: event.value.tagName, prerelease: event.value.prerelease || isPrerelease(version.value), draft: event.value.draft, source: "release-event" } } : version;
    }
    let ref = c.env.GITHUB_REF;
    if (ref?.startsWith("refs/tags/")) {
      let tag = ref.slice(10), version = versionFromTag(tag, prefix);
      return version.ok ? { ok: !0, value: { version: version.value, tag, prerelease: isPrerelease(version.value), draft: !1, source: "tag-ref" } } : version;
    }
    return r.version !== "tag" ? ok(r.version, "config", !1) : fromGit(prefix, c.cwd);
  }
}
function versionFromTag(tag, prefix) {
  let rest = prefix && tag.startsWith(prefix) ? tag.slice(prefix.length) : tag, version = strictVersion(rest);
  return version ? { ok: !0, value: version } : fail(`the tag "${tag}" is not a version`, {
    hint: `release tags look like ${prefix}1.2.3 or ${prefix}1.2.3-rc.1${prefix ? ` (release.tagPrefix is "${prefix}")` : ""}`
  });
}
async function fromGit(prefix, cwd) {
  let described;
  try {
    let { stdout } = await run("git", ["describe", "--tags", "--long", "--match", `${prefix}[0-9]*`], { cwd });
    described = stdout.trim();
  } catch {
    return fail('release.version is "tag", but there is no release event, no pushed tag and no version tag in git', {
      hint: "pass --version 1.2.3, or tag the commit (git tag v1.2.3)"
    });
  }
  let match = /^(.*)-(\d+)-g([0-9a-f]+)$/.exec(described);
  if (!match) return fail(`git describe gave "${described}", which Slipway cannot read`);
  let [, tag, count, sha] = match, version = versionFromTag(tag, prefix);
  if (!version.ok) return version;
  if (count === "0") return ok(version.value, "git-tag", isPrerelease(version.value), tag);
  let dev = `${isPrerelease(version.value) ? version.value : import_semver.default.inc(version.value, "patch")}${isPrerelease(version.value) ? "." : "-"}dev.${count}+g${sha}`;
  return ok(dev, "git-describe", !0);
}
function ok(version, source, prerelease, tag = "") {
  return { ok: !0, value: { version, tag, prerelease: prerelease || isPrerelease(version), draft: !1, source } };
}
function fail(message, extra = {}) {
  return {
    ok: !1,
    errors: [{
      code: extra.usage ? "usage" : "bad-version",
      message,
      ...extra.hint ? { hint: extra.hint } : {},
      ...extra.location ? { location: extra.location } : {}
    }]
  };
}

export {
  resolveVersion
};
