import path from 'node:path';

/**
 * `to` relative to `from`, with forward slashes on every OS: how paths appear in plans, messages and annotations,
 * which workflow steps and people read on any runner. The folder itself is ".".
 */
export function relativePosix(from: string, to: string): string {
  return path.relative(from, to).split(path.sep).join('/') || '.';
}
