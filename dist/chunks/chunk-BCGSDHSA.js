import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  require_semver
} from "./chunk-T2LXPFR4.js";
import {
  YamlSource,
  require_ajv,
  require_codegen
} from "./chunk-46GJ4U37.js";
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

// node_modules/ajv-formats/dist/limit.js
var require_limit = __commonJS({
  "node_modules/ajv-formats/dist/limit.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.formatLimitDefinition = void 0;
    var ajv_1 = require_ajv(), codegen_1 = require_codegen(), ops = codegen_1.operators, KWDs = {
      formatMaximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      formatMinimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      formatExclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      formatExclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    }, error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`should be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    exports.formatLimitDefinition = {
      keyword: Object.keys(KWDs),
      type: "string",
      schemaType: "string",
      $data: !0,
      error,
      code(cxt) {
        let { gen, data, schemaCode, keyword, it } = cxt, { opts, self } = it;
        if (!opts.validateFormats)
          return;
        let fCxt = new ajv_1.KeywordCxt(it, self.RULES.all.format.definition, "format");
        fCxt.$data ? validate$DataFormat() : validateFormat();
        function validate$DataFormat() {
          let fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          }), fmt = gen.const("fmt", (0, codegen_1._)`${fmts}[${fCxt.schemaCode}]`);
          cxt.fail$data((0, codegen_1.or)((0, codegen_1._)`typeof ${fmt} != "object"`, (0, codegen_1._)`${fmt} instanceof RegExp`, (0, codegen_1._)`typeof ${fmt}.compare != "function"`, compareCode(fmt)));
        }
        function validateFormat() {
          let format = fCxt.schema, fmtDef = self.formats[format];
          if (!fmtDef || fmtDef === !0)
            return;
          if (typeof fmtDef != "object" || fmtDef instanceof RegExp || typeof fmtDef.compare != "function")
            throw new Error(`"${keyword}": format "${format}" does not define "compare" function`);
          let fmt = gen.scopeValue("formats", {
            key: format,
            ref: fmtDef,
            code: opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(format)}` : void 0
          });
          cxt.fail$data(compareCode(fmt));
        }
        function compareCode(fmt) {
          return (0, codegen_1._)`${fmt}.compare(${data}, ${schemaCode}) ${KWDs[keyword].fail} 0`;
        }
      },
      dependencies: ["format"]
    };
    var formatLimitPlugin = (ajv) => (ajv.addKeyword(exports.formatLimitDefinition), ajv);
    exports.default = formatLimitPlugin;
  }
});

// node_modules/ajv-formats/dist/index.js
var require_dist = __commonJS({
  "node_modules/ajv-formats/dist/index.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var formats_1 = require_formats(), limit_1 = require_limit(), codegen_1 = require_codegen(), fullName = new codegen_1.Name("fullFormats"), fastName = new codegen_1.Name("fastFormats"), formatsPlugin = (ajv, opts = { keywords: !0 }) => {
      if (Array.isArray(opts))
        return addFormats2(ajv, opts, formats_1.fullFormats, fullName), ajv;
      let [formats, exportName] = opts.mode === "fast" ? [formats_1.fastFormats, fastName] : [formats_1.fullFormats, fullName], list3 = opts.formats || formats_1.formatNames;
      return addFormats2(ajv, list3, formats, exportName), opts.keywords && (0, limit_1.default)(ajv), ajv;
    };
    formatsPlugin.get = (name, mode = "full") => {
      let f = (mode === "fast" ? formats_1.fastFormats : formats_1.fullFormats)[name];
      if (!f)
        throw new Error(`Unknown format "${name}"`);
      return f;
    };
    function addFormats2(ajv, list3, fs, exportName) {
      var _a, _b;
      (_a = (_b = ajv.opts.code).formats) !== null && _a !== void 0 || (_b.formats = (0, codegen_1._)`require("ajv-formats/dist/formats").${exportName}`);
      for (let f of list3)
        ajv.addFormat(f, fs[f]);
    }
    module.exports = exports = formatsPlugin;
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.default = formatsPlugin;
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

// src/matrix/schema-check.ts
var import_ajv = __toESM(require_ajv(), 1), import_ajv_formats = __toESM(require_dist(), 1);

// schema/compatibility.schema.json
var compatibility_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://slipway.dev/schema/compatibility.schema.json",
  title: "Slipway compatibility.yaml, version 1",
  description: "What a release is made of, which versions of its parts work together, and where it is published.",
  type: "object",
  additionalProperties: !1,
  required: ["apiVersion", "release", "components"],
  properties: {
    $schema: { type: "string" },
    apiVersion: {
      description: "The format of this file. Always slipway/v1 for this version.",
      type: "string",
      enum: ["slipway/v1"]
    },
    release: { $ref: "#/definitions/release" },
    platforms: {
      description: "The platform versions this release is tested or built against, by platform name (kubernetes, helm, docker, windows, ...). Versions are strings: quote them, since YAML reads 1.30 as the number 1.3.",
      type: "object",
      propertyNames: { $ref: "#/definitions/name" },
      additionalProperties: {
        type: "array",
        minItems: 1,
        items: { $ref: "#/definitions/versionString" }
      }
    },
    components: {
      description: "The parts of the release. Names are unique across components and platforms.",
      type: "array",
      minItems: 1,
      items: { $ref: "#/definitions/component" }
    },
    bundles: {
      description: "The downloadable archives of the release and the components each one carries.",
      type: "array",
      items: { $ref: "#/definitions/bundle" }
    },
    targets: { $ref: "#/definitions/targets" },
    defaults: {
      description: "Settings that apply to every component of a kind unless the component says otherwise.",
      type: "object",
      additionalProperties: !1,
      properties: {
        image: {
          type: "object",
          additionalProperties: !1,
          properties: {
            platforms: { $ref: "#/definitions/imagePlatforms" }
          }
        }
      }
    }
  },
  definitions: {
    name: {
      type: "string",
      pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$",
      patternErrorMessage: "must be lowercase letters, digits and dashes, starting and ending with a letter or digit (at most 63 characters)"
    },
    versionString: {
      description: "A version: MAJOR.MINOR.PATCH (SemVer 2), or MAJOR.MINOR for a platform.",
      type: "string"
    },
    release: {
      type: "object",
      additionalProperties: !1,
      required: ["name", "version"],
      properties: {
        name: { $ref: "#/definitions/name", description: "The release's name, used in bundle and asset names." },
        version: {
          description: 'The release version (SemVer 2), or "tag" to take it from the release event, the pushed tag or git describe.',
          type: "string"
        },
        tagPrefix: {
          description: 'What comes before the version in a release tag. Default "v" (v1.2.3).',
          type: "string",
          default: "v"
        },
        description: { type: "string" }
      }
    },
    requires: {
      description: 'SemVer ranges on other components or on platforms, by name: e.g. kubernetes: ">=1.29.0 <1.32.0".',
      type: "object",
      propertyNames: { $ref: "#/definitions/name" },
      additionalProperties: { type: "string" }
    },
    component: {
      type: "object",
      additionalProperties: !1,
      required: ["name", "kind", "version"],
      properties: {
        name: { $ref: "#/definitions/name" },
        kind: {
          type: "string",
          enum: ["chart", "image", "compose", "terraform", "files", "installer"]
        },
        version: { $ref: "#/definitions/versionString", description: "The component's own version (SemVer 2)." },
        description: { type: "string" },
        source: {
          description: "Where the component's sources live: a folder (or file) relative to this file.",
          type: "string",
          minLength: 1
        },
        requires: { $ref: "#/definitions/requires" },
        image: { $ref: "#/definitions/imageSettings" },
        installer: { $ref: "#/definitions/installerSettings" }
      }
    },
    imageSettings: {
      description: "Settings of an image component.",
      type: "object",
      additionalProperties: !1,
      properties: {
        repository: {
          description: "The repository name under the registry owner. Default: the component name.",
          type: "string",
          pattern: "^[a-z0-9]+([._-][a-z0-9]+)*(/[a-z0-9]+([._-][a-z0-9]+)*)*$",
          patternErrorMessage: "must be a lowercase repository path (letters, digits, . _ - and /)"
        },
        file: { description: "The Containerfile, relative to the source folder. Default: Containerfile.", type: "string" },
        platforms: { $ref: "#/definitions/imagePlatforms" }
      }
    },
    imagePlatforms: {
      description: "OS/architecture pairs to build, e.g. linux/amd64, linux/arm64. Default: defaults.image.platforms, else linux/amd64.",
      type: "array",
      minItems: 1,
      uniqueItems: !0,
      items: {
        type: "string",
        pattern: "^[a-z0-9]+/[a-z0-9]+(/[a-z0-9]+)?$",
        patternErrorMessage: "must be OS/ARCH[/VARIANT], e.g. linux/amd64"
      }
    },
    installerSettings: {
      description: "Settings of an installer component (a Windows MSI). Paths are relative to compatibility.yaml.",
      type: "object",
      additionalProperties: !1,
      properties: {
        kind: {
          description: "application: files, shortcuts, registry values and a PATH entry. infrastructure: a compose bundle with start, stop and status scripts and Start menu shortcuts that run them. Default: application.",
          type: "string",
          enum: ["application", "infrastructure"]
        },
        productName: {
          description: "The name shown in Add/Remove Programs and used for the install folder. Needed to build the MSI.",
          type: "string",
          minLength: 1,
          maxLength: 63
        },
        manufacturer: {
          description: "The publisher shown in Add/Remove Programs. Needed to build the MSI.",
          type: "string",
          minLength: 1
        },
        upgradeCode: {
          type: "string",
          pattern: "^\\{?[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\\}?$",
          patternErrorMessage: "must be a GUID such as 8f9e6a52-3c1b-4d55-9a0e-2b7f0c6d1e43",
          description: "The MSI UpgradeCode, stable for the product's whole life. Default: derived (UUIDv5) from the release and component names; pin it here before renaming either."
        },
        scope: {
          description: "perMachine (Program Files, HKLM, for every user; needs elevation) or perUser. Default: perMachine.",
          type: "string",
          enum: ["perMachine", "perUser"]
        },
        installDir: {
          description: "The folder name under Program Files (or the user's programs folder). Default: productName.",
          type: "string",
          minLength: 1,
          pattern: '^[^\\\\/:*?"<>|]+$',
          patternErrorMessage: 'must be one folder name, without \\ / : * ? " < > |'
        },
        files: {
          description: "What to install. Default: the component's source folder.",
          type: "array",
          minItems: 1,
          items: {
            $ref: "#/definitions/installerFiles"
          }
        },
        bundle: {
          description: "For an infrastructure installer: the bundle to install; it must carry exactly one compose component.",
          type: "string"
        },
        shortcuts: {
          type: "array",
          items: {
            $ref: "#/definitions/installerShortcut"
          }
        },
        registry: {
          type: "array",
          items: {
            $ref: "#/definitions/installerRegistryValue"
          }
        },
        path: {
          description: "Add the install folder (true) or a folder below it (e.g. bin) to PATH; removed again on uninstall.",
          type: ["boolean", "string"]
        },
        license: {
          type: "string",
          minLength: 1,
          description: "A licence in RTF, shown by the WiX UI and installed as License.rtf."
        },
        icon: {
          type: "string",
          minLength: 1,
          description: "An .ico file: the icon of Add/Remove Programs and of the shortcuts."
        },
        arp: {
          $ref: "#/definitions/installerArp"
        }
      }
    },
    installerFiles: {
      type: "object",
      additionalProperties: !1,
      properties: {
        from: {
          description: "A file, a folder, or a glob (e.g. dist/*.exe, docs/**/*.md), relative to compatibility.yaml.",
          type: "string",
          minLength: 1
        },
        bundle: {
          description: "A bundle of this file: its components and files are installed as the bundle lays them out.",
          type: "string",
          minLength: 1
        },
        to: {
          description: "A folder below the install folder. Default: the install folder itself.",
          type: "string"
        }
      }
    },
    installerShortcut: {
      type: "object",
      additionalProperties: !1,
      required: ["name", "target"],
      properties: {
        name: {
          type: "string",
          minLength: 1,
          pattern: '^[^\\\\/:*?"<>|]+$',
          patternErrorMessage: 'must be a file name, without \\ / : * ? " < > |'
        },
        target: {
          description: "An installed file, as its path below the install folder (e.g. bin/acmectl.exe).",
          type: "string",
          minLength: 1
        },
        arguments: {
          type: "string"
        },
        description: {
          type: "string"
        },
        startMenu: {
          description: "Default: true.",
          type: "boolean"
        },
        desktop: {
          description: "Default: false.",
          type: "boolean"
        }
      }
    },
    installerRegistryValue: {
      type: "object",
      additionalProperties: !1,
      required: ["key", "name", "value"],
      properties: {
        root: {
          description: "HKLM, HKCU, or HKMU (HKLM for a perMachine install, HKCU for perUser). Default: HKMU.",
          type: "string",
          enum: ["HKLM", "HKCU", "HKMU"]
        },
        key: {
          type: "string",
          minLength: 1
        },
        name: {
          type: "string"
        },
        type: {
          description: "Default: string.",
          type: "string",
          enum: ["string", "integer"]
        },
        value: {
          description: "[INSTALLDIR] stands for the install folder.",
          type: ["string", "integer"]
        }
      }
    },
    installerArp: {
      description: "Add/Remove Programs properties.",
      type: "object",
      additionalProperties: !1,
      properties: {
        comments: {
          type: "string"
        },
        contact: {
          type: "string"
        },
        helpLink: {
          type: "string",
          format: "uri"
        },
        aboutLink: {
          type: "string",
          format: "uri"
        },
        updateLink: {
          type: "string",
          format: "uri"
        },
        helpTelephone: {
          type: "string"
        },
        noModify: {
          type: "boolean"
        },
        noRepair: {
          type: "boolean"
        },
        noRemove: {
          type: "boolean"
        }
      }
    },
    bundle: {
      type: "object",
      additionalProperties: !1,
      required: ["name", "components"],
      properties: {
        name: { $ref: "#/definitions/name" },
        description: { type: "string" },
        components: {
          description: "Names of the components this bundle carries.",
          type: "array",
          uniqueItems: !0,
          items: { type: "string" }
        },
        files: {
          description: "Further files or folders to carry, relative to this file.",
          type: "array",
          items: {
            type: "object",
            additionalProperties: !1,
            required: ["from"],
            properties: {
              from: { type: "string", minLength: 1 },
              to: { description: "Where to put it inside the bundle. Default: the same relative path.", type: "string" }
            }
          }
        }
      }
    },
    targets: {
      description: "Where the release is published.",
      type: "object",
      additionalProperties: !1,
      properties: {
        github: {
          type: "object",
          additionalProperties: !1,
          properties: {
            repository: {
              description: "OWNER/NAME of the repository whose releases carry the assets. Default: the repository of the workflow.",
              type: "string",
              pattern: "^[A-Za-z0-9-]+/[A-Za-z0-9._-]+$",
              patternErrorMessage: "must be OWNER/NAME"
            }
          }
        },
        ghcr: {
          type: "object",
          additionalProperties: !1,
          required: ["owner"],
          properties: {
            registry: { description: "Default: ghcr.io.", type: "string" },
            owner: {
              description: "The user or organisation that owns the images (lowercase).",
              type: "string",
              pattern: "^[a-z0-9]+([._-][a-z0-9]+)*$",
              patternErrorMessage: "must be lowercase: GHCR rejects image names with capitals"
            }
          }
        },
        pages: {
          type: "object",
          additionalProperties: !1,
          required: ["url"],
          properties: {
            branch: { description: "Default: gh-pages.", type: "string" },
            url: { description: "The public URL of the chart repository.", type: "string", format: "uri" },
            path: { description: "Folder inside the branch that holds index.yaml. Default: the root.", type: "string" }
          }
        },
        assets: {
          type: "object",
          additionalProperties: !1,
          properties: {
            name: {
              description: "File name of a bundle, without its extension. Placeholders: {release}, {bundle}, {version}. Default: {bundle}-{version}.",
              type: "string"
            }
          }
        }
      }
    }
  }
};

// src/matrix/schema-check.ts
var addFormats = import_ajv_formats.default.default ?? import_ajv_formats.default, compiled;
function validator() {
  if (!compiled) {
    let ajv = new import_ajv.Ajv({ allErrors: !0, strict: !1, verbose: !0 });
    addFormats(ajv, ["uri"]), compiled = ajv.compile(compatibility_schema_default);
  }
  return compiled;
}
function schemaDiagnostics(data, source) {
  let validate = validator();
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
