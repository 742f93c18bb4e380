import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  usageError
} from "./chunk-BOOLIPAW.js";

// src/bundle/formats.ts
var BUNDLE_FORMATS = ["tar.gz", "zip"];
function parseBundleFormats(values) {
  let asked = values.flatMap((v) => v.split(/[\s,]+/)).filter(Boolean);
  for (let a of asked)
    if (!BUNDLE_FORMATS.includes(a)) throw usageError(`--format must be tar.gz, zip or tar.gz,zip, not "${a}"`);
  let chosen = BUNDLE_FORMATS.filter((f) => asked.includes(f));
  return chosen.length ? chosen : ["tar.gz"];
}
function inFormat(spec, format) {
  return { ...spec, format, file: `${spec.top}.${format}` };
}

export {
  parseBundleFormats,
  inFormat
};
