import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import { SlipwayError } from '../errors/diagnostic.js';
import { parseRetryAfter, withRetry, type RetryDecision } from '../util/retry.js';
import { redactSecrets as redact } from '../util/redact.js';

export interface Repository {
  owner: string;
  repo: string;
}

export interface ClientOptions {
  /** Empty for anonymous reading of public repositories. */
  token: string;
  /** GITHUB_API_URL on a runner; https://api.github.com by default. */
  baseUrl?: string;
  /**
   * Space content-creating requests as GitHub's best practices ask (one at a time, a second apart), which keeps
   * a release clear of secondary rate limits. Off only against a local server.
   */
  pacing?: boolean;
  retry?: { attempts?: number; baseMs?: number; maxMs?: number; sleep?: (ms: number) => Promise<void> };
  /** Told about each retry, already redacted. */
  log?: (message: string) => void;
  userAgent?: string;
}

export interface GitHubClient {
  octokit: InstanceType<typeof Octokit>;
  /** Removes the token (and any credential) from a text before it is shown. */
  redact(text: string): string;
  /** Retry rules shared by requests that go around octokit's request hook (streamed uploads and downloads). */
  classify(error: unknown): RetryDecision;
  retryOptions: Required<Pick<NonNullable<ClientOptions['retry']>, 'attempts' | 'baseMs' | 'maxMs'>> & { sleep?: (ms: number) => Promise<void> };
  log(message: string): void;
}

const ThrottledOctokit = Octokit.plugin(throttling);

/** Requests that carry a body which cannot be sent twice (a stream) opt out of the automatic retry. */
export const NO_RETRY = { slipwayNoRetry: true } as const;

/** OWNER/NAME, as GitHub spells a repository; undefined for anything else. */
export function parseRepository(text: string | undefined): Repository | undefined {
  const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(text ?? '');
  return m ? { owner: m[1]!, repo: m[2]! } : undefined;
}

/** The token for GitHub, from the environment only (a flag would end up in logs): Slipway's own name, then the workflow's, then gh's. */
export function githubToken(env: NodeJS.ProcessEnv): string | undefined {
  return env.SLIPWAY_GITHUB_TOKEN || env.GITHUB_TOKEN || env.GH_TOKEN || undefined;
}

/**
 * An octokit for release work. Every request is retried, with backoff and full jitter, on 5xx, 429, secondary rate
 * limits and dropped connections, honouring Retry-After (src/util/retry.ts); the throttling plugin paces writes.
 */
export function createGitHubClient(options: ClientOptions): GitHubClient {
  const secrets = [options.token];
  const log = (m: string) => options.log?.(redact(m, secrets));
  const retryOptions = { attempts: options.retry?.attempts ?? 6, baseMs: options.retry?.baseMs ?? 500, maxMs: options.retry?.maxMs ?? 30_000, ...(options.retry?.sleep ? { sleep: options.retry.sleep } : {}) };
  const octokit = new ThrottledOctokit({
    ...(options.token ? { auth: options.token } : {}),
    baseUrl: (options.baseUrl ?? 'https://api.github.com').replace(/\/$/, ''),
    userAgent: options.userAgent ?? 'slipway',
    log: { debug: () => {}, info: () => {}, warn: (m: string) => log(m), error: (m: string) => log(m) },
    throttle: {
      enabled: options.pacing ?? true,
      // Our own retry (below) handles every limit, with its bounds; the plugin only paces.
      onRateLimit: () => false,
      onSecondaryRateLimit: () => false,
    },
  });
  const classify = (error: unknown): RetryDecision => classifyGitHubError(error);
  octokit.hook.wrap('request', async (request, requestOptions) => {
    if ((requestOptions.request as Record<string, unknown> | undefined)?.slipwayNoRetry) return request(requestOptions);
    return withRetry(async () => request(requestOptions), {
      ...retryOptions,
      classify,
      onRetry: (e, attempt, wait) => log(`${requestOptions.method} ${String(requestOptions.url)}: ${describe(e)}; attempt ${attempt + 1} in ${Math.round(wait)} ms`),
    });
  });
  return { octokit, redact: (t) => redact(t, secrets), classify, retryOptions, log };
}

interface HttpishError {
  status?: number;
  message?: string;
  code?: string;
  response?: { headers?: Record<string, string | undefined>; data?: unknown };
  cause?: unknown;
}

export function classifyGitHubError(error: unknown): RetryDecision {
  const e = error as HttpishError;
  const headers = e.response?.headers ?? {};
  const after = parseRetryAfter(headers['retry-after']);
  if (typeof e.status !== 'number' || e.status >= 500) return { retry: true, ...(after !== undefined ? { afterMs: after } : {}) };
  if (e.status === 429) return { retry: true, ...(after !== undefined ? { afterMs: after } : {}) };
  if (e.status === 403) {
    if (/secondary rate limit/i.test(e.message ?? '')) return { retry: true, afterMs: after ?? 60_000 };
    if (headers['x-ratelimit-remaining'] === '0' && headers['x-ratelimit-reset']) {
      return { retry: true, afterMs: Math.max(0, Number(headers['x-ratelimit-reset']) * 1000 - Date.now()) + 1000 };
    }
  }
  return { retry: false };
}

function describe(e: unknown): string {
  const x = e as HttpishError;
  return x.status ? `HTTP ${x.status}` : (x.code ?? x.message ?? String(e));
}

/** An octokit failure as a value a person can act on, with the token and credentials taken out. */
export function gitHubFailure(client: GitHubClient, doing: string, error: unknown): SlipwayError {
  if (error instanceof SlipwayError) return error;
  const e = error as HttpishError;
  const status = typeof e.status === 'number' ? e.status : undefined;
  const detail = client.redact(String(e.message ?? error).split('\n')[0] ?? '');
  const hint =
    status === 401 ? 'the token is missing, expired or wrong'
    : status === 403 ? 'the token needs contents: write on the repository (permissions: contents: write in the workflow)'
    : status === 404 ? 'check the repository name, and that the token can see it'
    : undefined;
  return new SlipwayError({ code: 'github', message: `${doing}: ${status ? `HTTP ${status}: ` : ''}${detail}`, ...(hint ? { hint } : {}) });
}
