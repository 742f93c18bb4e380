import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  compareBytes
} from "./chunk-LIL3453G.js";
import {
  YamlSource,
  require_ajv
} from "./chunk-46GJ4U37.js";
import {
  SlipwayError,
  fail
} from "./chunk-BOOLIPAW.js";
import {
  __toESM
} from "./chunk-CY3FJDSN.js";

// src/bundle/documents-model.ts
var MANIFEST_FILE = "manifest.yaml", BUNDLE_INDEX_FILE = "bundle.yaml";

// src/bundle/checksums.ts
var CHECKSUMS_FILE = "SHA256SUMS";
function formatChecksums(entries) {
  return [...entries].sort((a, b) => compareBytes(a.name, b.name)).map((e) => `${e.sha256}  ${e.name}
`).join("");
}
function parseChecksums(text, file) {
  let lines = [];
  return text.split(`
`).forEach((raw, i) => {
    if (raw.trim() === "") return;
    let m = /^([0-9a-fA-F]{64}) [ *](.+)$/.exec(raw), location = { file, line: i + 1, col: 1 };
    m || fail("checksums-syntax", `not a "<sha256>  <name>" line: ${JSON.stringify(raw.slice(0, 80))}`, { location });
    let name = m[2];
    (name.includes("/") || name.includes("\\") || name === "." || name === "..") && fail("checksums-path", `"${name}" is not a file name of the release folder`, { location }), lines.push({ sha256: m[1].toLowerCase(), name, line: i + 1 });
  }), lines;
}

// src/bundle/documents.ts
var import_ajv = __toESM(require_ajv(), 1);

// schema/bundle.schema.json
var bundle_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://slipway.invalid/schema/bundle.schema.json",
  title: "Slipway bundle index (bundle.yaml, the last entry of each bundle)",
  type: "object",
  additionalProperties: !1,
  required: ["schemaVersion", "bundle", "release", "components", "files"],
  properties: {
    schemaVersion: { const: 1 },
    bundle: { type: "string" },
    release: {
      type: "object",
      additionalProperties: !1,
      required: ["name", "version"],
      properties: { name: { type: "string" }, version: { type: "string" } }
    },
    components: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: !1,
        required: ["name", "kind", "version", "requires"],
        properties: {
          name: { type: "string" },
          kind: { type: "string" },
          version: { type: "string" },
          path: { type: "string" },
          requires: { type: "object", additionalProperties: { type: "string" } }
        }
      }
    },
    files: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: !1,
        required: ["path", "mode"],
        properties: {
          path: { type: "string", minLength: 1 },
          mode: { type: "string", pattern: "^0[0-7]{3}$" },
          size: { type: "integer", minimum: 0 },
          sha256: { type: "string", pattern: "^[0-9a-f]{64}$" },
          link: { type: "string" }
        }
      }
    }
  }
};

// schema/release-manifest.schema.json
var release_manifest_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://slipway.invalid/schema/release-manifest.schema.json",
  title: "Slipway release manifest (manifest.yaml)",
  description: "Every artifact of a release with its size and sha256; for bundles, their components and what they require, so a consumer can check compatibility before downloading.",
  type: "object",
  additionalProperties: !1,
  required: ["schemaVersion", "release", "artifacts"],
  properties: {
    schemaVersion: { const: 1 },
    release: {
      type: "object",
      additionalProperties: !1,
      required: ["name", "version"],
      properties: {
        name: { type: "string", minLength: 1 },
        version: { type: "string", minLength: 1 },
        tag: { type: "string" }
      }
    },
    source: {
      type: "object",
      additionalProperties: !1,
      properties: {
        commit: { type: "string", pattern: "^[0-9a-f]{7,64}$" },
        repository: { type: "string" }
      }
    },
    artifacts: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: !1,
        required: ["file", "kind", "size", "sha256"],
        properties: {
          file: { type: "string", pattern: "^[^/\\\\]+$", not: { enum: [".", "..", "manifest.yaml", "SHA256SUMS"] } },
          kind: { type: "string", pattern: "^[a-z][a-z0-9-]*$" },
          size: { type: "integer", minimum: 0 },
          sha256: { type: "string", pattern: "^[0-9a-f]{64}$" },
          bundle: { $ref: "#/definitions/bundle" },
          details: { type: "object", description: "Facts that other kinds of artifacts carry (a chart's name and version, an installer's product code)." }
        }
      }
    }
  },
  definitions: {
    requires: { type: "object", additionalProperties: { type: "string" } },
    bundle: {
      type: "object",
      additionalProperties: !1,
      required: ["name", "format", "top", "components", "requires"],
      properties: {
        name: { type: "string" },
        format: { enum: ["tar.gz", "zip"] },
        top: { type: "string" },
        tarSha256: { type: "string", pattern: "^[0-9a-f]{64}$" },
        tarSize: { type: "integer", minimum: 0 },
        files: { type: "integer", minimum: 0 },
        components: {
          type: "array",
          items: {
            type: "object",
            additionalProperties: !1,
            required: ["name", "kind", "version", "requires"],
            properties: {
              name: { type: "string" },
              kind: { type: "string" },
              version: { type: "string" },
              requires: { $ref: "#/definitions/requires" }
            }
          }
        },
        requires: { $ref: "#/definitions/requires" }
      }
    }
  }
};

// src/bundle/documents.ts
var ajv, compiled = /* @__PURE__ */ new Map();
function validator(schema) {
  ajv ??= new import_ajv.Ajv({ allErrors: !0, strict: !1 });
  let v = compiled.get(schema);
  return v || compiled.set(schema, v = ajv.compile(schema)), v;
}
function parseDocument(text, file, schema, code) {
  let source = new YamlSource(file, text), fast = source.data();
  if (!fast) {
    let syntax = source.syntaxErrors();
    throw new SlipwayError((syntax.length ? syntax : [{ code, message: "not readable as YAML", location: { file, line: 1, col: 1 } }]).map((d) => ({ ...d, code })));
  }
  let data = fast.value, validate = validator(schema);
  if (validate(data)) return data;
  let diagnostics = (validate.errors ?? []).map((e) => {
    let segments = e.instancePath === "" ? [] : e.instancePath.slice(1).split("/").map((s) => /^\d+$/.test(s) ? Number(s) : s.replaceAll("~1", "/").replaceAll("~0", "~")), location = source.valueLocation(segments) ?? { file, line: 1, col: 1 };
    return { code, message: `${e.instancePath || "(document)"} ${e.message ?? "is invalid"}`, location };
  });
  throw new SlipwayError(diagnostics);
}
function parseManifest(text, file) {
  return parseDocument(text, file, release_manifest_schema_default, "manifest-invalid");
}
function parseBundleIndex(text, file) {
  return parseDocument(text, file, bundle_schema_default, "bundle-index-invalid");
}

export {
  MANIFEST_FILE,
  BUNDLE_INDEX_FILE,
  CHECKSUMS_FILE,
  formatChecksums,
  parseChecksums,
  parseManifest,
  parseBundleIndex
};
