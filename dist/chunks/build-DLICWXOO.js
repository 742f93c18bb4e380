import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  buildBundle,
  buildBundles,
  bundleSpecs,
  previewBundle,
  renderBundleIndex
} from "./chunk-RSHZZAGX.js";
import "./chunk-JQSVNPZZ.js";
import "./chunk-LIL3453G.js";
import "./chunk-U53EGEPX.js";
import "./chunk-3MZS7FM4.js";
import "./chunk-G65CQNX2.js";
import "./chunk-ZOQLPXWR.js";
import "./chunk-BOOLIPAW.js";
import "./chunk-CY3FJDSN.js";
export {
  buildBundle,
  buildBundles,
  bundleSpecs,
  previewBundle,
  renderBundleIndex
};
