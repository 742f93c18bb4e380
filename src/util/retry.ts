/**
 * Bounded retries with exponential backoff and full jitter. A failure may say when to come back (Retry-After); that
 * wait is honoured, capped so that a hostile or broken server cannot park a release for hours.
 */
export interface RetryDecision {
  retry: boolean;
  /** Milliseconds the server asked us to wait, if it said. */
  afterMs?: number;
}

export interface RetryOptions {
  attempts?: number;
  baseMs?: number;
  maxMs?: number;
  /** Longest wait a server may ask for before we give up instead. */
  maxAfterMs?: number;
  classify: (error: unknown, attempt: number) => RetryDecision;
  onRetry?: (error: unknown, attempt: number, waitMs: number) => void;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export async function withRetry<T>(operation: (attempt: number) => Promise<T>, options: RetryOptions): Promise<T> {
  const attempts = options.attempts ?? 5;
  const base = options.baseMs ?? 250;
  const max = options.maxMs ?? 10_000;
  const maxAfter = options.maxAfterMs ?? 120_000;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const random = options.random ?? Math.random;
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation(attempt);
    } catch (error) {
      const decision = options.classify(error, attempt);
      if (!decision.retry || attempt >= attempts) throw error;
      if (decision.afterMs !== undefined && decision.afterMs > maxAfter) throw error;
      const backoff = Math.min(max, base * 2 ** (attempt - 1)) * random();
      const wait = Math.max(decision.afterMs ?? 0, backoff);
      options.onRetry?.(error, attempt, wait);
      await sleep(wait);
    }
  }
}

/** Retry-After is either delay-seconds or an HTTP date (RFC 9110, 10.2.3). */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
