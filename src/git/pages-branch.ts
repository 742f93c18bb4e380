import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { simpleGit, type SimpleGit } from 'simple-git';
import { SlipwayError } from '../errors/diagnostic.js';
import { Redactor } from '../util/redact.js';
import { withRetry } from '../util/retry.js';

/**
 * Updates a branch of a remote (a GitHub Pages branch) safely when several jobs publish at once: fetch the branch as
 * it is now (or start it as an orphan when it does not exist), let the caller change files in that fresh checkout,
 * commit, push without force. When the push is refused because someone else pushed first, fetch again, redo the
 * change on top of their commit and push again, a bounded number of times. No change means no commit.
 */
export interface PagesRemote {
  /** A URL or a path git understands. */
  url: string;
  branch: string;
  /** An HTTPS token (e.g. GITHUB_TOKEN): sent as a header, never put in the URL or in messages. */
  token?: string;
  author?: { name: string; email: string };
}

export interface BranchUpdate {
  message: string;
  /** Changes files under `worktree`; returns false when there is nothing to do. */
  apply: (worktree: string) => Promise<boolean>;
}

export interface BranchResult {
  /** The commit pushed, or undefined when nothing changed. */
  commit?: string;
  /** The branch did not exist and was created. */
  created: boolean;
  attempts: number;
}

const DEFAULT_AUTHOR = { name: 'slipway', email: 'slipway@users.noreply.github.com' };
const REJECTED = /\[rejected\]|non-fast-forward|fetch first|failed to push some refs|cannot lock ref|failed to update ref|remote rejected|incorrect old value|stale info/i;

const PASSED_ENV = ['PATH', 'HOME', 'USER', 'LANG', 'LC_ALL', 'TMPDIR', 'SYSTEMROOT', 'HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY', 'http_proxy', 'https_proxy', 'no_proxy', 'GIT_SSL_CAINFO', 'SSL_CERT_FILE'];

export class PushRejected extends Error {}

/** The token is masked in anything shown: as itself, and as the base64 Basic pair it travels in. */
export function redact(text: string, token: string | undefined): string {
  if (!token) return text;
  const redactor = new Redactor();
  redactor.addBasic('x-access-token', token);
  return redactor.redact(text);
}

function gitFor(dir: string, remote: PagesRemote): SimpleGit {
  const config = remote.token ? [`http.extraHeader=AUTHORIZATION: basic ${Buffer.from(`x-access-token:${remote.token}`).toString('base64')}`] : [];
  // A small, known environment: never a prompt for credentials (a job would hang), nothing that changes what git runs.
  const env: Record<string, string> = { GIT_TERMINAL_PROMPT: '0' };
  for (const key of PASSED_ENV) if (process.env[key] !== undefined) env[key] = process.env[key]!;
  return simpleGit({ baseDir: dir, config }).env(env);
}

export async function updateBranch(
  remote: PagesRemote,
  update: BranchUpdate,
  options: { attempts?: number; onRetry?: (attempt: number, waitMs: number) => void; sleep?: (ms: number) => Promise<void> } = {},
): Promise<BranchResult> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'slipway-pages-'));
  const author = remote.author ?? DEFAULT_AUTHOR;
  let attempts = 0;
  try {
    const git = gitFor(dir, remote);
    await git.init();
    await git.addRemote('origin', remote.url);
    return await withRetry(
      async () => {
        attempts++;
        const exists = await fetchBranch(git, remote.branch);
        if (exists) await git.raw(['checkout', '-q', '-B', remote.branch, `refs/remotes/origin/${remote.branch}`]);
        else {
          await git.raw(['checkout', '-q', '--orphan', `slipway-new-${attempts}`]);
          await git.raw(['rm', '-rfq', '--ignore-unmatch', '.']);
          await git.raw(['clean', '-fdxq']);
        }
        await git.raw(['reset', '-q', '--hard']).catch(() => undefined);
        await git.raw(['clean', '-fdxq']);
        const changed = await update.apply(dir);
        await git.raw(['add', '-A']);
        const status = await git.raw(['status', '--porcelain']);
        if (!changed || status.trim() === '') return { created: false, attempts };
        await git.raw(['-c', `user.name=${author.name}`, '-c', `user.email=${author.email}`, 'commit', '-q', '--no-verify', '-m', update.message]);
        const commit = (await git.raw(['rev-parse', 'HEAD'])).trim();
        try {
          await git.raw(['push', '--porcelain', 'origin', `HEAD:refs/heads/${remote.branch}`]);
        } catch (e) {
          const text = e instanceof Error ? e.message : String(e);
          if (REJECTED.test(text)) throw new PushRejected(redact(text, remote.token));
          throw e;
        }
        return { commit, created: !exists, attempts };
      },
      {
        attempts: options.attempts ?? 8,
        baseMs: 200,
        maxMs: 3000,
        classify: (e) => ({ retry: e instanceof PushRejected }),
        ...(options.onRetry ? { onRetry: (_e: unknown, attempt: number, wait: number) => options.onRetry!(attempt, wait) } : {}),
        ...(options.sleep ? { sleep: options.sleep } : {}),
      },
    );
  } catch (e) {
    if (e instanceof SlipwayError) throw e;
    const text = redact(e instanceof Error ? e.message : String(e), remote.token).trim().split('\n').filter(Boolean).slice(-3).join(' / ');
    const rejected = e instanceof PushRejected;
    throw new SlipwayError({
      code: rejected ? 'pages-push-rejected' : 'pages-git',
      message: rejected
        ? `could not push ${remote.branch} after ${attempts} attempts: others kept pushing first (${text})`
        : `git failed while updating ${remote.branch} of ${redact(remote.url, remote.token)}: ${text}`,
      hint: rejected ? 'run the publish again; use a concurrency group so releases of the same repository queue' : 'check the remote URL, that the branch may be pushed to, and the token',
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Fetches the branch's tip; false when the remote has no such branch yet. */
async function fetchBranch(git: SimpleGit, branch: string): Promise<boolean> {
  const heads = await git.raw(['ls-remote', '--heads', 'origin', `refs/heads/${branch}`]);
  if (heads.trim() === '') return false;
  await git.raw(['fetch', '-q', '--depth=1', '--no-tags', 'origin', `+refs/heads/${branch}:refs/remotes/origin/${branch}`]);
  return true;
}

/** Reads one file of the branch as it is on the remote now, without a working tree; undefined when absent. */
export async function readBranchFile(remote: PagesRemote, file: string): Promise<{ text?: string; exists: boolean }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'slipway-pages-read-'));
  try {
    const git = gitFor(dir, remote);
    await git.init();
    await git.addRemote('origin', remote.url);
    if (!(await fetchBranch(git, remote.branch))) return { exists: false };
    try {
      return { exists: true, text: await git.raw(['show', `refs/remotes/origin/${remote.branch}:${file}`]) };
    } catch {
      return { exists: true };
    }
  } catch (e) {
    const text = redact(e instanceof Error ? e.message : String(e), remote.token).trim().split('\n').filter(Boolean).slice(-2).join(' / ');
    throw new SlipwayError({ code: 'pages-git', message: `could not read ${remote.branch} of ${redact(remote.url, remote.token)}: ${text}`, hint: 'check the remote URL and the token' });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
