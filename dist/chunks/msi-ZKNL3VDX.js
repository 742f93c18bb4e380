import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  addToRelease
} from "./chunk-C4N2KMQM.js";
import {
  CHECKSUMS_FILE
} from "./chunk-3P36LFHI.js";
import "./chunk-LIL3453G.js";
import {
  writeFileAtomic
} from "./chunk-DQNMFZF5.js";
import {
  sourceDateEpoch
} from "./chunk-FWC4Y6K3.js";
import {
  redactSecrets
} from "./chunk-EXQP4SLB.js";
import {
  MANIFEST_FILE
} from "./chunk-U53EGEPX.js";
import {
  digest,
  hashFile,
  sha256Hex
} from "./chunk-SPL353E6.js";
import {
  resolveVersion
} from "./chunk-PNVU3JKM.js";
import {
  markdownTable
} from "./chunk-UX674S34.js";
import {
  relativePosix,
  relativePosixFrom
} from "./chunk-ZNNTXV7Y.js";
import {
  GLOB_CHARS,
  didYouMean,
  globBase,
  loadConfig
} from "./chunk-MBOEK4S7.js";
import {
  require_semver
} from "./chunk-T2LXPFR4.js";
import "./chunk-7QDAYDVG.js";
import "./chunk-ZOQLPXWR.js";
import {
  SlipwayError,
  fail
} from "./chunk-BOOLIPAW.js";
import {
  __commonJS,
  __toESM
} from "./chunk-CY3FJDSN.js";

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_NO_SLASH = "[^\\\\/]", ONE_CHAR = "(?=.)", QMARK = "[^/]", END_ANCHOR = "(?:\\/|$)", START_ANCHOR = "(?:^|\\/)", DOTS_SLASH = `\\.{1,2}${END_ANCHOR}`, NO_DOT = "(?!\\.)", NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`, NO_DOT_SLASH = `(?!\\.{0,1}${END_ANCHOR})`, NO_DOTS_SLASH = `(?!${DOTS_SLASH})`, QMARK_NO_DOT = "[^.\\/]", STAR = `${QMARK}*?`, SEP = "/", POSIX_CHARS = {
      DOT_LITERAL: "\\.",
      PLUS_LITERAL: "\\+",
      QMARK_LITERAL: "\\?",
      SLASH_LITERAL: "\\/",
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    }, WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: "[\\\\/]",
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: "\\.{1,2}(?:[\\\\/]|$)",
      NO_DOT: "(?!\\.)",
      NO_DOTS: "(?!(?:^|[\\\\/])\\.{1,2}(?:[\\\\/]|$))",
      NO_DOT_SLASH: "(?!\\.{0,1}(?:[\\\\/]|$))",
      NO_DOTS_SLASH: "(?!\\.{1,2}(?:[\\\\/]|$))",
      QMARK_NO_DOT: "[^.\\\\/]",
      START_ANCHOR: "(?:^|[\\\\/])",
      END_ANCHOR: "(?:[\\\\/]|$)",
      SEP: "\\"
    }, POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION: 0,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === !0 ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val == "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator < "u" && navigator.platform) {
        let platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      return typeof process < "u" && process.platform ? process.platform === "win32" : !1;
    };
    exports.removeBackslashes = (str) => str.replace(REGEX_REMOVE_BACKSLASH, (match) => match === "\\" ? "" : match);
    exports.escapeLast = (input, char, lastIdx) => {
      let idx = input.lastIndexOf(char, lastIdx);
      return idx === -1 ? input : input[idx - 1] === "\\" ? exports.escapeLast(input, char, idx - 1) : `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      return output.startsWith("./") && (output = output.slice(2), state.prefix = "./"), output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      let prepend = options.contains ? "" : "^", append = options.contains ? "" : "$", output = `${prepend}(?:${input})${append}`;
      return state.negated === !0 && (output = `(?:^(?!${output}).*$)`), output;
    };
    exports.basename = (path9, { windows } = {}) => {
      let segs = path9.split(windows ? /[\\/]/ : "/"), last = segs[segs.length - 1];
      return last === "" ? segs[segs.length - 2] : last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils(), {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants(), isPathSeparator = (code) => code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH, depth = (token) => {
      token.isPrefix !== !0 && (token.depth = token.isGlobstar ? 1 / 0 : 1);
    }, scan = (input, options) => {
      let opts = options || {}, length = input.length - 1, scanToEnd = opts.parts === !0 || opts.tokens === !0 || opts.scanToEnd === !0, slashes = [], tokens = [], parts = [], str = input, index = -1, start = 0, lastIndex = 0, isBrace = !1, isBracket = !1, isGlob = !1, isExtglob = !1, isGlobstar = !1, braceEscaped = !1, backslashes = !1, negated = !1, negatedExtglob = !1, finished = !1, braces = 0, prev, code, token = { value: "", depth: 0, isGlob: !1 }, eos = () => index >= length, peek = () => str.charCodeAt(index + 1), advance = () => (prev = code, str.charCodeAt(++index));
      for (; index < length; ) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = !0, code = advance(), code === CHAR_LEFT_CURLY_BRACE && (braceEscaped = !0);
          continue;
        }
        if (braceEscaped === !0 || code === CHAR_LEFT_CURLY_BRACE) {
          for (braces++; eos() !== !0 && (code = advance()); ) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = !0, advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== !0 && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              if (isBrace = token.isBrace = !0, isGlob = token.isGlob = !0, finished = !0, scanToEnd === !0)
                continue;
              break;
            }
            if (braceEscaped !== !0 && code === CHAR_COMMA) {
              if (isBrace = token.isBrace = !0, isGlob = token.isGlob = !0, finished = !0, scanToEnd === !0)
                continue;
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE && (braces--, braces === 0)) {
              braceEscaped = !1, isBrace = token.isBrace = !0, finished = !0;
              break;
            }
          }
          if (scanToEnd === !0)
            continue;
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          if (slashes.push(index), tokens.push(token), token = { value: "", depth: 0, isGlob: !1 }, finished === !0) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== !0 && (code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK) === !0 && peek() === CHAR_LEFT_PARENTHESES) {
          if (isGlob = token.isGlob = !0, isExtglob = token.isExtglob = !0, finished = !0, code === CHAR_EXCLAMATION_MARK && index === start && (negatedExtglob = !0), scanToEnd === !0) {
            let parens = 0;
            for (; eos() !== !0 && (code = advance()); ) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = !0, advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = !0;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK && (isGlobstar = token.isGlobstar = !0), isGlob = token.isGlob = !0, finished = !0, scanToEnd === !0)
            continue;
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          if (isGlob = token.isGlob = !0, finished = !0, scanToEnd === !0)
            continue;
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          for (; eos() !== !0 && (next = advance()); ) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = !0, advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = !0, isGlob = token.isGlob = !0, finished = !0;
              break;
            }
          }
          if (scanToEnd === !0)
            continue;
          break;
        }
        if (opts.nonegate !== !0 && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = !0, start++;
          continue;
        }
        if (opts.noparen !== !0 && code === CHAR_LEFT_PARENTHESES) {
          if (isGlob = token.isGlob = !0, scanToEnd === !0) {
            let parens = 1;
            for (; eos() !== !0 && (code = advance()); ) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = !0, advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = !0;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === !0) {
          if (finished = !0, scanToEnd === !0)
            continue;
          break;
        }
      }
      opts.noext === !0 && (isExtglob = !1, isGlob = !1);
      let base = str, prefix = "", glob = "";
      start > 0 && (prefix = str.slice(0, start), str = str.slice(start), lastIndex -= start), base && isGlob === !0 && lastIndex > 0 ? (base = str.slice(0, lastIndex), glob = str.slice(lastIndex)) : isGlob === !0 ? (base = "", glob = str) : base = str, base && base !== "" && base !== "/" && base !== str && isPathSeparator(base.charCodeAt(base.length - 1)) && (base = base.slice(0, -1)), opts.unescape === !0 && (glob && (glob = utils.removeBackslashes(glob)), base && backslashes === !0 && (base = utils.removeBackslashes(base)));
      let state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === !0 && (state.maxDepth = 0, isPathSeparator(code) || tokens.push(token), state.tokens = tokens), opts.parts === !0 || opts.tokens === !0) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          let n2 = prevIndex !== void 0 ? prevIndex + 1 : start, i = slashes[idx], value2 = input.slice(n2, i);
          opts.tokens && (idx === 0 && start !== 0 ? (tokens[idx].isPrefix = !0, tokens[idx].value = prefix) : tokens[idx].value = value2, depth(tokens[idx]), state.maxDepth += tokens[idx].depth), i >= start && (parts.push(value2), prevIndex = i);
        }
        let n = prevIndex !== void 0 ? prevIndex + 1 : start, value = input.slice(n);
        parts.push(value), opts.tokens && prevIndex && prevIndex + 1 < input.length && (tokens[tokens.length - 1].value = value, depth(tokens[tokens.length - 1]), state.maxDepth += tokens[tokens.length - 1].depth), state.slashes = slashes, state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants(), utils = require_utils(), {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants, expandRange = (args, options) => {
      if (typeof options.expandRange == "function")
        return options.expandRange(...args, options);
      args.sort();
      let value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    }, syntaxError = (type, char) => `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`, splitTopLevel = (input) => {
      let parts = [], bracket = 0, paren = 0, quote = 0, value = "", escaped = !1;
      for (let ch of input) {
        if (escaped === !0) {
          value += ch, escaped = !1;
          continue;
        }
        if (ch === "\\") {
          value += ch, escaped = !0;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1, value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[")
            bracket++;
          else if (ch === "]" && bracket > 0)
            bracket--;
          else if (bracket === 0) {
            if (ch === "(")
              paren++;
            else if (ch === ")" && paren > 0)
              paren--;
            else if (ch === "|" && paren === 0) {
              parts.push(value), value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      return parts.push(value), parts;
    }, isPlainBranch = (branch) => {
      let escaped = !1;
      for (let ch of branch) {
        if (escaped === !0) {
          escaped = !1;
          continue;
        }
        if (ch === "\\") {
          escaped = !0;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch))
          return !1;
      }
      return !0;
    }, normalizeSimpleBranch = (branch) => {
      let value = branch.trim(), changed = !0;
      for (; changed === !0; )
        changed = !1, /^@\([^\\()[\]{}|]+\)$/.test(value) && (value = value.slice(2, -1), changed = !0);
      if (isPlainBranch(value))
        return value.replace(/\\(.)/g, "$1");
    }, hasRepeatedCharPrefixOverlap = (branches) => {
      let values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++)
        for (let j = i + 1; j < values.length; j++) {
          let a = values[i], b = values[j], char = a[0];
          if (!(!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) && (a === b || a.startsWith(b) || b.startsWith(a)))
            return !0;
        }
      return !1;
    }, parseRepeatedExtglob = (pattern, requireEnd = !0) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(")
        return;
      let bracket = 0, paren = 0, quote = 0, escaped = !1;
      for (let i = 1; i < pattern.length; i++) {
        let ch = pattern[i];
        if (escaped === !0) {
          escaped = !1;
          continue;
        }
        if (ch === "\\") {
          escaped = !0;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote !== 1) {
          if (ch === "[") {
            bracket++;
            continue;
          }
          if (ch === "]" && bracket > 0) {
            bracket--;
            continue;
          }
          if (!(bracket > 0)) {
            if (ch === "(") {
              paren++;
              continue;
            }
            if (ch === ")" && (paren--, paren === 0))
              return requireEnd === !0 && i !== pattern.length - 1 ? void 0 : {
                type: pattern[0],
                body: pattern.slice(2, i),
                end: i
              };
          }
        }
      }
    }, buildCharClassStar = (chars) => `${chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`}*`, getStarExtglobSequenceChars = (pattern) => {
      let index = 0, chars = [];
      for (; index < pattern.length; ) {
        let match = parseRepeatedExtglob(pattern.slice(index), !1);
        if (!match || match.type !== "*")
          return;
        let branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1)
          return;
        let branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1)
          return;
        chars.push(branch), index += match.end + 1;
      }
      if (!(chars.length < 1))
        return chars;
    }, repeatedExtglobRecursion = (pattern) => {
      let depth = 0, value = pattern.trim(), match = parseRepeatedExtglob(value);
      for (; match; )
        depth++, value = match.body.trim(), match = parseRepeatedExtglob(value);
      return depth;
    }, analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === !1)
        return { risky: !1 };
      let max = typeof options.maxExtglobRecursion == "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION, branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1 && (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)))
        return { risky: !0 };
      let safeChars = [], sawStarSequence = !1, combinable = !0;
      for (let branch of branches) {
        let chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = !0, safeChars.push(...chars);
          continue;
        }
        let literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        if (combinable = !1, repeatedExtglobRecursion(branch) > max)
          return { risky: !0 };
      }
      return sawStarSequence ? combinable ? { risky: !0, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: !0 } : { risky: !1 };
    }, parse = (input, options) => {
      if (typeof input != "string")
        throw new TypeError("Expected a string");
      input = REPLACEMENTS[input] || input;
      let opts = { ...options }, max = typeof opts.maxLength == "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH, len = input.length;
      if (len > max)
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      let bos = { type: "bos", value: "", output: opts.prepend || "" }, tokens = [bos], capture = opts.capture ? "" : "?:", PLATFORM_CHARS = constants.globChars(opts.windows), EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS), {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS, globstar = (opts2) => `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`, nodot = opts.dot ? "" : NO_DOT, qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT, star = opts.bash === !0 ? globstar(opts) : STAR;
      opts.capture && (star = `(${star})`), typeof opts.noext == "boolean" && (opts.noextglob = opts.noext);
      let state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === !0,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: !1,
        negated: !1,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: !1,
        tokens
      };
      input = utils.removePrefix(input, state), len = input.length;
      let extglobs = [], braces = [], stack = [], prev = bos, value, eos = () => state.index === len - 1, peek = state.peek = (n = 1) => input[state.index + n], advance = state.advance = () => input[++state.index] || "", remaining = () => input.slice(state.index + 1), consume = (value2 = "", num = 0) => {
        state.consumed += value2, state.index += num;
      }, append = (token) => {
        state.output += token.output != null ? token.output : token.value, consume(token.value);
      }, negate = () => {
        let count = 1;
        for (; peek() === "!" && (peek(2) !== "(" || peek(3) === "?"); )
          advance(), state.start++, count++;
        return count % 2 === 0 ? !1 : (state.negated = !0, state.start++, !0);
      }, increment = (type) => {
        state[type]++, stack.push(type);
      }, decrement = (type) => {
        state[type]--, stack.pop();
      }, push = (tok) => {
        if (prev.type === "globstar") {
          let isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace"), isExtglob = tok.extglob === !0 || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob && (state.output = state.output.slice(0, -prev.output.length), prev.type = "star", prev.value = "*", prev.output = star, state.output += prev.output);
        }
        if (extglobs.length && tok.type !== "paren" && (extglobs[extglobs.length - 1].inner += tok.value), (tok.value || tok.output) && append(tok), prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value, prev.value += tok.value;
          return;
        }
        tok.prev = prev, tokens.push(tok), prev = tok;
      }, extglobOpen = (type, value2) => {
        let token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev, token.parens = state.parens, token.output = state.output, token.startIndex = state.index, token.tokensIndex = tokens.length;
        let output = (opts.capture ? "(" : "") + token.open;
        increment("parens"), push({ type, value: value2, output: state.output ? "" : ONE_CHAR }), push({ type: "paren", extglob: !0, value: advance(), output }), extglobs.push(token);
      }, extglobClose = (token) => {
        let literal = input.slice(token.startIndex, state.index + 1), body = input.slice(token.startIndex + 2, state.index), analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          let safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0, open = tokens[token.tokensIndex];
          open.type = "text", open.value = literal, open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++)
            tokens[i].value = "", tokens[i].output = "", delete tokens[i].suffix;
          state.output = token.output + open.output, state.backtrack = !0, push({ type: "paren", extglob: !0, value, output: "" }), decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : ""), rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/") && (extglobStar = globstar(opts)), (extglobStar !== star || eos() || /^\)+$/.test(remaining())) && (output = token.close = `)$))${extglobStar}`), token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            let expression = parse(rest, { ...options, fastpaths: !1 }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          token.prev.type === "bos" && (state.negatedExtglob = !0);
        }
        push({ type: "paren", extglob: !0, value, output }), decrement("parens");
      };
      if (opts.fastpaths !== !1 && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = !1, output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => first === "\\" ? (backslashes = !0, m) : first === "?" ? esc ? esc + first + (rest ? QMARK.repeat(rest.length) : "") : index === 0 ? qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "") : QMARK.repeat(chars.length) : first === "." ? DOT_LITERAL.repeat(chars.length) : first === "*" ? esc ? esc + first + (rest ? star : "") : star : esc ? m : `\\${m}`);
        return backslashes === !0 && (opts.unescape === !0 ? output = output.replace(/\\/g, "") : output = output.replace(/\\+/g, (m) => m.length % 2 === 0 ? "\\\\" : m ? "\\" : "")), output === input && opts.contains === !0 ? (state.output = input, state) : (state.output = utils.wrapOutput(output, state, options), state);
      }
      for (; !eos(); ) {
        if (value = advance(), value === "\0")
          continue;
        if (value === "\\") {
          let next = peek();
          if (next === "/" && opts.bash !== !0 || next === "." || next === ";")
            continue;
          if (!next) {
            value += "\\", push({ type: "text", value });
            continue;
          }
          let match = /^\\+/.exec(remaining()), slashes = 0;
          if (match && match[0].length > 2 && (slashes = match[0].length, state.index += slashes, slashes % 2 !== 0 && (value += "\\")), opts.unescape === !0 ? value = advance() : value += advance(), state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== !1 && value === ":") {
            let inner = prev.value.slice(1);
            if (inner.includes("[") && (prev.posix = !0, inner.includes(":"))) {
              let idx = prev.value.lastIndexOf("["), pre = prev.value.slice(0, idx), rest2 = prev.value.slice(idx + 2), posix = POSIX_REGEX_SOURCE[rest2];
              if (posix) {
                prev.value = pre + posix, state.backtrack = !0, advance(), !bos.output && tokens.indexOf(prev) === 1 && (bos.output = ONE_CHAR);
                continue;
              }
            }
          }
          (value === "[" && peek() !== ":" || value === "-" && peek() === "]") && (value = `\\${value}`), value === "]" && (prev.value === "[" || prev.value === "[^") && (value = `\\${value}`), opts.posix === !0 && value === "!" && prev.value === "[" && (value = "^"), prev.value += value, append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value), prev.value += value, append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1, opts.keepQuotes === !0 && push({ type: "text", value });
          continue;
        }
        if (value === "(") {
          increment("parens"), push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === !0)
            throw new SyntaxError(syntaxError("opening", "("));
          let extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" }), decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === !0 || !remaining().includes("]")) {
            if (opts.nobracket !== !0 && opts.strictBrackets === !0)
              throw new SyntaxError(syntaxError("closing", "]"));
            value = `\\${value}`;
          } else
            increment("brackets");
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === !0 || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === !0)
              throw new SyntaxError(syntaxError("opening", "["));
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          let prevValue = prev.value.slice(1);
          if (prev.posix !== !0 && prevValue[0] === "^" && !prevValue.includes("/") && (value = `/${value}`), prev.value += value, append({ value }), opts.literalBrackets === !1 || utils.hasRegexChars(prevValue))
            continue;
          let escaped = utils.escapeRegex(prev.value);
          if (state.output = state.output.slice(0, -prev.value.length), opts.literalBrackets === !0) {
            state.output += escaped, prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`, state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== !0) {
          increment("braces");
          let open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open), push(open);
          continue;
        }
        if (value === "}") {
          let brace = braces[braces.length - 1];
          if (opts.nobrace === !0 || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === !0) {
            let arr = tokens.slice(), range = [];
            for (let i = arr.length - 1; i >= 0 && (tokens.pop(), arr[i].type !== "brace"); i--)
              arr[i].type !== "dots" && range.unshift(arr[i].value);
            output = expandRange(range, opts), state.backtrack = !0;
          }
          if (brace.comma !== !0 && brace.dots !== !0) {
            let out = state.output.slice(0, brace.outputIndex), toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{", value = output = "\\}", state.output = out;
            for (let t of toks)
              state.output += t.output || t.value;
          }
          push({ type: "brace", value, output }), decrement("braces"), braces.pop();
          continue;
        }
        if (value === "|") {
          extglobs.length > 0 && extglobs[extglobs.length - 1].conditions++, push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value, brace = braces[braces.length - 1];
          brace && stack[stack.length - 1] === "braces" && (brace.comma = !0, output = "|"), push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1, state.consumed = "", state.output = "", tokens.pop(), prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            prev.value === "." && (prev.output = DOT_LITERAL);
            let brace = braces[braces.length - 1];
            prev.type = "dots", prev.output += value, prev.value += value, brace.dots = !0;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          if (!(prev && prev.value === "(") && opts.noextglob !== !0 && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            let next = peek(), output = value;
            (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) && (output = `\\${value}`), push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== !0 && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== !0 && peek() === "(" && (peek(2) !== "?" || !/[!=<:]/.test(peek(3)))) {
            extglobOpen("negate", value);
            continue;
          }
          if (opts.nonegate !== !0 && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== !0 && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === !1) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== !0 && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: !0, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          (value === "$" || value === "^") && (value = `\\${value}`);
          let match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          match && (value += match[0], state.index += match[0].length), push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === !0)) {
          prev.type = "star", prev.star = !0, prev.value += value, prev.output = star, state.backtrack = !0, state.globstar = !0, consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== !0 && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === !0) {
            consume(value);
            continue;
          }
          let prior = prev.prev, before = prior.prev, isStart = prior.type === "slash" || prior.type === "bos", afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === !0 && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          let isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace"), isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          for (; rest.slice(0, 3) === "/**"; ) {
            let after = input[state.index + 4];
            if (after && after !== "/")
              break;
            rest = rest.slice(3), consume("/**", 3);
          }
          let isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar", prev.value += value, prev.output = globstar(opts), state.output = prev.output, state.globstar = !0, consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length), prior.output = `(?:${prior.output}`, prev.type = "globstar", prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)"), prev.value += value, state.globstar = !0, state.output += prior.output + prev.output, consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            let end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length), prior.output = `(?:${prior.output}`, prev.type = "globstar", prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`, prev.value += value, state.output += prior.output + prev.output, state.globstar = !0, consume(value + advance()), push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar", prev.value += value, prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`, state.output = prev.output, state.globstar = !0, consume(value + advance()), push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length), prev.type = "globstar", prev.output = globstar(opts), prev.value += value, state.output += prev.output, state.globstar = !0, consume(value);
          continue;
        }
        let token = { type: "star", value, output: star };
        if (opts.bash === !0) {
          token.output = ".*?", (prev.type === "bos" || prev.type === "slash") && (token.output = nodot + token.output), push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === !0) {
          token.output = value, push(token);
          continue;
        }
        (state.index === state.start || prev.type === "slash" || prev.type === "dot") && (prev.type === "dot" ? (state.output += NO_DOT_SLASH, prev.output += NO_DOT_SLASH) : opts.dot === !0 ? (state.output += NO_DOTS_SLASH, prev.output += NO_DOTS_SLASH) : (state.output += nodot, prev.output += nodot), peek() !== "*" && (state.output += ONE_CHAR, prev.output += ONE_CHAR)), push(token);
      }
      for (; state.brackets > 0; ) {
        if (opts.strictBrackets === !0) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "["), decrement("brackets");
      }
      for (; state.parens > 0; ) {
        if (opts.strictBrackets === !0) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "("), decrement("parens");
      }
      for (; state.braces > 0; ) {
        if (opts.strictBrackets === !0) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{"), decrement("braces");
      }
      if (opts.strictSlashes !== !0 && (prev.type === "star" || prev.type === "bracket") && push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` }), state.backtrack === !0) {
        state.output = "";
        for (let token of state.tokens)
          state.output += token.output != null ? token.output : token.value, token.suffix && (state.output += token.suffix);
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      let opts = { ...options }, max = typeof opts.maxLength == "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH, len = input.length;
      if (len > max)
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      input = REPLACEMENTS[input] || input;
      let {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows), nodot = opts.dot ? NO_DOTS : NO_DOT, slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT, capture = opts.capture ? "" : "?:", state = { negated: !1, prefix: "" }, star = opts.bash === !0 ? ".*?" : STAR;
      opts.capture && (star = `(${star})`);
      let globstar = (opts2) => opts2.noglobstar === !0 ? star : `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`, create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            let match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            let source2 = create(match[1]);
            return source2 ? source2 + DOT_LITERAL + match[2] : void 0;
          }
        }
      }, output = utils.removePrefix(input, state), source = create(output);
      return source && opts.strictSlashes !== !0 && (source += `${SLASH_LITERAL}?`), source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan(), parse = require_parse(), utils = require_utils(), constants = require_constants(), isObject = (val) => val && typeof val == "object" && !Array.isArray(val), picomatch2 = (glob, options, returnState = !1) => {
      if (Array.isArray(glob)) {
        let fns = glob.map((input) => picomatch2(input, options, returnState));
        return (str) => {
          for (let isMatch of fns) {
            let state2 = isMatch(str);
            if (state2) return state2;
          }
          return !1;
        };
      }
      let isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob != "string" && !isState)
        throw new TypeError("Expected pattern to be a non-empty string");
      let opts = options || {}, posix = opts.windows, regex = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, !1, !0), state = regex.state;
      delete regex.state;
      let isIgnored = () => !1;
      if (opts.ignore) {
        let ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      let matcher = (input, returnObject = !1) => {
        let { isMatch, match, output } = picomatch2.test(input, regex, options, { glob, posix }), result = { glob, state, regex, posix, input, output, match, isMatch };
        return typeof opts.onResult == "function" && opts.onResult(result), isMatch === !1 ? (result.isMatch = !1, returnObject ? result : !1) : isIgnored(input) ? (typeof opts.onIgnore == "function" && opts.onIgnore(result), result.isMatch = !1, returnObject ? result : !1) : (typeof opts.onMatch == "function" && opts.onMatch(result), returnObject ? result : !0);
      };
      return returnState && (matcher.state = state), matcher;
    };
    picomatch2.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input != "string")
        throw new TypeError("Expected input to be a string");
      if (input === "")
        return { isMatch: !1, output: "" };
      let opts = options || {}, format = opts.format || (posix ? utils.toPosixSlashes : null), match = input === glob, output = match && format ? format(input) : input;
      return match === !1 && (output = format ? format(input) : input, match = output === glob), (match === !1 || opts.capture === !0) && (opts.matchBase === !0 || opts.basename === !0 ? match = picomatch2.matchBase(input, regex, options, posix) : match = regex.exec(output)), { isMatch: !!match, match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix = options && options.windows) => (glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options)).test(utils.basename(input, { windows: posix }));
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern, options) => Array.isArray(pattern) ? pattern.map((p) => picomatch2.parse(p, options)) : parse(pattern, { ...options, fastpaths: !1 });
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = !1, returnState = !1) => {
      if (returnOutput === !0)
        return state.output;
      let opts = options || {}, prepend = opts.contains ? "" : "^", append = opts.contains ? "" : "$", source = `${prepend}(?:${state.output})${append}`;
      state && state.negated === !0 && (source = `^(?!${source}).*$`);
      let regex = picomatch2.toRegex(source, options);
      return returnState === !0 && (regex.state = state), regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = !1, returnState = !1) => {
      if (!input || typeof input != "string")
        throw new TypeError("Expected a non-empty string");
      let parsed = { negated: !1, fastpaths: !0 };
      return options.fastpaths !== !1 && (input[0] === "." || input[0] === "*") && (parsed.output = parse.fastpaths(input, options)), parsed.output || (parsed = parse(input, options)), picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        let opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === !0) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch(), utils = require_utils();
    function picomatch2(glob, options, returnState = !1) {
      return options && (options.windows === null || options.windows === void 0) && (options = { ...options, windows: utils.isWindows() }), pico(glob, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// src/commands/msi.ts
import path8 from "node:path";

// src/msi/build.ts
import { randomBytes } from "node:crypto";
import { statSync } from "node:fs";
import { readFile as readFile2, rename, rm as rm2, stat } from "node:fs/promises";
import path7 from "node:path";

// src/msi/compound-file.ts
import { closeSync, fstatSync, openSync, readSync, writeSync } from "node:fs";
var SIGNATURE = Buffer.from([208, 207, 17, 224, 161, 177, 26, 225]), HEADER_SIZE = 512, HEADER_DIFAT_ENTRIES = 109, DIRECTORY_ENTRY_SIZE = 128, MAX_REGULAR_SECTOR = 4294967290, NO_STREAM = 4294967295, TYPE_STREAM = 2, TYPE_ROOT = 5, CompoundFile = class _CompoundFile {
  constructor(fd, file, header, fileSize) {
    this.fd = fd;
    this.file = file;
    this.header = header;
    this.sectorSize = 1 << header.readUInt16LE(30), this.miniSectorSize = 1 << header.readUInt16LE(32), this.miniCutoff = header.readUInt32LE(56), this.sectorCount = Math.floor((fileSize - this.sectorSize) / this.sectorSize) + 1;
  }
  fd;
  file;
  header;
  fatSectors = /* @__PURE__ */ new Map();
  mini;
  entries = [];
  rootStart = 0;
  rootSize = 0;
  sectorSize;
  miniSectorSize;
  miniCutoff;
  sectorCount;
  static open(file, mode = "r") {
    let fd = openSync(file, mode);
    try {
      let size = fstatSync(fd).size, header = Buffer.alloc(HEADER_SIZE);
      readSync(fd, header, 0, HEADER_SIZE, 0);
      let shift = header.readUInt16LE(30);
      (size < HEADER_SIZE || !header.subarray(0, 8).equals(SIGNATURE) || shift !== 9 && shift !== 12 || header.readUInt16LE(32) !== 6) && fail("msi-unreadable", `${file} is not a Windows Installer database (no compound file header)`, { hint: "the build tool wrote something else than an MSI" });
      let cf = new _CompoundFile(fd, file, header, size);
      return cf.readDirectory(), cf;
    } catch (e) {
      throw closeSync(fd), e;
    }
  }
  close() {
    closeSync(this.fd);
  }
  /** The streams directly below the root storage (where an MSI keeps its tables), by their raw names. */
  streams() {
    return this.entries;
  }
  read(entry) {
    if (entry.size === 0) return Buffer.alloc(0);
    if (entry.size < this.miniCutoff) {
      let mini = this.miniStream(), out = Buffer.alloc(entry.size), sector = entry.start;
      for (let offset = 0; offset < entry.size; offset += this.miniSectorSize) {
        let from = sector * this.miniSectorSize;
        (sector > MAX_REGULAR_SECTOR || from >= mini.stream.length) && this.corrupt("a small stream leaves the mini stream"), mini.stream.copy(out, offset, from, from + Math.min(this.miniSectorSize, entry.size - offset)), sector = mini.fat[sector] ?? NO_STREAM;
      }
      return out;
    }
    return this.readChain(this.chain(entry.start, Math.ceil(entry.size / this.sectorSize)), entry.size);
  }
  /** `length` bytes of a stream from `offset` on, without reading the rest of it. */
  readRange(entry, offset, length) {
    let out = Buffer.alloc(Math.max(0, Math.min(length, entry.size - offset)));
    return this.forEachPiece(entry, offset, out.length, (position, at, n) => this.readAt(out, at, n, position)), out;
  }
  /** Overwrites bytes of a stream in place; they must lie within the stream. */
  write(entry, offset, bytes) {
    if ((offset < 0 || offset + bytes.length > entry.size) && this.corrupt("a write would leave its stream"), this.forEachPiece(entry, offset, bytes.length, (position, at, n) => {
      writeSync(this.fd, bytes, at, n, position) !== n && this.corrupt("a write was cut short");
    }), this.mini && entry.size < this.miniCutoff) {
      let sectors = this.miniChain(entry);
      for (let k = 0; k < bytes.length; ) {
        let at = offset + k, n = Math.min(this.miniSectorSize - at % this.miniSectorSize, bytes.length - k);
        bytes.copy(this.mini.stream, sectors[Math.floor(at / this.miniSectorSize)] * this.miniSectorSize + at % this.miniSectorSize, k, k + n), k += n;
      }
    }
  }
  /**
   * Where the bytes [offset, offset + length) of a stream are in the file: called once per run that is contiguous there
   * (adjacent sectors, or 64-byte mini sectors, make one run), with its file position, its offset from `offset` and its
   * length.
   */
  forEachPiece(entry, offset, length, each) {
    let run;
    this.forEachSectorPiece(entry, offset, length, (position, at, n) => {
      run && run.position + run.n === position ? run.n += n : (run && each(run.position, run.at, run.n), run = { position, at, n });
    }), run && each(run.position, run.at, run.n);
  }
  forEachSectorPiece(entry, offset, length, each) {
    let small = entry.size < this.miniCutoff, unit = small ? this.miniSectorSize : this.sectorSize, sectors = small ? this.miniChain(entry) : this.chain(entry.start, Math.ceil(entry.size / this.sectorSize)), root = small ? this.chain(this.rootStart, Math.ceil(this.rootSize / this.sectorSize)) : [];
    for (let k = offset; k < offset + length; ) {
      let sector = sectors[Math.floor(k / unit)];
      sector === void 0 && this.corrupt("a stream is shorter than its size");
      let n = Math.min(unit - k % unit, offset + length - k), position;
      if (small) {
        let inRoot = sector * this.miniSectorSize + k % unit, rootSector = root[Math.floor(inRoot / this.sectorSize)];
        rootSector === void 0 && this.corrupt("a small stream leaves the mini stream"), position = this.sectorOffset(rootSector) + inRoot % this.sectorSize;
      } else position = this.sectorOffset(sector) + k % unit;
      each(position, k - offset, n), k += n;
    }
  }
  /** The mini sectors of a small stream, in order. */
  miniChain(entry) {
    let { fat } = this.miniStream(), expected = Math.ceil(entry.size / this.miniSectorSize), sectors = [];
    for (let sector = entry.start; sector <= MAX_REGULAR_SECTOR; sector = fat[sector] ?? NO_STREAM)
      sectors.length >= expected && this.corrupt("a sector chain is longer than its stream"), sectors.push(sector);
    return sectors;
  }
  /** The bytes of a chain of sectors, read in one call per run of adjacent sectors. */
  readChain(sectors, size) {
    let out = Buffer.alloc(size), i = 0;
    for (; i < sectors.length; ) {
      let run = 1;
      for (; i + run < sectors.length && sectors[i + run] === sectors[i] + run; ) run++;
      let offset = i * this.sectorSize;
      this.readAt(out, offset, Math.min(run * this.sectorSize, size - offset), this.sectorOffset(sectors[i])), i += run;
    }
    return out;
  }
  corrupt(what) {
    fail("msi-unreadable", `${this.file} is damaged: ${what}`, { hint: "build it again; if it stays so, report it with the generated .wxs" });
  }
  sectorOffset(sector) {
    return (sector + 1) * this.sectorSize;
  }
  readAt(buffer, offset, length, position) {
    readSync(this.fd, buffer, offset, length, position) !== length && this.corrupt("a stream runs past the end of the file");
  }
  /** The sector that holds the FAT entries from `index * perSector` on, read once. */
  fatSector(index) {
    let cached = this.fatSectors.get(index);
    if (cached) return cached;
    let location = this.fatLocation(index), buffer = Buffer.alloc(this.sectorSize);
    return this.readAt(buffer, 0, this.sectorSize, this.sectorOffset(location)), cached = new Uint32Array(buffer.buffer, buffer.byteOffset, this.sectorSize / 4), this.fatSectors.set(index, cached), cached;
  }
  /** Where the index-th FAT sector is: in the header's DIFAT, or in the chain of DIFAT sectors after it. */
  fatLocation(index) {
    if (index >= this.header.readUInt32LE(44) && this.corrupt("a sector chain leaves the allocation table"), index < HEADER_DIFAT_ENTRIES) return this.header.readUInt32LE(76 + index * 4);
    let perDifat = this.sectorSize / 4 - 1, rest = index - HEADER_DIFAT_ENTRIES, difat = this.header.readUInt32LE(68), buffer = Buffer.alloc(this.sectorSize);
    for (let hops = 0; ; hops++) {
      if ((difat > MAX_REGULAR_SECTOR || hops > this.sectorCount) && this.corrupt("the DIFAT chain is broken"), this.readAt(buffer, 0, this.sectorSize, this.sectorOffset(difat)), rest < perDifat) return buffer.readUInt32LE(rest * 4);
      rest -= perDifat, difat = buffer.readUInt32LE(perDifat * 4);
    }
  }
  /** The sectors of a chain; `expected` bounds it, so a looping chain in a damaged file ends in an error. */
  chain(start, expected = this.sectorCount) {
    let perSector = this.sectorSize / 4, sectors = [], sector = start;
    for (; sector <= MAX_REGULAR_SECTOR; )
      (sectors.length >= expected || sector >= this.sectorCount) && this.corrupt("a sector chain is longer than its stream"), sectors.push(sector), sector = this.fatSector(Math.floor(sector / perSector))[sector % perSector];
    return sectors;
  }
  readDirectory() {
    let sectors = this.chain(this.header.readUInt32LE(48)), directory = this.readChain(sectors, sectors.length * this.sectorSize), count = directory.length / DIRECTORY_ENTRY_SIZE, at = (i) => i * DIRECTORY_ENTRY_SIZE, root = directory.subarray(0, DIRECTORY_ENTRY_SIZE);
    root[66] !== TYPE_ROOT && this.corrupt("the directory has no root entry"), this.rootStart = root.readUInt32LE(116), this.rootSize = Number(root.readBigUInt64LE(120));
    let seen = /* @__PURE__ */ new Set(), stack = [root.readUInt32LE(76)];
    for (; stack.length > 0; ) {
      let i = stack.pop();
      if (i === NO_STREAM) continue;
      (i >= count || seen.has(i)) && this.corrupt("the directory tree is broken"), seen.add(i);
      let e = directory.subarray(at(i), at(i) + DIRECTORY_ENTRY_SIZE);
      if (stack.push(e.readUInt32LE(68), e.readUInt32LE(72)), e[66] !== TYPE_STREAM) continue;
      let nameBytes = Math.max(0, e.readUInt16LE(64) - 2), size = this.header.readUInt16LE(26) === 3 ? e.readUInt32LE(120) : Number(e.readBigUInt64LE(120));
      this.entries.push({ name: e.toString("utf16le", 0, Math.min(nameBytes, 64)), size, start: e.readUInt32LE(116) });
    }
  }
  /**
   * Small streams live in 64-byte sectors inside the root entry's own stream, chained by the mini FAT. Both are read
   * once and kept: they hold only streams under the cutoff (4 KiB each), never the cabinet.
   */
  miniStream() {
    if (!this.mini) {
      let fatSectors = this.chain(this.header.readUInt32LE(60)), table = this.readChain(fatSectors, fatSectors.length * this.sectorSize), stream = this.readChain(this.chain(this.rootStart, Math.ceil(this.rootSize / this.sectorSize)), this.rootSize);
      this.mini = { stream, fat: new Uint32Array(table.buffer, table.byteOffset, table.length / 4) };
    }
    return this.mini;
  }
};

// src/msi/msi-database.ts
var TYPE_STRING = 2048, TYPE_WIDTH = 255, TYPE_BINARY = TYPE_STRING | 256, TYPE_NULLABLE = 4096, TYPE_KEY = 8192, LONG_STRING_REFS = 2147483648, CATALOG = {
  _Tables: [{ name: "Name", type: TYPE_STRING | 64 }],
  _Columns: [
    { name: "Table", type: TYPE_STRING | 64 },
    { name: "Number", type: 2 },
    { name: "Name", type: TYPE_STRING | 64 },
    { name: "Type", type: 2 }
  ]
}, NAME_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz._", TABLE_MARK = 18496;
function decodeStreamName(raw) {
  let out = "";
  for (let ch of raw) {
    let c = ch.charCodeAt(0);
    c >= 14336 && c < 18432 ? out += NAME_ALPHABET[c - 14336 & 63] + NAME_ALPHABET[c - 14336 >> 6 & 63] : c >= 18432 && c < TABLE_MARK ? out += NAME_ALPHABET[c - 18432] : c === TABLE_MARK ? out += "!" : out += ch;
  }
  return out;
}
function decoderFor(codepage) {
  if (codepage === 65001) return new TextDecoder("utf-8");
  try {
    return new TextDecoder(`windows-${codepage === 0 ? 1252 : codepage}`);
  } catch {
    return new TextDecoder("utf-8");
  }
}
var isBinary = (type) => (type & ~(TYPE_NULLABLE | TYPE_KEY) & 65535) === TYPE_BINARY, MsiDatabase = class _MsiDatabase {
  constructor(file, streams, strings, refSize, columns) {
    this.file = file;
    this.streams = streams;
    this.strings = strings;
    this.refSize = refSize;
    this.columns = columns;
  }
  file;
  streams;
  strings;
  refSize;
  columns;
  /** Opens an MSI and reads its catalog and the tables' streams (not the cabinet or other binary streams). */
  static open(file) {
    let cf = CompoundFile.open(file);
    try {
      let streams = /* @__PURE__ */ new Map(), tableStreams = cf.streams().filter((s) => s.name.charCodeAt(0) === TABLE_MARK);
      for (let s of tableStreams) streams.set(decodeStreamName(s.name).slice(1), cf.read(s));
      let pool = streams.get("_StringPool"), data = streams.get("_StringData");
      (!pool || !data || pool.length < 4) && fail("msi-unreadable", `${file} has no string pool`, { hint: "the build tool wrote an incomplete MSI" });
      let header = pool.readUInt32LE(0), decoder = decoderFor(header & ~LONG_STRING_REFS), strings = [""], offset = 0;
      for (let i = 4; i + 4 <= pool.length; i += 4) {
        let length = pool.readUInt16LE(i), refs = pool.readUInt16LE(i + 2);
        length === 0 && refs !== 0 && i + 8 <= pool.length && (length = pool.readUInt16LE(i + 4) + pool.readUInt16LE(i + 6) * 65536, i += 4), offset + length > data.length && fail("msi-unreadable", `${file} has a damaged string pool`, { hint: "the build tool wrote an incomplete MSI" }), strings.push(decoder.decode(data.subarray(offset, offset + length))), offset += length;
      }
      let db = new _MsiDatabase(file, streams, strings, header & LONG_STRING_REFS ? 3 : 2, new Map(Object.entries(CATALOG))), byTable = /* @__PURE__ */ new Map();
      for (let r of db.rows("_Columns")) {
        let list = byTable.get(r.Table) ?? [];
        list.push({ number: Number(r.Number), column: { name: r.Name, type: Number(r.Type) } }), byTable.set(r.Table, list);
      }
      for (let [table, list] of byTable) db.columns.set(table, list.sort((a, b) => a.number - b.number).map((c) => c.column));
      return db;
    } finally {
      cf.close();
    }
  }
  /** The names of the tables, as _Tables lists them. */
  tables() {
    return this.rows("_Tables").map((r) => r.Name);
  }
  /** The rows of a table, in stored order; a table the MSI does not have is an error, one without rows is empty. */
  rows(table) {
    let columns = this.columns.get(table);
    columns || fail("msi-unreadable", `${this.file} has no table ${table}`, { hint: "check the table name" });
    let widths = columns.map((c) => this.width(c.type)), rowSize = widths.reduce((a, b) => a + b, 0), stream = this.streams.get(table) ?? Buffer.alloc(0);
    stream.length % rowSize !== 0 && fail("msi-unreadable", `${this.file}: the ${table} table's stream does not hold whole rows`, { hint: "the build tool wrote a damaged MSI" });
    let count = stream.length / rowSize, rows = Array.from({ length: count }, () => ({})), keys = columns.filter((c) => c.type & TYPE_KEY).map((c) => c.name), binaries = [], offset = 0;
    columns.forEach((c, k) => {
      let width = widths[k];
      if (isBinary(c.type)) binaries.push({ name: c.name, offset });
      else for (let i = 0; i < count; i++) rows[i][c.name] = this.cell(c.type, width, stream, offset + i * width);
      offset += count * width;
    });
    for (let b of binaries)
      rows.forEach((row, i) => {
        row[b.name] = stream.readUInt16LE(b.offset + i * 2) === 0 ? "" : [table, ...keys.map((k) => row[k])].join(".");
      });
    return binaries.length === 0 ? rows : rows.map((row) => Object.fromEntries(columns.map((c) => [c.name, row[c.name]])));
  }
  width(type) {
    return isBinary(type) ? 2 : type & TYPE_STRING ? this.refSize : (type & TYPE_WIDTH) === 4 ? 4 : 2;
  }
  cell(type, width, stream, offset) {
    if (type & TYPE_STRING) {
      let ref = width === 3 ? stream.readUIntLE(offset, 3) : stream.readUInt16LE(offset), text = this.strings[ref];
      return text === void 0 && fail("msi-unreadable", `${this.file} refers to string ${ref}, which its pool does not have`, { hint: "the build tool wrote a damaged MSI" }), text;
    }
    if (width === 4) {
      let raw2 = stream.readUInt32LE(offset);
      return raw2 === 0 ? "" : String(raw2 ^ 2147483648 | 0);
    }
    let raw = stream.readUInt16LE(offset);
    return raw === 0 ? "" : String(raw - 32768);
  }
};

// src/msi/check-msi.ts
var COMPONENT_64BIT = 256, INCLUDE_MAXIMUM = 512, ONLY_DETECT = 2, guid = (s) => (s ?? "").replace(/[{}]/g, "").toLowerCase();
function checkMsi(msi, m) {
  let problems = [], db = MsiDatabase.open(msi), present = new Set(db.tables()), table = (name) => present.has(name) ? db.rows(name) : [], props = Object.fromEntries(table("Property").map((r) => [r.Property, r.Value ?? ""])), expect = (name, want, got, same = (a, b) => a === b) => {
    (got === void 0 || !same(want, got)) && problems.push(`${name} is ${got === void 0 ? "missing" : `"${got}"`}, expected "${want}"`);
  };
  expect("ProductVersion", m.productVersion, props.ProductVersion), expect("ProductName", m.productName, props.ProductName), expect("Manufacturer", m.manufacturer, props.Manufacturer), expect("UpgradeCode", m.upgradeCode, props.UpgradeCode, (a, b) => guid(a) === guid(b)), expect("ProductCode", m.productCode, props.ProductCode, (a, b) => guid(a) === guid(b)), m.scope === "perMachine" && expect("ALLUSERS", "1", props.ALLUSERS);
  let files = table("File"), fileIds = new Set(files.map((r) => r.File)), missing = m.files.filter((f) => !fileIds.has(f.id));
  (missing.length > 0 || files.length !== m.files.length) && problems.push(`the File table has ${files.length} rows for ${m.files.length} files${missing.length ? `; missing: ${missing.slice(0, 3).map((f) => f.installPath).join(", ")}` : ""}`), table("Media").some((r) => (r.Cabinet ?? "").startsWith("#")) || problems.push("no embedded cabinet in the Media table: the MSI would install nothing");
  let components = table("Component"), narrow = components.filter((r) => (Number(r.Attributes) & COMPONENT_64BIT) === 0);
  narrow.length > 0 && problems.push(`${narrow.length} components are not 64-bit (${narrow.slice(0, 3).map((r) => r.Component).join(", ")})`);
  let upgrade = table("Upgrade"), remove = upgrade.find((r) => r.ActionProperty === "WIX_UPGRADE_DETECTED"), downgrade = upgrade.find((r) => r.ActionProperty === "WIX_DOWNGRADE_DETECTED");
  (!remove || remove.VersionMax !== m.productVersion || (Number(remove.Attributes) & INCLUDE_MAXIMUM) === 0) && problems.push("the Upgrade table does not remove older and same versions"), (!downgrade || (Number(downgrade.Attributes) & ONLY_DETECT) === 0) && problems.push("the Upgrade table does not detect newer versions (downgrades would pass)");
  let launch = table("LaunchCondition"), sequence = table("InstallExecuteSequence");
  launch.some((r) => /WIX_DOWNGRADE_DETECTED/.test(r.Condition ?? "")) || sequence.some((r) => /WIX_DOWNGRADE_DETECTED/.test(r.Condition ?? "")) || problems.push("nothing refuses a downgrade (no launch condition or action on WIX_DOWNGRADE_DETECTED)");
  let shortcuts = table("Shortcut");
  shortcuts.length !== m.shortcuts.length && problems.push(`the Shortcut table has ${shortcuts.length} rows for ${m.shortcuts.length} shortcuts`);
  let advertised = shortcuts.filter((r) => !(r.Target ?? "").startsWith("[#"));
  advertised.length > 0 && problems.push(`${advertised.length} shortcuts are advertised instead of pointing at their file`);
  let registry = table("Registry"), registryIds = new Set(registry.map((r) => r.Registry)), lost = m.registry.filter((r) => !registryIds.has(r.id));
  lost.length > 0 && problems.push(`registry values missing: ${lost.map((r) => `${r.key}\\${r.name}`).join(", ")}`);
  let environment = table("Environment");
  return m.pathDirectoryId && !environment.some((r) => /PATH$/.test(r.Name ?? "")) && problems.push("the PATH entry is missing from the Environment table"), problems.length > 0 && fail("msi-check", `the built MSI ${m.msiName} is not what was generated: ${problems.join("; ")}`, {
    hint: "this is a bug of the build tool or of Slipway; please report it with the generated .wxs"
  }), { File: files.length, Component: components.length, Shortcut: shortcuts.length, Registry: registry.length, Environment: environment.length, Upgrade: upgrade.length };
}

// src/msi/generate.ts
import { readFile } from "node:fs/promises";
import path3 from "node:path";

// src/msi/installer-model.ts
import { existsSync } from "node:fs";
import path2 from "node:path";

// src/msi/collect-files.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
import { lstat, readdir } from "node:fs/promises";
import path from "node:path";
function join(...parts) {
  return parts.filter(Boolean).join("/");
}
async function walk(dir, prefix = "") {
  let out = [], entries = (await readdir(dir, { withFileTypes: !0 })).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  for (let e of entries) {
    let rel = join(prefix, e.name);
    e.isDirectory() ? out.push(...await walk(path.join(dir, e.name), rel)) : e.isFile() && out.push(rel);
  }
  return out;
}
async function fromPath(root, pattern, to, origin) {
  if (GLOB_CHARS.test(pattern)) {
    let base = globBase(pattern), match = (0, import_picomatch.default)(pattern, { dot: !0 }), files = (await walk(path.join(root, base))).filter((rel) => match(join(base, rel)));
    return files.length === 0 && fail("msi-no-files", `files.from "${pattern}" matches no file`, { location: origin.location, hint: `looked below ${path.join(root, base)}` }), files.map((rel) => ({ source: path.join(root, base, rel), installPath: join(to, rel), origin }));
  }
  let full = path.join(root, pattern), stat2 = await lstat(full).catch(() => {
  });
  return stat2 || fail("missing-path", `files.from "${pattern}" does not exist`, { location: origin.location, hint: `looked for ${full}` }), stat2.isDirectory() ? (await walk(full)).map((rel) => ({ source: path.join(full, rel), installPath: join(to, rel), origin })) : [{ source: full, installPath: join(to, path.basename(full)), origin }];
}
async function bundleFiles(matrix, bundle, to, origin) {
  let job = { id: `bundle-${bundle.name}`, name: `bundle ${bundle.name}`, bundle: bundle.name, version: "0.0.0", asset: bundle.name, components: bundle.components, runner: "" }, { bundleSpecs, previewBundle } = await import("./build-5WJWYKG7.js"), [spec] = bundleSpecs(matrix, [job]), out = [];
  for (let entry of await previewBundle(spec))
    entry.type === "symlink" && fail("msi-link", `bundle "${bundle.name}" carries the link ${entry.path}, which an MSI cannot install`, { location: origin.location, hint: "replace the link by the file it points to" }), entry.type === "file" && out.push({ source: entry.source, installPath: join(to, entry.path), origin });
  return out;
}
async function collectFiles(matrix, files) {
  let all = [];
  for (let f of files)
    if (f.from !== void 0) all.push(...await fromPath(matrix.root, f.from, f.to, f));
    else if (f.bundle !== void 0) {
      let bundle = matrix.bundles.find((b) => b.name === f.bundle);
      bundle || fail("unknown-reference", `no bundle "${f.bundle}"`, { location: f.location }), all.push(...await bundleFiles(matrix, bundle, f.to, f));
    }
  return dedupe(all);
}
function dedupe(files) {
  let seen = /* @__PURE__ */ new Map();
  for (let f of files) {
    let key = f.installPath.toLowerCase(), first = seen.get(key);
    if (first) {
      if (first.source === f.source) continue;
      fail("msi-duplicate", `two files would be installed as "${f.installPath}": ${first.source} and ${f.source}`, {
        location: f.origin.location,
        hint: 'Windows file names ignore case; give one of them another "to" folder'
      });
    }
    seen.set(key, f);
  }
  return [...seen.values()].sort((a, b) => a.installPath < b.installPath ? -1 : a.installPath > b.installPath ? 1 : 0);
}

// src/msi/guid.ts
var namespaces = /* @__PURE__ */ new Map(), SLIPWAY_NAMESPACE = "6d1b5c8e-2f4a-5b7e-9c3d-0a1e2f3b4c5d";
function uuidV5(namespace, name) {
  let ns = namespaces.get(namespace);
  if (!ns) {
    if (ns = Buffer.from(namespace.replace(/[{}-]/g, ""), "hex"), ns.length !== 16) throw new Error(`not a UUID: ${namespace}`);
    namespaces.set(namespace, ns);
  }
  let bytes = digest("sha1", Buffer.concat([ns, Buffer.from(name, "utf8")])).subarray(0, 16);
  bytes[6] = bytes[6] & 15 | 80, bytes[8] = bytes[8] & 63 | 128;
  let hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
function derivedUpgradeCode(release, component) {
  return uuidV5(SLIPWAY_NAMESPACE, `upgrade-code:${release}/${component}`);
}
function componentGuid(upgradeCode, scope, installPath) {
  return uuidV5(upgradeCode, `component:${scope}:${installPath.toLowerCase()}`);
}
function productCode(upgradeCode, version) {
  return uuidV5(upgradeCode, `product-code:${version}`);
}
function packageCode(upgradeCode, contentSha256) {
  return uuidV5(upgradeCode, `package-code:${contentSha256}`);
}
function msiId(prefix, key) {
  return `${prefix}_${msiIdHash(key)}`;
}
function msiIdHash(key) {
  return digest("sha256", key).toString("hex", 0, 12).toUpperCase();
}

// src/msi/infrastructure-scripts.ts
var COMPOSE_FILES = ["compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml"];
function infrastructureScripts(composeFile, productName) {
  let file = composeFile.replaceAll("/", "\\"), script = (what, args) => [
    "@echo off",
    `rem ${what} ${productName} (generated by Slipway)`,
    "setlocal",
    `docker compose --project-directory "%~dp0." -f "%~dp0${file}" ${args}`,
    "set STATUS=%ERRORLEVEL%",
    'if /i "%~1"=="--pause" pause',
    "exit /b %STATUS%",
    ""
  ].join(`\r
`);
  return [
    { name: "start.cmd", shortcut: `Start ${productName}`, description: `Start the ${productName} containers`, content: script("Starts", "up -d") },
    { name: "stop.cmd", shortcut: `Stop ${productName}`, description: `Stop the ${productName} containers`, content: script("Stops", "down") },
    { name: "status.cmd", shortcut: `${productName} status`, description: `Show the state of the ${productName} containers`, content: script("Shows the state of", "ps") }
  ];
}

// src/msi/product-version.ts
var import_semver = __toESM(require_semver(), 1), LIMITS = [
  { field: "major", max: 255 },
  { field: "minor", max: 255 },
  { field: "patch", max: 65535 }
];
function toProductVersion(version) {
  let parsed = import_semver.default.parse(version);
  if (!parsed)
    return { ok: !1, errors: [{ code: "bad-version", message: `"${version}" is not a SemVer version`, hint: "for example 1.4.0 or 1.5.0-rc.1" }] };
  for (let { field, max } of LIMITS)
    if (parsed[field] > max)
      return {
        ok: !1,
        errors: [{
          code: "msi-version",
          message: `${version} cannot be an MSI ProductVersion: its ${field} ${parsed[field]} is above ${max}`,
          hint: "Windows Installer allows major and minor up to 255 and patch up to 65535; release the installer under a version within them"
        }]
      };
  return {
    ok: !0,
    value: { productVersion: `${parsed.major}.${parsed.minor}.${parsed.patch}`, semver: parsed.version, prerelease: parsed.prerelease.length > 0 }
  };
}

// src/msi/installer-model.ts
var INSTALLDIR = "INSTALLDIR";
function productIdentity(m) {
  return {
    component: m.component,
    productName: m.productName,
    version: m.version,
    productVersion: m.productVersion,
    upgradeCode: m.upgradeCode,
    upgradeCodeSource: m.upgradeCodeSource,
    productCode: m.productCode
  };
}
async function installerModel(matrix, component, version) {
  let s = component.installer;
  s || fail("msi-no-settings", `component "${component.name}" is an installer but has no "installer" settings`, {
    location: component.location,
    hint: "add installer: { productName: ..., manufacturer: ... }"
  });
  for (let key of ["productName", "manufacturer"])
    s[key] || fail("msi-no-settings", `installer "${component.name}" needs installer.${key} to build an MSI`, {
      location: s.location,
      hint: key === "productName" ? "the name Add/Remove Programs shows, e.g. productName: Acme Operator Tools" : "the publisher Add/Remove Programs shows, e.g. manufacturer: Acme Corp"
    });
  let productName = s.productName, manufacturer = s.manufacturer, pv = toProductVersion(version);
  if (!pv.ok) throw new SlipwayError(pv.errors);
  let upgradeCode = s.upgradeCode ?? derivedUpgradeCode(matrix.release.name, component.name), scope = s.scope, hkmu = scope === "perMachine" ? "HKLM" : "HKCU", sources = [];
  s.files.length > 0 ? sources = await collectFiles(matrix, s.files) : s.kind === "application" && component.source && (sources = await collectFiles(matrix, [{ from: relativePosix(matrix.root, component.source), to: "", get location() {
    return component.location;
  } }]));
  let generated = [], infraShortcuts = [];
  if (s.kind === "infrastructure") {
    let bundle = matrix.bundles.find((b) => b.name === s.bundle);
    bundle || fail("unknown-reference", `no bundle "${String(s.bundle)}"`, { location: s.location }), sources = dedupe([...sources, ...await bundleFiles(matrix, bundle, "", s)]);
    let compose = matrix.components.find((c) => c.kind === "compose" && bundle.components.includes(c.name)), composeFile = compose?.source ? COMPOSE_FILES.find((f) => existsSync(path2.join(compose.source, f))) : void 0;
    (!compose || !composeFile) && fail("msi-no-compose", `bundle "${bundle.name}" has no compose file to run`, {
      location: s.location,
      hint: `its compose component's source folder needs one of ${COMPOSE_FILES.join(", ")}`
    });
    for (let script of infrastructureScripts(`${compose.name}/${composeFile}`, productName))
      generated.push({ installPath: script.name, content: script.content }), infraShortcuts.push({ name: script.shortcut, target: script.name, arguments: "--pause", description: script.description });
  }
  sources.length === 0 && generated.length === 0 && fail("msi-no-files", `installer "${component.name}" installs no file`, { location: s.location, hint: "list what to install under installer.files" }), s.license && (sources = dedupe([...sources, { source: s.license, installPath: "License.rtf", origin: s }]));
  let directories = /* @__PURE__ */ new Map(), directoryOf = (installPath) => {
    let dir = path2.posix.dirname(installPath);
    if (dir === "." || dir === "") return INSTALLDIR;
    let existing = directories.get(dir.toLowerCase());
    if (existing) return existing.id;
    let parentId = directoryOf(dir), d = { id: msiId("dir", `${scope}:${dir.toLowerCase()}`), name: path2.posix.basename(dir), parentId, installPath: dir };
    return directories.set(dir.toLowerCase(), d), d.id;
  }, toFile = (installPath, extra) => {
    let key = msiIdHash(installPath.toLowerCase());
    return {
      id: `fil_${key}`,
      componentId: `cmp_${key}`,
      guid: componentGuid(upgradeCode, scope, installPath),
      ...extra,
      installPath,
      name: path2.posix.basename(installPath),
      directoryId: directoryOf(installPath)
    };
  }, files = [
    ...sources.map((f) => toFile(f.installPath, { source: f.source })),
    ...generated.map((g) => toFile(g.installPath, { content: g.content }))
  ].sort((a, b) => a.installPath < b.installPath ? -1 : a.installPath > b.installPath ? 1 : 0), fileByPath = new Map(files.map((f) => [f.installPath.toLowerCase(), f])), shortcuts = [], wanted = [
    ...infraShortcuts.map((x) => ({ ...x, startMenu: !0, desktop: !1, get location() {
      return s.location;
    } })),
    ...s.shortcuts
  ];
  for (let sc of wanted) {
    let file = fileByPath.get(sc.target.toLowerCase());
    if (!file) {
      let guess = didYouMean(sc.target, files.map((f) => f.installPath));
      fail("msi-bad-shortcut", `shortcut "${sc.name}" points at "${sc.target}", which the installer does not install`, {
        location: sc.location,
        hint: guess ? `did you mean "${guess}"?` : "name an installed file by its path below the install folder"
      });
    }
    for (let [on, directoryId] of [[sc.startMenu, "ProductMenuFolder"], [sc.desktop, "DesktopFolder"]])
      on && shortcuts.push({
        id: msiId("sct", `${directoryId}:${sc.name}`),
        name: sc.name,
        fileId: file.id,
        directoryId,
        ...sc.arguments !== void 0 ? { arguments: sc.arguments } : {},
        ...sc.description !== void 0 ? { description: sc.description } : {}
      });
  }
  let productKey2 = `Software\\${manufacturer}\\${productName}`, registry = [
    { root: hkmu, key: productKey2, name: "Version", type: "string", value: version },
    { root: hkmu, key: productKey2, name: "InstallDir", type: "string", value: `[${INSTALLDIR}]` },
    ...s.registry.map((r) => ({ root: r.root === "HKMU" ? hkmu : r.root, key: r.key, name: r.name, type: r.type, value: r.value }))
  ].map((r) => ({ ...r, id: msiId("reg", `${r.root}\\${r.key}\\${r.name}`.toLowerCase()) })), pathDirectoryId;
  if (s.path !== void 0)
    if (s.path === "") pathDirectoryId = INSTALLDIR;
    else {
      let dir = directories.get(s.path.toLowerCase());
      dir || fail("msi-bad-path", `installer.path "${s.path}" is not a folder the installer creates`, {
        location: s.location,
        hint: `folders: ${[...directories.values()].map((d) => d.installPath).join(", ") || "(only the install folder: write path: true)"}`
      }), pathDirectoryId = dir.id;
    }
  return {
    component: component.name,
    kind: s.kind,
    productName,
    manufacturer,
    version,
    productVersion: pv.value.productVersion,
    upgradeCode,
    upgradeCodeSource: s.upgradeCode ? "explicit" : "derived",
    productCode: productCode(upgradeCode, version),
    scope,
    installDirName: s.installDir || productName,
    programsRoot: scope === "perMachine" ? "ProgramFiles64Folder" : "LocalAppDataFolder",
    directories: [...directories.values()].sort((a, b) => a.installPath < b.installPath ? -1 : 1),
    files,
    shortcuts,
    registry,
    productComponent: { id: "ProductRegistry", guid: componentGuid(upgradeCode, scope, "<registry>") },
    ...shortcuts.some((x) => x.directoryId === "ProductMenuFolder") ? { menuComponent: { id: "ProductMenu", guid: componentGuid(upgradeCode, scope, "<start menu>") } } : {},
    ...pathDirectoryId ? { pathDirectoryId } : {},
    ...s.license ? { license: s.license } : {},
    ...s.icon ? { icon: s.icon } : {},
    arp: s.arp,
    downgradeMessage: `A newer version of ${productName} is already installed. Uninstall it first to install ${version}.`,
    msiName: `${component.name}-${version}-x64.msi`
  };
}

// src/msi/wix-toolset.ts
var WIX_VERSION = "7.0.0", WIX_UI_EXTENSION = "WixToolset.UI.wixext";
function eulaId(wixVersion) {
  let major = Number(wixVersion.split(".")[0]);
  return Number.isInteger(major) && major >= 7 ? `wix${major}` : void 0;
}

// src/msi/xml.ts
var NEEDS_ESCAPE = /[&<>"\u0000-\u001f]/;
function escapeXml(text) {
  return NEEDS_ESCAPE.test(text) ? text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/[\u0000-\u001f]/g, (c) => `&#${c.charCodeAt(0)};`) : text;
}
var XmlWriter = class {
  lines = ['<?xml version="1.0" encoding="utf-8"?>'];
  depth = 0;
  pads = [""];
  comment(text) {
    return this.lines.push(`${this.pad()}<!-- ${text.replace(/--/g, "- -")} -->`), this;
  }
  /** An element without children. */
  leaf(name, attributes = {}) {
    return this.lines.push(`${this.pad()}<${name}${attrs(attributes)} />`), this;
  }
  /** An element whose only child is text. */
  text(name, attributes, text) {
    return this.lines.push(`${this.pad()}<${name}${attrs(attributes)}>${escapeXml(text)}</${name}>`), this;
  }
  open(name, attributes = {}) {
    return this.lines.push(`${this.pad()}<${name}${attrs(attributes)}>`), this.depth++, this;
  }
  close(name) {
    return this.depth--, this.lines.push(`${this.pad()}</${name}>`), this;
  }
  toString() {
    return `${this.lines.join(`
`)}
`;
  }
  pad() {
    return this.pads[this.depth] ??= "  ".repeat(this.depth);
  }
};
function attrs(attributes) {
  let out = "";
  for (let k in attributes) {
    let v = attributes[k];
    v !== void 0 && (out += ` ${k}="${escapeXml(v)}"`);
  }
  return out;
}

// src/msi/render-project.ts
function renderWixproj(m, wxsName, usesUi) {
  let eula = eulaId(WIX_VERSION);
  return [
    `<Project Sdk="WixToolset.Sdk/${WIX_VERSION}">`,
    "  <!-- Generated by Slipway from compatibility.yaml. -->",
    "  <PropertyGroup>",
    `    <OutputName>${escapeXml(m.msiName.replace(/\.msi$/, ""))}</OutputName>`,
    "    <InstallerPlatform>x64</InstallerPlatform>",
    "    <EnableDefaultCompileItems>false</EnableDefaultCompileItems>",
    ...eula ? [`    <!-- WiX v7 builds only once you accept its OSMF EULA: dotnet build -p:AcceptEula=${eula} -->`] : [],
    "  </PropertyGroup>",
    "  <ItemGroup>",
    `    <Compile Include="${escapeXml(wxsName)}" />`,
    "  </ItemGroup>",
    ...usesUi ? ["  <ItemGroup>", `    <PackageReference Include="${WIX_UI_EXTENSION}" Version="${WIX_VERSION}" />`, "  </ItemGroup>"] : [],
    "</Project>",
    ""
  ].join(`\r
`);
}
function renderBuildCmd(m, wxsName, usesUi, msiPath) {
  let eula = eulaId(WIX_VERSION), output = msiPath.replaceAll("/", "\\");
  return [
    "@echo off",
    `rem Builds ${m.msiName} with the WiX Toolset ${WIX_VERSION}. Generated by Slipway from compatibility.yaml.`,
    ...eula ? [`rem WiX ${WIX_VERSION} needs its OSMF EULA accepted: read https://wixtoolset.org/osmf/ and, if you accept it,`, `rem set WIX_ACCEPT_EULA=${eula} before running this script.`] : [],
    "setlocal",
    'cd /d "%~dp0"',
    `where wix >nul 2>nul || dotnet tool install --global wix --version ${WIX_VERSION} || exit /b 1`,
    ...usesUi ? [`wix extension add -g ${WIX_UI_EXTENSION}/${WIX_VERSION} || exit /b 1`] : [],
    "set EULA=",
    'if not "%WIX_ACCEPT_EULA%"=="" set EULA=-acceptEula %WIX_ACCEPT_EULA%',
    `wix build -arch x64 %EULA%${usesUi ? ` -ext ${WIX_UI_EXTENSION}` : ""} -o "${output}" "${wxsName}" || exit /b 1`,
    `echo built ${output}`,
    ""
  ].join(`\r
`);
}

// src/msi/render-wix.ts
var WIX4_NAMESPACE = "http://wixtoolset.org/schemas/v4/wxs", WIX4_UI_NAMESPACE = "http://wixtoolset.org/schemas/v4/wxs/ui", WIX3_NAMESPACE = "http://schemas.microsoft.com/wix/2006/wi", ICON_ID = "ProductIcon.ico", HEADER = "Generated by Slipway from compatibility.yaml: change that file and generate again instead of editing this one.", ARP_PROPERTIES = [
  ["comments", "ARPCOMMENTS"],
  ["contact", "ARPCONTACT"],
  ["helpLink", "ARPHELPLINK"],
  ["helpTelephone", "ARPHELPTELEPHONE"],
  ["aboutLink", "ARPURLINFOABOUT"],
  ["updateLink", "ARPURLUPDATEINFO"],
  ["noModify", "ARPNOMODIFY"],
  ["noRepair", "ARPNOREPAIR"],
  ["noRemove", "ARPNOREMOVE"]
];
function arpProperties(m) {
  let out = [];
  m.icon && out.push(["ARPPRODUCTICON", ICON_ID]);
  for (let [key, property] of ARP_PROPERTIES) {
    let v = m.arp[key];
    v === void 0 || v === !1 || out.push([property, v === !0 ? "1" : v]);
  }
  return out;
}
function renderWix(m, dialect, sourceOf, iconSource, licenseSource) {
  let x = new XmlWriter(), v4 = dialect === "wix4";
  x.comment(HEADER), x.open("Wix", v4 ? { xmlns: WIX4_NAMESPACE, "xmlns:ui": licenseSource ? WIX4_UI_NAMESPACE : void 0 } : { xmlns: WIX3_NAMESPACE });
  let description = `${m.productName} ${m.version}`;
  v4 ? (x.open("Package", {
    Name: m.productName,
    Manufacturer: m.manufacturer,
    Version: m.productVersion,
    UpgradeCode: m.upgradeCode,
    ProductCode: m.productCode,
    Scope: m.scope,
    Language: "1033",
    InstallerVersion: "500",
    Compressed: "yes"
  }), x.leaf("SummaryInformation", { Description: description, Manufacturer: m.manufacturer }), x.leaf("MajorUpgrade", { AllowSameVersionUpgrades: "yes", DowngradeErrorMessage: m.downgradeMessage }), x.leaf("MediaTemplate", { EmbedCab: "yes" })) : (x.open("Product", { Id: m.productCode, Name: m.productName, Language: "1033", Version: m.productVersion, Manufacturer: m.manufacturer, UpgradeCode: m.upgradeCode }), x.leaf("Package", { InstallerVersion: "500", Compressed: "yes", InstallScope: m.scope, Manufacturer: m.manufacturer, Description: description }), x.leaf("MajorUpgrade", { DowngradeErrorMessage: m.downgradeMessage }), x.leaf("Media", { Id: "1", Cabinet: "product.cab", EmbedCab: "yes" })), iconSource && x.leaf("Icon", { Id: ICON_ID, SourceFile: iconSource });
  for (let [id, value] of arpProperties(m)) x.leaf("Property", { Id: id, Value: value });
  v4 && licenseSource && (x.leaf("ui:WixUI", { Id: "WixUI_Minimal" }), x.leaf("WixVariable", { Id: "WixUILicenseRtf", Value: licenseSource }));
  let programs = (inner) => {
    v4 ? x.open("StandardDirectory", { Id: m.programsRoot }) : x.open("Directory", { Id: m.programsRoot }), m.programsRoot === "LocalAppDataFolder" && x.open("Directory", { Id: "UserProgramsFolder", Name: "Programs" }), inner(), m.programsRoot === "LocalAppDataFolder" && x.close("Directory"), x.close(v4 ? "StandardDirectory" : "Directory");
  };
  v4 || x.open("Directory", { Id: "TARGETDIR", Name: "SourceDir" });
  let tree = directoryTree(m);
  programs(() => {
    x.open("Directory", { Id: INSTALLDIR, Name: m.installDirName }), writeDirectory(x, m, tree, INSTALLDIR, dialect, sourceOf), writeProductComponent(x, m, dialect), x.close("Directory");
  }), m.menuComponent && (x.open(v4 ? "StandardDirectory" : "Directory", { Id: "ProgramMenuFolder" }), x.open("Directory", { Id: "ProductMenuFolder", Name: m.productName }), x.open("Component", { Id: m.menuComponent.id, Guid: m.menuComponent.guid, ...bitness(dialect) }), x.leaf("RemoveFolder", { Id: "RemoveProductMenuFolder", On: "uninstall" }), x.leaf("RegistryValue", { Root: m.scope === "perMachine" ? "HKLM" : "HKCU", Key: productKey(m), Name: "StartMenuShortcuts", Type: "integer", Value: "1", KeyPath: "yes" }), x.close("Component"), x.close("Directory"), x.close(v4 ? "StandardDirectory" : "Directory")), m.shortcuts.some((s) => s.directoryId === "DesktopFolder") && (v4 ? x.leaf("StandardDirectory", { Id: "DesktopFolder" }) : x.leaf("Directory", { Id: "DesktopFolder" })), v4 || x.close("Directory"), v4 || (x.open("InstallExecuteSequence"), x.leaf("RemoveEnvironmentStrings", { Sequence: "3300" }), x.leaf("RemoveFolders", { Sequence: "3600" }), x.leaf("CreateFolders", { Sequence: "3700" }), x.leaf("WriteEnvironmentStrings", { Sequence: "5200" }), x.close("InstallExecuteSequence")), x.open("Feature", { Id: "ProductFeature", Title: m.productName, Level: "1" });
  for (let f of m.files) x.leaf("ComponentRef", { Id: f.componentId });
  return x.leaf("ComponentRef", { Id: m.productComponent.id }), m.menuComponent && x.leaf("ComponentRef", { Id: m.menuComponent.id }), x.close("Feature"), x.close(v4 ? "Package" : "Product"), x.close("Wix"), x.toString();
}
function productKey(m) {
  return `Software\\${m.manufacturer}\\${m.productName}`;
}
function bitness(dialect) {
  return dialect === "wix4" ? { Bitness: "always64" } : { Win64: "yes" };
}
function groupBy(items, key) {
  let out = /* @__PURE__ */ new Map();
  for (let item of items) {
    let k = key(item), list = out.get(k);
    list ? list.push(item) : out.set(k, [item]);
  }
  return out;
}
function directoryTree(m) {
  return {
    files: groupBy(m.files, (f) => f.directoryId),
    directories: groupBy(m.directories, (d) => d.parentId),
    shortcuts: groupBy(m.shortcuts, (s) => s.fileId)
  };
}
function writeDirectory(x, m, tree, directoryId, dialect, sourceOf) {
  let bits = bitness(dialect);
  for (let f of tree.files.get(directoryId) ?? []) {
    x.open("Component", { Id: f.componentId, Guid: f.guid, ...bits });
    let shortcuts = tree.shortcuts.get(f.id) ?? [], file = { Id: f.id, Name: f.name, Source: sourceOf(f), KeyPath: "yes" };
    if (shortcuts.length === 0) x.leaf("File", file);
    else {
      x.open("File", file);
      for (let s of shortcuts)
        x.leaf("Shortcut", {
          Id: s.id,
          Directory: s.directoryId,
          Name: s.name,
          Arguments: s.arguments,
          Description: s.description,
          WorkingDirectory: f.directoryId,
          Icon: m.icon ? ICON_ID : void 0,
          Advertise: "no"
        });
      x.close("File");
    }
    x.close("Component");
  }
  for (let d of tree.directories.get(directoryId) ?? [])
    x.open("Directory", { Id: d.id, Name: d.name }), writeDirectory(x, m, tree, d.id, dialect, sourceOf), x.close("Directory");
}
function writeProductComponent(x, m, dialect) {
  x.open("Component", { Id: m.productComponent.id, Guid: m.productComponent.guid, ...bitness(dialect) }), m.registry.forEach((r, i) => {
    x.leaf("RegistryValue", { Id: r.id, Root: r.root, Key: r.key, Name: r.name, Type: r.type, Value: r.value, KeyPath: i === 0 ? "yes" : void 0 });
  }), m.pathDirectoryId && dialect === "wix4" && x.leaf("Environment", {
    Id: "PathEntry",
    Name: "PATH",
    Value: `[${m.pathDirectoryId}]`,
    Part: "last",
    Action: "set",
    System: m.scope === "perMachine" ? "yes" : "no",
    Permanent: "no"
  }), x.close("Component");
}

// src/msi/generate.ts
function installerComponents(matrix, name) {
  let installers = matrix.components.filter((c) => c.kind === "installer");
  if (name === void 0) return installers;
  let found = installers.find((c) => c.name === name);
  if (found) return [found];
  let guess = didYouMean(name, installers.map((c) => c.name));
  throw new SlipwayError({
    code: "usage",
    message: `no installer component "${name}" in ${matrix.file}`,
    hint: guess ? `did you mean "${guess}"?` : installers.length ? `installers: ${installers.map((c) => c.name).join(", ")}` : "declare one with kind: installer"
  }, 2);
}
var ALL_SOURCES = ["files", "wix", "wixl", "project"];
async function planInstaller(matrix, component, version, out, msiDir = out) {
  let model = await installerModel(matrix, component, version), dir = path3.join(out, component.name), generatedDir = path3.join(dir, "files"), inputs = [...model.files.map((f) => f.source ?? path3.join(generatedDir, ...f.installPath.split("/"))), ...model.icon ? [model.icon] : []];
  return {
    model,
    dir,
    wxs: path3.join(dir, `${component.name}.wxs`),
    wixlWxs: path3.join(dir, `${component.name}.wixl.wxs`),
    wixproj: path3.join(dir, `${component.name}.wixproj`),
    buildCmd: path3.join(dir, "build.cmd"),
    msi: path3.join(msiDir, model.msiName),
    inputs,
    relativeInputs: inputs.map(relativePosixFrom(dir))
  };
}
async function writeSources(g, kinds) {
  let { model, dir } = g, rel = (p) => p ? relativePosix(dir, p) : void 0, sources = new Map(model.files.map((f, i) => [f, g.relativeInputs[i]])), sourceOf = (f) => sources.get(f), usesUi = model.license !== void 0, writes = [];
  for (let kind of kinds)
    kind === "files" ? model.files.forEach((f, i) => {
      f.content !== void 0 && writes.push(writeIfChanged(g.inputs[i], f.content));
    }) : kind === "wix" ? writes.push(writeIfChanged(g.wxs, renderWix(model, "wix4", sourceOf, rel(model.icon), rel(model.license)))) : kind === "wixl" ? writes.push(writeIfChanged(g.wixlWxs, renderWix(model, "wixl", sourceOf, rel(model.icon)))) : (writes.push(writeIfChanged(g.wixproj, renderWixproj(model, path3.basename(g.wxs), usesUi))), writes.push(writeIfChanged(g.buildCmd, renderBuildCmd(model, path3.basename(g.wxs), usesUi, path3.relative(dir, g.msi)))));
  await Promise.all(writes);
}
async function writeIfChanged(file, content) {
  await readFile(file, "utf8").catch(() => {
  }) !== content && await writeFileAtomic(file, content);
}

// src/msi/sign.ts
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path4 from "node:path";

// src/msi/run-tool.ts
import { execFile } from "node:child_process";
function runTool(command, args, options) {
  return new Promise((resolve, reject) => {
    execFile(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      maxBuffer: 64 * 1024 * 1024,
      timeout: options.timeoutMs ?? 6e5,
      windowsHide: !0
    }, (error, stdout, stderr) => {
      if (!error) {
        resolve({ stdout, stderr });
        return;
      }
      try {
        error.code === "ENOENT" && fail("missing-tool", `${command} is not installed`, { hint: options.install });
        let words = redactSecrets(`${stderr}
${stdout}`, options.secrets ?? []).split(`
`).map((l) => l.trim()).filter((l) => l && !/GLib-GObject-WARNING|g_object_set_is_valid_property/.test(l)).slice(-6).join(" | ");
        fail("tool-failed", `${command} failed (exit ${String(error.code ?? error.signal)})${words ? `: ${words}` : ""}`, {
          hint: `the command was: ${redactSecrets([command, ...args].join(" "), options.secrets ?? [])}`
        });
      } catch (e) {
        reject(e);
      }
    });
  });
}

// src/msi/sign.ts
var OSSLSIGNCODE_HINT = "install osslsigncode (apt-get install osslsigncode), or run scripts/setup.sh", SIGNTOOL_HINT = "signtool ships with the Windows SDK; on a windows runner it is on PATH after microsoft/setup-msbuild, or add its folder to PATH";
function wantsSigning(o) {
  return !!(o.pfx || o.cert || o.key);
}
function checkSigningOptions(o) {
  o.pfx && (o.cert || o.key) && fail("usage", "give a PFX, or a certificate and a key, not both", {}), !o.pfx && !!o.cert != !!o.key && fail("usage", "a certificate needs its key (and a key its certificate)", { hint: "pass both --cert and --key, or a --pfx" });
}
async function signMsi(input, output, description, o) {
  checkSigningOptions(o);
  let secrets = o.password ? [o.password] : [];
  if (process.platform === "win32") {
    o.pfx || fail("usage", "signtool signs with a PFX: convert the certificate and key with openssl pkcs12 -export", {});
    let args = ["sign", "/fd", "sha256", "/f", o.pfx, "/d", description];
    o.password && args.push("/p", o.password), o.timestampUrl && args.push("/tr", o.timestampUrl, "/td", "sha256");
    let { copyFile } = await import("node:fs/promises");
    await copyFile(input, output), await runTool("signtool", [...args, output], { install: SIGNTOOL_HINT, secrets });
    return;
  }
  let dir = await mkdtemp(path4.join(os.tmpdir(), "slipway-sign-"));
  try {
    let args = ["sign", "-h", "sha256", "-n", description];
    if (o.pfx ? args.push("-pkcs12", o.pfx) : args.push("-certs", o.cert, "-key", o.key), o.password) {
      let passFile = path4.join(dir, "pass");
      await writeFile(passFile, o.password, { mode: 384 }), args.push("-readpass", passFile);
    }
    o.timestampUrl && args.push("-ts", o.timestampUrl), await runTool("osslsigncode", [...args, "-in", input, "-out", output], { install: OSSLSIGNCODE_HINT, secrets });
  } finally {
    await rm(dir, { recursive: !0, force: !0 });
  }
}
async function verifySignature(msi, caFile) {
  if (process.platform === "win32")
    try {
      let { stdout } = await runTool("signtool", ["verify", "/pa", msi], { install: SIGNTOOL_HINT });
      return { ok: !0, detail: stdout.trim().split(`
`).pop() ?? "verified" };
    } catch (e) {
      return { ok: !1, detail: e instanceof Error ? e.message : String(e) };
    }
  let args = ["verify", "-in", msi, ...caFile ? ["-CAfile", caFile] : []];
  try {
    let { stdout } = await runTool("osslsigncode", args, { install: OSSLSIGNCODE_HINT }), signer = /Subject:\s*(.+)/.exec(stdout)?.[1]?.trim();
    return { ok: !0, ...signer ? { signer } : {}, detail: "Signature verification: ok" };
  } catch (e) {
    if (e instanceof Error && /not installed/.test(e.message)) throw e;
    let message = e instanceof Error ? e.message : String(e);
    return { ok: !1, detail: /MISMATCH/i.test(message) ? "the contents do not match the signature (the MSI was changed after signing)" : message };
  }
}

// src/msi/wix-build.ts
import { mkdtemp as mkdtemp2 } from "node:fs/promises";
import os2 from "node:os";
import path5 from "node:path";
var DOTNET_HINT = "install the .NET SDK (windows runners have it; locally: https://dot.net)";
async function ensureWix(version = WIX_VERSION) {
  let tc = await import("./tool-cache-7GNXQ2NS.js"), exe = process.platform === "win32" ? "wix.exe" : "wix", cached = process.env.RUNNER_TOOL_CACHE ? tc.find("wix", version) : "";
  if (cached) return path5.join(cached, exe);
  let dir = await mkdtemp2(path5.join(process.env.RUNNER_TEMP ?? os2.tmpdir(), "wix-"));
  await runTool("dotnet", ["tool", "install", "wix", "--version", version, "--tool-path", dir], { install: DOTNET_HINT });
  let home = process.env.RUNNER_TOOL_CACHE ? await tc.cacheDir(dir, "wix", version) : dir;
  return path5.join(home, exe);
}
async function buildWithWix(g, output, options) {
  let version = options.version ?? WIX_VERSION, needed = eulaId(version);
  needed && options.acceptEula !== needed && fail("wix-eula", `WiX ${version} builds only after its Open Source Maintenance Fee EULA is accepted, and Slipway does not accept it for you`, {
    hint: `read https://wixtoolset.org/osmf/; if you accept it, pass --accept-wix-eula ${needed} (the msi action: accept-wix-eula: ${needed})`
  });
  let wix = await ensureWix(version), usesUi = g.model.license !== void 0;
  usesUi && await runTool(wix, ["extension", "add", "-g", `${WIX_UI_EXTENSION}/${version}`], { cwd: g.dir, install: DOTNET_HINT });
  let args = ["build", "-arch", "x64", ...needed ? ["-acceptEula", needed] : [], ...usesUi ? ["-ext", WIX_UI_EXTENSION] : [], "-o", output, path5.basename(g.wxs)];
  await runTool(wix, args, { cwd: g.dir, install: DOTNET_HINT });
}

// src/msi/wixl-build.ts
import path6 from "node:path";

// src/msi/source-date-stamp.ts
var SUMMARY_STREAM = "SummaryInformation", PID_REVISION_NUMBER = 9, PID_CREATED = 12, PID_LAST_SAVED = 13, VT_LPSTR = 30, VT_FILETIME = 64, BRACED_GUID_LENGTH = 38, PLACEHOLDER_GUID = `{${"0".repeat(8)}-${"0".repeat(4)}-${"0".repeat(4)}-${"0".repeat(4)}-${"0".repeat(12)}}`, FILETIME_EPOCH_OFFSET_MS = 11644473600000n, CAB_SIGNATURE = "MSCF", CFFILE_FIXED_SIZE = 16, CAB_NAME_MAX = 256;
async function stampSourceDate(file, date, upgradeCode) {
  let cf = CompoundFile.open(file, "r+");
  try {
    let streams = cf.streams(), summaryEntry = streams.find((s) => s.name === SUMMARY_STREAM);
    if (!summaryEntry) return fail("msi-unreadable", `${file} has no summary information`, { hint: "the build tool wrote an incomplete MSI" });
    let summary = summaryFields(file, summaryEntry, cf.read(summaryEntry)), filetime = fileTime(date);
    for (let at of summary.times) cf.write(summary.entry, at, filetime);
    cf.write(summary.entry, summary.revision, Buffer.from(PLACEHOLDER_GUID, "latin1"));
    let dos = dosDateTime(date);
    for (let s of streams)
      s.name === SUMMARY_STREAM || decodeStreamName(s.name).startsWith("!") || s.size < 36 || cf.readRange(s, 0, 4).toString("latin1") === CAB_SIGNATURE && stampCabinet(file, cf, s, dos);
    let code = packageCode(upgradeCode, (await hashFile(file)).sha256);
    cf.write(summary.entry, summary.revision, Buffer.from(`{${code.toUpperCase()}}`, "latin1"));
  } finally {
    cf.close();
  }
}
function summaryFields(file, entry, data) {
  let bad = (what) => fail("msi-unreadable", `${file} has a summary information stream that ${what}`, { hint: "the build tool wrote something Slipway cannot stamp; report it with the generated .wxs" });
  (data.length < 48 || data.readUInt16LE(0) !== 65534 || data.readUInt32LE(24) < 1) && bad("is not a property set");
  let set = data.readUInt32LE(44);
  set + 8 > data.length && bad("ends before its property set");
  let count = data.readUInt32LE(set + 4);
  set + 8 + count * 8 > data.length && bad("ends before its property list");
  let revision, times = [];
  for (let i = 0; i < count; i++) {
    let id = data.readUInt32LE(set + 8 + i * 8), at = set + data.readUInt32LE(set + 12 + i * 8);
    at + 4 > data.length && bad("points past its end");
    let type = data.readUInt16LE(at);
    id === PID_REVISION_NUMBER ? ((type !== VT_LPSTR || at + 8 + BRACED_GUID_LENGTH > data.length || data.readUInt32LE(at + 4) < BRACED_GUID_LENGTH + 1) && bad("has no PackageCode"), /^\{[0-9A-Fa-f-]{36}\}$/.test(data.toString("latin1", at + 8, at + 8 + BRACED_GUID_LENGTH)) || bad("has a PackageCode that is not a GUID"), revision = at + 8) : (id === PID_CREATED || id === PID_LAST_SAVED) && type === VT_FILETIME && (at + 12 > data.length && bad("ends inside a time stamp"), times.push(at + 4));
  }
  return revision === void 0 ? bad("has no PackageCode") : { entry, revision, times };
}
function stampCabinet(file, cf, entry, dos) {
  let header = cf.readRange(entry, 0, 36), firstFile = header.readUInt32LE(16), files = header.readUInt16LE(28), records = cf.readRange(entry, firstFile, files * (CFFILE_FIXED_SIZE + CAB_NAME_MAX + 1)), at = 0;
  for (let i = 0; i < files; i++) {
    let nul = records.indexOf(0, at + CFFILE_FIXED_SIZE);
    (at + CFFILE_FIXED_SIZE > records.length || nul < 0) && fail("msi-unreadable", `${file} has a cabinet whose file list is cut short`, { hint: "the build tool wrote a damaged MSI" }), records.writeUInt16LE(dos.date, at + 10), records.writeUInt16LE(dos.time, at + 12), at = nul + 1;
  }
  cf.write(entry, firstFile, records.subarray(0, at));
}
function fileTime(date) {
  let out = Buffer.alloc(8);
  return out.writeBigUInt64LE((BigInt(date.getTime()) + FILETIME_EPOCH_OFFSET_MS) * 10000n), out;
}
function dosDateTime(date) {
  return {
    date: Math.min(Math.max(date.getUTCFullYear(), 1980), 2107) - 1980 << 9 | date.getUTCMonth() + 1 << 5 | date.getUTCDate(),
    time: date.getUTCHours() << 11 | date.getUTCMinutes() << 5 | Math.floor(date.getUTCSeconds() / 2)
  };
}

// src/msi/wixl-build.ts
var WIXL_HINT = "install wixl (apt-get install wixl msitools), or run scripts/setup.sh", MSITOOLS_HINT = "install msitools (apt-get install msitools wixl), or run scripts/setup.sh", WITHOUT_MIME_DATABASE = { XDG_DATA_DIRS: "/dev/null", XDG_DATA_HOME: "/dev/null" }, MIGRATE_FEATURES = 1, INCLUDE_MAXIMUM2 = 512;
async function buildWithWixl(g, output, options = {}) {
  let wixl = runTool("wixl", ["-a", "x64", "-o", output, path6.basename(g.wixlWxs)], { cwd: g.dir, env: { ...process.env, ...WITHOUT_MIME_DATABASE }, install: WIXL_HINT }), dating = options.sourceDate?.();
  dating?.catch(() => {
  }), await wixl;
  let m = g.model, queries = [];
  for (let s of m.shortcuts) queries.push(`UPDATE \`Shortcut\` SET \`Target\`='[#${s.fileId}]' WHERE \`Shortcut\`='${s.id}'`);
  if (queries.push(
    "DELETE FROM `Upgrade` WHERE `ActionProperty`='WIX_UPGRADE_DETECTED'",
    `INSERT INTO \`Upgrade\` (\`UpgradeCode\`,\`VersionMin\`,\`VersionMax\`,\`Language\`,\`Attributes\`,\`Remove\`,\`ActionProperty\`) VALUES ('{${m.upgradeCode.toUpperCase()}}','','${sql(m.productVersion)}','',${MIGRATE_FEATURES | INCLUDE_MAXIMUM2},'','WIX_UPGRADE_DETECTED')`
  ), m.pathDirectoryId) {
    queries.push(
      "CREATE TABLE `Environment` (`Environment` CHAR(72) NOT NULL, `Name` CHAR(255) NOT NULL LOCALIZABLE, `Value` CHAR(255) LOCALIZABLE, `Component_` CHAR(72) NOT NULL PRIMARY KEY `Environment`)"
    );
    let name = `=-${m.scope === "perMachine" ? "*" : ""}PATH`;
    queries.push(`INSERT INTO \`Environment\` (\`Environment\`,\`Name\`,\`Value\`,\`Component_\`) VALUES ('PathEntry','${name}','[~];[${m.pathDirectoryId}]','${m.productComponent.id}')`);
  }
  await runTool("msibuild", [output, ...queries.flatMap((q) => ["-q", q])], { install: MSITOOLS_HINT });
  let date = await dating;
  date && await stampSourceDate(output, date, m.upgradeCode);
}
function sql(value) {
  return (value ?? "").replace(/'/g, "''");
}

// src/msi/build.ts
function defaultToolchain() {
  return process.platform === "win32" ? "wix" : "wixl";
}
async function inputsDigest(g, toolchain, options) {
  let parts = [`toolchain ${toolchain}`, `wxs ${sha256Hex(await readFile2(toolchain === "wix" ? g.wxs : g.wixlWxs))}`];
  toolchain === "wixl" && options.sourceDate && parts.push(`date ${(await options.sourceDate())?.toISOString() ?? "none"}`);
  let signing = options.signing;
  if (g.inputs.forEach((input, i) => {
    let s = statSync(input);
    parts.push(`file ${g.relativeInputs[i]} ${s.size} ${s.mtimeMs}`);
  }), signing && wantsSigning(signing)) {
    for (let f of [signing.pfx, signing.cert].filter((x) => !!x)) parts.push(`signer ${(await hashFile(f)).sha256}`);
    parts.push(`timestamp ${signing.timestampUrl ?? ""}`);
  }
  return sha256Hex(parts.join(`
`));
}
async function buildInstaller(g, options = {}) {
  let toolchain = options.toolchain ?? defaultToolchain(), m = g.model, toolSource = toolchain === "wix" ? "wix" : "wixl";
  await writeSources(g, ["files", toolSource]);
  let recordFile = path7.join(g.dir, "build.json"), [existing, record] = await Promise.all([stat(g.msi).catch(() => {
  }), readRecord(recordFile)]), partial = path7.join(path7.dirname(g.msi), `.${m.msiName}.${randomBytes(6).toString("hex")}.partial`), unsigned = `${partial}.unsigned.msi`, build = () => toolchain === "wixl" ? buildWithWixl(g, unsigned, { ...options.sourceDate ? { sourceDate: options.sourceDate } : {} }) : buildWithWix(g, unsigned, { ...options.acceptWixEula ? { acceptEula: options.acceptWixEula } : {} }), early = existing ? void 0 : build(), otherSources = writeSources(g, ALL_SOURCES.filter((k) => k !== "files" && k !== toolSource)), digest2 = inputsDigest(g, toolchain, options);
  for (let p of [early, otherSources, digest2]) p?.catch(() => {
  });
  if (existing) {
    await otherSources;
    let current = (await hashFile(g.msi)).sha256, ours = record?.sha256 === current;
    if (ours && record.inputs === await digest2) return { ...record.built, path: g.msi, upToDate: !0, placement: "unchanged" };
    !ours && !options.force && fail("msi-exists", `${g.msi} exists and was not built by Slipway from these sources`, {
      hint: "move it away, or pass --force to replace it"
    });
  }
  let signedPartial = `${partial}.msi`;
  try {
    let building = early ?? build(), settled = await Promise.allSettled([building, otherSources, digest2]);
    for (let r of settled) if (r.status === "rejected") throw r.reason;
    let tables = checkMsi(unsigned, m), final = unsigned, signer, signing = options.signing && wantsSigning(options.signing) ? options.signing : void 0;
    if (signing) {
      await signMsi(unsigned, signedPartial, `${m.productName} ${m.version}`, signing);
      let verified = await verifySignature(signedPartial, signing.caFile ?? signing.cert);
      verified.ok || fail("msi-signature", `the signature of ${m.msiName} does not verify: ${verified.detail}`, { hint: "check the certificate chain (--sign-ca for a private CA)" }), signer = verified.signer, final = signedPartial;
    }
    let { sha256, size } = await hashFile(final);
    await rename(final, g.msi);
    let built = {
      ...productIdentity(m),
      sha256,
      size,
      toolchain,
      signed: !!signing,
      ...signer ? { signer } : {},
      tables
    };
    return await writeFileAtomic(recordFile, `${JSON.stringify({ inputs: await digest2, sha256, built }, null, 2)}
`), { ...built, path: g.msi, upToDate: !1, placement: existing ? "replaced" : "created" };
  } finally {
    await rm2(unsigned, { force: !0 }), await rm2(signedPartial, { force: !0 });
  }
}
async function readRecord(file) {
  try {
    let data = JSON.parse(await readFile2(file, "utf8"));
    if (typeof data == "object" && data !== null && "inputs" in data && "sha256" in data && "built" in data) return data;
  } catch {
  }
}

// src/commands/msi.ts
async function prepare(ctx, o) {
  let matrix = await loadConfig(ctx, o.config), components = installerComponents(matrix, o.component);
  if (components.length === 0) throw new SlipwayError({ code: "usage", message: `${matrix.file} has no installer component`, hint: "declare one with kind: installer" }, 2);
  let resolved = await resolveVersion(matrix.release, { ...o.version !== void 0 ? { override: o.version } : {}, env: ctx.env, cwd: matrix.root });
  if (!resolved.ok) throw new SlipwayError(resolved.errors, resolved.errors.some((e) => e.code === "usage") ? 2 : 1);
  return { matrix, components, version: resolved.value.version, tag: resolved.value.tag, out: path8.resolve(ctx.cwd, o.out) };
}
var shown = (ctx, p) => {
  let rel = relativePosix(ctx.cwd, p);
  return rel.startsWith("..") || path8.isAbsolute(rel) ? p : rel;
};
async function msiGenerate(ctx, o) {
  let { matrix, components, version, out } = await prepare(ctx, o), sourcesRoot = o.sources ? path8.resolve(ctx.cwd, o.sources) : out, installers = [];
  for (let c of components) {
    let g = await planInstaller(matrix, c, version, sourcesRoot, out), m = g.model, sources = g.dir;
    o.dryRun || await writeSources(g, ALL_SOURCES), installers.push({
      ...productIdentity(m),
      kind: m.kind,
      files: m.files.length,
      shortcuts: m.shortcuts.length,
      sources: shown(ctx, sources),
      msi: shown(ctx, path8.join(out, m.msiName))
    });
  }
  let lines = installers.map((i) => `${o.dryRun ? "would generate" : "generated"} ${i.sources}/ (${i.component}.wxs, ${i.component}.wixl.wxs, ${i.component}.wixproj, build.cmd): ${i.productName} ${i.productVersion}, ${i.files} files, ${i.shortcuts} shortcuts, UpgradeCode ${i.upgradeCode}${i.upgradeCodeSource === "derived" ? " (derived: pin it as installer.upgradeCode before renaming the release or the component)" : ""}`);
  return { data: { dryRun: !!o.dryRun, installers }, text: lines.join(`
`), markdown: plannedMarkdown(installers), outputs: { msis: JSON.stringify(installers) }, exitCode: 0 };
}
async function msiBuild(ctx, o) {
  if (o.signing && wantsSigning(o.signing))
    try {
      checkSigningOptions(o.signing);
    } catch (e) {
      throw e instanceof SlipwayError ? new SlipwayError(e.diagnostics, 2) : e;
    }
  if (o.dryRun) {
    let planned = await msiGenerate(ctx, { ...o, sources: o.sources ?? path8.join(o.out, "msi-sources") }), toolchain = o.toolchain ?? defaultToolchain();
    return { ...planned, text: `${planned.text.replaceAll("would generate", "would generate and build")}
build with ${toolchain}${o.signing && wantsSigning(o.signing) ? ", then sign and verify" : ""}` };
  }
  let { matrix, components, version, tag, out } = await prepare(ctx, o), sources = path8.resolve(ctx.cwd, o.sources ?? path8.join(o.out, "msi-sources")), built = [], given = sourceDateEpoch(ctx.env), commitTime, sourceDate = async () => given ?? (commitTime ??= import("./source-revision-Z5Z2WIOR.js").then(({ sourceRevision }) => sourceRevision(matrix.root, ctx.env)).then(({ time }) => time === void 0 ? void 0 : new Date(time * 1e3)));
  for (let c of components) {
    let g = await planInstaller(matrix, c, version, sources, out);
    built.push(await buildInstaller(g, {
      ...o.toolchain ? { toolchain: o.toolchain } : {},
      ...o.acceptWixEula ? { acceptWixEula: o.acceptWixEula } : {},
      ...o.signing ? { signing: o.signing } : {},
      ...o.force ? { force: !0 } : {},
      sourceDate
    }));
  }
  await addToRelease(out, { name: matrix.release.name, version, ...tag ? { tag } : {} }, built.map((b) => ({
    file: path8.basename(b.path),
    kind: "installer",
    size: b.size,
    sha256: b.sha256,
    details: { component: b.component, productName: b.productName, productVersion: b.productVersion, upgradeCode: b.upgradeCode, productCode: b.productCode, signed: b.signed }
  })), { replace: built.some((b) => b.placement === "replaced") });
  let installers = built.map((b) => ({ ...b, path: shown(ctx, b.path) })), text = installers.map((b) => `${b.upToDate ? "up to date" : "built"} ${b.path}: ${b.productName} ${b.productVersion} (${b.version}), UpgradeCode ${b.upgradeCode}, ${b.tables.File} files, ${b.size} bytes, ${b.signed ? "signed, " : ""}sha256 ${b.sha256}`).concat(`listed in ${shown(ctx, path8.join(out, MANIFEST_FILE))} and ${CHECKSUMS_FILE}`).join(`
`), first = installers[0];
  return {
    data: { dryRun: !1, installers },
    text,
    markdown: builtMarkdown(installers),
    outputs: { msi: first.path, sha256: first.sha256, "product-version": first.productVersion, "upgrade-code": first.upgradeCode, msis: JSON.stringify(installers) },
    exitCode: 0
  };
}
function plannedMarkdown(list) {
  return `### Installers

${markdownTable(["Component", "Product", "Version", "ProductVersion", "UpgradeCode", "Files"], list.map((i) => [i.component, i.productName, i.version, i.productVersion, `\`${i.upgradeCode}\``, String(i.files)]))}
`;
}
function builtMarkdown(list) {
  let rows = list.map((b) => [`\`${path8.basename(b.path)}\``, b.productName, `${b.productVersion} (${b.version})`, `\`${b.upgradeCode}\``, humanSize(b.size), b.signed ? "yes" : "no", `\`${b.sha256.slice(0, 16)}\u2026\``]);
  return `### MSI installers

${markdownTable(["MSI", "Product", "Version", "UpgradeCode", "Size", "Signed", "sha256"], rows)}
`;
}
function humanSize(bytes) {
  return bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KiB` : `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
export {
  msiBuild,
  msiGenerate
};
