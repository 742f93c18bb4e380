import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);

// src/bundle/documents-model.ts
var MANIFEST_FILE = "manifest.yaml", BUNDLE_INDEX_FILE = "bundle.yaml";

export {
  MANIFEST_FILE,
  BUNDLE_INDEX_FILE
};
