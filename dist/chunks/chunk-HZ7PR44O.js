import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);

// src/util/pool.ts
async function forEachBounded(items, limit, work) {
  let next = 0, failure, lane = async () => {
    for (; !failure && next < items.length; ) {
      let index = next++;
      try {
        await work(items[index], index);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  if (await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane)), failure) throw failure.error;
}

export {
  forEachBounded
};
