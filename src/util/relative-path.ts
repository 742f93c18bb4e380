import path from 'node:path';

/**
 * `to` relative to `from`, with forward slashes on every OS: how paths appear in plans, messages and annotations,
 * which workflow steps and people read on any runner. The folder itself is ".".
 */
export function relativePosix(from: string, to: string): string {
  return path.relative(from, to).split(path.sep).join('/') || '.';
}

/**
 * relativePosix for many files in a few folders, as an installer's payload is: each folder is worked out once, since
 * path.relative is not cheap and a payload may have thousands of files.
 */
export function relativePosixFrom(from: string): (file: string) => string {
  const folders = new Map<string, string>();
  return (file) => {
    const parent = path.dirname(file);
    let r = folders.get(parent);
    if (r === undefined) folders.set(parent, (r = relativePosix(from, parent)));
    return r === '.' ? path.basename(file) : `${r}/${path.basename(file)}`;
  };
}
