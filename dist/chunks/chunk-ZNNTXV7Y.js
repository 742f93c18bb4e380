import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);

// src/util/relative-path.ts
import path from "node:path";
function relativePosix(from, to) {
  return path.relative(from, to).split(path.sep).join("/") || ".";
}
function relativePosixFrom(from) {
  let folders = /* @__PURE__ */ new Map();
  return (file) => {
    let parent = path.dirname(file), r = folders.get(parent);
    return r === void 0 && folders.set(parent, r = relativePosix(from, parent)), r === "." ? path.basename(file) : `${r}/${path.basename(file)}`;
  };
}

export {
  relativePosix,
  relativePosixFrom
};
