import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  fail
} from "./chunk-BOOLIPAW.js";

// src/release/source-date-epoch.ts
function sourceDateEpoch(env) {
  let value = env.SOURCE_DATE_EPOCH;
  if (!(value === void 0 || value === ""))
    return /^\d+$/.test(value.trim()) || fail("source-date", `SOURCE_DATE_EPOCH is "${value}", not a number of seconds since 1970`, { hint: "for example SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)" }), new Date(Number(value.trim()) * 1e3);
}

export {
  sourceDateEpoch
};
