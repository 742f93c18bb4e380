import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  streamArtifact,
  streamToFileAtomic
} from "./chunk-DQNMFZF5.js";
import {
  Qn,
  rt
} from "./chunk-JC7XQCB7.js";
import {
  HashingStream,
  sha256Hex
} from "./chunk-SPL353E6.js";
import {
  require_dist
} from "./chunk-ZOQLPXWR.js";
import {
  SlipwayError
} from "./chunk-BOOLIPAW.js";
import {
  __toESM
} from "./chunk-CY3FJDSN.js";

// src/helm/chart-load.ts
import { readFile as readFile2, stat as stat2 } from "node:fs/promises";
import path3 from "node:path";

// src/helm/chart-archive.ts
import { open } from "node:fs/promises";
import { createReadStream } from "node:fs";
import { createGunzip } from "node:zlib";
import { pipeline } from "node:stream/promises";
import path from "node:path";
var MAX_DECOMPRESSED = 100 * 1024 * 1024, KEPT = /* @__PURE__ */ new Set(["Chart.yaml", "requirements.yaml"]), refuse = (file, message, hint) => new SlipwayError({ code: "chart-archive", message, location: { file, line: 1, col: 1 }, ...hint ? { hint } : {} });
function notGzip(file, shown) {
  throw /\.ya?ml$/.test(file) ? refuse(shown, `file '${shown}' seems to be a YAML file, but expected a gzipped archive`) : refuse(shown, `file '${shown}' does not appear to be a gzipped archive`, "a chart archive is a .tgz made by `slipway chart package` or `helm package`");
}
function chartPathOf(entryPath) {
  let delimiter = entryPath.includes("\\") ? "\\" : "/", parts = entryPath.split(delimiter), inside = parts.slice(1).join("/");
  if (inside.startsWith("/")) return { error: "chart illegally contains absolute paths" };
  let clean = path.posix.normalize(inside === "" ? "." : inside).replace(/\/$/, "");
  return clean === "." || clean === "" ? { error: `chart illegally contains content outside the base directory: "${entryPath}"` } : clean.startsWith("..") ? { error: "chart illegally references parent directory" } : /^[a-zA-Z]:\//.test(clean) ? { error: "chart contains illegally named files" } : parts[0] === "Chart.yaml" ? { error: "chart yaml not in base directory" } : { path: clean, top: parts[0] };
}
var SMALL = 1024 * 1024;
async function readChartArchive(file, shown = file) {
  let handle = await open(file, "r"), small;
  try {
    let { size } = await handle.stat(), head = Buffer.alloc(Math.min(size, size <= SMALL ? size : 3));
    head.length > 0 && await handle.read(head, 0, head.length, 0), head.length >= 3 && head[0] === 31 && head[1] === 139 && head[2] === 8 || notGzip(file, shown), size <= SMALL && (small = head);
  } finally {
    await handle.close();
  }
  let files = /* @__PURE__ */ new Map(), state = { count: 0, size: 0, problem: void 0 }, parser = entryReader(shown, files, state), parseError;
  parser.on("error", (e) => {
    parseError ??= e;
  });
  let digest;
  try {
    if (small) {
      digest = { sha256: sha256Hex(small), size: small.length };
      let gz = createGunzip();
      if (await new Promise((resolve, reject) => {
        gz.on("data", (chunk) => {
          if (parseError || state.problem) {
            gz.destroy(), resolve();
            return;
          }
          parser.write(chunk);
        }), gz.on("error", reject), gz.on("end", () => parser.end(() => resolve())), gz.end(small);
      }), parseError) throw parseError;
    } else {
      let meter = new HashingStream();
      await pipeline(createReadStream(file), meter, createGunzip(), async (source) => {
        for await (let chunk of source) {
          if (parseError) throw parseError;
          parser.write(chunk) || await new Promise((resolve) => parser.once("drain", resolve));
        }
        if (await new Promise((resolve) => parser.end(() => resolve())), parseError) throw parseError;
      }), digest = meter.digest();
    }
  } catch (e) {
    if (state.problem) throw state.problem;
    let message = e instanceof Error ? e.message : String(e);
    throw refuse(shown, `the archive is corrupt: ${message}`, "package the chart again");
  }
  if (state.problem) throw state.problem;
  if (state.count === 0) throw refuse(shown, "no files in chart archive");
  return { files, count: state.count, size: state.size, sha256: digest.sha256, bytes: digest.size };
}
function entryReader(shown, files, state) {
  return new rt({
    strict: !0,
    onReadEntry: (entry) => {
      if (state.problem || entry.type === "Directory" || entry.type === "GlobalExtendedHeader" || entry.type === "ExtendedHeader") {
        entry.resume();
        return;
      }
      let where = chartPathOf(entry.path);
      if ("error" in where) {
        state.problem = refuse(shown, where.error), entry.resume();
        return;
      }
      if (state.count++, state.size += entry.size, state.size > MAX_DECOMPRESSED) {
        state.problem = refuse(shown, `decompressed chart is larger than the maximum size ${MAX_DECOMPRESSED}`), entry.resume();
        return;
      }
      if (!KEPT.has(where.path)) {
        entry.resume();
        return;
      }
      let chunks = [];
      entry.on("data", (c) => chunks.push(c)), entry.on("end", () => {
        let text = Buffer.concat(chunks).toString("utf8");
        text.charCodeAt(0) === 65279 && (text = text.slice(1)), files.set(where.path, text);
      });
    }
  });
}

// src/helm/chart-directory.ts
import { readFile, readdir, realpath, stat } from "node:fs/promises";
import path2 from "node:path";

// src/helm/helmignore.ts
var HelmIgnoreError = class extends Error {
  constructor(message, line) {
    super(message);
    this.line = line;
  }
  line;
}, DEFAULT_RULES = ["templates/.?*"], HelmIgnore = class _HelmIgnore {
  constructor(rules) {
    this.rules = rules;
  }
  rules;
  static parse(text, withDefaults = !0) {
    let rules = [];
    if (text.split(/\r?\n/).forEach((line, i) => {
      let rule = parseRule(line, i + 1);
      rule && rules.push(rule);
    }), withDefaults) for (let d of DEFAULT_RULES) rules.push(parseRule(d, 0));
    return new _HelmIgnore(rules);
  }
  /** `path` is relative to the chart root, with `/` separators. */
  ignores(path6, isDir) {
    if (path6 === "" || path6 === "." || path6 === "./") return !1;
    for (let r of this.rules) {
      let subject = r.whole ? path6 : baseName(path6);
      if (r.negate) {
        if (r.mustDir && !isDir || !r.regex.test(subject)) return !0;
        continue;
      }
      if (!(r.mustDir && !isDir) && r.regex.test(subject))
        return !0;
    }
    return !1;
  }
};
function parseRule(line, lineNo) {
  let rule = line.trim();
  if (rule === "" || rule.startsWith("#")) return;
  if (rule.includes("**")) throw new HelmIgnoreError("double-star (**) syntax is not supported", lineNo);
  let raw = rule;
  globToRegex(rule, lineNo);
  let negate = !1;
  rule.startsWith("!") && (negate = !0, rule = rule.slice(1));
  let mustDir = !1;
  rule.endsWith("/") && (mustDir = !0, rule = rule.slice(0, -1));
  let whole = rule.includes("/");
  return rule.startsWith("/") && (whole = !0, rule = rule.slice(1)), { raw, negate, mustDir, whole, regex: globToRegex(rule, lineNo) };
}
function baseName(p) {
  let trimmed = p.replace(/\/+$/, "");
  return trimmed === "" ? "/" : trimmed.slice(trimmed.lastIndexOf("/") + 1);
}
var escapeRe = (c) => c.replace(/[\\^$.*+?()[\]{}|/-]/g, "\\$&");
function globToRegex(pattern, lineNo = 0) {
  let bad = () => new HelmIgnoreError(`syntax error in pattern "${pattern}"`, lineNo), re = "^";
  for (let i = 0; i < pattern.length; i++) {
    let c = pattern[i];
    if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else if (c === "\\") {
      if (i++, i >= pattern.length) throw bad();
      re += escapeRe(pattern[i]);
    } else if (c === "[") {
      i++;
      let negated = !1;
      pattern[i] === "^" && (negated = !0, i++);
      let cls = "", first = !0;
      for (; ; ) {
        if (i >= pattern.length) throw bad();
        if (pattern[i] === "]" && !first) break;
        first = !1;
        let lo = classChar(pattern, i, bad);
        if (i = lo.next, pattern[i] === "-") {
          let hi = classChar(pattern, i + 1, bad);
          if (hi.ch < lo.ch) throw bad();
          cls += `${escapeRe(lo.ch)}-${escapeRe(hi.ch)}`, i = hi.next;
        } else cls += escapeRe(lo.ch);
      }
      re += negated ? `[^/${cls}]` : `(?!/)[${cls}]`;
    } else re += escapeRe(c);
  }
  return new RegExp(`${re}$`);
}
function classChar(pattern, i, bad) {
  let ch = pattern[i];
  if (ch === void 0 || ch === "-" || ch === "]" || ch === "\\" && (i++, ch = pattern[i], ch === void 0))
    throw bad();
  return { ch, next: i + 1 };
}

// src/helm/chart-directory.ts
async function readHelmIgnore(dir, shown) {
  let file = path2.join(dir, ".helmignore"), text;
  try {
    text = await readFile(file, "utf8");
  } catch {
    return HelmIgnore.parse("");
  }
  try {
    return HelmIgnore.parse(text);
  } catch (e) {
    throw e instanceof HelmIgnoreError ? new SlipwayError({ code: "helmignore", message: e.message, location: { file: path2.join(shown, ".helmignore"), line: e.line, col: 1 } }) : e;
  }
}
async function listChartFiles(dir, shown) {
  let rules = await readHelmIgnore(dir, shown), files = [], visiting = /* @__PURE__ */ new Set(), walk = async (abs, rel) => {
    let real = await realpath(abs);
    if (visiting.has(real)) throw new SlipwayError({ code: "chart-files", message: `${path2.join(shown, rel)}: a symbolic link loops back to a folder above it` });
    visiting.add(real);
    let names = (await readdir(abs)).sort();
    for (let name of names) {
      let childRel = rel ? `${rel}/${name}` : name, childAbs = path2.join(abs, name), info;
      try {
        info = await stat(childAbs);
      } catch {
        if (rules.ignores(childRel, !1)) continue;
        throw new SlipwayError({ code: "chart-files", message: `${path2.join(shown, childRel)}: a symbolic link points to nothing` });
      }
      if (info.isDirectory()) {
        if (rules.ignores(childRel, !0)) continue;
        await walk(childAbs, childRel);
        continue;
      }
      if (!rules.ignores(childRel, !1)) {
        if (!info.isFile())
          throw new SlipwayError({ code: "chart-files", message: `cannot load irregular file ${path2.join(shown, childRel)} as it has file mode type bits set` });
        files.push({ path: childRel, source: await realpath(childAbs), size: info.size });
      }
    }
    visiting.delete(real);
  };
  return await walk(dir, ""), files.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

// src/helm/chart-version.ts
var LOOSE = /^v?([0-9]+)(?:\.([0-9]+))?(?:\.([0-9]+))?(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/, STRICT = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
function parseChartVersion(version) {
  let m = LOOSE.exec(version);
  if (!m) return;
  let prerelease = m[4] ? m[4].split(".") : [];
  if (!prerelease.some((p) => /^\d+$/.test(p) && p.length > 1 && p.startsWith("0")))
    return { major: BigInt(m[1]), minor: BigInt(m[2] ?? 0), patch: BigInt(m[3] ?? 0), prerelease, build: m[5] ?? "" };
}
function isChartVersion(version) {
  return parseChartVersion(version) !== void 0;
}
function isStrictSemver(version) {
  return STRICT.test(version);
}
function compareIdentifiers(a, b) {
  let an = /^\d+$/.test(a), bn = /^\d+$/.test(b);
  if (an && bn) {
    let x = BigInt(a), y = BigInt(b);
    return x === y ? 0 : x < y ? -1 : 1;
  }
  return an ? -1 : bn ? 1 : a === b ? 0 : a < b ? -1 : 1;
}
function compareParts(a, b) {
  for (let k of ["major", "minor", "patch"]) if (a[k] !== b[k]) return a[k] < b[k] ? -1 : 1;
  if (a.prerelease.length === 0 || b.prerelease.length === 0)
    return a.prerelease.length === b.prerelease.length ? 0 : a.prerelease.length === 0 ? 1 : -1;
  for (let i = 0; i < Math.max(a.prerelease.length, b.prerelease.length); i++) {
    let x = a.prerelease[i], y = b.prerelease[i];
    if (x === void 0) return -1;
    if (y === void 0) return 1;
    let c = compareIdentifiers(x, y);
    if (c !== 0) return c;
  }
  return 0;
}
function sortNewestFirst(items, versionOf) {
  let keyed = items.map((item, i) => ({ item, i, parts: parseChartVersion(versionOf(item)) }));
  return keyed.sort((x, y) => !x.parts || !y.parts ? x.parts ? -1 : y.parts ? 1 : x.i - y.i : compareParts(y.parts, x.parts) || x.i - y.i), keyed.map((k) => k.item);
}

// src/helm/yaml-tree.ts
var import_yaml = __toESM(require_dist(), 1), YamlSyntaxError = class extends Error {
  constructor(message, pos) {
    super(message);
    this.pos = pos;
  }
  pos;
}, NULLS = /* @__PURE__ */ new Set(["", "~", "null", "Null", "NULL"]), TRUE = /* @__PURE__ */ new Set(["true", "True", "TRUE", "yes", "Yes", "YES", "y", "Y", "on", "On", "ON"]), FALSE = /* @__PURE__ */ new Set(["false", "False", "FALSE", "no", "No", "NO", "n", "N", "off", "Off", "OFF"]);
function isNull(node) {
  return node === void 0 || node.kind === "scalar" && node.plain && NULLS.has(node.text);
}
function booleanOf(node) {
  if (node.plain) {
    if (TRUE.has(node.text)) return !0;
    if (FALSE.has(node.text)) return !1;
  }
}
function toPlain(node) {
  if (node.kind === "map") return Object.fromEntries(node.pairs.map((p) => [p.key, toPlain(p.value)]));
  if (node.kind === "seq") return node.items.map(toPlain);
  if (!node.plain) return node.text;
  if (NULLS.has(node.text)) return null;
  let b = booleanOf(node);
  return b !== void 0 ? b : /^[-+]?\d+$/.test(node.text) || /^[-+]?(\.\d+|\d+(\.\d*)?)([eE][-+]?\d+)?$/.test(node.text) ? Number(node.text) : node.text;
}
function readWithLibrary(text) {
  let lines = new import_yaml.LineCounter(), doc = (0, import_yaml.parseDocument)(text, { lineCounter: lines, uniqueKeys: !0, prettyErrors: !1, strict: !0, version: "1.1" }), at = (offset) => {
    let p = lines.linePos(offset ?? 0);
    return { line: p.line, col: p.col };
  }, first = doc.errors[0];
  if (first) {
    let message = first.code === "DUPLICATE_KEY" ? "duplicate key: a mapping key is already set" : first.message.split(`
`)[0].replace(/ at line \d+, column \d+:?$/, "");
    throw new YamlSyntaxError(message, at(first.pos[0]));
  }
  if (doc.contents !== null)
    return convert(doc, doc.contents, at, 0);
}
function convert(doc, node, at, depth) {
  if (depth > 200) throw new YamlSyntaxError("the document nests too deeply", at(node.range?.[0]));
  if ((0, import_yaml.isAlias)(node)) {
    let target = node.resolve(doc);
    if (!target) throw new YamlSyntaxError(`unknown alias "${node.source}"`, at(node.range?.[0]));
    return convert(doc, target, at, depth + 1);
  }
  let pos = at(node.range?.[0]);
  if ((0, import_yaml.isMap)(node))
    return {
      kind: "map",
      pos,
      pairs: node.items.map((pair) => {
        let key = pair.key, keyText2 = key && (0, import_yaml.isScalar)(key) ? String(key.value ?? "") : "", keyPos = at(key?.range?.[0] ?? node.range?.[0]), value = pair.value ? convert(doc, pair.value, at, depth + 1) : { kind: "scalar", text: "", plain: !0, pos: keyPos };
        return { key: keyText2, keyPos, value };
      })
    };
  if ((0, import_yaml.isSeq)(node)) return { kind: "seq", pos, items: node.items.map((item) => convert(doc, item, at, depth + 1)) };
  if ((0, import_yaml.isScalar)(node)) {
    let plain = node.type === import_yaml.Scalar.PLAIN || node.type === void 0;
    return { kind: "scalar", text: plain && typeof node.source == "string" ? node.source : node.value === null ? "" : String(node.value), plain: plain && typeof node.source == "string" ? !0 : plain && node.value === null, pos };
  }
  throw new YamlSyntaxError("unsupported YAML node", pos);
}
function fromJson(value) {
  let pos = { line: 1, col: 1 };
  return Array.isArray(value) ? { kind: "seq", pos, items: value.map(fromJson) } : value !== null && typeof value == "object" ? { kind: "map", pos, pairs: Object.entries(value).map(([key, v]) => ({ key, keyPos: pos, value: fromJson(v) })) } : value === null ? { kind: "scalar", text: "", plain: !0, pos } : typeof value == "string" ? { kind: "scalar", text: value, plain: !1, pos } : { kind: "scalar", text: String(value), plain: !0, pos };
}

// src/helm/decode.ts
var Decoder = class {
  constructor(file, strict) {
    this.file = file;
    this.strict = strict;
  }
  file;
  strict;
  errors = [];
  at(pos) {
    return { file: this.file, line: pos.line, col: pos.col };
  }
  error(code, message, pos, hint) {
    this.errors.push({ code, message, location: this.at(pos), ...hint ? { hint } : {} });
  }
  object(node, schema, context) {
    let value = {}, where = {};
    for (let pair of node.pairs) {
      let kind = schema[pair.key];
      if (kind === void 0) {
        this.strict && this.error("helm-unknown-field", `unknown field "${pair.key}" in ${context}`, pair.keyPos, "Helm refuses fields it does not know in an index");
        continue;
      }
      where[pair.key] = pair.keyPos;
      let v = this.field(pair.value, kind, `${context}.${pair.key}`);
      v !== void 0 && (value[pair.key] = v);
    }
    return { value, where };
  }
  field(node, kind, context) {
    if (!isNull(node)) {
      if (kind === "any") return toPlain(node);
      if (kind === "string")
        return node.kind !== "scalar" ? this.typeError(node, context, "a string") : node.text;
      if (kind === "bool") {
        let b = node.kind === "scalar" ? booleanOf(node) : void 0;
        return b === void 0 ? this.typeError(node, context, "true or false") : b;
      }
      if (kind === "strings")
        return node.kind !== "seq" ? this.typeError(node, context, "a list of strings") : node.items.map((item, i) => item.kind === "scalar" ? isNull(item) ? "" : item.text : this.typeError(item, `${context}[${i}]`, "a string") ?? "");
      if (kind === "stringMap" || kind === "anyMap") {
        if (node.kind !== "map") return this.typeError(node, context, "a mapping");
        let out = {};
        for (let p of node.pairs)
          kind === "anyMap" ? out[p.key] = toPlain(p.value) : p.value.kind !== "scalar" ? this.typeError(p.value, `${context}.${p.key}`, "a string") : out[p.key] = isNull(p.value) ? "" : p.value.text;
        return out;
      }
      return "list" in kind ? node.kind !== "seq" ? this.typeError(node, context, "a list") : node.items.map((item, i) => isNull(item) ? null : item.kind !== "map" ? this.typeError(item, `${context}[${i}]`, "a mapping") ?? null : this.object(item, kind.list, `${context}[${i}]`).value) : node.kind !== "map" ? this.typeError(node, context, "a mapping") : this.object(node, kind.object, context).value;
    }
  }
  typeError(node, context, expected) {
    let got = node.kind === "map" ? "a mapping" : node.kind === "seq" ? "a list" : `"${node.kind === "scalar" ? node.text : ""}"`;
    this.error("helm-field-type", `${context} must be ${expected}, not ${got}`, node.pos);
  }
};

// src/helm/fast-yaml.ts
var OutsideSubset = class extends Error {
};
function readYaml(text) {
  try {
    return new FastReader(text).read();
  } catch (e) {
    if (e instanceof OutsideSubset) return readWithLibrary(text);
    throw e;
  }
}
var BLOCK_START = /^[&*!|>%@`]/, FastReader = class {
  lines = [];
  i = 0;
  constructor(text) {
    text.charCodeAt(0) === 65279 && (text = text.slice(1));
    let start = 0, no = 0, gap = !1;
    for (; start <= text.length; ) {
      let end = text.indexOf(`
`, start);
      end === -1 && (end = text.length), no++;
      let line = text.slice(start, end);
      line.endsWith("\r") && (line = line.slice(0, -1)), start = end + 1;
      let indent = 0;
      for (; line.charCodeAt(indent) === 32; ) indent++;
      let rest = line.slice(indent);
      if (rest === "" || rest.startsWith("#")) {
        gap = !0;
        continue;
      }
      if (rest.startsWith("	")) throw new OutsideSubset();
      if (indent === 0 && (rest.startsWith("---") || rest.startsWith("...") || rest.startsWith("%"))) throw new OutsideSubset();
      this.lines.push({ indent, text: rest, no, gap }), gap = !1;
    }
  }
  read() {
    if (this.lines.length === 0) return;
    let first = this.lines[0], node = this.block(first.indent);
    if (this.i < this.lines.length) throw new OutsideSubset();
    return node;
  }
  block(indent) {
    let line = this.lines[this.i];
    return isSeqItem(line.text) ? this.seq(indent) : this.map(indent);
  }
  seq(indent) {
    let start = this.lines[this.i], node = { kind: "seq", items: [], pos: { line: start.no, col: indent + 1 } };
    for (; this.i < this.lines.length; ) {
      let line = this.lines[this.i];
      if (line.indent !== indent || !isSeqItem(line.text)) break;
      let offset = 1;
      for (; line.text.charCodeAt(offset) === 32; ) offset++;
      let rest = line.text.slice(offset), col = indent + offset;
      if (rest === "" || rest.startsWith("#")) {
        this.i++;
        let next = this.lines[this.i];
        next && next.indent > indent ? node.items.push(this.block(next.indent)) : node.items.push({ kind: "scalar", text: "", plain: !0, pos: { line: line.no, col: col + 1 } });
        continue;
      }
      if (isSeqItem(rest)) throw new OutsideSubset();
      if (keyEnd(rest) !== -1) {
        this.lines[this.i] = { indent: col, text: rest, no: line.no, gap: line.gap }, node.items.push(this.map(col));
        continue;
      }
      this.i++, node.items.push(this.scalarOrFlow(rest, { line: line.no, col: col + 1 }, indent));
    }
    return node;
  }
  map(indent) {
    let start = this.lines[this.i], node = { kind: "map", pairs: [], pos: { line: start.no, col: indent + 1 } }, seen = /* @__PURE__ */ new Set();
    for (; this.i < this.lines.length; ) {
      let line = this.lines[this.i];
      if (line.indent !== indent) {
        if (line.indent > indent) throw new OutsideSubset();
        break;
      }
      if (isSeqItem(line.text)) break;
      let end = keyEnd(line.text);
      if (end === -1) throw new OutsideSubset();
      let keyPos = { line: line.no, col: indent + 1 }, key = keyText(line.text.slice(0, end));
      if (seen.has(key)) throw new YamlSyntaxError(`duplicate key: "${key}" is already set in this mapping`, keyPos);
      seen.add(key);
      let rest = line.text.slice(end + 1), spaces = rest.length - rest.trimStart().length;
      rest = rest.trimStart(), this.i++;
      let value;
      if (rest === "" || rest.startsWith("#")) {
        let next = this.lines[this.i];
        next && next.indent > indent ? value = this.block(next.indent) : next && next.indent === indent && isSeqItem(next.text) ? value = this.seq(indent) : value = { kind: "scalar", text: "", plain: !0, pos: keyPos };
      } else
        value = this.scalarOrFlow(rest, { line: line.no, col: indent + end + 2 + spaces }, indent);
      node.pairs.push({ key, keyPos, value });
    }
    return node;
  }
  /**
   * A scalar or a flat flow sequence. A plain scalar may go on over more-indented lines (Helm folds long descriptions
   * that way): the lines join with single spaces.
   */
  scalarOrFlow(text, pos, indent) {
    let next = this.lines[this.i];
    if (next && next.indent > indent) {
      let first = scalarAt(text, pos);
      if (!first.scalar.plain || first.rest.trim() !== "") throw new OutsideSubset();
      let value = first.scalar.text;
      for (; this.i < this.lines.length && this.lines[this.i].indent > indent; ) {
        let line = this.lines[this.i];
        if (line.gap || /: |:$| #|^[-?:](\s|$)|\t/.test(line.text)) throw new OutsideSubset();
        value += ` ${line.text.trimEnd()}`, this.i++;
      }
      return { kind: "scalar", text: value, plain: !0, pos };
    }
    if (text.startsWith("[")) return flowSeq(text, pos);
    if (text.startsWith("{")) {
      if (/^\{\s*\}\s*(#.*)?$/.test(text)) return { kind: "map", pairs: [], pos };
      throw new OutsideSubset();
    }
    let { scalar, rest } = scalarAt(text, pos);
    if (rest.trim() !== "" && !/^\s+#/.test(rest)) throw new OutsideSubset();
    return scalar;
  }
};
function isSeqItem(text) {
  return text.charCodeAt(0) === 45 && (text.length === 1 || text.charCodeAt(1) === 32);
}
function keyEnd(text) {
  let c = text.charCodeAt(0);
  if (c === 34 || c === 39) {
    let close = closingQuote(text, 0);
    if (close === -1) throw new OutsideSubset();
    if (text.charCodeAt(close + 1) !== 58) return -1;
    let after = text.charCodeAt(close + 2);
    return Number.isNaN(after) || after === 32 ? close + 1 : -1;
  }
  if (BLOCK_START.test(text) || text.startsWith("? ") || text.startsWith("[") || text.startsWith("{")) throw new OutsideSubset();
  for (let i = 0; i < text.length; i++) {
    let ch = text.charCodeAt(i);
    if (ch === 35 && i > 0 && text.charCodeAt(i - 1) === 32) return -1;
    if (ch === 58 && (i + 1 === text.length || text.charCodeAt(i + 1) === 32)) return i;
  }
  return -1;
}
function keyText(raw) {
  let c = raw.charCodeAt(0);
  return c === 34 || c === 39 ? scalarAt(raw, { line: 0, col: 0 }).scalar.text : raw.trimEnd();
}
function closingQuote(text, start) {
  let q = text[start];
  for (let i = start + 1; i < text.length; i++) {
    let ch = text[i];
    if (q === '"' && ch === "\\") {
      i++;
      continue;
    }
    if (ch === q) {
      if (q === "'" && text[i + 1] === "'") {
        i++;
        continue;
      }
      return i;
    }
  }
  return -1;
}
var ESCAPES = {
  0: "\0",
  a: "\x07",
  b: "\b",
  t: "	",
  "	": "	",
  n: `
`,
  v: "\v",
  f: "\f",
  r: "\r",
  e: "\x1B",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  N: "\x85",
  _: "\xA0",
  L: "\u2028",
  P: "\u2029"
};
function unescapeDouble(body) {
  if (!body.includes("\\")) return body;
  let out = "";
  for (let i = 0; i < body.length; i++) {
    let ch = body[i];
    if (ch !== "\\") {
      out += ch;
      continue;
    }
    let e = body[++i] ?? "", width = e === "x" ? 2 : e === "u" ? 4 : e === "U" ? 8 : 0;
    if (width > 0) {
      let hex = body.slice(i + 1, i + 1 + width);
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== width) throw new OutsideSubset();
      out += String.fromCodePoint(parseInt(hex, 16)), i += width;
    } else if (e in ESCAPES) out += ESCAPES[e];
    else throw new OutsideSubset();
  }
  return out;
}
function scalarAt(text, pos) {
  let c = text[0];
  if (c === '"' || c === "'") {
    let close = closingQuote(text, 0);
    if (close === -1) throw new OutsideSubset();
    let body = text.slice(1, close);
    return { scalar: { kind: "scalar", text: c === '"' ? unescapeDouble(body) : body.replaceAll("''", "'"), plain: !1, pos }, rest: text.slice(close + 1) };
  }
  if (BLOCK_START.test(text) || text.startsWith("? ") || text.startsWith(": ") || isSeqItem(text) || text.startsWith("]") || text.startsWith("}")) throw new OutsideSubset();
  let end = text.length, hash = text.indexOf(" #");
  hash !== -1 && (end = hash);
  let value = text.slice(0, end).trimEnd();
  if (value.includes(": ") || value.endsWith(":") || value.includes("	#")) throw new OutsideSubset();
  return { scalar: { kind: "scalar", text: value, plain: !0, pos }, rest: text.slice(end) };
}
function flowSeq(text, pos) {
  let node = { kind: "seq", items: [], pos }, rest = text.slice(1).trimStart();
  if (rest.startsWith("]")) {
    if (rest.slice(1).trim() !== "" && !/^\s+#/.test(rest.slice(1))) throw new OutsideSubset();
    return node;
  }
  for (; ; ) {
    let item;
    if (rest[0] === '"' || rest[0] === "'") {
      let r = scalarAt(rest, pos);
      item = r.scalar, rest = r.rest.trimStart();
    } else {
      let m = /^([^,[\]{}#"'&*!|>%@`]*?)\s*([,\]])/.exec(rest);
      if (!m || m[1].includes(": ")) throw new OutsideSubset();
      item = { kind: "scalar", text: m[1], plain: !0, pos }, rest = rest.slice(m[1].length).trimStart();
    }
    if (node.items.push(item), rest[0] === ",") {
      rest = rest.slice(1).trimStart();
      continue;
    }
    if (rest[0] === "]") {
      let tail = rest.slice(1);
      if (tail.trim() !== "" && !/^\s+#/.test(tail)) throw new OutsideSubset();
      return node;
    }
    throw new OutsideSubset();
  }
}

// src/helm/chart-metadata.ts
var MAINTAINER_SCHEMA = { name: "string", email: "string", url: "string" }, DEPENDENCY_SCHEMA = {
  name: "string",
  version: "string",
  repository: "string",
  condition: "string",
  tags: "strings",
  enabled: "bool",
  "import-values": "any",
  alias: "string",
  "depends-on": "strings"
}, METADATA_SCHEMA = {
  name: "string",
  home: "string",
  sources: "strings",
  version: "string",
  description: "string",
  keywords: "strings",
  maintainers: { list: MAINTAINER_SCHEMA },
  icon: "string",
  apiVersion: "string",
  condition: "string",
  tags: "string",
  appVersion: "string",
  deprecated: "bool",
  annotations: "stringMap",
  kubeVersion: "string",
  dependencies: { list: DEPENDENCY_SCHEMA },
  type: "string"
}, ALIAS = /^[a-zA-Z0-9_-]+$/, LINT_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
function parseChartYaml(text, file) {
  let tree;
  try {
    tree = readYaml(text.charCodeAt(0) === 65279 ? text.slice(1) : text);
  } catch (e) {
    throw e instanceof YamlSyntaxError ? new SlipwayError({ code: "chart-yaml", message: `unable to parse YAML: ${e.message}`, location: { file, ...e.pos } }) : e;
  }
  if (!tree || tree.kind !== "map")
    throw new SlipwayError({ code: "chart-yaml", message: "Chart.yaml must be a mapping of chart metadata", location: { file, line: tree?.pos.line ?? 1, col: tree?.pos.col ?? 1 } });
  let decoder = new Decoder(file, !1), { value, where } = decoder.object(tree, METADATA_SCHEMA, "chart.metadata");
  if (decoder.errors.length > 0) throw new SlipwayError(decoder.errors);
  let nonStrings = tree.pairs.filter((p) => (p.key === "version" || p.key === "appVersion") && p.value.kind === "scalar" && p.value.plain && /^[-+]?(\d+|\d*\.\d+([eE][-+]?\d+)?)$/.test(p.value.text)).map((p) => p.key);
  return { metadata: value, where, nonStrings };
}
function validateMetadata(md) {
  if (!md.apiVersion) return "chart.metadata.apiVersion is required";
  if (!md.name) return "chart.metadata.name is required";
  if (md.name !== baseName2(md.name)) return `chart.metadata.name "${md.name}" is invalid`;
  if (!md.version) return "chart.metadata.version is required";
  if (!isChartVersion(md.version)) return `chart.metadata.version "${md.version}" is invalid`;
  if (md.type !== void 0 && md.type !== "" && md.type !== "application" && md.type !== "library") return "chart.metadata.type must be application or library";
  let maintainers = md.maintainers;
  if (Array.isArray(maintainers) && maintainers.some((m) => m === null)) return "maintainers must not contain empty or null nodes";
  let seen = /* @__PURE__ */ new Set(), dependencies = Array.isArray(md.dependencies) ? md.dependencies : [];
  for (let d of dependencies) {
    if (d === null || typeof d != "object" || Array.isArray(d)) return "dependencies must not contain empty or null nodes";
    let name = String(d.name ?? ""), alias = typeof d.alias == "string" ? d.alias : "";
    if (alias && !ALIAS.test(alias)) return `dependency "${name}" has disallowed characters in the alias`;
    let key = alias || name;
    if (seen.has(key)) return `more than one dependency with name or alias "${key}". Try using distinct aliases for dependencies with the same chart name.`;
    seen.add(key);
  }
}
function baseName2(p) {
  let trimmed = p.replace(/\/+$/, "");
  return trimmed === "" ? p === "" ? "." : "/" : trimmed.slice(trimmed.lastIndexOf("/") + 1);
}
function lintMetadata(loaded, file) {
  let { metadata: md, where } = loaded, out = [], loc = (field) => ({ file, line: where[field]?.line ?? 1, col: where[field]?.col ?? 1 }), error = (field, message, hint) => out.push({ code: "chart-lint", message, location: loc(field), ...hint ? { hint } : {} }), warning = (field, message, hint) => out.push({ code: "chart-lint-warning", message: `warning: ${message}`, location: loc(field), ...hint ? { hint } : {} });
  md.name ? md.name !== baseName2(md.name) ? error("name", `chart name "${md.name}" is invalid`) : LINT_NAME.test(md.name) || error("name", `chart name "${md.name}" is invalid; chart names must contain lowercase letters, numbers, and dashes, and must start and end with a lowercase letter or number`) : error("name", "name is required"), md.apiVersion ? md.apiVersion !== "v1" && md.apiVersion !== "v2" && error("apiVersion", `apiVersion '${md.apiVersion}' is not valid. The value must be either "v1" or "v2"`) : error("name", 'apiVersion is required. The value must be either "v1" or "v2"');
  for (let field of loaded.nonStrings) error(field, `${field} should be of type string but it's of type number`, `quote it: ${field}: "${md[field]}"`);
  if (!md.version) error("name", "version is required");
  else {
    let parts = parseChartVersion(md.version);
    parts ? (parts.major === 0n && parts.minor === 0n && parts.patch === 0n && parts.prerelease.length === 0 && error("version", "version 0.0.0 is less than or equal to 0.0.0-0"), isStrictSemver(md.version) || warning("version", `version '${md.version}' is not a valid SemVerV2`)) : error("version", `version '${md.version}' is not a valid SemVer`, "use MAJOR.MINOR.PATCH, e.g. 1.2.3");
  }
  let maintainers = Array.isArray(md.maintainers) ? md.maintainers : [];
  for (let m of maintainers)
    m === null || typeof m != "object" || Array.isArray(m) ? error("maintainers", "a maintainer entry is empty") : m.name ? typeof m.email == "string" && m.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(m.email) ? error("maintainers", `invalid email '${m.email}' for maintainer '${String(m.name)}'`) : typeof m.url == "string" && m.url && !isUrl(m.url) && error("maintainers", `invalid url '${m.url}' for maintainer '${String(m.name)}'`) : error("maintainers", "each maintainer requires a name");
  for (let s of Array.isArray(md.sources) ? md.sources : []) (typeof s != "string" || !isUrl(s)) && error("sources", `invalid source URL '${String(s)}'`);
  typeof md.icon == "string" && md.icon && !isUrl(md.icon) && error("icon", `invalid icon URL '${md.icon}'`), md.type && md.apiVersion !== "v2" && error("type", `chart type is not valid in apiVersion '${md.apiVersion ?? ""}'. It is valid in apiVersion 'v2'`), Array.isArray(md.dependencies) && md.dependencies.length > 0 && md.apiVersion !== "v2" && error("dependencies", `dependencies are not valid in the Chart file with apiVersion '${md.apiVersion ?? ""}'. They are valid in apiVersion 'v2'`);
  let helmError = validateMetadata({ ...md, apiVersion: md.apiVersion || "v1" });
  return helmError && (helmError.startsWith("dependency") || helmError.startsWith("more than one") || helmError.startsWith("chart.metadata.type") || helmError.startsWith("dependencies")) && error(helmError.startsWith("chart.metadata.type") ? "type" : "dependencies", helmError), out;
}
function isUrl(s) {
  try {
    let u = new URL(s);
    return u.protocol === "http:" || u.protocol === "https:" || u.protocol === "ftp:" || u.protocol === "oci:" || u.protocol === "git:" || u.protocol === "ssh:";
  } catch {
    return !1;
  }
}

// src/helm/chart-load.ts
async function loadChart(target, shown = target) {
  let info;
  try {
    info = await stat2(target);
  } catch {
    throw new SlipwayError({ code: "chart-missing", message: `${shown}: no such chart folder or archive` });
  }
  if (info.isDirectory()) return loadDirectory(target, shown);
  let archive = await readChartArchive(target, shown), chartYaml = `${shown}#Chart.yaml`, text = archive.files.get("Chart.yaml");
  if (text === void 0) throw new SlipwayError({ code: "chart-archive", message: "Chart.yaml file is missing", location: { file: shown, line: 1, col: 1 }, hint: "the archive holds no chart" });
  let loaded = withRequirements(parseChartYaml(text, chartYaml), archive.files.get("requirements.yaml"), `${shown}#requirements.yaml`);
  return { kind: "archive", shown, path: path3.resolve(target), chartYaml, loaded, metadata: checked(loaded, chartYaml), digest: { sha256: archive.sha256, size: archive.bytes } };
}
async function loadDirectory(dir, shown) {
  let chartYaml = path3.join(shown, "Chart.yaml"), text;
  try {
    text = await readFile2(path3.join(dir, "Chart.yaml"), "utf8");
  } catch {
    throw new SlipwayError({ code: "chart-missing", message: `${shown}: Chart.yaml file is missing`, hint: "a chart folder holds a Chart.yaml" });
  }
  let requirements;
  try {
    requirements = await readFile2(path3.join(dir, "requirements.yaml"), "utf8");
  } catch {
    requirements = void 0;
  }
  let loaded = withRequirements(parseChartYaml(text, chartYaml), requirements, path3.join(shown, "requirements.yaml")), metadata = checked(loaded, chartYaml), files = await listChartFiles(dir, shown);
  return { kind: "directory", shown, path: path3.resolve(dir), chartYaml, loaded, metadata, files };
}
function withRequirements(loaded, text, file) {
  if (text === void 0 || loaded.metadata.apiVersion && loaded.metadata.apiVersion !== "v1") return loaded;
  let tree = readWithLibrary(text);
  if (!tree || tree.kind !== "map") return loaded;
  let deps = tree.pairs.find((p) => p.key === "dependencies");
  if (!deps) return loaded;
  let decoder = new Decoder(file, !1), value = decoder.field(deps.value, { list: DEPENDENCY_SCHEMA }, "dependencies");
  if (decoder.errors.length > 0) throw new SlipwayError(decoder.errors);
  return { ...loaded, metadata: { ...loaded.metadata, dependencies: value } };
}
var FIELD_OF = [
  [/apiVersion/, "apiVersion"],
  [/metadata\.name/, "name"],
  [/metadata\.version/, "version"],
  [/metadata\.type/, "type"],
  [/maintainers/, "maintainers"],
  [/depend/, "dependencies"]
];
function checked(loaded, chartYaml) {
  let md = { ...loaded.metadata, apiVersion: loaded.metadata.apiVersion || "v1" }, problem = validateMetadata(md);
  if (problem) {
    let field = FIELD_OF.find(([re]) => re.test(problem))?.[1] ?? "name", where = loaded.where[field], location = { file: chartYaml, line: where?.line ?? 1, col: where?.col ?? 1 };
    throw new SlipwayError({ code: "chart-invalid", message: `validation: ${problem}`, location });
  }
  return md;
}

// src/helm/chart-package.ts
import path4 from "node:path";
function packageName(name, version) {
  return `${name}-${version}.tgz`;
}
async function packageChart(dir, outDir, options) {
  let chart = await loadChart(dir, options.shown ?? dir);
  if (chart.kind !== "directory") throw new Error("packageChart needs a chart folder");
  let { name, version } = chart.metadata, file = path4.join(outDir, packageName(name, version)), stream = Qn(
    {
      cwd: chart.path,
      prefix: name,
      portable: !0,
      gzip: { level: 9 },
      follow: !0,
      noDirRecurse: !0,
      mtime: options.mtime,
      onWriteEntry: (entry) => {
        entry.stat && (entry.stat.mode = entry.stat.mode & -4096 | 420);
      }
    },
    (chart.files ?? []).map((f) => f.path)
  ), placement = "created", digest;
  if (options.guard) {
    let guard = options.guard;
    ({ placement, ...digest } = await streamArtifact(file, () => ({ stream }), {
      check: (d) => {
        let promised = guard.promised?.(file);
        promised !== void 0 && promised !== d.sha256 && guard.onConflict(file, promised, d.sha256);
      },
      onConflict: (existing, written) => guard.onConflict(file, existing, written)
    }));
  } else {
    let meter = new HashingStream();
    await streamToFileAtomic(file, stream.pipe(meter)), digest = meter.digest();
  }
  return { name, version, file, sha256: digest.sha256, size: digest.size, chart, placement };
}

// src/helm/helm-yaml.ts
function compareKeys(a, b) {
  let ar = Array.from(a), br = Array.from(b);
  for (let i = 0; i < ar.length && i < br.length; i++) {
    if (ar[i] === br[i]) continue;
    let al = isLetter(ar[i]), bl = isLetter(br[i]);
    if (al && bl) return ar[i] < br[i] ? -1 : 1;
    if (al || bl) return bl ? -1 : 1;
    let an = 0n, bn = 0n;
    if (ar[i] === "0" || br[i] === "0") {
      for (let j = i - 1; j >= 0 && isDigit(ar[j]); j--)
        if (ar[j] !== "0") {
          an = 1n, bn = 1n;
          break;
        }
    }
    let ai = i;
    for (; ai < ar.length && isDigit(ar[ai]); ai++) an = an * 10n + BigInt(ar[ai].charCodeAt(0) - 48);
    let bi = i;
    for (; bi < br.length && isDigit(br[bi]); bi++) bn = bn * 10n + BigInt(br[bi].charCodeAt(0) - 48);
    return an !== bn ? an < bn ? -1 : 1 : ai !== bi ? ai < bi ? -1 : 1 : ar[i] < br[i] ? -1 : 1;
  }
  return ar.length === br.length ? 0 : ar.length < br.length ? -1 : 1;
}
function isLetter(ch) {
  return new RegExp("\\p{L}", "u").test(ch);
}
function isDigit(ch) {
  return ch >= "0" && ch <= "9";
}
var RESERVED = /* @__PURE__ */ new Set([
  "",
  "~",
  "null",
  "Null",
  "NULL",
  "y",
  "Y",
  "yes",
  "Yes",
  "YES",
  "n",
  "N",
  "no",
  "No",
  "NO",
  "true",
  "True",
  "TRUE",
  "false",
  "False",
  "FALSE",
  "on",
  "On",
  "ON",
  "off",
  "Off",
  "OFF",
  ".inf",
  ".Inf",
  ".INF",
  "+.inf",
  "+.Inf",
  "+.INF",
  "-.inf",
  "-.Inf",
  "-.INF",
  ".nan",
  ".NaN",
  ".NAN",
  "<<"
]), FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/, BASE60 = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/, TIMESTAMP = /^\d{4}-\d{1,2}-\d{1,2}(?:(?:[Tt]|[ \t]+)\d{1,2}:\d{1,2}:\d{1,2}(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d{1,2}(?::?\d{2})?))?)?$/, INT = /^[-+]?(?:0[xX][0-9a-fA-F]+|0[oO]?[0-7]+|0[bB][01]+|[0-9]+)$/;
function readsAsOtherType(s) {
  if (RESERVED.has(s)) return !0;
  let c = s[0];
  if (!(isDigit(c) || c === "-" || c === "+" || c === ".")) return !1;
  let bare = s.replaceAll("_", "");
  return TIMESTAMP.test(s) || INT.test(bare) || FLOAT.test(bare) || BASE60.test(s) || /^-?0[bB][01]+$/.test(bare);
}
var styles = /* @__PURE__ */ new Map();
function styleOf(s) {
  if (s.length > 64) return computeStyle(s);
  let style = styles.get(s);
  return style === void 0 && (style = computeStyle(s), styles.size < 1e4 && styles.set(s, style)), style;
}
function computeStyle(s) {
  return s === "" || readsAsOtherType(s) || /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\ufeff\u2028\u2029]/.test(s) ? "double" : /^\s|\s$/.test(s) || s.startsWith("---") || s.startsWith("...") || /^[#,[\]{}&*!|>'"%@`]/.test(s) || /^[-?:](\s|$)/.test(s) || /: |:$| #|\t#/.test(s) ? "single" : "plain";
}
function double(s) {
  let out = '"';
  for (let ch of s) {
    let code = ch.codePointAt(0);
    ch === '"' ? out += '\\"' : ch === "\\" ? out += "\\\\" : ch === `
` ? out += "\\n" : ch === "	" ? out += "\\t" : ch === "\r" ? out += "\\r" : code < 32 || code >= 127 && code <= 159 || code === 65279 || code === 8232 || code === 8233 ? out += code <= 255 ? `\\x${code.toString(16).toUpperCase().padStart(2, "0")}` : `\\u${code.toString(16).toUpperCase().padStart(4, "0")}` : out += ch;
  }
  return `${out}"`;
}
function folded(body, column, indent, quoted) {
  if (column + body.length <= 80) return body;
  let out = "", col = column, chars = Array.from(body);
  for (let i = 0; i < chars.length; i++) {
    let ch = chars[i];
    if (ch === " " && chars[i - 1] !== " " && col > 80 && chars[i + 1] !== " " && (!quoted || i !== 0 && i !== chars.length - 1)) {
      out += `
${" ".repeat(indent)}`, col = indent;
      continue;
    }
    out += ch, col++;
  }
  return out;
}
function scalarText(value, column, indent, key) {
  if (typeof value != "string") return String(value);
  let style = styleOf(value);
  if (style === "double") return double(value);
  if (style === "single") {
    let body = value.replaceAll("'", "''");
    return key ? `'${body}'` : `'${folded(body, column + 1, indent, !0)}'`;
  }
  return key ? value : folded(value, column, indent, !1);
}
function isEmptyCollection(v) {
  if (Array.isArray(v) && v.length === 0) return "[]";
  if (v !== null && typeof v == "object" && !Array.isArray(v) && Object.values(v).every((x) => x === void 0)) return "{}";
}
var keyOrders = /* @__PURE__ */ new Map();
function sortedEntries(map) {
  let keys = Object.keys(map).filter((k) => map[k] !== void 0), signature = keys.join("\0"), order = keyOrders.get(signature);
  return order || (order = [...keys].sort(compareKeys), keyOrders.size < 1e4 && keyOrders.set(signature, order)), order.map((k) => [k, map[k]]);
}
function writeHelmYaml(doc, indent = 0) {
  let out = [];
  return writeMap(doc, indent, out, ""), out.join("");
}
function writeMap(map, indent, out, firstPrefix) {
  let first = !0;
  for (let [key, value] of sortedEntries(map)) {
    let lead = first && firstPrefix ? firstPrefix : " ".repeat(indent);
    first = !1;
    let k = scalarText(key, indent, indent, !0);
    out.push(lead, k, ":"), writeValue(value, indent, indent + k.length + 2, out);
  }
}
function writeValue(value, indent, column, out) {
  let empty = isEmptyCollection(value);
  empty ? out.push(" ", empty, `
`) : Array.isArray(value) ? (out.push(`
`), writeSeq(value, indent, out)) : value !== null && typeof value == "object" ? (out.push(`
`), writeMap(value, indent + 2, out, "")) : value == null ? out.push(` null
`) : out.push(" ", scalarText(value, column, indent + 2, !1), `
`);
}
function writeSeq(items, indent, out) {
  let pad = " ".repeat(indent);
  for (let item of items) {
    let empty = isEmptyCollection(item);
    empty ? out.push(pad, "- ", empty, `
`) : Array.isArray(item) ? (out.push(pad, `-
`), writeSeq(item, indent + 2, out)) : item !== null && typeof item == "object" ? writeMap(item, indent + 2, out, `${pad}- `) : item == null ? out.push(pad, `- null
`) : out.push(pad, "- ", scalarText(item, indent + 2, indent + 2, !1), `
`);
  }
}

// src/helm/index-file.ts
var ENTRY_SCHEMA = {
  ...METADATA_SCHEMA,
  urls: "strings",
  created: "string",
  removed: "bool",
  digest: "string",
  checksum: "string",
  engine: "string",
  tillerVersion: "string",
  url: "string"
}, INDEX_FIELDS = /* @__PURE__ */ new Set(["serverInfo", "apiVersion", "generated", "entries", "publicKeys", "annotations"]), TIME = /^\d{4}-\d{1,2}-\d{1,2}(?:(?:[Tt]|[ \t]+)\d{1,2}:\d{2}:\d{2}(?:\.\d*)?(?:[ \t]*(?:[Zz]|[-+]\d{1,2}(?::?\d{2})?))?)?$/;
function emptyIndex() {
  return { apiVersion: "v1", entries: /* @__PURE__ */ new Map() };
}
function parseIndex(text, file) {
  let fail = (message, pos = { line: 1, col: 1 }, hint) => {
    throw new SlipwayError({ code: "helm-index", message, location: { file, line: pos.line, col: pos.col }, ...hint ? { hint } : {} });
  };
  text.trim() === "" && fail("empty index.yaml file");
  let root, strict = !0;
  if (text.trimStart().startsWith("{"))
    try {
      root = fromJson(JSON.parse(text)), strict = !1;
    } catch {
      root = void 0;
    }
  if (!root)
    try {
      root = readYaml(text);
    } catch (e) {
      throw e instanceof YamlSyntaxError && fail(`the index is not valid YAML: ${e.message}`, e.pos, "Helm cannot load this file either"), e;
    }
  if (!root || root.kind !== "map") return fail("an index must be a mapping with apiVersion and entries", root?.pos);
  let decoder = new Decoder(file, strict), warnings = [], where = /* @__PURE__ */ new WeakMap(), index = { apiVersion: "", entries: /* @__PURE__ */ new Map() };
  for (let pair of root.pairs) {
    let { key, value } = pair;
    if (!INDEX_FIELDS.has(key)) {
      strict && decoder.error("helm-unknown-field", `unknown field "${key}" in the index`, pair.keyPos, "Helm refuses fields it does not know in an index");
      continue;
    }
    if (key === "entries") {
      readEntries(value, decoder, warnings, where, index);
      continue;
    }
    let v = decoder.field(value, key === "serverInfo" ? "anyMap" : key === "publicKeys" ? "strings" : key === "annotations" ? "stringMap" : "string", key);
    v !== void 0 && (key === "apiVersion" ? index.apiVersion = v : key === "generated" ? (TIME.test(v) || decoder.error("helm-index-time", `generated "${String(v)}" is not a time (RFC 3339)`, value.pos), index.generated = v) : key === "annotations" ? index.annotations = v : key === "publicKeys" ? index.publicKeys = v : index.serverInfo = v);
  }
  if (decoder.errors.length > 0) throw new SlipwayError(decoder.errors);
  index.apiVersion || fail("no API version specified", root.pos, 'an index starts with "apiVersion: v1"');
  for (let [name, list] of index.entries) index.entries.set(name, sortNewestFirst(list, (e) => e.version));
  return { index, warnings, where };
}
function readEntries(node, decoder, warnings, where, index) {
  if (!isNull(node)) {
    if (node.kind !== "map") {
      decoder.error("helm-field-type", "entries must be a mapping of chart names to lists of versions", node.pos);
      return;
    }
    for (let pair of node.pairs) {
      let list = [];
      if (index.entries.set(pair.key, list), !isNull(pair.value)) {
        if (pair.value.kind !== "seq") {
          decoder.error("helm-field-type", `entries.${pair.key} must be a list of chart versions`, pair.value.pos);
          continue;
        }
        for (let item of pair.value.items) {
          let skip = (why) => warnings.push({ code: "helm-index-entry-skipped", message: `skipping loading invalid entry for chart "${pair.key}": ${why}`, location: decoder.at(item.pos) });
          if (isNull(item)) {
            skip("empty entry");
            continue;
          }
          if (item.kind !== "map") {
            decoder.error("helm-field-type", `entries.${pair.key} items must be mappings`, item.pos);
            continue;
          }
          let before = decoder.errors.length, { value, where: fields } = decoder.object(item, ENTRY_SCHEMA, `entries.${pair.key}`), entry = value;
          if (typeof entry.created == "string" && !TIME.test(entry.created) && decoder.error("helm-index-time", `created "${entry.created}" is not a time (RFC 3339)`, fields.created ?? item.pos), decoder.errors.length > before) continue;
          entry.apiVersion || (entry.apiVersion = "v1");
          let problem = validateMetadata(entry);
          if (problem && !problem.startsWith("more than one dependency with name or alias")) {
            skip(`version "${entry.version ?? ""}": validation: ${problem}`);
            continue;
          }
          where.set(entry, item.pos), list.push(entry);
        }
      }
    }
  }
}
function* indexChunks(index) {
  let before = { apiVersion: index.apiVersion };
  index.annotations && Object.keys(index.annotations).length > 0 && (before.annotations = index.annotations), yield writeHelmYaml(before);
  let names = [...index.entries.keys()].sort(compareKeys);
  if (names.length === 0) yield `entries: {}
`;
  else {
    yield `entries:
`;
    for (let name of names) yield writeHelmYaml({ [name]: index.entries.get(name) }, 2);
  }
  let after = { generated: index.generated };
  index.publicKeys && index.publicKeys.length > 0 && (after.publicKeys = index.publicKeys), index.serverInfo && Object.keys(index.serverInfo).length > 0 && (after.serverInfo = index.serverInfo), yield writeHelmYaml(after);
}
function helmTime(date) {
  return date.toISOString().replace(/\.000Z$/, "Z").replace(/(\.\d*?)0+Z$/, "$1Z");
}

// src/helm/index-update.ts
function addPackages(index, packages, options) {
  let change = { added: [], unchanged: [], replaced: [], conflicts: [] }, touched = /* @__PURE__ */ new Set(), created = helmTime(options.now);
  for (let p of packages) {
    let { name, version } = p.metadata, list = index.entries.get(name) ?? [], at = list.findIndex((e) => e.version === version), entry = { ...p.metadata, apiVersion: p.metadata.apiVersion || "v1", urls: [p.url], created, digest: p.sha256 };
    if (at === -1) {
      list.push(entry), index.entries.set(name, list), touched.add(name), change.added.push(entry);
      continue;
    }
    let existing = list[at];
    if (existing.digest === p.sha256) {
      change.unchanged.push(existing);
      continue;
    }
    if (!options.force) {
      let location = options.where?.(existing);
      change.conflicts.push({
        code: "chart-version-published",
        message: `${name} ${version} is already in the index with digest ${existing.digest ?? "(none)"}, and ${p.file} has digest ${p.sha256}: a published version is immutable`,
        hint: "bump the chart version, or pass --force to replace the published package",
        ...location ? { location } : {}
      });
      continue;
    }
    list[at] = entry, touched.add(name), change.replaced.push(entry);
  }
  for (let name of touched) index.entries.set(name, sortNewestFirst(index.entries.get(name), (e) => e.version));
  return (change.added.length + change.replaced.length > 0 || !index.generated) && (index.generated = created), change;
}
function parsePruneRule(text) {
  if (/^\d+$/.test(text) && Number(text) > 0) return { keep: Number(text) };
  if (/^\d{4}-\d{2}-\d{2}/.test(text)) {
    let date = new Date(text);
    if (!Number.isNaN(date.getTime())) return { before: date };
  }
}
function prune(index, rule) {
  let removed = [];
  for (let [name, list] of index.entries) {
    let sorted = sortNewestFirst(list, (e) => e.version), kept = sorted.filter((e, i) => {
      if (i === 0) return !0;
      if ("keep" in rule) return i < rule.keep;
      let when = e.created ? new Date(e.created.replace(" ", "T")) : void 0;
      return when === void 0 || Number.isNaN(when.getTime()) || when >= rule.before;
    });
    for (let e of sorted) kept.includes(e) || removed.push(e);
    index.entries.set(name, kept);
  }
  return removed;
}

// src/helm/repo-url.ts
import path5 from "node:path";
function joinRepoUrl(base, relative) {
  if (!base) return relative;
  let url;
  try {
    url = /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(base) ? new URL(base) : void 0;
  } catch {
    url = void 0;
  }
  return url ? (url.pathname = path5.posix.join(url.pathname || "/", relative), url.toString()) : path5.posix.join(base, relative);
}

export {
  YamlSyntaxError,
  readWithLibrary,
  lintMetadata,
  loadChart,
  packageName,
  packageChart,
  joinRepoUrl,
  emptyIndex,
  parseIndex,
  indexChunks,
  addPackages,
  parsePruneRule,
  prune
};
