import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  sourceDate,
  sourceRevision
} from "./chunk-RBVZJQFP.js";
import "./chunk-FWC4Y6K3.js";
import "./chunk-BOOLIPAW.js";
import "./chunk-CY3FJDSN.js";
export {
  sourceDate,
  sourceRevision
};
