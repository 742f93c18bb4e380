import { parseRetryAfter, type RetryDecision } from '../util/retry.js';
import { causeCodes } from '../errors/cause-codes.js';

/** An HTTP answer from a registry that is not the one we asked for. The message never carries credentials. */
export class RegistryError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly codes: string[],
    /** Milliseconds the registry asked us to wait (Retry-After, or the text of the error body). */
    readonly retryAfterMs?: number,
    readonly rateLimited = false,
  ) {
    super(message);
    this.name = 'RegistryError';
  }
}

/** A failure the client decided is worth a new attempt (a 401 on an expired token, a digest the registry garbled). */
export class RetryableError extends Error {
  override name = 'RetryableError';
}

/** The distribution spec's error body: `{"errors":[{"code":"BLOB_UNKNOWN","message":"..."}]}`. */
export function errorCodes(body: string): { codes: string[]; messages: string[] } {
  try {
    const parsed: unknown = JSON.parse(body);
    const errors = typeof parsed === 'object' && parsed !== null && Array.isArray((parsed as { errors?: unknown }).errors) ? (parsed as { errors: unknown[] }).errors : [];
    const codes: string[] = [];
    const messages: string[] = [];
    for (const e of errors) {
      if (typeof e !== 'object' || e === null) continue;
      const { code, message } = e as { code?: unknown; message?: unknown };
      if (typeof code === 'string') codes.push(code);
      if (typeof message === 'string') messages.push(message);
    }
    return { codes, messages };
  } catch {
    return { codes: [], messages: [] };
  }
}

/**
 * GHCR puts the wait in the body rather than in a header: `toomanyrequests: retry-after: 1.5s, allowed: 44000/minute`.
 * The value is a Go duration (`326.45µs`, `2m3s`).
 */
export function retryAfterFromText(text: string): number | undefined {
  const m = /retry[- ]after[:\s]+((?:\d+(?:\.\d+)?(?:h|ms|us|µs|ns|m|s))+|\d+(?:\.\d+)?)/i.exec(text);
  if (!m?.[1]) return undefined;
  if (/^\d+(?:\.\d+)?$/.test(m[1])) return Math.ceil(Number(m[1]) * 1000);
  const scale: Record<string, number> = { h: 3_600_000, m: 60_000, s: 1000, ms: 1, us: 0.001, µs: 0.001, ns: 0.000001 };
  let total = 0;
  for (const part of m[1].matchAll(/(\d+(?:\.\d+)?)(h|ms|m|s|us|µs|ns)/g)) total += Number(part[1]) * (scale[part[2]!] ?? 0);
  return Math.ceil(total);
}

export function registryError(status: number, body: string, what: string, retryAfterHeader: string | null | undefined): RegistryError {
  const { codes, messages } = errorCodes(body);
  const detail = messages.length ? messages.join('; ') : body.trim().slice(0, 200);
  // GitHub answers an abuse throttle with 403 "secondary rate limit": a wait, not a missing permission.
  const rateLimited = status === 429 || (status === 403 && /secondary rate limit|rate limit exceeded|toomanyrequests/i.test(body));
  const after = parseRetryAfter(retryAfterHeader) ?? (rateLimited ? retryAfterFromText(body) : undefined);
  const message = `${what}: HTTP ${status}${codes.length ? ` ${codes.join(', ')}` : ''}${detail ? `: ${detail}` : ''}`;
  return new RegistryError(message, status, codes, after, rateLimited);
}

const NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_REQ_CONTENT_LENGTH_MISMATCH',
]);

function networkCode(error: unknown): string | undefined {
  return causeCodes(error).find((code) => NETWORK_CODES.has(code));
}

/** Which failures deserve another attempt: throttles, server errors, dropped connections, timeouts. */
export function classifyRegistryFailure(error: unknown): RetryDecision {
  if (error instanceof RegistryError) {
    if (error.rateLimited) return { retry: true, ...(error.retryAfterMs !== undefined ? { afterMs: error.retryAfterMs } : {}) };
    if (error.status >= 500 || error.status === 408) return { retry: true, ...(error.retryAfterMs !== undefined ? { afterMs: error.retryAfterMs } : {}) };
    return { retry: false };
  }
  if (error instanceof RetryableError) return { retry: true };
  return { retry: networkCode(error) !== undefined };
}
