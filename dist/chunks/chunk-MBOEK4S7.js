import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  require_semver
} from "./chunk-T2LXPFR4.js";
import {
  YamlSource,
  require_ucs2length
} from "./chunk-7QDAYDVG.js";
import {
  SlipwayError,
  formatLocation
} from "./chunk-BOOLIPAW.js";
import {
  __commonJS,
  __toESM
} from "./chunk-CY3FJDSN.js";

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/ajv-formats/dist/formats.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate, compare) {
      return { validate, compare };
    }
    exports.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(getTime(!0), compareTime),
      "date-time": fmtDef(getDateTime(!0), compareDateTime),
      "iso-time": fmtDef(getTime(), compareIsoTime),
      "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri,
      "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: "number", validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: "number", validate: validateInt64 },
      // C-type float
      float: { type: "number", validate: validateNumber },
      // C-type double
      double: { type: "number", validate: validateNumber },
      // hint to the UI to hide input strings
      password: !0,
      // unchecked string payload
      binary: !0
    };
    exports.fastFormats = {
      ...exports.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
      "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
      "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
      "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
    };
    exports.formatNames = Object.keys(exports.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/, DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str) {
      let matches = DATE.exec(str);
      if (!matches)
        return !1;
      let year = +matches[1], month = +matches[2], day = +matches[3];
      return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
    }
    function compareDate(d1, d2) {
      if (d1 && d2)
        return d1 > d2 ? 1 : d1 < d2 ? -1 : 0;
    }
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return function(str) {
        let matches = TIME.exec(str);
        if (!matches)
          return !1;
        let hr = +matches[1], min = +matches[2], sec = +matches[3], tz = matches[4], tzSign = matches[5] === "-" ? -1 : 1, tzH = +(matches[6] || 0), tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
          return !1;
        if (hr <= 23 && min <= 59 && sec < 60)
          return !0;
        let utcMin = min - tzM * tzSign, utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      };
    }
    function compareTime(s1, s2) {
      if (!(s1 && s2))
        return;
      let t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf(), t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s2)).valueOf();
      if (t1 && t2)
        return t1 - t2;
    }
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2))
        return;
      let a1 = TIME.exec(t1), a2 = TIME.exec(t2);
      if (a1 && a2)
        return t1 = a1[1] + a1[2] + a1[3], t2 = a2[1] + a2[2] + a2[3], t1 > t2 ? 1 : t1 < t2 ? -1 : 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      let time = getTime(strictTimeZone);
      return function(str) {
        let dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
      };
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return;
      let d1 = new Date(dt1).valueOf(), d2 = new Date(dt2).valueOf();
      if (d1 && d2)
        return d1 - d2;
    }
    function compareIsoDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return;
      let [d1, t1] = dt1.split(DATE_TIME_SEPARATOR), [d2, t2] = dt2.split(DATE_TIME_SEPARATOR), res = compareDate(d1, d2);
      if (res !== void 0)
        return res || compareTime(t1, t2);
    }
    var NOT_URI_FRAGMENT = /\/|:/, URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str) {
      return NOT_URI_FRAGMENT.test(str) && URI.test(str);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str) {
      return BYTE.lastIndex = 0, BYTE.test(str);
    }
    var MIN_INT32 = -(2 ** 31), MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    function validateNumber() {
      return !0;
    }
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str) {
      if (Z_ANCHOR.test(str))
        return !1;
      try {
        return new RegExp(str), !0;
      } catch {
        return !1;
      }
    }
  }
});

// src/matrix/did-you-mean.ts
function didYouMean(input, candidates) {
  let best, bestDistance = 1 / 0, limit = Math.max(1, Math.floor(input.length / 3));
  for (let candidate of candidates) {
    let d = editDistance(input.toLowerCase(), candidate.toLowerCase());
    d < bestDistance && d <= limit && (best = candidate, bestDistance = d);
  }
  return best;
}
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let current = [i];
    for (let j = 1; j <= b.length; j++) {
      let substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length];
}

// src/commands/load-config.ts
import path4 from "node:path";

// src/matrix/load.ts
import { readFile } from "node:fs/promises";
import path3 from "node:path";

// src/matrix/schema-validator.ts
var precompiled_compatibilityValidator = validate10, schema11 = { $schema: "http://json-schema.org/draft-07/schema#", $id: "https://slipway.dev/schema/compatibility.schema.json", title: "Slipway compatibility.yaml, version 1", description: "What a release is made of, which versions of its parts work together, and where it is published.", type: "object", additionalProperties: !1, required: ["apiVersion", "release", "components"], properties: { $schema: { type: "string" }, apiVersion: { description: "The format of this file. Always slipway/v1 for this version.", type: "string", enum: ["slipway/v1"] }, release: { $ref: "#/definitions/release" }, platforms: { description: "The platform versions this release is tested or built against, by platform name (kubernetes, helm, docker, windows, ...). Versions are strings: quote them, since YAML reads 1.30 as the number 1.3.", type: "object", propertyNames: { $ref: "#/definitions/name" }, additionalProperties: { type: "array", minItems: 1, items: { $ref: "#/definitions/versionString" } } }, components: { description: "The parts of the release. Names are unique across components and platforms.", type: "array", minItems: 1, items: { $ref: "#/definitions/component" } }, bundles: { description: "The downloadable archives of the release and the components each one carries.", type: "array", items: { $ref: "#/definitions/bundle" } }, targets: { $ref: "#/definitions/targets" }, defaults: { description: "Settings that apply to every component of a kind unless the component says otherwise.", type: "object", additionalProperties: !1, properties: { image: { type: "object", additionalProperties: !1, properties: { platforms: { $ref: "#/definitions/imagePlatforms" } } } } } }, definitions: { name: { type: "string", pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", patternErrorMessage: "must be lowercase letters, digits and dashes, starting and ending with a letter or digit (at most 63 characters)" }, versionString: { description: "A version: MAJOR.MINOR.PATCH (SemVer 2), or MAJOR.MINOR for a platform.", type: "string" }, release: { type: "object", additionalProperties: !1, required: ["name", "version"], properties: { name: { $ref: "#/definitions/name", description: "The release's name, used in bundle and asset names." }, version: { description: 'The release version (SemVer 2), or "tag" to take it from the release event, the pushed tag or git describe.', type: "string" }, tagPrefix: { description: 'What comes before the version in a release tag. Default "v" (v1.2.3).', type: "string", default: "v" }, description: { type: "string" } } }, requires: { description: 'SemVer ranges on other components or on platforms, by name: e.g. kubernetes: ">=1.29.0 <1.32.0".', type: "object", propertyNames: { $ref: "#/definitions/name" }, additionalProperties: { type: "string" } }, component: { type: "object", additionalProperties: !1, required: ["name", "kind", "version"], properties: { name: { $ref: "#/definitions/name" }, kind: { type: "string", enum: ["chart", "image", "compose", "terraform", "files", "installer"] }, version: { $ref: "#/definitions/versionString", description: "The component's own version (SemVer 2)." }, description: { type: "string" }, source: { description: "Where the component's sources live: a folder (or file) relative to this file.", type: "string", minLength: 1 }, requires: { $ref: "#/definitions/requires" }, image: { $ref: "#/definitions/imageSettings" }, installer: { $ref: "#/definitions/installerSettings" } } }, imageSettings: { description: "Settings of an image component.", type: "object", additionalProperties: !1, properties: { repository: { description: "The repository name under the registry owner. Default: the component name.", type: "string", pattern: "^[a-z0-9]+([._-][a-z0-9]+)*(/[a-z0-9]+([._-][a-z0-9]+)*)*$", patternErrorMessage: "must be a lowercase repository path (letters, digits, . _ - and /)" }, file: { description: "The Containerfile, relative to the source folder. Default: Containerfile.", type: "string" }, platforms: { $ref: "#/definitions/imagePlatforms" } } }, imagePlatforms: { description: "OS/architecture pairs to build, e.g. linux/amd64, linux/arm64. Default: defaults.image.platforms, else linux/amd64.", type: "array", minItems: 1, uniqueItems: !0, items: { type: "string", pattern: "^[a-z0-9]+/[a-z0-9]+(/[a-z0-9]+)?$", patternErrorMessage: "must be OS/ARCH[/VARIANT], e.g. linux/amd64" } }, installerSettings: { description: "Settings of an installer component (a Windows MSI). Paths are relative to compatibility.yaml.", type: "object", additionalProperties: !1, properties: { kind: { description: "application: files, shortcuts, registry values and a PATH entry. infrastructure: a compose bundle with start, stop and status scripts and Start menu shortcuts that run them. Default: application.", type: "string", enum: ["application", "infrastructure"] }, productName: { description: "The name shown in Add/Remove Programs and used for the install folder. Needed to build the MSI.", type: "string", minLength: 1, maxLength: 63 }, manufacturer: { description: "The publisher shown in Add/Remove Programs. Needed to build the MSI.", type: "string", minLength: 1 }, upgradeCode: { type: "string", pattern: "^\\{?[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\\}?$", patternErrorMessage: "must be a GUID such as 8f9e6a52-3c1b-4d55-9a0e-2b7f0c6d1e43", description: "The MSI UpgradeCode, stable for the product's whole life. Default: derived (UUIDv5) from the release and component names; pin it here before renaming either." }, scope: { description: "perMachine (Program Files, HKLM, for every user; needs elevation) or perUser. Default: perMachine.", type: "string", enum: ["perMachine", "perUser"] }, installDir: { description: "The folder name under Program Files (or the user's programs folder). Default: productName.", type: "string", minLength: 1, pattern: '^[^\\\\/:*?"<>|]+$', patternErrorMessage: 'must be one folder name, without \\ / : * ? " < > |' }, files: { description: "What to install. Default: the component's source folder.", type: "array", minItems: 1, items: { $ref: "#/definitions/installerFiles" } }, bundle: { description: "For an infrastructure installer: the bundle to install; it must carry exactly one compose component.", type: "string" }, shortcuts: { type: "array", items: { $ref: "#/definitions/installerShortcut" } }, registry: { type: "array", items: { $ref: "#/definitions/installerRegistryValue" } }, path: { description: "Add the install folder (true) or a folder below it (e.g. bin) to PATH; removed again on uninstall.", type: ["boolean", "string"] }, license: { type: "string", minLength: 1, description: "A licence in RTF, shown by the WiX UI and installed as License.rtf." }, icon: { type: "string", minLength: 1, description: "An .ico file: the icon of Add/Remove Programs and of the shortcuts." }, arp: { $ref: "#/definitions/installerArp" } } }, installerFiles: { type: "object", additionalProperties: !1, properties: { from: { description: "A file, a folder, or a glob (e.g. dist/*.exe, docs/**/*.md), relative to compatibility.yaml.", type: "string", minLength: 1 }, bundle: { description: "A bundle of this file: its components and files are installed as the bundle lays them out.", type: "string", minLength: 1 }, to: { description: "A folder below the install folder. Default: the install folder itself.", type: "string" } } }, installerShortcut: { type: "object", additionalProperties: !1, required: ["name", "target"], properties: { name: { type: "string", minLength: 1, pattern: '^[^\\\\/:*?"<>|]+$', patternErrorMessage: 'must be a file name, without \\ / : * ? " < > |' }, target: { description: "An installed file, as its path below the install folder (e.g. bin/acmectl.exe).", type: "string", minLength: 1 }, arguments: { type: "string" }, description: { type: "string" }, startMenu: { description: "Default: true.", type: "boolean" }, desktop: { description: "Default: false.", type: "boolean" } } }, installerRegistryValue: { type: "object", additionalProperties: !1, required: ["key", "name", "value"], properties: { root: { description: "HKLM, HKCU, or HKMU (HKLM for a perMachine install, HKCU for perUser). Default: HKMU.", type: "string", enum: ["HKLM", "HKCU", "HKMU"] }, key: { type: "string", minLength: 1 }, name: { type: "string" }, type: { description: "Default: string.", type: "string", enum: ["string", "integer"] }, value: { description: "[INSTALLDIR] stands for the install folder.", type: ["string", "integer"] } } }, installerArp: { description: "Add/Remove Programs properties.", type: "object", additionalProperties: !1, properties: { comments: { type: "string" }, contact: { type: "string" }, helpLink: { type: "string", format: "uri" }, aboutLink: { type: "string", format: "uri" }, updateLink: { type: "string", format: "uri" }, helpTelephone: { type: "string" }, noModify: { type: "boolean" }, noRepair: { type: "boolean" }, noRemove: { type: "boolean" } } }, bundle: { type: "object", additionalProperties: !1, required: ["name", "components"], properties: { name: { $ref: "#/definitions/name" }, description: { type: "string" }, components: { description: "Names of the components this bundle carries.", type: "array", uniqueItems: !0, items: { type: "string" } }, files: { description: "Further files or folders to carry, relative to this file.", type: "array", items: { type: "object", additionalProperties: !1, required: ["from"], properties: { from: { type: "string", minLength: 1 }, to: { description: "Where to put it inside the bundle. Default: the same relative path.", type: "string" } } } } } }, targets: { description: "Where the release is published.", type: "object", additionalProperties: !1, properties: { github: { type: "object", additionalProperties: !1, properties: { repository: { description: "OWNER/NAME of the repository whose releases carry the assets. Default: the repository of the workflow.", type: "string", pattern: "^[A-Za-z0-9-]+/[A-Za-z0-9._-]+$", patternErrorMessage: "must be OWNER/NAME" } } }, ghcr: { type: "object", additionalProperties: !1, required: ["owner"], properties: { registry: { description: "Default: ghcr.io.", type: "string" }, owner: { description: "The user or organisation that owns the images (lowercase).", type: "string", pattern: "^[a-z0-9]+([._-][a-z0-9]+)*$", patternErrorMessage: "must be lowercase: GHCR rejects image names with capitals" } } }, pages: { type: "object", additionalProperties: !1, required: ["url"], properties: { branch: { description: "Default: gh-pages.", type: "string" }, url: { description: "The public URL of the chart repository.", type: "string", format: "uri" }, path: { description: "Folder inside the branch that holds index.yaml. Default: the root.", type: "string" } } }, assets: { type: "object", additionalProperties: !1, properties: { name: { description: "File name of a bundle, without its extension. Placeholders: {release}, {bundle}, {version}. Default: {bundle}-{version}.", type: "string" } } } } } } }, schema13 = { type: "string", pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", patternErrorMessage: "must be lowercase letters, digits and dashes, starting and ending with a letter or digit (at most 63 characters)" }, schema15 = { description: "A version: MAJOR.MINOR.PATCH (SemVer 2), or MAJOR.MINOR for a platform.", type: "string" }, schema30 = { description: "Where the release is published.", type: "object", additionalProperties: !1, properties: { github: { type: "object", additionalProperties: !1, properties: { repository: { description: "OWNER/NAME of the repository whose releases carry the assets. Default: the repository of the workflow.", type: "string", pattern: "^[A-Za-z0-9-]+/[A-Za-z0-9._-]+$", patternErrorMessage: "must be OWNER/NAME" } } }, ghcr: { type: "object", additionalProperties: !1, required: ["owner"], properties: { registry: { description: "Default: ghcr.io.", type: "string" }, owner: { description: "The user or organisation that owns the images (lowercase).", type: "string", pattern: "^[a-z0-9]+([._-][a-z0-9]+)*$", patternErrorMessage: "must be lowercase: GHCR rejects image names with capitals" } } }, pages: { type: "object", additionalProperties: !1, required: ["url"], properties: { branch: { description: "Default: gh-pages.", type: "string" }, url: { description: "The public URL of the chart repository.", type: "string", format: "uri" }, path: { description: "Folder inside the branch that holds index.yaml. Default: the root.", type: "string" } } }, assets: { type: "object", additionalProperties: !1, properties: { name: { description: "File name of a bundle, without its extension. Placeholders: {release}, {bundle}, {version}. Default: {bundle}-{version}.", type: "string" } } } } }, schema22 = { description: "OS/architecture pairs to build, e.g. linux/amd64, linux/arm64. Default: defaults.image.platforms, else linux/amd64.", type: "array", minItems: 1, uniqueItems: !0, items: { type: "string", pattern: "^[a-z0-9]+/[a-z0-9]+(/[a-z0-9]+)?$", patternErrorMessage: "must be OS/ARCH[/VARIANT], e.g. linux/amd64" } }, schema12 = { type: "object", additionalProperties: !1, required: ["name", "version"], properties: { name: { $ref: "#/definitions/name", description: "The release's name, used in bundle and asset names." }, version: { description: 'The release version (SemVer 2), or "tag" to take it from the release event, the pushed tag or git describe.', type: "string" }, tagPrefix: { description: 'What comes before the version in a release tag. Default "v" (v1.2.3).', type: "string", default: "v" }, description: { type: "string" } } }, pattern0 = new RegExp("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", "u");
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema12.required, parentSchema: schema12, data };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.version === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema12.required, parentSchema: schema12, data };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    for (let key0 in data)
      if (!(key0 === "name" || key0 === "version" || key0 === "tagPrefix" || key0 === "description")) {
        let err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema12, data };
        vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
      }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 == "string") {
        if (!pattern0.test(data0)) {
          let err3 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"', schema: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", parentSchema: schema13, data: data0 };
          vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
        }
      } else {
        let err4 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data0 };
        vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
      }
    }
    if (data.version !== void 0) {
      let data1 = data.version;
      if (typeof data1 != "string") {
        let err5 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.version.type, parentSchema: schema12.properties.version, data: data1 };
        vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
      }
    }
    if (data.tagPrefix !== void 0) {
      let data2 = data.tagPrefix;
      if (typeof data2 != "string") {
        let err6 = { instancePath: instancePath + "/tagPrefix", schemaPath: "#/properties/tagPrefix/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.tagPrefix.type, parentSchema: schema12.properties.tagPrefix, data: data2 };
        vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
      }
    }
    if (data.description !== void 0) {
      let data3 = data.description;
      if (typeof data3 != "string") {
        let err7 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.description.type, parentSchema: schema12.properties.description, data: data3 };
        vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
      }
    }
  } else {
    let err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data };
    vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
  }
  return validate11.errors = vErrors, errors === 0;
}
var schema16 = { type: "object", additionalProperties: !1, required: ["name", "kind", "version"], properties: { name: { $ref: "#/definitions/name" }, kind: { type: "string", enum: ["chart", "image", "compose", "terraform", "files", "installer"] }, version: { $ref: "#/definitions/versionString", description: "The component's own version (SemVer 2)." }, description: { type: "string" }, source: { description: "Where the component's sources live: a folder (or file) relative to this file.", type: "string", minLength: 1 }, requires: { $ref: "#/definitions/requires" }, image: { $ref: "#/definitions/imageSettings" }, installer: { $ref: "#/definitions/installerSettings" } } }, func2 = require_ucs2length().default, schema19 = { description: 'SemVer ranges on other components or on platforms, by name: e.g. kubernetes: ">=1.29.0 <1.32.0".', type: "object", propertyNames: { $ref: "#/definitions/name" }, additionalProperties: { type: "string" } };
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (let key0 in data) {
      let _errs1 = errors;
      if (typeof key0 == "string") {
        if (!pattern0.test(key0)) {
          let err0 = { instancePath, schemaPath: "#/definitions/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"', schema: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", parentSchema: schema13, data: key0, propertyName: key0 };
          vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
        }
      } else {
        let err1 = { instancePath, schemaPath: "#/definitions/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: key0, propertyName: key0 };
        vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        let err2 = { instancePath, schemaPath: "#/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid", schema: schema19.propertyNames, parentSchema: schema19, data };
        vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
      }
    }
    for (let key1 in data) {
      let data0 = data[key1];
      if (typeof data0 != "string") {
        let err3 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.additionalProperties.type, parentSchema: schema19.additionalProperties, data: data0 };
        vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
      }
    }
  } else {
    let err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.type, parentSchema: schema19, data };
    vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
  }
  return validate14.errors = vErrors, errors === 0;
}
var schema21 = { description: "Settings of an image component.", type: "object", additionalProperties: !1, properties: { repository: { description: "The repository name under the registry owner. Default: the component name.", type: "string", pattern: "^[a-z0-9]+([._-][a-z0-9]+)*(/[a-z0-9]+([._-][a-z0-9]+)*)*$", patternErrorMessage: "must be a lowercase repository path (letters, digits, . _ - and /)" }, file: { description: "The Containerfile, relative to the source folder. Default: Containerfile.", type: "string" }, platforms: { $ref: "#/definitions/imagePlatforms" } } }, pattern4 = new RegExp("^[a-z0-9]+([._-][a-z0-9]+)*(/[a-z0-9]+([._-][a-z0-9]+)*)*$", "u"), pattern5 = new RegExp("^[a-z0-9]+/[a-z0-9]+(/[a-z0-9]+)?$", "u");
function validate16(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (let key0 in data)
      if (!(key0 === "repository" || key0 === "file" || key0 === "platforms")) {
        let err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema21, data };
        vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
      }
    if (data.repository !== void 0) {
      let data0 = data.repository;
      if (typeof data0 == "string") {
        if (!pattern4.test(data0)) {
          let err1 = { instancePath: instancePath + "/repository", schemaPath: "#/properties/repository/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+([._-][a-z0-9]+)*(/[a-z0-9]+([._-][a-z0-9]+)*)*$" }, message: 'must match pattern "^[a-z0-9]+([._-][a-z0-9]+)*(/[a-z0-9]+([._-][a-z0-9]+)*)*$"', schema: "^[a-z0-9]+([._-][a-z0-9]+)*(/[a-z0-9]+([._-][a-z0-9]+)*)*$", parentSchema: schema21.properties.repository, data: data0 };
          vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
        }
      } else {
        let err2 = { instancePath: instancePath + "/repository", schemaPath: "#/properties/repository/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.repository.type, parentSchema: schema21.properties.repository, data: data0 };
        vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
      }
    }
    if (data.file !== void 0) {
      let data1 = data.file;
      if (typeof data1 != "string") {
        let err3 = { instancePath: instancePath + "/file", schemaPath: "#/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.file.type, parentSchema: schema21.properties.file, data: data1 };
        vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
      }
    }
    if (data.platforms !== void 0) {
      let data2 = data.platforms;
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          let err4 = { instancePath: instancePath + "/platforms", schemaPath: "#/definitions/imagePlatforms/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema22, data: data2 };
          vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
        }
        let len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 == "string") {
            if (!pattern5.test(data3)) {
              let err5 = { instancePath: instancePath + "/platforms/" + i0, schemaPath: "#/definitions/imagePlatforms/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+/[a-z0-9]+(/[a-z0-9]+)?$" }, message: 'must match pattern "^[a-z0-9]+/[a-z0-9]+(/[a-z0-9]+)?$"', schema: "^[a-z0-9]+/[a-z0-9]+(/[a-z0-9]+)?$", parentSchema: schema22.items, data: data3 };
              vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
            }
          } else {
            let err6 = { instancePath: instancePath + "/platforms/" + i0, schemaPath: "#/definitions/imagePlatforms/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.items.type, parentSchema: schema22.items, data: data3 };
            vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
          }
        }
        let i1 = data2.length, j0;
        if (i1 > 1) {
          let indices0 = {};
          for (; i1--; ) {
            let item0 = data2[i1];
            if (typeof item0 == "string") {
              if (typeof indices0[item0] == "number") {
                j0 = indices0[item0];
                let err7 = { instancePath: instancePath + "/platforms", schemaPath: "#/definitions/imagePlatforms/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: !0, parentSchema: schema22, data: data2 };
                vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
                break;
              }
              indices0[item0] = i1;
            }
          }
        }
      } else {
        let err8 = { instancePath: instancePath + "/platforms", schemaPath: "#/definitions/imagePlatforms/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema22.type, parentSchema: schema22, data: data2 };
        vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
      }
    }
  } else {
    let err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema21.type, parentSchema: schema21, data };
    vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
  }
  return validate16.errors = vErrors, errors === 0;
}
var schema23 = { description: "Settings of an installer component (a Windows MSI). Paths are relative to compatibility.yaml.", type: "object", additionalProperties: !1, properties: { kind: { description: "application: files, shortcuts, registry values and a PATH entry. infrastructure: a compose bundle with start, stop and status scripts and Start menu shortcuts that run them. Default: application.", type: "string", enum: ["application", "infrastructure"] }, productName: { description: "The name shown in Add/Remove Programs and used for the install folder. Needed to build the MSI.", type: "string", minLength: 1, maxLength: 63 }, manufacturer: { description: "The publisher shown in Add/Remove Programs. Needed to build the MSI.", type: "string", minLength: 1 }, upgradeCode: { type: "string", pattern: "^\\{?[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\\}?$", patternErrorMessage: "must be a GUID such as 8f9e6a52-3c1b-4d55-9a0e-2b7f0c6d1e43", description: "The MSI UpgradeCode, stable for the product's whole life. Default: derived (UUIDv5) from the release and component names; pin it here before renaming either." }, scope: { description: "perMachine (Program Files, HKLM, for every user; needs elevation) or perUser. Default: perMachine.", type: "string", enum: ["perMachine", "perUser"] }, installDir: { description: "The folder name under Program Files (or the user's programs folder). Default: productName.", type: "string", minLength: 1, pattern: '^[^\\\\/:*?"<>|]+$', patternErrorMessage: 'must be one folder name, without \\ / : * ? " < > |' }, files: { description: "What to install. Default: the component's source folder.", type: "array", minItems: 1, items: { $ref: "#/definitions/installerFiles" } }, bundle: { description: "For an infrastructure installer: the bundle to install; it must carry exactly one compose component.", type: "string" }, shortcuts: { type: "array", items: { $ref: "#/definitions/installerShortcut" } }, registry: { type: "array", items: { $ref: "#/definitions/installerRegistryValue" } }, path: { description: "Add the install folder (true) or a folder below it (e.g. bin) to PATH; removed again on uninstall.", type: ["boolean", "string"] }, license: { type: "string", minLength: 1, description: "A licence in RTF, shown by the WiX UI and installed as License.rtf." }, icon: { type: "string", minLength: 1, description: "An .ico file: the icon of Add/Remove Programs and of the shortcuts." }, arp: { $ref: "#/definitions/installerArp" } } }, schema24 = { type: "object", additionalProperties: !1, properties: { from: { description: "A file, a folder, or a glob (e.g. dist/*.exe, docs/**/*.md), relative to compatibility.yaml.", type: "string", minLength: 1 }, bundle: { description: "A bundle of this file: its components and files are installed as the bundle lays them out.", type: "string", minLength: 1 }, to: { description: "A folder below the install folder. Default: the install folder itself.", type: "string" } } }, schema25 = { type: "object", additionalProperties: !1, required: ["name", "target"], properties: { name: { type: "string", minLength: 1, pattern: '^[^\\\\/:*?"<>|]+$', patternErrorMessage: 'must be a file name, without \\ / : * ? " < > |' }, target: { description: "An installed file, as its path below the install folder (e.g. bin/acmectl.exe).", type: "string", minLength: 1 }, arguments: { type: "string" }, description: { type: "string" }, startMenu: { description: "Default: true.", type: "boolean" }, desktop: { description: "Default: false.", type: "boolean" } } }, schema26 = { type: "object", additionalProperties: !1, required: ["key", "name", "value"], properties: { root: { description: "HKLM, HKCU, or HKMU (HKLM for a perMachine install, HKCU for perUser). Default: HKMU.", type: "string", enum: ["HKLM", "HKCU", "HKMU"] }, key: { type: "string", minLength: 1 }, name: { type: "string" }, type: { description: "Default: string.", type: "string", enum: ["string", "integer"] }, value: { description: "[INSTALLDIR] stands for the install folder.", type: ["string", "integer"] } } }, schema27 = { description: "Add/Remove Programs properties.", type: "object", additionalProperties: !1, properties: { comments: { type: "string" }, contact: { type: "string" }, helpLink: { type: "string", format: "uri" }, aboutLink: { type: "string", format: "uri" }, updateLink: { type: "string", format: "uri" }, helpTelephone: { type: "string" }, noModify: { type: "boolean" }, noRepair: { type: "boolean" }, noRemove: { type: "boolean" } } }, func3 = Object.prototype.hasOwnProperty, pattern6 = new RegExp("^\\{?[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\\}?$", "u"), pattern7 = new RegExp('^[^\\\\/:*?"<>|]+$', "u"), formats0 = require_formats().fullFormats.uri;
function validate18(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (let key0 in data)
      if (!func3.call(schema23.properties, key0)) {
        let err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema23, data };
        vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
      }
    if (data.kind !== void 0) {
      let data0 = data.kind;
      if (typeof data0 != "string") {
        let err1 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.kind.type, parentSchema: schema23.properties.kind, data: data0 };
        vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
      }
      if (!(data0 === "application" || data0 === "infrastructure")) {
        let err2 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/enum", keyword: "enum", params: { allowedValues: schema23.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema23.properties.kind.enum, parentSchema: schema23.properties.kind, data: data0 };
        vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
      }
    }
    if (data.productName !== void 0) {
      let data1 = data.productName;
      if (typeof data1 == "string") {
        if (func2(data1) > 63) {
          let err3 = { instancePath: instancePath + "/productName", schemaPath: "#/properties/productName/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema23.properties.productName, data: data1 };
          vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
        }
        if (func2(data1) < 1) {
          let err4 = { instancePath: instancePath + "/productName", schemaPath: "#/properties/productName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema23.properties.productName, data: data1 };
          vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
        }
      } else {
        let err5 = { instancePath: instancePath + "/productName", schemaPath: "#/properties/productName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.productName.type, parentSchema: schema23.properties.productName, data: data1 };
        vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
      }
    }
    if (data.manufacturer !== void 0) {
      let data2 = data.manufacturer;
      if (typeof data2 == "string") {
        if (func2(data2) < 1) {
          let err6 = { instancePath: instancePath + "/manufacturer", schemaPath: "#/properties/manufacturer/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema23.properties.manufacturer, data: data2 };
          vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
        }
      } else {
        let err7 = { instancePath: instancePath + "/manufacturer", schemaPath: "#/properties/manufacturer/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.manufacturer.type, parentSchema: schema23.properties.manufacturer, data: data2 };
        vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
      }
    }
    if (data.upgradeCode !== void 0) {
      let data3 = data.upgradeCode;
      if (typeof data3 == "string") {
        if (!pattern6.test(data3)) {
          let err8 = { instancePath: instancePath + "/upgradeCode", schemaPath: "#/properties/upgradeCode/pattern", keyword: "pattern", params: { pattern: "^\\{?[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\\}?$" }, message: 'must match pattern "^\\{?[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\\}?$"', schema: "^\\{?[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\\}?$", parentSchema: schema23.properties.upgradeCode, data: data3 };
          vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
        }
      } else {
        let err9 = { instancePath: instancePath + "/upgradeCode", schemaPath: "#/properties/upgradeCode/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.upgradeCode.type, parentSchema: schema23.properties.upgradeCode, data: data3 };
        vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
      }
    }
    if (data.scope !== void 0) {
      let data4 = data.scope;
      if (typeof data4 != "string") {
        let err10 = { instancePath: instancePath + "/scope", schemaPath: "#/properties/scope/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.scope.type, parentSchema: schema23.properties.scope, data: data4 };
        vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
      }
      if (!(data4 === "perMachine" || data4 === "perUser")) {
        let err11 = { instancePath: instancePath + "/scope", schemaPath: "#/properties/scope/enum", keyword: "enum", params: { allowedValues: schema23.properties.scope.enum }, message: "must be equal to one of the allowed values", schema: schema23.properties.scope.enum, parentSchema: schema23.properties.scope, data: data4 };
        vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
      }
    }
    if (data.installDir !== void 0) {
      let data5 = data.installDir;
      if (typeof data5 == "string") {
        if (func2(data5) < 1) {
          let err12 = { instancePath: instancePath + "/installDir", schemaPath: "#/properties/installDir/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema23.properties.installDir, data: data5 };
          vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
        }
        if (!pattern7.test(data5)) {
          let err13 = { instancePath: instancePath + "/installDir", schemaPath: "#/properties/installDir/pattern", keyword: "pattern", params: { pattern: '^[^\\\\/:*?"<>|]+$' }, message: 'must match pattern "^[^\\\\/:*?"<>|]+$"', schema: '^[^\\\\/:*?"<>|]+$', parentSchema: schema23.properties.installDir, data: data5 };
          vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
        }
      } else {
        let err14 = { instancePath: instancePath + "/installDir", schemaPath: "#/properties/installDir/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.installDir.type, parentSchema: schema23.properties.installDir, data: data5 };
        vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
      }
    }
    if (data.files !== void 0) {
      let data6 = data.files;
      if (Array.isArray(data6)) {
        if (data6.length < 1) {
          let err15 = { instancePath: instancePath + "/files", schemaPath: "#/properties/files/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema23.properties.files, data: data6 };
          vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
        }
        let len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data7 = data6[i0];
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            for (let key1 in data7)
              if (!(key1 === "from" || key1 === "bundle" || key1 === "to")) {
                let err16 = { instancePath: instancePath + "/files/" + i0, schemaPath: "#/definitions/installerFiles/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema24, data: data7 };
                vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
              }
            if (data7.from !== void 0) {
              let data8 = data7.from;
              if (typeof data8 == "string") {
                if (func2(data8) < 1) {
                  let err17 = { instancePath: instancePath + "/files/" + i0 + "/from", schemaPath: "#/definitions/installerFiles/properties/from/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema24.properties.from, data: data8 };
                  vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
                }
              } else {
                let err18 = { instancePath: instancePath + "/files/" + i0 + "/from", schemaPath: "#/definitions/installerFiles/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.from.type, parentSchema: schema24.properties.from, data: data8 };
                vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
              }
            }
            if (data7.bundle !== void 0) {
              let data9 = data7.bundle;
              if (typeof data9 == "string") {
                if (func2(data9) < 1) {
                  let err19 = { instancePath: instancePath + "/files/" + i0 + "/bundle", schemaPath: "#/definitions/installerFiles/properties/bundle/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema24.properties.bundle, data: data9 };
                  vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
                }
              } else {
                let err20 = { instancePath: instancePath + "/files/" + i0 + "/bundle", schemaPath: "#/definitions/installerFiles/properties/bundle/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.bundle.type, parentSchema: schema24.properties.bundle, data: data9 };
                vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
              }
            }
            if (data7.to !== void 0) {
              let data10 = data7.to;
              if (typeof data10 != "string") {
                let err21 = { instancePath: instancePath + "/files/" + i0 + "/to", schemaPath: "#/definitions/installerFiles/properties/to/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.to.type, parentSchema: schema24.properties.to, data: data10 };
                vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
              }
            }
          } else {
            let err22 = { instancePath: instancePath + "/files/" + i0, schemaPath: "#/definitions/installerFiles/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.type, parentSchema: schema24, data: data7 };
            vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
          }
        }
      } else {
        let err23 = { instancePath: instancePath + "/files", schemaPath: "#/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema23.properties.files.type, parentSchema: schema23.properties.files, data: data6 };
        vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
      }
    }
    if (data.bundle !== void 0) {
      let data11 = data.bundle;
      if (typeof data11 != "string") {
        let err24 = { instancePath: instancePath + "/bundle", schemaPath: "#/properties/bundle/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.bundle.type, parentSchema: schema23.properties.bundle, data: data11 };
        vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
      }
    }
    if (data.shortcuts !== void 0) {
      let data12 = data.shortcuts;
      if (Array.isArray(data12)) {
        let len1 = data12.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data13 = data12[i1];
          if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
            if (data13.name === void 0) {
              let err25 = { instancePath: instancePath + "/shortcuts/" + i1, schemaPath: "#/definitions/installerShortcut/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema25.required, parentSchema: schema25, data: data13 };
              vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
            }
            if (data13.target === void 0) {
              let err26 = { instancePath: instancePath + "/shortcuts/" + i1, schemaPath: "#/definitions/installerShortcut/required", keyword: "required", params: { missingProperty: "target" }, message: "must have required property 'target'", schema: schema25.required, parentSchema: schema25, data: data13 };
              vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
            }
            for (let key2 in data13)
              if (!(key2 === "name" || key2 === "target" || key2 === "arguments" || key2 === "description" || key2 === "startMenu" || key2 === "desktop")) {
                let err27 = { instancePath: instancePath + "/shortcuts/" + i1, schemaPath: "#/definitions/installerShortcut/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema25, data: data13 };
                vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
              }
            if (data13.name !== void 0) {
              let data14 = data13.name;
              if (typeof data14 == "string") {
                if (func2(data14) < 1) {
                  let err28 = { instancePath: instancePath + "/shortcuts/" + i1 + "/name", schemaPath: "#/definitions/installerShortcut/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema25.properties.name, data: data14 };
                  vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
                }
                if (!pattern7.test(data14)) {
                  let err29 = { instancePath: instancePath + "/shortcuts/" + i1 + "/name", schemaPath: "#/definitions/installerShortcut/properties/name/pattern", keyword: "pattern", params: { pattern: '^[^\\\\/:*?"<>|]+$' }, message: 'must match pattern "^[^\\\\/:*?"<>|]+$"', schema: '^[^\\\\/:*?"<>|]+$', parentSchema: schema25.properties.name, data: data14 };
                  vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
                }
              } else {
                let err30 = { instancePath: instancePath + "/shortcuts/" + i1 + "/name", schemaPath: "#/definitions/installerShortcut/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.name.type, parentSchema: schema25.properties.name, data: data14 };
                vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
              }
            }
            if (data13.target !== void 0) {
              let data15 = data13.target;
              if (typeof data15 == "string") {
                if (func2(data15) < 1) {
                  let err31 = { instancePath: instancePath + "/shortcuts/" + i1 + "/target", schemaPath: "#/definitions/installerShortcut/properties/target/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema25.properties.target, data: data15 };
                  vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
                }
              } else {
                let err32 = { instancePath: instancePath + "/shortcuts/" + i1 + "/target", schemaPath: "#/definitions/installerShortcut/properties/target/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.target.type, parentSchema: schema25.properties.target, data: data15 };
                vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
              }
            }
            if (data13.arguments !== void 0) {
              let data16 = data13.arguments;
              if (typeof data16 != "string") {
                let err33 = { instancePath: instancePath + "/shortcuts/" + i1 + "/arguments", schemaPath: "#/definitions/installerShortcut/properties/arguments/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.arguments.type, parentSchema: schema25.properties.arguments, data: data16 };
                vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
              }
            }
            if (data13.description !== void 0) {
              let data17 = data13.description;
              if (typeof data17 != "string") {
                let err34 = { instancePath: instancePath + "/shortcuts/" + i1 + "/description", schemaPath: "#/definitions/installerShortcut/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.description.type, parentSchema: schema25.properties.description, data: data17 };
                vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
              }
            }
            if (data13.startMenu !== void 0) {
              let data18 = data13.startMenu;
              if (typeof data18 != "boolean") {
                let err35 = { instancePath: instancePath + "/shortcuts/" + i1 + "/startMenu", schemaPath: "#/definitions/installerShortcut/properties/startMenu/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema25.properties.startMenu.type, parentSchema: schema25.properties.startMenu, data: data18 };
                vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
              }
            }
            if (data13.desktop !== void 0) {
              let data19 = data13.desktop;
              if (typeof data19 != "boolean") {
                let err36 = { instancePath: instancePath + "/shortcuts/" + i1 + "/desktop", schemaPath: "#/definitions/installerShortcut/properties/desktop/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema25.properties.desktop.type, parentSchema: schema25.properties.desktop, data: data19 };
                vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
              }
            }
          } else {
            let err37 = { instancePath: instancePath + "/shortcuts/" + i1, schemaPath: "#/definitions/installerShortcut/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.type, parentSchema: schema25, data: data13 };
            vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
          }
        }
      } else {
        let err38 = { instancePath: instancePath + "/shortcuts", schemaPath: "#/properties/shortcuts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema23.properties.shortcuts.type, parentSchema: schema23.properties.shortcuts, data: data12 };
        vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
      }
    }
    if (data.registry !== void 0) {
      let data20 = data.registry;
      if (Array.isArray(data20)) {
        let len2 = data20.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data21 = data20[i2];
          if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
            if (data21.key === void 0) {
              let err39 = { instancePath: instancePath + "/registry/" + i2, schemaPath: "#/definitions/installerRegistryValue/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'", schema: schema26.required, parentSchema: schema26, data: data21 };
              vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
            }
            if (data21.name === void 0) {
              let err40 = { instancePath: instancePath + "/registry/" + i2, schemaPath: "#/definitions/installerRegistryValue/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema26.required, parentSchema: schema26, data: data21 };
              vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
            }
            if (data21.value === void 0) {
              let err41 = { instancePath: instancePath + "/registry/" + i2, schemaPath: "#/definitions/installerRegistryValue/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'", schema: schema26.required, parentSchema: schema26, data: data21 };
              vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
            }
            for (let key3 in data21)
              if (!(key3 === "root" || key3 === "key" || key3 === "name" || key3 === "type" || key3 === "value")) {
                let err42 = { instancePath: instancePath + "/registry/" + i2, schemaPath: "#/definitions/installerRegistryValue/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema26, data: data21 };
                vErrors === null ? vErrors = [err42] : vErrors.push(err42), errors++;
              }
            if (data21.root !== void 0) {
              let data22 = data21.root;
              if (typeof data22 != "string") {
                let err43 = { instancePath: instancePath + "/registry/" + i2 + "/root", schemaPath: "#/definitions/installerRegistryValue/properties/root/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.root.type, parentSchema: schema26.properties.root, data: data22 };
                vErrors === null ? vErrors = [err43] : vErrors.push(err43), errors++;
              }
              if (!(data22 === "HKLM" || data22 === "HKCU" || data22 === "HKMU")) {
                let err44 = { instancePath: instancePath + "/registry/" + i2 + "/root", schemaPath: "#/definitions/installerRegistryValue/properties/root/enum", keyword: "enum", params: { allowedValues: schema26.properties.root.enum }, message: "must be equal to one of the allowed values", schema: schema26.properties.root.enum, parentSchema: schema26.properties.root, data: data22 };
                vErrors === null ? vErrors = [err44] : vErrors.push(err44), errors++;
              }
            }
            if (data21.key !== void 0) {
              let data23 = data21.key;
              if (typeof data23 == "string") {
                if (func2(data23) < 1) {
                  let err45 = { instancePath: instancePath + "/registry/" + i2 + "/key", schemaPath: "#/definitions/installerRegistryValue/properties/key/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema26.properties.key, data: data23 };
                  vErrors === null ? vErrors = [err45] : vErrors.push(err45), errors++;
                }
              } else {
                let err46 = { instancePath: instancePath + "/registry/" + i2 + "/key", schemaPath: "#/definitions/installerRegistryValue/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.key.type, parentSchema: schema26.properties.key, data: data23 };
                vErrors === null ? vErrors = [err46] : vErrors.push(err46), errors++;
              }
            }
            if (data21.name !== void 0) {
              let data24 = data21.name;
              if (typeof data24 != "string") {
                let err47 = { instancePath: instancePath + "/registry/" + i2 + "/name", schemaPath: "#/definitions/installerRegistryValue/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.name.type, parentSchema: schema26.properties.name, data: data24 };
                vErrors === null ? vErrors = [err47] : vErrors.push(err47), errors++;
              }
            }
            if (data21.type !== void 0) {
              let data25 = data21.type;
              if (typeof data25 != "string") {
                let err48 = { instancePath: instancePath + "/registry/" + i2 + "/type", schemaPath: "#/definitions/installerRegistryValue/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.type.type, parentSchema: schema26.properties.type, data: data25 };
                vErrors === null ? vErrors = [err48] : vErrors.push(err48), errors++;
              }
              if (!(data25 === "string" || data25 === "integer")) {
                let err49 = { instancePath: instancePath + "/registry/" + i2 + "/type", schemaPath: "#/definitions/installerRegistryValue/properties/type/enum", keyword: "enum", params: { allowedValues: schema26.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema26.properties.type.enum, parentSchema: schema26.properties.type, data: data25 };
                vErrors === null ? vErrors = [err49] : vErrors.push(err49), errors++;
              }
            }
            if (data21.value !== void 0) {
              let data26 = data21.value;
              if (typeof data26 != "string" && !(typeof data26 == "number" && !(data26 % 1) && !isNaN(data26))) {
                let err50 = { instancePath: instancePath + "/registry/" + i2 + "/value", schemaPath: "#/definitions/installerRegistryValue/properties/value/type", keyword: "type", params: { type: schema26.properties.value.type }, message: "must be string,integer", schema: schema26.properties.value.type, parentSchema: schema26.properties.value, data: data26 };
                vErrors === null ? vErrors = [err50] : vErrors.push(err50), errors++;
              }
            }
          } else {
            let err51 = { instancePath: instancePath + "/registry/" + i2, schemaPath: "#/definitions/installerRegistryValue/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema26.type, parentSchema: schema26, data: data21 };
            vErrors === null ? vErrors = [err51] : vErrors.push(err51), errors++;
          }
        }
      } else {
        let err52 = { instancePath: instancePath + "/registry", schemaPath: "#/properties/registry/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema23.properties.registry.type, parentSchema: schema23.properties.registry, data: data20 };
        vErrors === null ? vErrors = [err52] : vErrors.push(err52), errors++;
      }
    }
    if (data.path !== void 0) {
      let data27 = data.path;
      if (typeof data27 != "boolean" && typeof data27 != "string") {
        let err53 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: schema23.properties.path.type }, message: "must be boolean,string", schema: schema23.properties.path.type, parentSchema: schema23.properties.path, data: data27 };
        vErrors === null ? vErrors = [err53] : vErrors.push(err53), errors++;
      }
    }
    if (data.license !== void 0) {
      let data28 = data.license;
      if (typeof data28 == "string") {
        if (func2(data28) < 1) {
          let err54 = { instancePath: instancePath + "/license", schemaPath: "#/properties/license/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema23.properties.license, data: data28 };
          vErrors === null ? vErrors = [err54] : vErrors.push(err54), errors++;
        }
      } else {
        let err55 = { instancePath: instancePath + "/license", schemaPath: "#/properties/license/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.license.type, parentSchema: schema23.properties.license, data: data28 };
        vErrors === null ? vErrors = [err55] : vErrors.push(err55), errors++;
      }
    }
    if (data.icon !== void 0) {
      let data29 = data.icon;
      if (typeof data29 == "string") {
        if (func2(data29) < 1) {
          let err56 = { instancePath: instancePath + "/icon", schemaPath: "#/properties/icon/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema23.properties.icon, data: data29 };
          vErrors === null ? vErrors = [err56] : vErrors.push(err56), errors++;
        }
      } else {
        let err57 = { instancePath: instancePath + "/icon", schemaPath: "#/properties/icon/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.icon.type, parentSchema: schema23.properties.icon, data: data29 };
        vErrors === null ? vErrors = [err57] : vErrors.push(err57), errors++;
      }
    }
    if (data.arp !== void 0) {
      let data30 = data.arp;
      if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
        for (let key4 in data30)
          if (!func3.call(schema27.properties, key4)) {
            let err58 = { instancePath: instancePath + "/arp", schemaPath: "#/definitions/installerArp/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema27, data: data30 };
            vErrors === null ? vErrors = [err58] : vErrors.push(err58), errors++;
          }
        if (data30.comments !== void 0) {
          let data31 = data30.comments;
          if (typeof data31 != "string") {
            let err59 = { instancePath: instancePath + "/arp/comments", schemaPath: "#/definitions/installerArp/properties/comments/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.comments.type, parentSchema: schema27.properties.comments, data: data31 };
            vErrors === null ? vErrors = [err59] : vErrors.push(err59), errors++;
          }
        }
        if (data30.contact !== void 0) {
          let data32 = data30.contact;
          if (typeof data32 != "string") {
            let err60 = { instancePath: instancePath + "/arp/contact", schemaPath: "#/definitions/installerArp/properties/contact/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.contact.type, parentSchema: schema27.properties.contact, data: data32 };
            vErrors === null ? vErrors = [err60] : vErrors.push(err60), errors++;
          }
        }
        if (data30.helpLink !== void 0) {
          let data33 = data30.helpLink;
          if (typeof data33 == "string") {
            if (!formats0(data33)) {
              let err61 = { instancePath: instancePath + "/arp/helpLink", schemaPath: "#/definitions/installerArp/properties/helpLink/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"', schema: "uri", parentSchema: schema27.properties.helpLink, data: data33 };
              vErrors === null ? vErrors = [err61] : vErrors.push(err61), errors++;
            }
          } else {
            let err62 = { instancePath: instancePath + "/arp/helpLink", schemaPath: "#/definitions/installerArp/properties/helpLink/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.helpLink.type, parentSchema: schema27.properties.helpLink, data: data33 };
            vErrors === null ? vErrors = [err62] : vErrors.push(err62), errors++;
          }
        }
        if (data30.aboutLink !== void 0) {
          let data34 = data30.aboutLink;
          if (typeof data34 == "string") {
            if (!formats0(data34)) {
              let err63 = { instancePath: instancePath + "/arp/aboutLink", schemaPath: "#/definitions/installerArp/properties/aboutLink/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"', schema: "uri", parentSchema: schema27.properties.aboutLink, data: data34 };
              vErrors === null ? vErrors = [err63] : vErrors.push(err63), errors++;
            }
          } else {
            let err64 = { instancePath: instancePath + "/arp/aboutLink", schemaPath: "#/definitions/installerArp/properties/aboutLink/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.aboutLink.type, parentSchema: schema27.properties.aboutLink, data: data34 };
            vErrors === null ? vErrors = [err64] : vErrors.push(err64), errors++;
          }
        }
        if (data30.updateLink !== void 0) {
          let data35 = data30.updateLink;
          if (typeof data35 == "string") {
            if (!formats0(data35)) {
              let err65 = { instancePath: instancePath + "/arp/updateLink", schemaPath: "#/definitions/installerArp/properties/updateLink/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"', schema: "uri", parentSchema: schema27.properties.updateLink, data: data35 };
              vErrors === null ? vErrors = [err65] : vErrors.push(err65), errors++;
            }
          } else {
            let err66 = { instancePath: instancePath + "/arp/updateLink", schemaPath: "#/definitions/installerArp/properties/updateLink/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.updateLink.type, parentSchema: schema27.properties.updateLink, data: data35 };
            vErrors === null ? vErrors = [err66] : vErrors.push(err66), errors++;
          }
        }
        if (data30.helpTelephone !== void 0) {
          let data36 = data30.helpTelephone;
          if (typeof data36 != "string") {
            let err67 = { instancePath: instancePath + "/arp/helpTelephone", schemaPath: "#/definitions/installerArp/properties/helpTelephone/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.helpTelephone.type, parentSchema: schema27.properties.helpTelephone, data: data36 };
            vErrors === null ? vErrors = [err67] : vErrors.push(err67), errors++;
          }
        }
        if (data30.noModify !== void 0) {
          let data37 = data30.noModify;
          if (typeof data37 != "boolean") {
            let err68 = { instancePath: instancePath + "/arp/noModify", schemaPath: "#/definitions/installerArp/properties/noModify/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema27.properties.noModify.type, parentSchema: schema27.properties.noModify, data: data37 };
            vErrors === null ? vErrors = [err68] : vErrors.push(err68), errors++;
          }
        }
        if (data30.noRepair !== void 0) {
          let data38 = data30.noRepair;
          if (typeof data38 != "boolean") {
            let err69 = { instancePath: instancePath + "/arp/noRepair", schemaPath: "#/definitions/installerArp/properties/noRepair/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema27.properties.noRepair.type, parentSchema: schema27.properties.noRepair, data: data38 };
            vErrors === null ? vErrors = [err69] : vErrors.push(err69), errors++;
          }
        }
        if (data30.noRemove !== void 0) {
          let data39 = data30.noRemove;
          if (typeof data39 != "boolean") {
            let err70 = { instancePath: instancePath + "/arp/noRemove", schemaPath: "#/definitions/installerArp/properties/noRemove/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema27.properties.noRemove.type, parentSchema: schema27.properties.noRemove, data: data39 };
            vErrors === null ? vErrors = [err70] : vErrors.push(err70), errors++;
          }
        }
      } else {
        let err71 = { instancePath: instancePath + "/arp", schemaPath: "#/definitions/installerArp/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema27.type, parentSchema: schema27, data: data30 };
        vErrors === null ? vErrors = [err71] : vErrors.push(err71), errors++;
      }
    }
  } else {
    let err72 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema23.type, parentSchema: schema23, data };
    vErrors === null ? vErrors = [err72] : vErrors.push(err72), errors++;
  }
  return validate18.errors = vErrors, errors === 0;
}
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema16.required, parentSchema: schema16, data };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.kind === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema16.required, parentSchema: schema16, data };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data.version === void 0) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema16.required, parentSchema: schema16, data };
      vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    for (let key0 in data)
      if (!(key0 === "name" || key0 === "kind" || key0 === "version" || key0 === "description" || key0 === "source" || key0 === "requires" || key0 === "image" || key0 === "installer")) {
        let err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema16, data };
        vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
      }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 == "string") {
        if (!pattern0.test(data0)) {
          let err4 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"', schema: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", parentSchema: schema13, data: data0 };
          vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
        }
      } else {
        let err5 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data0 };
        vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if (typeof data1 != "string") {
        let err6 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.kind.type, parentSchema: schema16.properties.kind, data: data1 };
        vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
      }
      if (!(data1 === "chart" || data1 === "image" || data1 === "compose" || data1 === "terraform" || data1 === "files" || data1 === "installer")) {
        let err7 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/enum", keyword: "enum", params: { allowedValues: schema16.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema16.properties.kind.enum, parentSchema: schema16.properties.kind, data: data1 };
        vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
      }
    }
    if (data.version !== void 0) {
      let data2 = data.version;
      if (typeof data2 != "string") {
        let err8 = { instancePath: instancePath + "/version", schemaPath: "#/definitions/versionString/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data2 };
        vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
      }
    }
    if (data.description !== void 0) {
      let data3 = data.description;
      if (typeof data3 != "string") {
        let err9 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.description.type, parentSchema: schema16.properties.description, data: data3 };
        vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
      }
    }
    if (data.source !== void 0) {
      let data4 = data.source;
      if (typeof data4 == "string") {
        if (func2(data4) < 1) {
          let err10 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema16.properties.source, data: data4 };
          vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
        }
      } else {
        let err11 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.source.type, parentSchema: schema16.properties.source, data: data4 };
        vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
      }
    }
    data.requires !== void 0 && (validate14(data.requires, { instancePath: instancePath + "/requires", parentData: data, parentDataProperty: "requires", rootData }) || (vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors), errors = vErrors.length)), data.image !== void 0 && (validate16(data.image, { instancePath: instancePath + "/image", parentData: data, parentDataProperty: "image", rootData }) || (vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors), errors = vErrors.length)), data.installer !== void 0 && (validate18(data.installer, { instancePath: instancePath + "/installer", parentData: data, parentDataProperty: "installer", rootData }) || (vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors), errors = vErrors.length));
  } else {
    let err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.type, parentSchema: schema16, data };
    vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
  }
  return validate13.errors = vErrors, errors === 0;
}
var schema28 = { type: "object", additionalProperties: !1, required: ["name", "components"], properties: { name: { $ref: "#/definitions/name" }, description: { type: "string" }, components: { description: "Names of the components this bundle carries.", type: "array", uniqueItems: !0, items: { type: "string" } }, files: { description: "Further files or folders to carry, relative to this file.", type: "array", items: { type: "object", additionalProperties: !1, required: ["from"], properties: { from: { type: "string", minLength: 1 }, to: { description: "Where to put it inside the bundle. Default: the same relative path.", type: "string" } } } } } };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema28.required, parentSchema: schema28, data };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.components === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "components" }, message: "must have required property 'components'", schema: schema28.required, parentSchema: schema28, data };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    for (let key0 in data)
      if (!(key0 === "name" || key0 === "description" || key0 === "components" || key0 === "files")) {
        let err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema28, data };
        vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
      }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 == "string") {
        if (!pattern0.test(data0)) {
          let err3 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"', schema: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", parentSchema: schema13, data: data0 };
          vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
        }
      } else {
        let err4 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data0 };
        vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
      }
    }
    if (data.description !== void 0) {
      let data1 = data.description;
      if (typeof data1 != "string") {
        let err5 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema28.properties.description.type, parentSchema: schema28.properties.description, data: data1 };
        vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
      }
    }
    if (data.components !== void 0) {
      let data2 = data.components;
      if (Array.isArray(data2)) {
        let len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 != "string") {
            let err6 = { instancePath: instancePath + "/components/" + i0, schemaPath: "#/properties/components/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema28.properties.components.items.type, parentSchema: schema28.properties.components.items, data: data3 };
            vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
          }
        }
        let i1 = data2.length, j0;
        if (i1 > 1) {
          let indices0 = {};
          for (; i1--; ) {
            let item0 = data2[i1];
            if (typeof item0 == "string") {
              if (typeof indices0[item0] == "number") {
                j0 = indices0[item0];
                let err7 = { instancePath: instancePath + "/components", schemaPath: "#/properties/components/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: !0, parentSchema: schema28.properties.components, data: data2 };
                vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
                break;
              }
              indices0[item0] = i1;
            }
          }
        }
      } else {
        let err8 = { instancePath: instancePath + "/components", schemaPath: "#/properties/components/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema28.properties.components.type, parentSchema: schema28.properties.components, data: data2 };
        vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
      }
    }
    if (data.files !== void 0) {
      let data4 = data.files;
      if (Array.isArray(data4)) {
        let len1 = data4.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data5 = data4[i2];
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            if (data5.from === void 0) {
              let err9 = { instancePath: instancePath + "/files/" + i2, schemaPath: "#/properties/files/items/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'", schema: schema28.properties.files.items.required, parentSchema: schema28.properties.files.items, data: data5 };
              vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
            }
            for (let key1 in data5)
              if (!(key1 === "from" || key1 === "to")) {
                let err10 = { instancePath: instancePath + "/files/" + i2, schemaPath: "#/properties/files/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema28.properties.files.items, data: data5 };
                vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
              }
            if (data5.from !== void 0) {
              let data6 = data5.from;
              if (typeof data6 == "string") {
                if (func2(data6) < 1) {
                  let err11 = { instancePath: instancePath + "/files/" + i2 + "/from", schemaPath: "#/properties/files/items/properties/from/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema28.properties.files.items.properties.from, data: data6 };
                  vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
                }
              } else {
                let err12 = { instancePath: instancePath + "/files/" + i2 + "/from", schemaPath: "#/properties/files/items/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema28.properties.files.items.properties.from.type, parentSchema: schema28.properties.files.items.properties.from, data: data6 };
                vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
              }
            }
            if (data5.to !== void 0) {
              let data7 = data5.to;
              if (typeof data7 != "string") {
                let err13 = { instancePath: instancePath + "/files/" + i2 + "/to", schemaPath: "#/properties/files/items/properties/to/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema28.properties.files.items.properties.to.type, parentSchema: schema28.properties.files.items.properties.to, data: data7 };
                vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
              }
            }
          } else {
            let err14 = { instancePath: instancePath + "/files/" + i2, schemaPath: "#/properties/files/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema28.properties.files.items.type, parentSchema: schema28.properties.files.items, data: data5 };
            vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
          }
        }
      } else {
        let err15 = { instancePath: instancePath + "/files", schemaPath: "#/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema28.properties.files.type, parentSchema: schema28.properties.files, data: data4 };
        vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
      }
    }
  } else {
    let err16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema28.type, parentSchema: schema28, data };
    vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
  }
  return validate21.errors = vErrors, errors === 0;
}
var pattern10 = new RegExp("^[A-Za-z0-9-]+/[A-Za-z0-9._-]+$", "u"), pattern11 = new RegExp("^[a-z0-9]+([._-][a-z0-9]+)*$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema11.required, parentSchema: schema11, data };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.release === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "release" }, message: "must have required property 'release'", schema: schema11.required, parentSchema: schema11, data };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data.components === void 0) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "components" }, message: "must have required property 'components'", schema: schema11.required, parentSchema: schema11, data };
      vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    for (let key0 in data)
      if (!(key0 === "$schema" || key0 === "apiVersion" || key0 === "release" || key0 === "platforms" || key0 === "components" || key0 === "bundles" || key0 === "targets" || key0 === "defaults")) {
        let err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11, data };
        vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
      }
    if (data.$schema !== void 0) {
      let data0 = data.$schema;
      if (typeof data0 != "string") {
        let err4 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.$schema.type, parentSchema: schema11.properties.$schema, data: data0 };
        vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      let data1 = data.apiVersion;
      if (typeof data1 != "string") {
        let err5 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.apiVersion.type, parentSchema: schema11.properties.apiVersion, data: data1 };
        vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
      }
      if (data1 !== "slipway/v1") {
        let err6 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/enum", keyword: "enum", params: { allowedValues: schema11.properties.apiVersion.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.apiVersion.enum, parentSchema: schema11.properties.apiVersion, data: data1 };
        vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
      }
    }
    if (data.release !== void 0 && (validate11(data.release, { instancePath: instancePath + "/release", parentData: data, parentDataProperty: "release", rootData }) || (vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors), errors = vErrors.length)), data.platforms !== void 0) {
      let data3 = data.platforms;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (let key1 in data3) {
          let _errs9 = errors;
          if (typeof key1 == "string") {
            if (!pattern0.test(key1)) {
              let err7 = { instancePath: instancePath + "/platforms", schemaPath: "#/definitions/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"', schema: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", parentSchema: schema13, data: key1, propertyName: key1 };
              vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
            }
          } else {
            let err8 = { instancePath: instancePath + "/platforms", schemaPath: "#/definitions/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: key1, propertyName: key1 };
            vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
          }
          var valid1 = _errs9 === errors;
          if (!valid1) {
            let err9 = { instancePath: instancePath + "/platforms", schemaPath: "#/properties/platforms/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema11.properties.platforms.propertyNames, parentSchema: schema11.properties.platforms, data: data3 };
            vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
          }
        }
        for (let key2 in data3) {
          let data4 = data3[key2];
          if (Array.isArray(data4)) {
            if (data4.length < 1) {
              let err10 = { instancePath: instancePath + "/platforms/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/platforms/additionalProperties/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.platforms.additionalProperties, data: data4 };
              vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
            }
            let len0 = data4.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data5 = data4[i0];
              if (typeof data5 != "string") {
                let err11 = { instancePath: instancePath + "/platforms/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, schemaPath: "#/definitions/versionString/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data5 };
                vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
              }
            }
          } else {
            let err12 = { instancePath: instancePath + "/platforms/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/platforms/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.platforms.additionalProperties.type, parentSchema: schema11.properties.platforms.additionalProperties, data: data4 };
            vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
          }
        }
      } else {
        let err13 = { instancePath: instancePath + "/platforms", schemaPath: "#/properties/platforms/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.platforms.type, parentSchema: schema11.properties.platforms, data: data3 };
        vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
      }
    }
    if (data.components !== void 0) {
      let data6 = data.components;
      if (Array.isArray(data6)) {
        if (data6.length < 1) {
          let err14 = { instancePath: instancePath + "/components", schemaPath: "#/properties/components/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.components, data: data6 };
          vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
        }
        let len1 = data6.length;
        for (let i1 = 0; i1 < len1; i1++)
          validate13(data6[i1], { instancePath: instancePath + "/components/" + i1, parentData: data6, parentDataProperty: i1, rootData }) || (vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors), errors = vErrors.length);
      } else {
        let err15 = { instancePath: instancePath + "/components", schemaPath: "#/properties/components/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.components.type, parentSchema: schema11.properties.components, data: data6 };
        vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
      }
    }
    if (data.bundles !== void 0) {
      let data8 = data.bundles;
      if (Array.isArray(data8)) {
        let len2 = data8.length;
        for (let i2 = 0; i2 < len2; i2++)
          validate21(data8[i2], { instancePath: instancePath + "/bundles/" + i2, parentData: data8, parentDataProperty: i2, rootData }) || (vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors), errors = vErrors.length);
      } else {
        let err16 = { instancePath: instancePath + "/bundles", schemaPath: "#/properties/bundles/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.bundles.type, parentSchema: schema11.properties.bundles, data: data8 };
        vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
      }
    }
    if (data.targets !== void 0) {
      let data10 = data.targets;
      if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
        for (let key3 in data10)
          if (!(key3 === "github" || key3 === "ghcr" || key3 === "pages" || key3 === "assets")) {
            let err17 = { instancePath: instancePath + "/targets", schemaPath: "#/definitions/targets/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema30, data: data10 };
            vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
          }
        if (data10.github !== void 0) {
          let data11 = data10.github;
          if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
            for (let key4 in data11)
              if (key4 !== "repository") {
                let err18 = { instancePath: instancePath + "/targets/github", schemaPath: "#/definitions/targets/properties/github/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema30.properties.github, data: data11 };
                vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
              }
            if (data11.repository !== void 0) {
              let data12 = data11.repository;
              if (typeof data12 == "string") {
                if (!pattern10.test(data12)) {
                  let err19 = { instancePath: instancePath + "/targets/github/repository", schemaPath: "#/definitions/targets/properties/github/properties/repository/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9-]+/[A-Za-z0-9._-]+$" }, message: 'must match pattern "^[A-Za-z0-9-]+/[A-Za-z0-9._-]+$"', schema: "^[A-Za-z0-9-]+/[A-Za-z0-9._-]+$", parentSchema: schema30.properties.github.properties.repository, data: data12 };
                  vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
                }
              } else {
                let err20 = { instancePath: instancePath + "/targets/github/repository", schemaPath: "#/definitions/targets/properties/github/properties/repository/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema30.properties.github.properties.repository.type, parentSchema: schema30.properties.github.properties.repository, data: data12 };
                vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
              }
            }
          } else {
            let err21 = { instancePath: instancePath + "/targets/github", schemaPath: "#/definitions/targets/properties/github/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema30.properties.github.type, parentSchema: schema30.properties.github, data: data11 };
            vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
          }
        }
        if (data10.ghcr !== void 0) {
          let data13 = data10.ghcr;
          if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
            if (data13.owner === void 0) {
              let err22 = { instancePath: instancePath + "/targets/ghcr", schemaPath: "#/definitions/targets/properties/ghcr/required", keyword: "required", params: { missingProperty: "owner" }, message: "must have required property 'owner'", schema: schema30.properties.ghcr.required, parentSchema: schema30.properties.ghcr, data: data13 };
              vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
            }
            for (let key5 in data13)
              if (!(key5 === "registry" || key5 === "owner")) {
                let err23 = { instancePath: instancePath + "/targets/ghcr", schemaPath: "#/definitions/targets/properties/ghcr/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema30.properties.ghcr, data: data13 };
                vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
              }
            if (data13.registry !== void 0) {
              let data14 = data13.registry;
              if (typeof data14 != "string") {
                let err24 = { instancePath: instancePath + "/targets/ghcr/registry", schemaPath: "#/definitions/targets/properties/ghcr/properties/registry/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema30.properties.ghcr.properties.registry.type, parentSchema: schema30.properties.ghcr.properties.registry, data: data14 };
                vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
              }
            }
            if (data13.owner !== void 0) {
              let data15 = data13.owner;
              if (typeof data15 == "string") {
                if (!pattern11.test(data15)) {
                  let err25 = { instancePath: instancePath + "/targets/ghcr/owner", schemaPath: "#/definitions/targets/properties/ghcr/properties/owner/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+([._-][a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+([._-][a-z0-9]+)*$"', schema: "^[a-z0-9]+([._-][a-z0-9]+)*$", parentSchema: schema30.properties.ghcr.properties.owner, data: data15 };
                  vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
                }
              } else {
                let err26 = { instancePath: instancePath + "/targets/ghcr/owner", schemaPath: "#/definitions/targets/properties/ghcr/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema30.properties.ghcr.properties.owner.type, parentSchema: schema30.properties.ghcr.properties.owner, data: data15 };
                vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
              }
            }
          } else {
            let err27 = { instancePath: instancePath + "/targets/ghcr", schemaPath: "#/definitions/targets/properties/ghcr/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema30.properties.ghcr.type, parentSchema: schema30.properties.ghcr, data: data13 };
            vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
          }
        }
        if (data10.pages !== void 0) {
          let data16 = data10.pages;
          if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
            if (data16.url === void 0) {
              let err28 = { instancePath: instancePath + "/targets/pages", schemaPath: "#/definitions/targets/properties/pages/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'", schema: schema30.properties.pages.required, parentSchema: schema30.properties.pages, data: data16 };
              vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
            }
            for (let key6 in data16)
              if (!(key6 === "branch" || key6 === "url" || key6 === "path")) {
                let err29 = { instancePath: instancePath + "/targets/pages", schemaPath: "#/definitions/targets/properties/pages/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema30.properties.pages, data: data16 };
                vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
              }
            if (data16.branch !== void 0) {
              let data17 = data16.branch;
              if (typeof data17 != "string") {
                let err30 = { instancePath: instancePath + "/targets/pages/branch", schemaPath: "#/definitions/targets/properties/pages/properties/branch/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema30.properties.pages.properties.branch.type, parentSchema: schema30.properties.pages.properties.branch, data: data17 };
                vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
              }
            }
            if (data16.url !== void 0) {
              let data18 = data16.url;
              if (typeof data18 == "string") {
                if (!formats0(data18)) {
                  let err31 = { instancePath: instancePath + "/targets/pages/url", schemaPath: "#/definitions/targets/properties/pages/properties/url/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"', schema: "uri", parentSchema: schema30.properties.pages.properties.url, data: data18 };
                  vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
                }
              } else {
                let err32 = { instancePath: instancePath + "/targets/pages/url", schemaPath: "#/definitions/targets/properties/pages/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema30.properties.pages.properties.url.type, parentSchema: schema30.properties.pages.properties.url, data: data18 };
                vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
              }
            }
            if (data16.path !== void 0) {
              let data19 = data16.path;
              if (typeof data19 != "string") {
                let err33 = { instancePath: instancePath + "/targets/pages/path", schemaPath: "#/definitions/targets/properties/pages/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema30.properties.pages.properties.path.type, parentSchema: schema30.properties.pages.properties.path, data: data19 };
                vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
              }
            }
          } else {
            let err34 = { instancePath: instancePath + "/targets/pages", schemaPath: "#/definitions/targets/properties/pages/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema30.properties.pages.type, parentSchema: schema30.properties.pages, data: data16 };
            vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
          }
        }
        if (data10.assets !== void 0) {
          let data20 = data10.assets;
          if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
            for (let key7 in data20)
              if (key7 !== "name") {
                let err35 = { instancePath: instancePath + "/targets/assets", schemaPath: "#/definitions/targets/properties/assets/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema30.properties.assets, data: data20 };
                vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
              }
            if (data20.name !== void 0) {
              let data21 = data20.name;
              if (typeof data21 != "string") {
                let err36 = { instancePath: instancePath + "/targets/assets/name", schemaPath: "#/definitions/targets/properties/assets/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema30.properties.assets.properties.name.type, parentSchema: schema30.properties.assets.properties.name, data: data21 };
                vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
              }
            }
          } else {
            let err37 = { instancePath: instancePath + "/targets/assets", schemaPath: "#/definitions/targets/properties/assets/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema30.properties.assets.type, parentSchema: schema30.properties.assets, data: data20 };
            vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
          }
        }
      } else {
        let err38 = { instancePath: instancePath + "/targets", schemaPath: "#/definitions/targets/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema30.type, parentSchema: schema30, data: data10 };
        vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
      }
    }
    if (data.defaults !== void 0) {
      let data22 = data.defaults;
      if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
        for (let key8 in data22)
          if (key8 !== "image") {
            let err39 = { instancePath: instancePath + "/defaults", schemaPath: "#/properties/defaults/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.defaults, data: data22 };
            vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
          }
        if (data22.image !== void 0) {
          let data23 = data22.image;
          if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
            for (let key9 in data23)
              if (key9 !== "platforms") {
                let err40 = { instancePath: instancePath + "/defaults/image", schemaPath: "#/properties/defaults/properties/image/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.defaults.properties.image, data: data23 };
                vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
              }
            if (data23.platforms !== void 0) {
              let data24 = data23.platforms;
              if (Array.isArray(data24)) {
                if (data24.length < 1) {
                  let err41 = { instancePath: instancePath + "/defaults/image/platforms", schemaPath: "#/definitions/imagePlatforms/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema22, data: data24 };
                  vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
                }
                let len3 = data24.length;
                for (let i3 = 0; i3 < len3; i3++) {
                  let data25 = data24[i3];
                  if (typeof data25 == "string") {
                    if (!pattern5.test(data25)) {
                      let err42 = { instancePath: instancePath + "/defaults/image/platforms/" + i3, schemaPath: "#/definitions/imagePlatforms/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+/[a-z0-9]+(/[a-z0-9]+)?$" }, message: 'must match pattern "^[a-z0-9]+/[a-z0-9]+(/[a-z0-9]+)?$"', schema: "^[a-z0-9]+/[a-z0-9]+(/[a-z0-9]+)?$", parentSchema: schema22.items, data: data25 };
                      vErrors === null ? vErrors = [err42] : vErrors.push(err42), errors++;
                    }
                  } else {
                    let err43 = { instancePath: instancePath + "/defaults/image/platforms/" + i3, schemaPath: "#/definitions/imagePlatforms/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.items.type, parentSchema: schema22.items, data: data25 };
                    vErrors === null ? vErrors = [err43] : vErrors.push(err43), errors++;
                  }
                }
                let i4 = data24.length, j0;
                if (i4 > 1) {
                  let indices0 = {};
                  for (; i4--; ) {
                    let item0 = data24[i4];
                    if (typeof item0 == "string") {
                      if (typeof indices0[item0] == "number") {
                        j0 = indices0[item0];
                        let err44 = { instancePath: instancePath + "/defaults/image/platforms", schemaPath: "#/definitions/imagePlatforms/uniqueItems", keyword: "uniqueItems", params: { i: i4, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i4 + " are identical)", schema: !0, parentSchema: schema22, data: data24 };
                        vErrors === null ? vErrors = [err44] : vErrors.push(err44), errors++;
                        break;
                      }
                      indices0[item0] = i4;
                    }
                  }
                }
              } else {
                let err45 = { instancePath: instancePath + "/defaults/image/platforms", schemaPath: "#/definitions/imagePlatforms/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema22.type, parentSchema: schema22, data: data24 };
                vErrors === null ? vErrors = [err45] : vErrors.push(err45), errors++;
              }
            }
          } else {
            let err46 = { instancePath: instancePath + "/defaults/image", schemaPath: "#/properties/defaults/properties/image/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.defaults.properties.image.type, parentSchema: schema11.properties.defaults.properties.image, data: data23 };
            vErrors === null ? vErrors = [err46] : vErrors.push(err46), errors++;
          }
        }
      } else {
        let err47 = { instancePath: instancePath + "/defaults", schemaPath: "#/properties/defaults/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.defaults.type, parentSchema: schema11.properties.defaults, data: data22 };
        vErrors === null ? vErrors = [err47] : vErrors.push(err47), errors++;
      }
    }
  } else {
    let err48 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    vErrors === null ? vErrors = [err48] : vErrors.push(err48), errors++;
  }
  return validate10.errors = vErrors, errors === 0;
}
function compatibilityValidator() {
  return precompiled_compatibilityValidator;
}

// src/matrix/schema-check.ts
function schemaDiagnostics(data, source) {
  let validate = compatibilityValidator();
  return validate(data) ? [] : (validate.errors ?? []).filter((e) => !isWrapperError(e)).map((e) => explain(e, source));
}
function isWrapperError(e) {
  return e.keyword === "if" || e.keyword === "pattern" && "propertyName" in e;
}
function pointerToPath(pointer) {
  return pointer === "" ? [] : pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^\d+$/.test(s) ? Number(s) : s);
}
function pathLabel(path5) {
  let label = "";
  for (let s of path5) label += typeof s == "number" ? `[${s}]` : label ? `.${s}` : s;
  return label || "the file";
}
function explain(e, source) {
  let path5 = pointerToPath(e.instancePath), label = pathLabel(path5), at = source.valueLocation(path5), parent = e.parentSchema, base = (code, message, hint, location = at) => ({
    code,
    message,
    ...location ? { location } : {},
    ...hint ? { hint } : {}
  });
  switch (e.keyword) {
    case "additionalProperties": {
      let key = String(e.params.additionalProperty), known = Object.keys(parent?.properties ?? {}).filter((k) => k !== "$schema"), guess = didYouMean(key, known);
      return base(
        "unknown-key",
        `unknown key "${key}" in ${label}`,
        guess ? `did you mean "${guess}"?` : `allowed keys: ${known.join(", ")}`,
        source.keyLocation([...path5, key])
      );
    }
    case "required":
      return base("missing-key", `${label} is missing the required key "${String(e.params.missingProperty)}"`);
    case "type":
      return explainType(e, path5, label, source, base);
    case "enum": {
      let allowed = e.params.allowedValues.map(String), guess = didYouMean(String(e.data), allowed);
      return base(
        "bad-value",
        `${label} is "${String(e.data)}", which is not one of: ${allowed.join(", ")}`,
        guess ? `did you mean "${guess}"?` : void 0
      );
    }
    case "pattern":
      return base("bad-value", `${label} "${String(e.data)}" ${parent?.patternErrorMessage ?? `does not match ${String(e.params.pattern)}`}`);
    case "propertyNames": {
      let name = String(e.params.propertyName);
      return base("bad-name", `${label}: name "${name}" must be lowercase letters, digits and dashes`, void 0, source.keyLocation([...path5, name]));
    }
    case "minItems":
      return base("empty", `${label} must not be empty`);
    case "minLength":
      return base("empty", `${label} must not be empty`);
    case "uniqueItems": {
      let items = e.data, j = Number(e.params.j);
      return base("duplicate", `${label} lists "${String(items[j])}" twice`, void 0, source.valueLocation([...path5, Number(e.params.i)]));
    }
    case "format":
      return e.params.format === "uri" ? base("bad-value", `${label} "${String(e.data)}" is not a URL`, "write an absolute URL, e.g. https://acme.github.io/platform") : base("bad-value", `${label} "${String(e.data)}" is not a valid ${String(e.params.format)}`);
    default:
      return base("schema", `${label} ${e.message ?? "is not valid"}`);
  }
}
function explainType(e, path5, label, source, base) {
  let expected = String(e.params.type), written = source.sourceText(path5);
  if (expected === "string" && typeof e.data == "number" && written !== void 0)
    return written !== String(e.data) ? base(
      "yaml-number",
      `${label} is written ${written}, which YAML reads as the number ${String(e.data)}`,
      `quote it: "${written}"`
    ) : base("yaml-number", `${label} must be a string, but YAML reads ${written} as a number`, `quote it: "${written}"`);
  let actual = e.data === null ? "empty" : Array.isArray(e.data) ? "a list" : typeof e.data == "object" ? "a mapping" : `a ${typeof e.data}`, wanted = expected === "object" ? "a mapping" : expected === "array" ? "a list" : `a ${expected}`;
  return base("bad-type", `${label} must be ${wanted}, but is ${actual}`);
}

// src/matrix/semantic-check.ts
import { existsSync as existsSync2 } from "node:fs";
import path2 from "node:path";

// src/matrix/installer-check.ts
import { closeSync, existsSync, openSync, readSync } from "node:fs";
import path from "node:path";
function isObject(v) {
  return typeof v == "object" && v !== null && !Array.isArray(v);
}
function list(v) {
  return Array.isArray(v) ? v : [];
}
var GLOB_CHARS = /[*?[\]{}]/;
function installerDiagnostics(data, source, root) {
  let out = [];
  if (!isObject(data)) return out;
  let where = (p) => source.valueLocation(p), add = (code, message, location, hint) => out.push({ code, message, ...location ? { location } : {}, ...hint ? { hint } : {} }), components = list(data.components), kindOf = /* @__PURE__ */ new Map();
  for (let c of components) isObject(c) && typeof c.name == "string" && kindOf.set(c.name, c.kind);
  let bundles = /* @__PURE__ */ new Map();
  for (let b of list(data.bundles)) isObject(b) && typeof b.name == "string" && bundles.set(b.name, b);
  let upgradeCodes = /* @__PURE__ */ new Map();
  return components.forEach((c, i) => {
    if (!isObject(c) || c.kind !== "installer" || !isObject(c.installer)) return;
    let at = ["components", i, "installer"], s = c.installer, label = `component "${String(c.name)}": installer`, knownBundle = (name, p) => {
      if (bundles.has(name)) return !0;
      let guess = didYouMean(name, bundles.keys());
      return add(
        "unknown-reference",
        `${label} names the bundle "${name}", which is not declared`,
        where(p),
        guess ? `did you mean "${guess}"?` : "declare it under bundles"
      ), !1;
    };
    if ((s.kind ?? "application") === "infrastructure") {
      if (typeof s.bundle != "string")
        add(
          "missing-key",
          `${label} is an infrastructure installer and needs "bundle": the compose bundle it installs`,
          where(at),
          "for example: bundle: docker"
        );
      else if (knownBundle(s.bundle, [...at, "bundle"])) {
        let composes = list(bundles.get(s.bundle).components).filter((n) => typeof n == "string" && kindOf.get(n) === "compose");
        composes.length !== 1 && add(
          "bad-value",
          `${label}: bundle "${s.bundle}" carries ${composes.length} compose components; an infrastructure installer needs exactly one`,
          where([...at, "bundle"]),
          "start, stop and status run one compose stack: make a bundle with one compose component"
        );
      }
    } else s.bundle !== void 0 && add(
      "bad-value",
      `${label}: "bundle" belongs to an infrastructure installer`,
      source.keyLocation([...at, "bundle"]),
      "write kind: infrastructure, or install the bundle through files: [{ bundle: NAME }]"
    );
    if (typeof s.upgradeCode == "string") {
      let code = s.upgradeCode.replace(/[{}]/g, "").toLowerCase(), first = upgradeCodes.get(code);
      upgradeCodes.has(code) ? add(
        "duplicate",
        `${label}: upgradeCode ${s.upgradeCode} is already used by another installer${first ? ` (${formatLocation(first)})` : ""}`,
        where([...at, "upgradeCode"]),
        "each product needs its own UpgradeCode, or installing one removes the other"
      ) : upgradeCodes.set(code, where([...at, "upgradeCode"]));
    }
    list(s.files).forEach((f, j) => {
      if (!isObject(f)) return;
      let p = [...at, "files", j], hasFrom = typeof f.from == "string", hasBundle = typeof f.bundle == "string";
      if (hasFrom === hasBundle) {
        add("bad-value", `${label}: files[${j}] needs either "from" or "bundle"`, where(p), "from: a file, folder or glob of the repository; bundle: the name of a bundle");
        return;
      }
      if (hasFrom) {
        let from = f.from.replace(/\\/g, "/"), base = globBase(from);
        escapes(from) ? add("path-escape", `${label}: files[${j}].from "${from}" is outside the project`, where([...p, "from"]), "paths are relative to compatibility.yaml and stay below it") : existsSync(path.join(root, base || ".")) || add("missing-path", `${label}: files[${j}].from "${from}" does not exist`, where([...p, "from"]), `looked for ${path.join(root, base)}`);
      } else knownBundle(f.bundle, [...p, "bundle"]);
      typeof f.to == "string" && escapes(f.to) && add("path-escape", `${label}: files[${j}].to "${f.to}" leaves the install folder`, where([...p, "to"]), 'use a relative folder without ".."');
    }), list(s.shortcuts).forEach((sc, j) => {
      isObject(sc) && (typeof sc.target == "string" && escapes(sc.target) && add(
        "path-escape",
        `${label}: shortcuts[${j}].target "${sc.target}" is not inside the install folder`,
        where([...at, "shortcuts", j, "target"]),
        "name an installed file by its path below the install folder, e.g. bin/tool.exe"
      ), sc.startMenu === !1 && sc.desktop !== !0 && add("bad-value", `${label}: shortcuts[${j}] is neither in the Start menu nor on the desktop`, where([...at, "shortcuts", j]), "set startMenu or desktop to true, or remove it"));
    }), list(s.registry).forEach((r, j) => {
      isObject(r) && (r.type === "integer" && !/^-?\d+$/.test(String(r.value)) && add(
        "bad-value",
        `${label}: registry[${j}] is an integer value, but "${String(r.value)}" is not an integer`,
        where([...at, "registry", j, "value"]),
        "write a whole number, or type: string"
      ), typeof r.key == "string" && /^(HK[A-Z_]+|HKEY_[A-Z_]+)\\/i.test(r.key) && add("bad-value", `${label}: registry[${j}].key starts with a hive`, where([...at, "registry", j, "key"]), "write the hive in root (HKLM, HKCU, HKMU) and the key without it"));
    }), typeof s.path == "string" && escapes(s.path) && add("path-escape", `${label}: path "${s.path}" is not inside the install folder`, where([...at, "path"]), "write true, or a folder below the install folder such as bin"), typeof s.license == "string" && checkFile(
      s.license,
      [...at, "license"],
      `${label}: license`,
      ".rtf",
      (head) => head.startsWith("{\\rtf"),
      "the licence must be RTF (it starts with {\\rtf); save it as Rich Text from a word processor"
    ), typeof s.icon == "string" && checkFile(
      s.icon,
      [...at, "icon"],
      `${label}: icon`,
      ".ico",
      (head) => head.startsWith("\0\0\0"),
      "the icon must be a Windows .ico file"
    );
  }), out;
  function checkFile(relative, p, label, extension, valid, hint) {
    if (escapes(relative)) {
      add("path-escape", `${label} "${relative}" is outside the project`, where(p), "paths are relative to compatibility.yaml and stay below it");
      return;
    }
    let full = path.join(root, relative);
    if (!existsSync(full)) {
      add("missing-path", `${label} "${relative}" does not exist`, where(p), `looked for ${full}`);
      return;
    }
    (path.extname(full).toLowerCase() !== extension || !valid(readHead(full))) && add("bad-value", `${label} "${relative}" is not a ${extension} file`, where(p), hint);
  }
}
function globBase(pattern) {
  if (!GLOB_CHARS.test(pattern)) return pattern;
  let parts = pattern.split("/"), fixed = [];
  for (let part of parts) {
    if (GLOB_CHARS.test(part)) break;
    fixed.push(part);
  }
  return fixed.join("/");
}
function readHead(file) {
  let fd = openSync(file, "r");
  try {
    let buffer = Buffer.alloc(8), n = readSync(fd, buffer, 0, 8, 0);
    return buffer.subarray(0, n).toString("latin1");
  } finally {
    closeSync(fd);
  }
}
function escapes(relative) {
  return path.isAbsolute(relative) || /^[A-Za-z]:/.test(relative) || path.posix.normalize(relative.replace(/\\/g, "/")).split("/")[0] === "..";
}

// src/matrix/versions.ts
var import_semver = __toESM(require_semver(), 1), RANGE_OPTIONS = { includePrerelease: !0 };
function strictVersion(text) {
  return /^\d/.test(text) && import_semver.default.parse(text)?.raw === text ? text : void 0;
}
function platformVersion(text) {
  let short = /^(\d+)\.(\d+)$/.exec(text);
  return short ? `${Number(short[1])}.${Number(short[2])}.0` : strictVersion(text);
}
function validRange(text) {
  return import_semver.default.validRange(text, RANGE_OPTIONS) !== null;
}
var parsedRanges = /* @__PURE__ */ new Map();
function satisfies(version, range) {
  let parsed = parsedRanges.get(range);
  return parsed || (parsed = new import_semver.default.Range(range, RANGE_OPTIONS), parsedRanges.set(range, parsed)), parsed.test(version);
}
function isPrerelease(version) {
  return (import_semver.default.prerelease(version)?.length ?? 0) > 0;
}
function versionHint(text) {
  return /^v\d/i.test(text) ? `drop the leading "v": ${text.slice(1)}` : /^\d+\.\d+$/.test(text) ? `a component version needs three parts: ${text}.0` : /^\d+$/.test(text) ? `a version needs three parts: ${text}.0.0` : "a version is MAJOR.MINOR.PATCH, optionally followed by -prerelease and +build (SemVer 2)";
}

// src/matrix/semantic-check.ts
var KIND_SETTINGS = { image: "image", installer: "installer" }, ASSET_PLACEHOLDERS = ["release", "bundle", "version"];
function isObject2(v) {
  return typeof v == "object" && v !== null && !Array.isArray(v);
}
function list2(v) {
  return Array.isArray(v) ? v : [];
}
function semanticDiagnostics(data, source, root) {
  let out = [];
  if (!isObject2(data)) return out;
  let where = (p) => source.valueLocation(p), add = (code, message, location, hint) => out.push({ code, message, ...location ? { location } : {}, ...hint ? { hint } : {} }), release = isObject2(data.release) ? data.release : void 0;
  release && typeof release.version == "string" && release.version !== "tag" && !strictVersion(release.version) && add(
    "bad-version",
    `release.version "${release.version}" is not a SemVer version`,
    where(["release", "version"]),
    `${versionHint(release.version)}; or write "tag" to take it from the release tag`
  );
  let versions = /* @__PURE__ */ new Map(), firstSeen = /* @__PURE__ */ new Map(), components = list2(data.components);
  components.forEach((c, i) => {
    if (!isObject2(c) || typeof c.name != "string") return;
    let namePath = ["components", i, "name"], seenAt = firstSeen.get(c.name);
    if (seenAt) {
      let seen = where(seenAt);
      add(
        "duplicate-name",
        `component "${c.name}" is declared twice${seen ? ` (first at ${formatLocation(seen)})` : ""}`,
        where(namePath),
        "component names are unique: rename or remove one"
      );
      return;
    }
    if (firstSeen.set(c.name, namePath), typeof c.version == "string") {
      let v = strictVersion(c.version);
      v ? versions.set(c.name, v) : add("bad-version", `component "${c.name}": version "${c.version}" is not a SemVer version`, where(["components", i, "version"]), versionHint(c.version));
    }
    for (let [key, kind] of Object.entries(KIND_SETTINGS))
      c[key] !== void 0 && c.kind !== kind && typeof c.kind == "string" && add(
        "kind-mismatch",
        `component "${c.name}" is of kind ${c.kind}, but has "${key}" settings, which only an ${kind} component takes`,
        source.keyLocation(["components", i, key]),
        `remove "${key}" or change kind to ${kind}`
      );
    typeof c.source == "string" && checkPath(c.source, ["components", i, "source"], `component "${c.name}": source`);
  });
  let platforms = /* @__PURE__ */ new Map();
  if (isObject2(data.platforms))
    for (let [name, versionsOfPlatform] of Object.entries(data.platforms)) {
      firstSeen.has(name) && add(
        "duplicate-name",
        `"${name}" is both a platform and a component`,
        source.keyLocation(["platforms", name]),
        "a requirement names one or the other: rename one of them"
      );
      let seenVersions = /* @__PURE__ */ new Set(), parsed = [];
      list2(versionsOfPlatform).forEach((v, j) => {
        if (typeof v != "string") return;
        let p = ["platforms", name, j], normal = platformVersion(v);
        if (!normal) {
          add("bad-version", `platforms.${name}[${j}]: "${v}" is not a version`, where(p), 'write MAJOR.MINOR or MAJOR.MINOR.PATCH, e.g. "1.30"');
          return;
        }
        seenVersions.has(normal) && add("duplicate", `platforms.${name} lists ${v} twice`, where(p)), seenVersions.add(normal), parsed.push({ version: v, semver: normal, path: p });
      }), platforms.set(name, parsed);
    }
  let known = [...firstSeen.keys(), ...platforms.keys()];
  components.forEach((c, i) => {
    if (!(!isObject2(c) || typeof c.name != "string" || !isObject2(c.requires)))
      for (let [target, range] of Object.entries(c.requires)) {
        if (typeof range != "string") continue;
        let keyPath = ["components", i, "requires", target], rangePath = keyPath;
        if (target === c.name) {
          add("self-requirement", `component "${c.name}" requires itself`, source.keyLocation(keyPath), "remove this requirement");
          continue;
        }
        if (!firstSeen.has(target) && !platforms.has(target)) {
          let guess = didYouMean(target, known);
          add(
            "unknown-reference",
            `component "${c.name}" requires "${target}", which is neither a component nor a platform`,
            source.keyLocation(keyPath),
            guess ? `did you mean "${guess}"?` : "declare it under components, or its versions under platforms"
          );
          continue;
        }
        if (!validRange(range)) {
          add(
            "bad-range",
            `component "${c.name}": requirement on ${target} "${range}" is not a SemVer range`,
            where(rangePath),
            'write a range such as ">=1.2.0 <2.0.0", "^1.2" or "~1.29"'
          );
          continue;
        }
        let cite = () => {
          let requirementAt = where(rangePath);
          return requirementAt ? ` (${formatLocation(requirementAt)})` : "";
        }, version = versions.get(target);
        if (version !== void 0 && !satisfies(version, range)) {
          let index = components.findIndex((o) => isObject2(o) && o.name === target);
          add(
            "unsatisfied",
            `${target} ${version} does not satisfy ${c.name}'s requirement ${range}${cite()}`,
            where(["components", index, "version"]),
            `change ${target}'s version or ${c.name}'s range`
          );
        }
        for (let pv of platforms.get(target) ?? [])
          satisfies(pv.semver, range) || add(
            "unsatisfied",
            `${target} ${pv.version} does not satisfy ${c.name}'s requirement ${range}${cite()}`,
            where(pv.path),
            `remove ${pv.version} from platforms.${target} or widen ${c.name}'s range`
          );
      }
  });
  let bundleNames = /* @__PURE__ */ new Map();
  list2(data.bundles).forEach((b, i) => {
    if (isObject2(b)) {
      if (typeof b.name == "string") {
        let firstAt = bundleNames.get(b.name), first = firstAt && where(firstAt);
        firstAt ? add(
          "duplicate-name",
          `bundle "${b.name}" is declared twice${first ? ` (first at ${formatLocation(first)})` : ""}`,
          where(["bundles", i, "name"]),
          "bundle names are unique: rename or remove one"
        ) : bundleNames.set(b.name, ["bundles", i, "name"]);
      }
      list2(b.components).forEach((name, j) => {
        if (typeof name != "string" || firstSeen.has(name)) return;
        let guess = didYouMean(name, firstSeen.keys());
        add(
          "unknown-reference",
          `bundle "${String(b.name)}" lists "${name}", which is not a component`,
          where(["bundles", i, "components", j]),
          guess ? `did you mean "${guess}"?` : "declare it under components"
        );
      }), list2(b.files).forEach((f, j) => {
        isObject2(f) && typeof f.from == "string" && checkPath(f.from, ["bundles", i, "files", j, "from"], `bundle "${String(b.name)}": files[${j}].from`), isObject2(f) && typeof f.to == "string" && escapes2(f.to) && add(
          "path-escape",
          `bundle "${String(b.name)}": files[${j}].to "${f.to}" leaves the bundle`,
          where(["bundles", i, "files", j, "to"]),
          'use a relative path without ".."'
        );
      });
    }
  });
  let targets = isObject2(data.targets) ? data.targets : void 0, assets = targets && isObject2(targets.assets) ? targets.assets : void 0;
  if (assets && typeof assets.name == "string") {
    for (let m of assets.name.matchAll(/\{([^}]*)\}/g))
      if (!ASSET_PLACEHOLDERS.includes(m[1])) {
        let guess = didYouMean(m[1], ASSET_PLACEHOLDERS);
        add(
          "bad-value",
          `targets.assets.name uses the unknown placeholder {${m[1]}}`,
          where(["targets", "assets", "name"]),
          guess ? `did you mean {${guess}}?` : `use ${ASSET_PLACEHOLDERS.map((p) => `{${p}}`).join(", ")}`
        );
      }
    assets.name.includes("{bundle}") || add("bad-value", "targets.assets.name must contain {bundle}, or every bundle would get the same file name", where(["targets", "assets", "name"]));
  }
  return out.push(...installerDiagnostics(data, source, root)), out;
  function checkPath(relative, p, label) {
    path2.isAbsolute(relative) || escapes2(relative) ? add("path-escape", `${label} "${relative}" is outside the project`, where(p), "paths are relative to compatibility.yaml and stay below it") : existsSync2(path2.join(root, relative)) || add("missing-path", `${label} "${relative}" does not exist`, where(p), `looked for ${path2.join(root, relative)}`);
  }
}
function escapes2(relative) {
  return path2.posix.normalize(relative.replace(/\\/g, "/")).split("/")[0] === ".." || path2.isAbsolute(relative);
}

// src/matrix/load.ts
var DEFAULT_CONFIG = "compatibility.yaml";
async function loadMatrix(file, shownAs = file) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    let code = e.code;
    return {
      ok: !1,
      errors: [{
        code: "no-config",
        message: code === "ENOENT" ? `${shownAs}: no such file` : `${shownAs}: cannot be read (${code ?? "error"})`,
        hint: code === "ENOENT" ? "run in the folder that holds compatibility.yaml, or pass --config PATH" : "check the file permissions"
      }]
    };
  }
  return parseMatrix(path3.resolve(file), text, shownAs);
}
function parseMatrix(file, text, shownAs = file) {
  let source = new YamlSource(shownAs, text), read = source.data();
  if (!read) return { ok: !1, errors: source.syntaxErrors() };
  let data = read.value;
  if (data == null)
    return { ok: !1, errors: [{ code: "empty", message: "the file is empty", location: { file: shownAs, line: 1, col: 1 }, hint: "start with apiVersion: slipway/v1" }] };
  let root = path3.dirname(path3.resolve(file)), errors = [...schemaDiagnostics(data, source), ...semanticDiagnostics(data, source, root)];
  return errors.length > 0 ? { ok: !1, errors: sortByLocation(dedupe(errors)) } : { ok: !0, value: toModel(data, source, path3.resolve(file)) };
}
function dedupe(errors) {
  let seen = /* @__PURE__ */ new Set();
  return errors.filter((e) => {
    let key = `${e.location?.line}:${e.location?.col}:${e.message}`;
    return seen.has(key) ? !1 : (seen.add(key), !0);
  });
}
function sortByLocation(errors) {
  return [...errors].sort((a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0) || (a.location?.col ?? 0) - (b.location?.col ?? 0));
}
function withLazyLocation(target, key, locate) {
  let cached;
  return Object.defineProperty(target, key, { enumerable: !0, get: () => cached ??= locate() }), target;
}
function installPath(p) {
  return p.replace(/\\/g, "/").replace(/^\.?\/+|\/+$/g, "").replace(/^\.$/, "");
}
function toInstaller(raw, at0, at, root) {
  let onPath = raw.path === !0 ? "" : typeof raw.path == "string" ? installPath(raw.path) : void 0;
  return withLazyLocation({
    kind: raw.kind ?? "application",
    ...raw.productName !== void 0 ? { productName: raw.productName } : {},
    ...raw.manufacturer !== void 0 ? { manufacturer: raw.manufacturer } : {},
    ...raw.upgradeCode !== void 0 ? { upgradeCode: raw.upgradeCode.replace(/[{}]/g, "").toLowerCase() } : {},
    scope: raw.scope ?? "perMachine",
    installDir: raw.installDir ?? raw.productName ?? "",
    files: (raw.files ?? []).map((f, j) => withLazyLocation({
      ...f.from !== void 0 ? { from: f.from.replace(/\\/g, "/") } : {},
      ...f.bundle !== void 0 ? { bundle: f.bundle } : {},
      to: installPath(f.to ?? "")
    }, "location", at([...at0, "files", j]))),
    ...raw.bundle !== void 0 ? { bundle: raw.bundle } : {},
    shortcuts: (raw.shortcuts ?? []).map((s, j) => withLazyLocation({
      name: s.name,
      target: installPath(s.target),
      ...s.arguments !== void 0 ? { arguments: s.arguments } : {},
      ...s.description !== void 0 ? { description: s.description } : {},
      startMenu: s.startMenu ?? !0,
      desktop: s.desktop ?? !1
    }, "location", at([...at0, "shortcuts", j]))),
    registry: (raw.registry ?? []).map((r, j) => withLazyLocation({
      root: r.root ?? "HKMU",
      key: r.key,
      name: r.name,
      type: r.type ?? "string",
      value: String(r.value)
    }, "location", at([...at0, "registry", j]))),
    ...onPath !== void 0 ? { path: onPath } : {},
    ...raw.license !== void 0 ? { license: path3.join(root, raw.license) } : {},
    ...raw.icon !== void 0 ? { icon: path3.join(root, raw.icon) } : {},
    arp: raw.arp ?? {}
  }, "location", at(at0));
}
function toModel(raw, source, absolute) {
  let root = path3.dirname(absolute), at = (p) => () => source.valueLocation(p) ?? { file: source.file, line: 1, col: 1 }, platforms = Object.entries(raw.platforms ?? {}).map(([name, versions]) => ({
    name,
    versions: versions.map((v, j) => withLazyLocation({ version: v, semver: platformVersion(v) }, "location", at(["platforms", name, j])))
  })), components = raw.components.map((c, i) => {
    let requires = Object.entries(c.requires ?? {}).map(([target, range]) => withLazyLocation({ target, range }, "location", at(["components", i, "requires", target]))), component = {
      name: c.name,
      kind: c.kind,
      version: c.version,
      ...c.description !== void 0 ? { description: c.description } : {},
      ...c.source !== void 0 ? { source: path3.join(root, c.source) } : {},
      requires,
      ...c.image ? { image: c.image } : {},
      ...c.installer ? { installer: toInstaller(c.installer, ["components", i, "installer"], at, root) } : {}
    };
    return withLazyLocation(withLazyLocation(component, "location", at(["components", i])), "versionLocation", at(["components", i, "version"]));
  }), bundles = (raw.bundles ?? []).map((b, i) => withLazyLocation({
    name: b.name,
    ...b.description !== void 0 ? { description: b.description } : {},
    components: b.components,
    files: (b.files ?? []).map((f) => ({ from: f.from, to: f.to ?? f.from }))
  }, "location", at(["bundles", i]))), t = raw.targets ?? {}, targets = {
    ...t.github ? { github: t.github } : {},
    ...t.ghcr ? { ghcr: { registry: t.ghcr.registry ?? "ghcr.io", owner: t.ghcr.owner } } : {},
    ...t.pages ? { pages: { branch: t.pages.branch ?? "gh-pages", url: t.pages.url, path: t.pages.path ?? "" } } : {},
    assets: { name: t.assets?.name ?? "{bundle}-{version}" }
  };
  return {
    file: source.file,
    path: absolute,
    root,
    release: withLazyLocation({
      name: raw.release.name,
      version: raw.release.version,
      tagPrefix: raw.release.tagPrefix ?? "v",
      ...raw.release.description !== void 0 ? { description: raw.release.description } : {}
    }, "versionLocation", at(["release", "version"])),
    platforms,
    components,
    bundles,
    targets,
    defaults: { image: { platforms: raw.defaults?.image?.platforms ?? ["linux/amd64"] } }
  };
}

// src/commands/load-config.ts
async function loadConfig(ctx, config) {
  let file = config ?? DEFAULT_CONFIG, result = await loadMatrix(path4.resolve(ctx.cwd, file), file);
  if (!result.ok) throw new SlipwayError(result.errors);
  return result.value;
}

export {
  didYouMean,
  GLOB_CHARS,
  globBase,
  strictVersion,
  platformVersion,
  satisfies,
  isPrerelease,
  loadConfig
};
