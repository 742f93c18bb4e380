import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  Redactor
} from "./chunk-EXQP4SLB.js";

// src/oci/registry-secrets.ts
var REGISTRY_SECRET_VARIABLES = ["SLIPWAY_REGISTRY_PASSWORD", "SLIPWAY_SOURCE_REGISTRY_PASSWORD", "GITHUB_TOKEN"];
function registryRedactor(env) {
  let r = new Redactor();
  for (let name of REGISTRY_SECRET_VARIABLES) r.add(env[name]);
  return r;
}

export {
  REGISTRY_SECRET_VARIABLES,
  registryRedactor
};
