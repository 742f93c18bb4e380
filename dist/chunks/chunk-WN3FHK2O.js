import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);

// src/bundle/bundle-entry.ts
function pathInBundle(name, entryPath, top, findings) {
  let p = entryPath.replace(/\/$/, "");
  if (p === top) return "";
  if (p.startsWith(`${top}/`)) return p.slice(top.length + 1);
  findings.push({ code: "verify-bundle-layout", message: `${name}: "${entryPath}" is outside the bundle's top folder ${top}/` });
}

export {
  pathInBundle
};
