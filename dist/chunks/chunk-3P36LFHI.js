import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  compareBytes
} from "./chunk-LIL3453G.js";
import {
  YamlSource,
  require_ucs2length
} from "./chunk-7QDAYDVG.js";
import {
  SlipwayError,
  fail
} from "./chunk-BOOLIPAW.js";

// src/bundle/release-path.ts
function isReleasePath(name) {
  return name === "" || name.includes("\\") || /[\u0000-\u001f\u007f]/.test(name) ? !1 : name.split("/").every((segment) => segment !== "" && segment !== "." && segment !== "..");
}
function assetName(file) {
  return file.slice(file.lastIndexOf("/") + 1);
}

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
    isReleasePath(name) || fail("checksums-path", `"${name}" is not a file name of the release folder`, { location }), lines.push({ sha256: m[1].toLowerCase(), name, line: i + 1 });
  }), lines;
}

// src/bundle/document-validators.ts
var precompiled_manifestValidator = validate10;
var func2 = require_ucs2length().default, pattern0 = new RegExp("^[0-9a-f]{7,64}$", "u"), pattern1 = new RegExp("(?:^|/)(?:manifest\\.yaml|SHA256SUMS)$", "u"), pattern2 = new RegExp("^(?!\\.\\.?(?:/|$))[^/\\\\\\u0000-\\u001f\\u007f]+(?:/(?!\\.\\.?(?:/|$))[^/\\\\\\u0000-\\u001f\\u007f]+)*$", "u"), pattern3 = new RegExp("^[a-z][a-z0-9-]*$", "u"), pattern4 = new RegExp("^[0-9a-f]{64}$", "u"), schema12 = { type: "object", additionalProperties: !1, required: ["name", "format", "top", "components", "requires"], if: { properties: { format: { const: "zip" } } }, then: { required: ["indexSha256"], not: { anyOf: [{ required: ["tarSha256"] }, { required: ["tarSize"] }] } }, properties: { name: { type: "string" }, format: { enum: ["tar.gz", "zip"] }, top: { type: "string" }, tarSha256: { type: "string", pattern: "^[0-9a-f]{64}$" }, tarSize: { type: "integer", minimum: 0 }, indexSha256: { type: "string", pattern: "^[0-9a-f]{64}$", description: "sha256 of the bundle's bundle.yaml (every file with its sha256): the same for the .tar.gz and the .zip of one bundle." }, files: { type: "integer", minimum: 0 }, components: { type: "array", items: { type: "object", additionalProperties: !1, required: ["name", "kind", "version", "requires"], properties: { name: { type: "string" }, kind: { type: "string" }, version: { type: "string" }, requires: { $ref: "#/definitions/requires" } } } }, requires: { $ref: "#/definitions/requires" } } };
var func4 = Object.prototype.hasOwnProperty;
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0, _errs1 = errors, valid0 = !0, _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data) && data.format !== void 0 && data.format !== "zip") {
    let err0 = {};
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  var _valid0 = _errs2 === errors;
  if (errors = _errs1, vErrors !== null && (_errs1 ? vErrors.length = _errs1 : vErrors = null), _valid0) {
    let _errs4 = errors, _errs5 = errors, _errs6 = errors, _errs7 = errors, valid3 = !1, _errs8 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.tarSha256 === void 0 && (missing0 = "tarSha256")) {
        let err1 = {};
        vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
      }
    }
    var _valid1 = _errs8 === errors;
    if (valid3 = valid3 || _valid1, !valid3) {
      let _errs9 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing1;
        if (data.tarSize === void 0 && (missing1 = "tarSize")) {
          let err2 = {};
          vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
        }
      }
      var _valid1 = _errs9 === errors;
      valid3 = valid3 || _valid1;
    }
    if (valid3)
      errors = _errs7, vErrors !== null && (_errs7 ? vErrors.length = _errs7 : vErrors = null);
    else {
      let err3 = {};
      vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
    }
    var valid2 = _errs6 === errors;
    if (valid2) {
      let err4 = { instancePath, schemaPath: "#/then/not", keyword: "not", params: {}, message: "must NOT be valid" };
      vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
    } else
      errors = _errs5, vErrors !== null && (_errs5 ? vErrors.length = _errs5 : vErrors = null);
    if (data && typeof data == "object" && !Array.isArray(data) && data.indexSha256 === void 0) {
      let err5 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "indexSha256" }, message: "must have required property 'indexSha256'" };
      vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
  }
  if (!valid0) {
    let err6 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      let err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
    }
    if (data.format === void 0) {
      let err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "format" }, message: "must have required property 'format'" };
      vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
    }
    if (data.top === void 0) {
      let err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "top" }, message: "must have required property 'top'" };
      vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
    }
    if (data.components === void 0) {
      let err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "components" }, message: "must have required property 'components'" };
      vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
    }
    if (data.requires === void 0) {
      let err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "requires" }, message: "must have required property 'requires'" };
      vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
    }
    for (let key0 in data)
      if (!func4.call(schema12.properties, key0)) {
        let err12 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
      }
    if (data.name !== void 0 && typeof data.name != "string") {
      let err13 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
      vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
    }
    if (data.format !== void 0) {
      let data2 = data.format;
      if (!(data2 === "tar.gz" || data2 === "zip")) {
        let err14 = { instancePath: instancePath + "/format", schemaPath: "#/properties/format/enum", keyword: "enum", params: { allowedValues: schema12.properties.format.enum }, message: "must be equal to one of the allowed values" };
        vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
      }
    }
    if (data.top !== void 0 && typeof data.top != "string") {
      let err15 = { instancePath: instancePath + "/top", schemaPath: "#/properties/top/type", keyword: "type", params: { type: "string" }, message: "must be string" };
      vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
    }
    if (data.tarSha256 !== void 0) {
      let data4 = data.tarSha256;
      if (typeof data4 == "string") {
        if (!pattern4.test(data4)) {
          let err16 = { instancePath: instancePath + "/tarSha256", schemaPath: "#/properties/tarSha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"' };
          vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
        }
      } else {
        let err17 = { instancePath: instancePath + "/tarSha256", schemaPath: "#/properties/tarSha256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
      }
    }
    if (data.tarSize !== void 0) {
      let data5 = data.tarSize;
      if (!(typeof data5 == "number" && !(data5 % 1) && !isNaN(data5))) {
        let err18 = { instancePath: instancePath + "/tarSize", schemaPath: "#/properties/tarSize/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
      }
      if (typeof data5 == "number" && (data5 < 0 || isNaN(data5))) {
        let err19 = { instancePath: instancePath + "/tarSize", schemaPath: "#/properties/tarSize/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
      }
    }
    if (data.indexSha256 !== void 0) {
      let data6 = data.indexSha256;
      if (typeof data6 == "string") {
        if (!pattern4.test(data6)) {
          let err20 = { instancePath: instancePath + "/indexSha256", schemaPath: "#/properties/indexSha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"' };
          vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
        }
      } else {
        let err21 = { instancePath: instancePath + "/indexSha256", schemaPath: "#/properties/indexSha256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
      }
    }
    if (data.files !== void 0) {
      let data7 = data.files;
      if (!(typeof data7 == "number" && !(data7 % 1) && !isNaN(data7))) {
        let err22 = { instancePath: instancePath + "/files", schemaPath: "#/properties/files/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
      }
      if (typeof data7 == "number" && (data7 < 0 || isNaN(data7))) {
        let err23 = { instancePath: instancePath + "/files", schemaPath: "#/properties/files/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
      }
    }
    if (data.components !== void 0) {
      let data8 = data.components;
      if (Array.isArray(data8)) {
        let len0 = data8.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data9 = data8[i0];
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            if (data9.name === void 0) {
              let err24 = { instancePath: instancePath + "/components/" + i0, schemaPath: "#/properties/components/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
            }
            if (data9.kind === void 0) {
              let err25 = { instancePath: instancePath + "/components/" + i0, schemaPath: "#/properties/components/items/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
              vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
            }
            if (data9.version === void 0) {
              let err26 = { instancePath: instancePath + "/components/" + i0, schemaPath: "#/properties/components/items/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
              vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
            }
            if (data9.requires === void 0) {
              let err27 = { instancePath: instancePath + "/components/" + i0, schemaPath: "#/properties/components/items/required", keyword: "required", params: { missingProperty: "requires" }, message: "must have required property 'requires'" };
              vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
            }
            for (let key1 in data9)
              if (!(key1 === "name" || key1 === "kind" || key1 === "version" || key1 === "requires")) {
                let err28 = { instancePath: instancePath + "/components/" + i0, schemaPath: "#/properties/components/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
              }
            if (data9.name !== void 0 && typeof data9.name != "string") {
              let err29 = { instancePath: instancePath + "/components/" + i0 + "/name", schemaPath: "#/properties/components/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
            }
            if (data9.kind !== void 0 && typeof data9.kind != "string") {
              let err30 = { instancePath: instancePath + "/components/" + i0 + "/kind", schemaPath: "#/properties/components/items/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
            }
            if (data9.version !== void 0 && typeof data9.version != "string") {
              let err31 = { instancePath: instancePath + "/components/" + i0 + "/version", schemaPath: "#/properties/components/items/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
            }
            if (data9.requires !== void 0) {
              let data13 = data9.requires;
              if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                for (let key2 in data13)
                  if (typeof data13[key2] != "string") {
                    let err32 = { instancePath: instancePath + "/components/" + i0 + "/requires/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/requires/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
                  }
              } else {
                let err33 = { instancePath: instancePath + "/components/" + i0 + "/requires", schemaPath: "#/definitions/requires/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
              }
            }
          } else {
            let err34 = { instancePath: instancePath + "/components/" + i0, schemaPath: "#/properties/components/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
          }
        }
      } else {
        let err35 = { instancePath: instancePath + "/components", schemaPath: "#/properties/components/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
      }
    }
    if (data.requires !== void 0) {
      let data15 = data.requires;
      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
        for (let key3 in data15)
          if (typeof data15[key3] != "string") {
            let err36 = { instancePath: instancePath + "/requires/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/requires/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
          }
      } else {
        let err37 = { instancePath: instancePath + "/requires", schemaPath: "#/definitions/requires/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
      }
    }
  } else {
    let err38 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
  }
  return validate11.errors = vErrors, errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.schemaVersion === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schemaVersion" }, message: "must have required property 'schemaVersion'" };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.release === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "release" }, message: "must have required property 'release'" };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data.artifacts === void 0) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "artifacts" }, message: "must have required property 'artifacts'" };
      vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    for (let key0 in data)
      if (!(key0 === "schemaVersion" || key0 === "release" || key0 === "source" || key0 === "artifacts")) {
        let err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
      }
    if (data.schemaVersion !== void 0 && data.schemaVersion !== 1) {
      let err4 = { instancePath: instancePath + "/schemaVersion", schemaPath: "#/properties/schemaVersion/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
      vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
    }
    if (data.release !== void 0) {
      let data1 = data.release;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.name === void 0) {
          let err5 = { instancePath: instancePath + "/release", schemaPath: "#/properties/release/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
          vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
        }
        if (data1.version === void 0) {
          let err6 = { instancePath: instancePath + "/release", schemaPath: "#/properties/release/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
          vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
        }
        for (let key1 in data1)
          if (!(key1 === "name" || key1 === "version" || key1 === "tag")) {
            let err7 = { instancePath: instancePath + "/release", schemaPath: "#/properties/release/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
          }
        if (data1.name !== void 0) {
          let data2 = data1.name;
          if (typeof data2 == "string") {
            if (func2(data2) < 1) {
              let err8 = { instancePath: instancePath + "/release/name", schemaPath: "#/properties/release/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
            }
          } else {
            let err9 = { instancePath: instancePath + "/release/name", schemaPath: "#/properties/release/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
          }
        }
        if (data1.version !== void 0) {
          let data3 = data1.version;
          if (typeof data3 == "string") {
            if (func2(data3) < 1) {
              let err10 = { instancePath: instancePath + "/release/version", schemaPath: "#/properties/release/properties/version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
            }
          } else {
            let err11 = { instancePath: instancePath + "/release/version", schemaPath: "#/properties/release/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
          }
        }
        if (data1.tag !== void 0 && typeof data1.tag != "string") {
          let err12 = { instancePath: instancePath + "/release/tag", schemaPath: "#/properties/release/properties/tag/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
        }
      } else {
        let err13 = { instancePath: instancePath + "/release", schemaPath: "#/properties/release/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
      }
    }
    if (data.source !== void 0) {
      let data5 = data.source;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        for (let key2 in data5)
          if (!(key2 === "commit" || key2 === "repository")) {
            let err14 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
          }
        if (data5.commit !== void 0) {
          let data6 = data5.commit;
          if (typeof data6 == "string") {
            if (!pattern0.test(data6)) {
              let err15 = { instancePath: instancePath + "/source/commit", schemaPath: "#/properties/source/properties/commit/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{7,64}$" }, message: 'must match pattern "^[0-9a-f]{7,64}$"' };
              vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
            }
          } else {
            let err16 = { instancePath: instancePath + "/source/commit", schemaPath: "#/properties/source/properties/commit/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
          }
        }
        if (data5.repository !== void 0 && typeof data5.repository != "string") {
          let err17 = { instancePath: instancePath + "/source/repository", schemaPath: "#/properties/source/properties/repository/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
        }
      } else {
        let err18 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
      }
    }
    if (data.artifacts !== void 0) {
      let data8 = data.artifacts;
      if (Array.isArray(data8)) {
        let len0 = data8.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data9 = data8[i0];
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            if (data9.file === void 0) {
              let err19 = { instancePath: instancePath + "/artifacts/" + i0, schemaPath: "#/properties/artifacts/items/required", keyword: "required", params: { missingProperty: "file" }, message: "must have required property 'file'" };
              vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
            }
            if (data9.kind === void 0) {
              let err20 = { instancePath: instancePath + "/artifacts/" + i0, schemaPath: "#/properties/artifacts/items/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
              vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
            }
            if (data9.size === void 0) {
              let err21 = { instancePath: instancePath + "/artifacts/" + i0, schemaPath: "#/properties/artifacts/items/required", keyword: "required", params: { missingProperty: "size" }, message: "must have required property 'size'" };
              vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
            }
            if (data9.sha256 === void 0) {
              let err22 = { instancePath: instancePath + "/artifacts/" + i0, schemaPath: "#/properties/artifacts/items/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'" };
              vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
            }
            for (let key3 in data9)
              if (!(key3 === "file" || key3 === "kind" || key3 === "size" || key3 === "sha256" || key3 === "bundle" || key3 === "details")) {
                let err23 = { instancePath: instancePath + "/artifacts/" + i0, schemaPath: "#/properties/artifacts/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
              }
            if (data9.file !== void 0) {
              let data10 = data9.file, _errs26 = errors, _errs27 = errors;
              if (typeof data10 == "string" && !pattern1.test(data10)) {
                let err24 = {};
                vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
              }
              var valid6 = _errs27 === errors;
              if (valid6) {
                let err25 = { instancePath: instancePath + "/artifacts/" + i0 + "/file", schemaPath: "#/properties/artifacts/items/properties/file/not", keyword: "not", params: {}, message: "must NOT be valid" };
                vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
              } else
                errors = _errs26, vErrors !== null && (_errs26 ? vErrors.length = _errs26 : vErrors = null);
              if (typeof data10 == "string") {
                if (!pattern2.test(data10)) {
                  let err26 = { instancePath: instancePath + "/artifacts/" + i0 + "/file", schemaPath: "#/properties/artifacts/items/properties/file/pattern", keyword: "pattern", params: { pattern: "^(?!\\.\\.?(?:/|$))[^/\\\\\\u0000-\\u001f\\u007f]+(?:/(?!\\.\\.?(?:/|$))[^/\\\\\\u0000-\\u001f\\u007f]+)*$" }, message: 'must match pattern "^(?!\\.\\.?(?:/|$))[^/\\\\\\u0000-\\u001f\\u007f]+(?:/(?!\\.\\.?(?:/|$))[^/\\\\\\u0000-\\u001f\\u007f]+)*$"' };
                  vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
                }
              } else {
                let err27 = { instancePath: instancePath + "/artifacts/" + i0 + "/file", schemaPath: "#/properties/artifacts/items/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
              }
            }
            if (data9.kind !== void 0) {
              let data11 = data9.kind;
              if (typeof data11 == "string") {
                if (!pattern3.test(data11)) {
                  let err28 = { instancePath: instancePath + "/artifacts/" + i0 + "/kind", schemaPath: "#/properties/artifacts/items/properties/kind/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9-]*$" }, message: 'must match pattern "^[a-z][a-z0-9-]*$"' };
                  vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
                }
              } else {
                let err29 = { instancePath: instancePath + "/artifacts/" + i0 + "/kind", schemaPath: "#/properties/artifacts/items/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
              }
            }
            if (data9.size !== void 0) {
              let data12 = data9.size;
              if (!(typeof data12 == "number" && !(data12 % 1) && !isNaN(data12))) {
                let err30 = { instancePath: instancePath + "/artifacts/" + i0 + "/size", schemaPath: "#/properties/artifacts/items/properties/size/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
              }
              if (typeof data12 == "number" && (data12 < 0 || isNaN(data12))) {
                let err31 = { instancePath: instancePath + "/artifacts/" + i0 + "/size", schemaPath: "#/properties/artifacts/items/properties/size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
              }
            }
            if (data9.sha256 !== void 0) {
              let data13 = data9.sha256;
              if (typeof data13 == "string") {
                if (!pattern4.test(data13)) {
                  let err32 = { instancePath: instancePath + "/artifacts/" + i0 + "/sha256", schemaPath: "#/properties/artifacts/items/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"' };
                  vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
                }
              } else {
                let err33 = { instancePath: instancePath + "/artifacts/" + i0 + "/sha256", schemaPath: "#/properties/artifacts/items/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
              }
            }
            if (data9.bundle !== void 0 && (validate11(data9.bundle, { instancePath: instancePath + "/artifacts/" + i0 + "/bundle", parentData: data9, parentDataProperty: "bundle", rootData }) || (vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors), errors = vErrors.length)), data9.details !== void 0) {
              let data15 = data9.details;
              if (!(data15 && typeof data15 == "object" && !Array.isArray(data15))) {
                let err34 = { instancePath: instancePath + "/artifacts/" + i0 + "/details", schemaPath: "#/properties/artifacts/items/properties/details/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
              }
            }
          } else {
            let err35 = { instancePath: instancePath + "/artifacts/" + i0, schemaPath: "#/properties/artifacts/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
          }
        }
      } else {
        let err36 = { instancePath: instancePath + "/artifacts", schemaPath: "#/properties/artifacts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
      }
    }
  } else {
    let err37 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
  }
  return validate10.errors = vErrors, errors === 0;
}
var precompiled_bundleIndexValidator = validate13;
var pattern7 = new RegExp("^0[0-7]{3}$", "u");
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.schemaVersion === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schemaVersion" }, message: "must have required property 'schemaVersion'" };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.bundle === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "bundle" }, message: "must have required property 'bundle'" };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data.release === void 0) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "release" }, message: "must have required property 'release'" };
      vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    if (data.components === void 0) {
      let err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "components" }, message: "must have required property 'components'" };
      vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
    }
    if (data.files === void 0) {
      let err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "files" }, message: "must have required property 'files'" };
      vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
    }
    for (let key0 in data)
      if (!(key0 === "schemaVersion" || key0 === "bundle" || key0 === "release" || key0 === "components" || key0 === "files")) {
        let err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
      }
    if (data.schemaVersion !== void 0 && data.schemaVersion !== 1) {
      let err6 = { instancePath: instancePath + "/schemaVersion", schemaPath: "#/properties/schemaVersion/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
      vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
    }
    if (data.bundle !== void 0 && typeof data.bundle != "string") {
      let err7 = { instancePath: instancePath + "/bundle", schemaPath: "#/properties/bundle/type", keyword: "type", params: { type: "string" }, message: "must be string" };
      vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
    }
    if (data.release !== void 0) {
      let data2 = data.release;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.name === void 0) {
          let err8 = { instancePath: instancePath + "/release", schemaPath: "#/properties/release/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
          vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
        }
        if (data2.version === void 0) {
          let err9 = { instancePath: instancePath + "/release", schemaPath: "#/properties/release/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
          vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
        }
        for (let key1 in data2)
          if (!(key1 === "name" || key1 === "version")) {
            let err10 = { instancePath: instancePath + "/release", schemaPath: "#/properties/release/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
          }
        if (data2.name !== void 0 && typeof data2.name != "string") {
          let err11 = { instancePath: instancePath + "/release/name", schemaPath: "#/properties/release/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
        }
        if (data2.version !== void 0 && typeof data2.version != "string") {
          let err12 = { instancePath: instancePath + "/release/version", schemaPath: "#/properties/release/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
        }
      } else {
        let err13 = { instancePath: instancePath + "/release", schemaPath: "#/properties/release/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
      }
    }
    if (data.components !== void 0) {
      let data5 = data.components;
      if (Array.isArray(data5)) {
        let len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data6 = data5[i0];
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            if (data6.name === void 0) {
              let err14 = { instancePath: instancePath + "/components/" + i0, schemaPath: "#/properties/components/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
            }
            if (data6.kind === void 0) {
              let err15 = { instancePath: instancePath + "/components/" + i0, schemaPath: "#/properties/components/items/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
              vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
            }
            if (data6.version === void 0) {
              let err16 = { instancePath: instancePath + "/components/" + i0, schemaPath: "#/properties/components/items/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
              vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
            }
            if (data6.requires === void 0) {
              let err17 = { instancePath: instancePath + "/components/" + i0, schemaPath: "#/properties/components/items/required", keyword: "required", params: { missingProperty: "requires" }, message: "must have required property 'requires'" };
              vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
            }
            for (let key2 in data6)
              if (!(key2 === "name" || key2 === "kind" || key2 === "version" || key2 === "path" || key2 === "requires")) {
                let err18 = { instancePath: instancePath + "/components/" + i0, schemaPath: "#/properties/components/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
              }
            if (data6.name !== void 0 && typeof data6.name != "string") {
              let err19 = { instancePath: instancePath + "/components/" + i0 + "/name", schemaPath: "#/properties/components/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
            }
            if (data6.kind !== void 0 && typeof data6.kind != "string") {
              let err20 = { instancePath: instancePath + "/components/" + i0 + "/kind", schemaPath: "#/properties/components/items/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
            }
            if (data6.version !== void 0 && typeof data6.version != "string") {
              let err21 = { instancePath: instancePath + "/components/" + i0 + "/version", schemaPath: "#/properties/components/items/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
            }
            if (data6.path !== void 0 && typeof data6.path != "string") {
              let err22 = { instancePath: instancePath + "/components/" + i0 + "/path", schemaPath: "#/properties/components/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
            }
            if (data6.requires !== void 0) {
              let data11 = data6.requires;
              if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                for (let key3 in data11)
                  if (typeof data11[key3] != "string") {
                    let err23 = { instancePath: instancePath + "/components/" + i0 + "/requires/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/components/items/properties/requires/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
                  }
              } else {
                let err24 = { instancePath: instancePath + "/components/" + i0 + "/requires", schemaPath: "#/properties/components/items/properties/requires/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
              }
            }
          } else {
            let err25 = { instancePath: instancePath + "/components/" + i0, schemaPath: "#/properties/components/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
          }
        }
      } else {
        let err26 = { instancePath: instancePath + "/components", schemaPath: "#/properties/components/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
      }
    }
    if (data.files !== void 0) {
      let data13 = data.files;
      if (Array.isArray(data13)) {
        let len1 = data13.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data14 = data13[i1];
          if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
            if (data14.path === void 0) {
              let err27 = { instancePath: instancePath + "/files/" + i1, schemaPath: "#/properties/files/items/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
              vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
            }
            if (data14.mode === void 0) {
              let err28 = { instancePath: instancePath + "/files/" + i1, schemaPath: "#/properties/files/items/required", keyword: "required", params: { missingProperty: "mode" }, message: "must have required property 'mode'" };
              vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
            }
            for (let key4 in data14)
              if (!(key4 === "path" || key4 === "mode" || key4 === "size" || key4 === "sha256" || key4 === "link")) {
                let err29 = { instancePath: instancePath + "/files/" + i1, schemaPath: "#/properties/files/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
              }
            if (data14.path !== void 0) {
              let data15 = data14.path;
              if (typeof data15 == "string") {
                if (func2(data15) < 1) {
                  let err30 = { instancePath: instancePath + "/files/" + i1 + "/path", schemaPath: "#/properties/files/items/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
                }
              } else {
                let err31 = { instancePath: instancePath + "/files/" + i1 + "/path", schemaPath: "#/properties/files/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
              }
            }
            if (data14.mode !== void 0) {
              let data16 = data14.mode;
              if (typeof data16 == "string") {
                if (!pattern7.test(data16)) {
                  let err32 = { instancePath: instancePath + "/files/" + i1 + "/mode", schemaPath: "#/properties/files/items/properties/mode/pattern", keyword: "pattern", params: { pattern: "^0[0-7]{3}$" }, message: 'must match pattern "^0[0-7]{3}$"' };
                  vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
                }
              } else {
                let err33 = { instancePath: instancePath + "/files/" + i1 + "/mode", schemaPath: "#/properties/files/items/properties/mode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
              }
            }
            if (data14.size !== void 0) {
              let data17 = data14.size;
              if (!(typeof data17 == "number" && !(data17 % 1) && !isNaN(data17))) {
                let err34 = { instancePath: instancePath + "/files/" + i1 + "/size", schemaPath: "#/properties/files/items/properties/size/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
              }
              if (typeof data17 == "number" && (data17 < 0 || isNaN(data17))) {
                let err35 = { instancePath: instancePath + "/files/" + i1 + "/size", schemaPath: "#/properties/files/items/properties/size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
              }
            }
            if (data14.sha256 !== void 0) {
              let data18 = data14.sha256;
              if (typeof data18 == "string") {
                if (!pattern4.test(data18)) {
                  let err36 = { instancePath: instancePath + "/files/" + i1 + "/sha256", schemaPath: "#/properties/files/items/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"' };
                  vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
                }
              } else {
                let err37 = { instancePath: instancePath + "/files/" + i1 + "/sha256", schemaPath: "#/properties/files/items/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
              }
            }
            if (data14.link !== void 0 && typeof data14.link != "string") {
              let err38 = { instancePath: instancePath + "/files/" + i1 + "/link", schemaPath: "#/properties/files/items/properties/link/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
            }
          } else {
            let err39 = { instancePath: instancePath + "/files/" + i1, schemaPath: "#/properties/files/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
          }
        }
      } else {
        let err40 = { instancePath: instancePath + "/files", schemaPath: "#/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
      }
    }
  } else {
    let err41 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
  }
  return validate13.errors = vErrors, errors === 0;
}
function manifestValidator() {
  return precompiled_manifestValidator;
}
function bundleIndexValidator() {
  return precompiled_bundleIndexValidator;
}

// src/bundle/documents.ts
function parseDocument(text, file, validate, code) {
  let source = new YamlSource(file, text), fast = source.data();
  if (!fast) {
    let syntax = source.syntaxErrors();
    throw new SlipwayError((syntax.length ? syntax : [{ code, message: "not readable as YAML", location: { file, line: 1, col: 1 } }]).map((d) => ({ ...d, code })));
  }
  let data = fast.value;
  if (validate(data)) return data;
  let diagnostics = (validate.errors ?? []).map((e) => {
    let segments = e.instancePath === "" ? [] : e.instancePath.slice(1).split("/").map((s) => /^\d+$/.test(s) ? Number(s) : s.replaceAll("~1", "/").replaceAll("~0", "~")), location = source.valueLocation(segments) ?? { file, line: 1, col: 1 };
    return { code, message: `${e.instancePath || "(document)"} ${e.message ?? "is invalid"}`, location };
  });
  throw new SlipwayError(diagnostics);
}
function parseManifest(text, file) {
  return parseDocument(text, file, manifestValidator(), "manifest-invalid");
}
function parseBundleIndex(text, file) {
  return parseDocument(text, file, bundleIndexValidator(), "bundle-index-invalid");
}

export {
  isReleasePath,
  assetName,
  CHECKSUMS_FILE,
  formatChecksums,
  parseChecksums,
  parseManifest,
  parseBundleIndex
};
