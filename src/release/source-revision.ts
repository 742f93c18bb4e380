import { simpleGit } from 'simple-git';
import { fail } from '../errors/diagnostic.js';
import { sourceDateEpoch } from './source-date-epoch.js';

export interface SourceRevision {
  /** The commit the release is built from, when the sources are in git. */
  commit?: string;
  /** Its committer time, seconds since the epoch. */
  time?: number;
}

/** The commit of the sources: GITHUB_SHA in a workflow (the event's commit), else HEAD of the repository at `cwd`. */
export async function sourceRevision(cwd: string, env: NodeJS.ProcessEnv): Promise<SourceRevision> {
  try {
    const git = simpleGit({ baseDir: cwd });
    const out = await git.raw(['log', '-1', '--format=%H %ct', env.GITHUB_SHA && /^[0-9a-f]{40}$/.test(env.GITHUB_SHA) ? env.GITHUB_SHA : 'HEAD']);
    const [commit, time] = out.trim().split(' ');
    if (commit && time && /^\d+$/.test(time)) return { commit, time: Number(time) };
  } catch {
    // Not a repository, or git is missing: the caller decides whether that matters.
  }
  return env.GITHUB_SHA ? { commit: env.GITHUB_SHA } : {};
}

/**
 * The one time stamp every archive entry carries (reproducible-builds.org's SOURCE_DATE_EPOCH), else the commit
 * time of the sources. Without either there is no honest choice, so the build stops and says how to give one.
 */
export function sourceDate(env: NodeJS.ProcessEnv, revision: SourceRevision): Date {
  const given = sourceDateEpoch(env);
  if (given) return given;
  if (revision.time !== undefined) return new Date(revision.time * 1000);
  return fail('source-date', 'no time stamp for the archive entries: SOURCE_DATE_EPOCH is not set and the sources are not in a git repository with a commit', {
    hint: 'export SOURCE_DATE_EPOCH=$(date +%s) (or the time of your sources) to build reproducibly',
  });
}
