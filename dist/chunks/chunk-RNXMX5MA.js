import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);

// src/render/bytes.ts
function formatBytes(n) {
  if (n < 1024) return `${n} B`;
  let units = ["KiB", "MiB", "GiB", "TiB"], v = n, u = -1;
  do
    v /= 1024, u++;
  while (v >= 1024 && u < units.length - 1);
  return `${v.toFixed(1)} ${units[u]}`;
}

export {
  formatBytes
};
