import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  didYouMean,
  loadConfig,
  platformVersion,
  satisfies,
  strictVersion
} from "./chunk-MBOEK4S7.js";
import "./chunk-T2LXPFR4.js";
import "./chunk-7QDAYDVG.js";
import "./chunk-ZOQLPXWR.js";
import {
  SlipwayError,
  formatLocation
} from "./chunk-BOOLIPAW.js";
import "./chunk-CY3FJDSN.js";

// src/matrix/check-installed.ts
function parseInstalled(words, matrix) {
  let errors = [], installed = /* @__PURE__ */ new Map(), known = [...matrix.components.map((c) => c.name), ...matrix.platforms.map((p) => p.name)], platformNames = new Set(matrix.platforms.map((p) => p.name));
  for (let word of words) {
    let m = /^([^=]+)=(.+)$/.exec(word);
    if (!m) {
      errors.push({ code: "usage", message: `"${word}" is not name=version`, hint: "for example kubernetes=1.30.4 api=1.4.0" });
      continue;
    }
    let [, name, raw] = m, isComponent = matrix.components.some((c) => c.name === name);
    if (!isComponent && !platformNames.has(name)) {
      let guess = didYouMean(name, known);
      errors.push({ code: "usage", message: `"${name}" is neither a component nor a platform of ${matrix.release.name}`, ...guess ? { hint: `did you mean "${guess}"?` } : {} });
      continue;
    }
    let version = isComponent ? strictVersion(raw) : platformVersion(raw.replace(/^v/, ""));
    if (!version) {
      errors.push({ code: "usage", message: `${name}=${raw}: "${raw}" is not a version`, hint: isComponent ? "write MAJOR.MINOR.PATCH" : "write MAJOR.MINOR or MAJOR.MINOR.PATCH" });
      continue;
    }
    installed.set(name, version);
  }
  return errors.length > 0 ? { ok: !1, errors } : { ok: !0, value: installed };
}
function checkInstalled(matrix, installed) {
  let conflicts = [], notes = [], effective = new Map(matrix.components.map((c) => [c.name, c.version]));
  for (let [name, v] of installed) effective.has(name) && effective.set(name, v);
  let checked = 0;
  for (let c of matrix.components) {
    let own = installed.get(c.name);
    if (own !== void 0 && own !== c.version) {
      notes.push(`${c.name} ${own} is not this release's version (${c.version}); its own requirements were not checked`);
      continue;
    }
    for (let r of c.requires) {
      let have = installed.get(r.target) ?? effective.get(r.target);
      have !== void 0 && (checked++, satisfies(have, r.range) || conflicts.push(`${c.name} ${c.version} requires ${r.target} ${r.range}, but ${r.target} ${have} is ${installed.has(r.target) ? "installed" : "in the release"} (${formatLocation(r.location)})`));
    }
  }
  return { compatible: conflicts.length === 0, checked, conflicts, notes };
}

// src/commands/check.ts
async function check(ctx, options) {
  let m = await loadConfig(ctx, options.config);
  if (options.installed.length === 0)
    throw new SlipwayError({ code: "usage", message: "check needs at least one name=version", hint: "for example: slipway check kubernetes=1.30 api=1.4.0" }, 2);
  let installed = parseInstalled(options.installed, m);
  if (!installed.ok) throw new SlipwayError(installed.errors, 2);
  let result = checkInstalled(m, installed.value), given = [...installed.value].map(([n, v]) => `${n} ${v}`).join(", "), lines = result.compatible ? [`compatible: ${m.release.name} works with ${given} (${result.checked} requirements checked)`] : [`not compatible: ${result.conflicts.length} conflict${result.conflicts.length === 1 ? "" : "s"} with ${given}`, ...result.conflicts.map((c) => `  ${c}`)];
  return lines.push(...result.notes.map((n) => `note: ${n}`)), { data: result, text: lines.join(`
`), exitCode: result.compatible ? 0 : 1 };
}
export {
  check
};
