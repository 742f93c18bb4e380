import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);

// src/util/relative-path.ts
import path from "node:path";
function relativePosix(from, to) {
  return path.relative(from, to).split(path.sep).join("/") || ".";
}

export {
  relativePosix
};
