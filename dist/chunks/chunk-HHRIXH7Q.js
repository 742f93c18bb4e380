import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);

// src/util/retry.ts
async function withRetry(operation, options) {
  let attempts = options.attempts ?? 5, base = options.baseMs ?? 250, max = options.maxMs ?? 1e4, maxAfter = options.maxAfterMs ?? 12e4, sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))), random = options.random ?? Math.random;
  for (let attempt = 1; ; attempt++)
    try {
      return await operation(attempt);
    } catch (error) {
      let decision = options.classify(error, attempt);
      if (!decision.retry || attempt >= attempts || decision.afterMs !== void 0 && decision.afterMs > maxAfter) throw error;
      let backoff = Math.min(max, base * 2 ** (attempt - 1)) * random(), wait = Math.max(decision.afterMs ?? 0, backoff);
      options.onRetry?.(error, attempt, wait), await sleep(wait);
    }
}
function parseRetryAfter(value, now = Date.now()) {
  if (!value) return;
  let trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1e3;
  let date = Date.parse(trimmed);
  return Number.isNaN(date) ? void 0 : Math.max(0, date - now);
}

export {
  withRetry,
  parseRetryAfter
};
