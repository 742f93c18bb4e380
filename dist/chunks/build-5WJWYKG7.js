import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  buildBundle,
  buildBundles,
  bundleSpecs,
  previewBundle
} from "./chunk-LMXS3X74.js";
import "./chunk-HZ7PR44O.js";
import "./chunk-LIL3453G.js";
import "./chunk-DQNMFZF5.js";
import "./chunk-NKC4IVJI.js";
import "./chunk-U53EGEPX.js";
import "./chunk-SPL353E6.js";
import "./chunk-ZOQLPXWR.js";
import "./chunk-BOOLIPAW.js";
import "./chunk-CY3FJDSN.js";
export {
  buildBundle,
  buildBundles,
  bundleSpecs,
  previewBundle
};
