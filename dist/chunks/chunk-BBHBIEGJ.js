import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  fail
} from "./chunk-BOOLIPAW.js";

// src/oci/image-source.ts
function badImageSource(message, hint) {
  return fail("image-source", message, hint ? { hint } : {});
}
function parseManifest(bytes, what) {
  let parsed;
  try {
    parsed = JSON.parse(bytes.toString("utf8"));
  } catch {
    throw new Error(`${what} is not JSON`);
  }
  if (typeof parsed != "object" || parsed === null) throw new Error(`${what} is not a JSON object`);
  let o = parsed, descriptor = (d, where) => {
    let x = d;
    if (!x || typeof x.mediaType != "string" || typeof x.digest != "string" || !/^sha256:[a-f0-9]{64}$/.test(x.digest) || typeof x.size != "number")
      throw new Error(`${what}: ${where} is not a descriptor (mediaType, sha256 digest, size)`);
    let p = x.platform;
    return {
      mediaType: x.mediaType,
      digest: x.digest,
      size: x.size,
      ...x.annotations && typeof x.annotations == "object" ? { annotations: x.annotations } : {},
      ...p && typeof p.os == "string" && typeof p.architecture == "string" ? { platform: { os: p.os, architecture: p.architecture, ...typeof p.variant == "string" ? { variant: p.variant } : {} } } : {}
    };
  };
  return {
    ...typeof o.mediaType == "string" ? { mediaType: o.mediaType } : {},
    ...o.config !== void 0 ? { config: descriptor(o.config, "config") } : {},
    ...Array.isArray(o.layers) ? { layers: o.layers.map((l, i) => descriptor(l, `layers[${i}]`)) } : {},
    ...Array.isArray(o.manifests) ? { manifests: o.manifests.map((m, i) => descriptor(m, `manifests[${i}]`)) } : {},
    ...o.annotations && typeof o.annotations == "object" ? { annotations: o.annotations } : {}
  };
}

export {
  badImageSource,
  parseManifest
};
