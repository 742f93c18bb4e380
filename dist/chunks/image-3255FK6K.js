import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  imagePromote,
  imagePush,
  imageTags,
  registryRedactor
} from "./chunk-XAERUP4X.js";
import "./chunk-HHRIXH7Q.js";
import "./chunk-EXQP4SLB.js";
import "./chunk-FWC4Y6K3.js";
import "./chunk-RNXMX5MA.js";
import "./chunk-JOJZGV5P.js";
import "./chunk-SPL353E6.js";
import "./chunk-UX674S34.js";
import "./chunk-T2LXPFR4.js";
import "./chunk-BOOLIPAW.js";
import "./chunk-CY3FJDSN.js";
export {
  imagePromote,
  imagePush,
  imageTags,
  registryRedactor
};
