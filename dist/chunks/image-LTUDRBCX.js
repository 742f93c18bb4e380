import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  badImageSource,
  parseManifest
} from "./chunk-BBHBIEGJ.js";
import {
  formatBytes
} from "./chunk-RNXMX5MA.js";
import {
  RegistryClient,
  formatReference,
  parseReference,
  registryCredentials,
  registryDiagnostic,
  repositoryScope
} from "./chunk-7O4AAP2I.js";
import {
  isIndexType,
  isManifestType
} from "./chunk-JOJZGV5P.js";
import {
  forEachBounded
} from "./chunk-HZ7PR44O.js";
import "./chunk-HHRIXH7Q.js";
import {
  sourceDateEpoch
} from "./chunk-FWC4Y6K3.js";
import {
  registryRedactor
} from "./chunk-7EZM7GVT.js";
import "./chunk-EXQP4SLB.js";
import {
  sha256Hex
} from "./chunk-SPL353E6.js";
import {
  markdownTable
} from "./chunk-UX674S34.js";
import {
  require_semver
} from "./chunk-T2LXPFR4.js";
import {
  SlipwayError,
  usageError
} from "./chunk-BOOLIPAW.js";
import {
  __toESM
} from "./chunk-CY3FJDSN.js";

// src/oci/annotations.ts
var ANNOTATION = {
  source: "org.opencontainers.image.source",
  revision: "org.opencontainers.image.revision",
  version: "org.opencontainers.image.version",
  created: "org.opencontainers.image.created",
  licenses: "org.opencontainers.image.licenses",
  title: "org.opencontainers.image.title"
};
function releaseAnnotations(inputs, env) {
  let out = {}, source = inputs.source ?? (env.GITHUB_REPOSITORY ? `${env.GITHUB_SERVER_URL ?? "https://github.com"}/${env.GITHUB_REPOSITORY}` : void 0), revision = inputs.revision ?? env.GITHUB_SHA, created = sourceDateEpoch(env);
  return source && (out[ANNOTATION.source] = source), revision && (out[ANNOTATION.revision] = revision), inputs.version && (out[ANNOTATION.version] = inputs.version), created && (out[ANNOTATION.created] = created.toISOString().replace(/\.000Z$/, "Z")), inputs.licenses && (out[ANNOTATION.licenses] = inputs.licenses), inputs.title && (out[ANNOTATION.title] = inputs.title), { ...out, ...inputs.extra };
}

// src/oci/graph.ts
var MAX_DEPTH = 4;
async function walkGraph(root, read) {
  let manifests = [], blobs = /* @__PURE__ */ new Map(), seen = /* @__PURE__ */ new Set(), visit = async (d, depth) => {
    let bytes = await read(d.digest), digest = `sha256:${sha256Hex(bytes)}`;
    if (digest !== d.digest) throw new Error(`manifest ${d.digest} has the digest ${digest}: the source is damaged`);
    let doc = parseManifest(bytes, `manifest ${d.digest}`), mediaType = doc.mediaType ?? d.mediaType, node = { digest, mediaType, bytes, ...d.platform ? { platform: `${d.platform.os}/${d.platform.architecture}${d.platform.variant ? `/${d.platform.variant}` : ""}` } : {} };
    if (isIndexType(mediaType) || doc.manifests) {
      if (depth >= MAX_DEPTH) throw new Error(`manifest ${d.digest}: indexes nested deeper than ${MAX_DEPTH}`);
      for (let child of doc.manifests ?? [])
        seen.has(child.digest) || (seen.add(child.digest), isIndexType(child.mediaType) || isManifestType(child.mediaType) ? await visit(child, depth + 1) : blobs.set(child.digest, child));
    } else
      for (let b of [...doc.config ? [doc.config] : [], ...doc.layers ?? []]) blobs.set(b.digest, b);
    return manifests.push(node), node;
  };
  return { root: await visit(root, 0), manifests, blobs: [...blobs.values()] };
}
function annotateRoot(graph, annotations) {
  if (Object.keys(annotations).length === 0 || !graph.root.mediaType.startsWith("application/vnd.oci.")) return graph;
  let doc = JSON.parse(graph.root.bytes.toString("utf8")), existing = doc.annotations && typeof doc.annotations == "object" ? doc.annotations : {};
  doc.annotations = { ...existing, ...annotations };
  let bytes = Buffer.from(JSON.stringify(doc)), root = { ...graph.root, bytes, digest: `sha256:${sha256Hex(bytes)}` };
  return { root, manifests: [...graph.manifests.slice(0, -1), root], blobs: graph.blobs };
}
function graphSize(graph) {
  return graph.blobs.reduce((n, b) => n + b.size, 0) + graph.manifests.reduce((n, m) => n + m.bytes.length, 0);
}

// src/oci/tags.ts
var import_semver = __toESM(require_semver(), 1);
var LATEST_MODES = ["auto", "always", "never"];
function computeTags(options) {
  let raw = options.version.replace(/^v(?=\d)/, ""), parsed = import_semver.default.parse(raw);
  if (!parsed) throw usageError(`"${options.version}" is not a SemVer version`, "for example 1.4.0, 2.0.0-rc.1 or v1.4.0");
  let version = parsed.version, mode = options.latest ?? "auto", decisions = [], held = [];
  options.sha !== void 0 && decisions.push({ tag: shaTag(options.sha), reason: "commit" }), decisions.push({ tag: version, reason: "version" });
  let stable = parsed.prerelease.length === 0, released = (options.existing ?? []).flatMap((t) => {
    let v = import_semver.default.valid(t);
    return v && import_semver.default.prerelease(v) === null && t === v ? [v] : [];
  }), highest = (range) => released.filter(range).every((v) => import_semver.default.lte(v, version));
  if (stable) {
    let minor = `${parsed.major}.${parsed.minor}`, major = `${parsed.major}`;
    highest((v) => import_semver.default.major(v) === parsed.major && import_semver.default.minor(v) === parsed.minor) ? decisions.push({ tag: minor, reason: "highest of its minor line" }) : held.push({ tag: minor, reason: `a higher ${minor}.x is already released` }), highest((v) => import_semver.default.major(v) === parsed.major) ? decisions.push({ tag: major, reason: "highest of its major line" }) : held.push({ tag: major, reason: `a higher ${major}.x is already released` });
  } else
    held.push({ tag: `${parsed.major}.${parsed.minor}`, reason: "a prerelease gets its full version only" });
  return mode === "always" ? decisions.push({ tag: "latest", reason: "latest: always" }) : mode === "never" ? held.push({ tag: "latest", reason: "latest: never" }) : stable ? highest(() => !0) ? decisions.push({ tag: "latest", reason: "highest stable version" }) : held.push({ tag: "latest", reason: `a higher version is released (${import_semver.default.rsort([...released])[0]})` }) : held.push({ tag: "latest", reason: "a prerelease never takes latest" }), { version, tags: decisions.map((d) => d.tag), decisions, held };
}
function shaTag(sha) {
  if (!/^[0-9a-f]{7,64}$/i.test(sha)) throw usageError(`"${sha}" is not a commit id`, "give the full or short hexadecimal commit, e.g. $GITHUB_SHA");
  return `sha-${sha.toLowerCase().slice(0, 7)}`;
}
async function planTags(named, options, existing) {
  if (options.version) {
    let plan = computeTags({ version: options.version, latest: options.latest ?? "auto", ...options.sha ? { sha: options.sha } : {}, existing: existing ? await existing() : [] });
    return { tags: orderTags([...named, ...plan.tags]), held: plan.held };
  }
  return { tags: options.sha ? orderTags([...named, shaTag(options.sha)]) : named, held: [] };
}
function readsExisting(options) {
  return !options.dryRun || (options.latest ?? "auto") === "auto";
}
function orderTags(tags) {
  let unique = [...new Set(tags)];
  return [...unique.filter((t) => t !== "latest"), ...unique.filter((t) => t === "latest")];
}
function parseLatestMode(text) {
  let value = text ?? "auto";
  if (!LATEST_MODES.includes(value)) throw usageError(`--latest must be auto, always or never, not "${value}"`);
  return value;
}

// src/oci/transfer.ts
var MOUNT_CONCURRENCY = 16;
async function transferGraph(client, repository, graph, tags, options) {
  let report = { blobs: { existing: 0, mounted: 0, uploaded: 0 }, bytesUploaded: 0, manifestsPut: 0, tagsPut: [], tagsUnchanged: [] }, rootDigest = graph.root.digest, [rootSeen, tagsSeen] = await Promise.all([
    // Mounting is as cheap as looking, and settles a blob that is already there as well: no need to ask for the digest.
    options.mountFrom === void 0 ? client.headManifest(repository, rootDigest) : void 0,
    options.tagsSeen ?? Promise.all(tags.map((tag) => client.headManifest(repository, tag)))
  ]), pointsAtRoot = tagsSeen.map((seen) => seen?.digest === rootDigest), graphStored = !!rootSeen || pointsAtRoot.some(Boolean);
  if (graphStored)
    report.blobs.existing = graph.blobs.length;
  else {
    let missing = graph.blobs, sessions = /* @__PURE__ */ new Map();
    if (options.mountFrom !== void 0) {
      let from = options.mountFrom;
      missing = [], await forEachBounded(graph.blobs, MOUNT_CONCURRENCY, async (blob) => {
        let mount = await client.mountBlob(repository, blob.digest, from);
        if (mount.mounted) {
          report.blobs.mounted++, options.log?.(`mounted ${blob.digest} from ${from}`);
          return;
        }
        mount.session && sessions.set(blob.digest, mount.session), missing.push(blob);
      });
    }
    await forEachBounded(missing, options.concurrency ?? 4, async (blob) => {
      if (options.mountFrom === void 0 && await client.hasBlob(repository, blob.digest)) {
        report.blobs.existing++;
        return;
      }
      await options.upload(blob, sessions.get(blob.digest)), report.blobs.uploaded++, report.bytesUploaded += blob.size, options.log?.(`uploaded ${blob.digest} (${blob.size} bytes)`);
    });
    for (let m of graph.manifests)
      m === graph.root && tags.length > 0 || m !== graph.root && await client.headManifest(repository, m.digest) || (await client.putManifest(repository, m.digest, m.bytes, m.mediaType), report.manifestsPut++);
  }
  for (let [i, tag] of tags.entries()) {
    if (pointsAtRoot[i]) {
      report.tagsUnchanged.push(tag);
      continue;
    }
    await client.putManifest(repository, tag, graph.root.bytes, graph.root.mediaType), !graphStored && report.tagsPut.length === 0 && report.manifestsPut++, report.tagsPut.push(tag), options.log?.(`tagged ${repository}:${tag}`);
  }
  return report;
}

// src/oci/promote.ts
async function promoteImage(options) {
  let src = parseReference(options.source, "the source"), reference = src.digest ?? src.tag;
  if (!reference) throw usageError(`the source "${options.source}" needs a tag or a digest`, "e.g. docker://ghcr.io/acme/api:sha-abc1234");
  if (options.to.length === 0) throw usageError("--to is missing", "e.g. --to docker://ghcr.io/acme/api:1.4.0");
  let destinations = groupDestinations(options.to.map((t) => parseReference(t, "--to"))), clients = /* @__PURE__ */ new Map(), clientFor = (registry, role) => {
    let key = `${role === "source" && !destinations.some((d) => d.registry === registry) ? "source" : "target"}|${registry}`, c = clients.get(key);
    if (!c) {
      let credentials = key.startsWith("source|") ? registryCredentials(registry, options.env, "source") : registryCredentials(registry, options.env, "target");
      c = new RegistryClient({ registry, credentials, insecure: options.insecure ?? !1, redactor: options.redactor, ...options.log ? { log: options.log } : {} }), clients.set(key, c);
    }
    return c;
  };
  try {
    let from = clientFor(src.registry, "source");
    if (!options.dryRun)
      for (let dest of destinations) {
        let to = clientFor(dest.registry, "target");
        to.expectScopes([repositoryScope(dest.repository, ["pull", "push"]), ...to === from ? [repositoryScope(src.repository, ["pull"])] : []]);
      }
    let plans = destinations.map((dest) => {
      let to = clientFor(dest.registry, "target"), tagging = destinationTags(to, dest, options), seen = options.dryRun ? void 0 : tagging.then(({ tags }) => Promise.all(tags.map((tag) => to.headManifest(dest.repository, tag))));
      return tagging.catch(() => {
      }), seen?.catch(() => {
      }), { dest, to, tagging, seen };
    }), top = await from.getManifest(src.repository, reference);
    if (src.digest && top.digest !== src.digest) throw usageError(`the source ${options.source} resolved to ${top.digest}`);
    let rootDescriptor = { mediaType: top.mediaType, digest: top.digest, size: top.bytes.length }, graph = await walkGraph(rootDescriptor, async (d) => d === top.digest ? top.bytes : (await from.getManifest(src.repository, d)).bytes), result = {
      source: formatReference(src),
      digest: graph.root.digest,
      mediaType: graph.root.mediaType,
      platforms: graph.manifests.flatMap((m) => m.platform ? [m.platform] : []),
      blobs: graph.blobs.length,
      size: graphSize(graph),
      dryRun: !!options.dryRun,
      targets: []
    };
    for (let { dest, to, tagging, seen } of plans) {
      let { tags, held } = await tagging, target = { image: `${dest.registry}/${dest.repository}`, tags, held };
      if (result.targets.push(target), !seen) continue;
      let mountFrom = dest.registry === src.registry && dest.repository !== src.repository ? src.repository : void 0;
      target.report = await transferGraph(to, dest.repository, graph, tags, {
        concurrency: options.concurrency ?? 4,
        tagsSeen: seen,
        ...mountFrom !== void 0 ? { mountFrom } : {},
        // Streamed from the source registry to the destination; a retry asks the source again.
        upload: (blob, session) => to.uploadBlob(dest.repository, blob, () => from.openBlob(src.repository, blob.digest), session),
        ...options.log ? { log: options.log } : {}
      });
    }
    return result;
  } finally {
    for (let c of clients.values()) await c.close();
  }
}
async function destinationTags(to, dest, options) {
  let planned = await planTags(dest.tags, options, readsExisting(options) ? () => to.listTags(dest.repository) : void 0);
  if (planned.tags.length === 0) throw usageError(`--to ${dest.registry}/${dest.repository} has no tag`, "add :TAG, or give --version to compute the tags");
  return planned;
}
function groupDestinations(refs) {
  let out = /* @__PURE__ */ new Map();
  for (let r of refs) {
    if (r.digest) throw usageError(`--to ${formatReference(r)} names a digest; a promotion keeps the source's digest and sets tags`);
    let key = `${r.registry}/${r.repository}`, entry = out.get(key) ?? { registry: r.registry, repository: r.repository, tags: [] };
    r.tag && entry.tags.push(r.tag), out.set(key, entry);
  }
  return [...out.values()].map((d) => ({ ...d, tags: orderTags(d.tags) }));
}

// src/oci/open-source.ts
import path2 from "node:path";

// src/oci/layout.ts
import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
var REF_NAME = "org.opencontainers.image.ref.name";
async function openLayout(dir, ref, label) {
  await readFile(path.join(dir, "oci-layout"), "utf8").catch(() => {
  }) === void 0 && badImageSource(`${label}: ${dir} is not an OCI image layout (no oci-layout file)`, "build with --output type=oci,tar=false,dest=DIR or buildah push IMAGE oci:DIR");
  let indexBytes = await readFile(path.join(dir, "index.json")).catch(() => badImageSource(`${label}: ${dir}/index.json is missing`)), entries;
  try {
    entries = parseManifest(indexBytes, `${dir}/index.json`).manifests ?? [];
  } catch (e) {
    badImageSource(`${label}: ${e.message}`);
  }
  let named = (d) => d.annotations?.[REF_NAME], root;
  ref ? (root = entries.find((d) => named(d) === ref || d.digest === ref), root || badImageSource(`${label}: the layout has no image named "${ref}"`, describeEntries(entries))) : entries.length === 1 ? root = entries[0] : badImageSource(`${label}: the layout holds ${entries.length} images; say which one`, `add :REF, one of: ${describeEntries(entries)}`);
  let blobPath = (digest) => {
    let [algorithm, hex] = digest.split(":");
    return path.join(dir, "blobs", algorithm, hex);
  };
  return {
    label,
    root,
    async readManifest(digest) {
      let bytes = await readFile(blobPath(digest)).catch(() => badImageSource(`${label}: blob ${digest} is missing from the layout`));
      return `sha256:${sha256Hex(bytes)}` !== digest && badImageSource(`${label}: blob ${digest} does not match its digest: the layout is damaged`), bytes;
    },
    openBlob(digest) {
      return createReadStream(blobPath(digest));
    },
    async close() {
    }
  };
}
function describeEntries(entries) {
  return entries.map((d) => d.annotations?.[REF_NAME] ?? d.digest).join(", ") || "the layout is empty";
}

// src/oci/open-source.ts
async function openImageSource(text, cwd) {
  if (text.startsWith("oci:")) {
    let [dir, ref] = pathAndRef(text.slice(4));
    if (!dir) throw usageError(`"${text}": the layout folder is missing`, "oci:DIR or oci:DIR:REF");
    return openLayout(path2.resolve(cwd, dir), ref || void 0, text);
  }
  if (text.startsWith("docker-archive:")) {
    let [file, ref] = pathAndRef(text.slice(15));
    if (!file) throw usageError(`"${text}": the archive file is missing`, "docker-archive:FILE or docker-archive:FILE:NAME:TAG");
    let { openDockerArchive } = await import("./docker-archive-EZQE7WUM.js");
    return openDockerArchive(path2.resolve(cwd, file), ref || void 0, text);
  }
  throw usageError(`"${text}" is not an image source Slipway reads`, "use oci:DIR[:REF] (an OCI layout) or docker-archive:FILE (docker save); to copy from a registry, use slipway image promote");
}
function pathAndRef(rest) {
  let colon = rest.indexOf(":");
  return colon >= 0 ? [rest.slice(0, colon), rest.slice(colon + 1)] : [rest, void 0];
}

// src/oci/push.ts
async function pushImage(options) {
  let target = parseReference(options.to, "--to");
  if (target.digest) throw usageError(`--to "${options.to}" names a digest; give a repository, optionally with a tag`);
  let source = await openImageSource(options.source, options.cwd), client = new RegistryClient({
    ...options.client,
    registry: target.registry,
    credentials: registryCredentials(target.registry, options.env, "target"),
    insecure: options.insecure ?? !1,
    redactor: options.redactor,
    ...options.log ? { log: options.log } : {}
  });
  options.dryRun || client.expectScopes([repositoryScope(target.repository, ["pull", "push"])]);
  try {
    let version = options.version ? computeTags({ version: options.version, latest: "never" }).version : void 0, annotations = releaseAnnotations({ ...options.annotations, ...version ? { version } : {} }, options.env), graph;
    try {
      graph = annotateRoot(await walkGraph(source.root, (d) => source.readManifest(d)), annotations);
    } catch (e) {
      throw e instanceof SlipwayError ? e : new SlipwayError({ code: "image-source", message: `${options.source}: ${e.message}` });
    }
    let { tags, held } = await planTags(target.tag ? [target.tag] : [], options, readsExisting(options) ? () => client.listTags(target.repository) : void 0);
    if (tags.length === 0) throw usageError("nothing to tag: give --version, --sha, or a tag in --to (REGISTRY/REPOSITORY:TAG)");
    let result = {
      source: options.source,
      image: `${target.registry}/${target.repository}`,
      digest: graph.root.digest,
      mediaType: graph.root.mediaType,
      platforms: graph.manifests.flatMap((m) => m.platform ? [m.platform] : []),
      tags,
      held,
      annotations,
      blobs: graph.blobs.length,
      size: graphSize(graph),
      dryRun: !!options.dryRun
    };
    return options.dryRun || (result.report = await transferGraph(client, target.repository, graph, tags, {
      concurrency: options.concurrency ?? 4,
      upload: (blob) => client.uploadBlob(target.repository, blob, () => source.openBlob(blob.digest)),
      ...options.log ? { log: options.log } : {}
    })), result;
  } finally {
    await source.close(), await client.close();
  }
}

// src/commands/image.ts
async function imagePush(ctx, o) {
  let redactor = registryRedactor(ctx.env), data = await pushImage({
    source: o.source,
    to: o.to,
    ...o.version ? { version: o.version } : {},
    latest: parseLatestMode(o.latest),
    ...o.sha ? { sha: o.sha } : {},
    annotations: {
      ...o.title ? { title: o.title } : {},
      ...o.licenses ? { licenses: o.licenses } : {},
      ...o.sourceUrl ? { source: o.sourceUrl } : {},
      ...o.revision ? { revision: o.revision } : {}
    },
    insecure: !!o.insecure,
    dryRun: !!o.dryRun,
    cwd: ctx.cwd,
    env: ctx.env,
    redactor,
    ...o.log ? { log: o.log } : {}
  }).catch((e) => {
    throw registryDiagnostic(e, redactor);
  }), lines = [
    `${data.dryRun ? "would push" : "pushed"} ${data.image}@${data.digest}${data.platforms.length ? ` (${data.platforms.join(", ")})` : ""}`,
    `tags: ${data.tags.join(", ")}`,
    ...data.held.map((h) => `not tagged ${h.tag}: ${h.reason}`),
    `size: ${formatBytes(data.size)} in ${data.blobs} blobs`,
    ...data.report ? [reportLine(data.report)] : []
  ];
  return {
    data,
    text: lines.join(`
`),
    markdown: summary([{ image: data.image, digest: data.digest, tags: data.tags, size: data.size, report: data.report }], data.dryRun),
    outputs: { image: data.image, digest: data.digest, tags: data.tags.join(","), "image-refs": data.tags.map((t) => `${data.image}:${t}`).join(`
`) },
    exitCode: 0
  };
}
async function imagePromote(ctx, o) {
  let redactor = registryRedactor(ctx.env), data = await promoteImage({
    source: o.source,
    to: o.to,
    ...o.version ? { version: o.version } : {},
    latest: parseLatestMode(o.latest),
    ...o.sha ? { sha: o.sha } : {},
    insecure: !!o.insecure,
    dryRun: !!o.dryRun,
    env: ctx.env,
    redactor,
    ...o.log ? { log: o.log } : {}
  }).catch((e) => {
    throw registryDiagnostic(e, redactor);
  }), lines = [`${data.dryRun ? "would promote" : "promoted"} ${data.source} (${data.digest})`];
  for (let t of data.targets) {
    lines.push(`  to ${t.image}: ${t.tags.join(", ")}`);
    for (let h of t.held) lines.push(`    not tagged ${h.tag}: ${h.reason}`);
    t.report && lines.push(`    ${reportLine(t.report)}`);
  }
  return {
    data,
    text: lines.join(`
`),
    markdown: summary(data.targets.map((t) => ({ image: t.image, digest: data.digest, tags: t.tags, size: data.size, report: t.report })), data.dryRun),
    outputs: { digest: data.digest, tags: [...new Set(data.targets.flatMap((t) => t.tags))].join(","), "image-refs": data.targets.flatMap((t) => t.tags.map((tag) => `${t.image}:${tag}`)).join(`
`) },
    exitCode: 0
  };
}
async function imageTags(ctx, o) {
  let existing;
  if (o.image) {
    let ref = parseReference(o.image, "--image"), redactor = registryRedactor(ctx.env), client = new RegistryClient({ registry: ref.registry, credentials: registryCredentials(ref.registry, ctx.env, "target"), insecure: !!o.insecure, redactor });
    try {
      existing = await client.listTags(ref.repository).catch((e) => {
        throw registryDiagnostic(e, redactor);
      });
    } finally {
      await client.close();
    }
  }
  let plan = computeTags({ version: o.version, latest: parseLatestMode(o.latest), ...o.sha ? { sha: o.sha } : {}, ...existing ? { existing } : {} }), annotations = releaseAnnotations({ version: plan.version, ...o.title ? { title: o.title } : {}, ...o.licenses ? { licenses: o.licenses } : {} }, ctx.env), data = { ...plan, annotations, ...existing ? { existing } : {} }, text = [
    ...plan.tags,
    ...plan.held.map((h) => `# not ${h.tag}: ${h.reason}`),
    ...Object.entries(annotations).map(([k, v]) => `# ${k}=${v}`)
  ].join(`
`);
  return { data, text, outputs: { tags: plan.tags.join(","), version: plan.version }, exitCode: 0 };
}
function reportLine(r) {
  let blobs = [`${r.blobs.uploaded} uploaded (${formatBytes(r.bytesUploaded)})`, `${r.blobs.mounted} mounted`, `${r.blobs.existing} already there`].join(", "), tags = r.tagsPut.length ? `tags set: ${r.tagsPut.join(", ")}` : "tags unchanged";
  return `blobs: ${blobs}; manifests written: ${r.manifestsPut}; ${tags}`;
}
function summary(rows, dryRun) {
  let table = markdownTable(
    ["Image", "Digest", "Tags", "Size", "Uploaded"],
    rows.map((r) => [`\`${r.image}\``, `\`${r.digest}\``, r.tags.map((t) => `\`${t}\``).join(" "), formatBytes(r.size), r.report ? formatBytes(r.report.bytesUploaded) : "-"])
  );
  return `### ${dryRun ? "Images (dry run)" : "Images"}

${table}
`;
}
export {
  imagePromote,
  imagePush,
  imageTags
};
