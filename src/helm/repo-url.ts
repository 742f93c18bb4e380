import path from 'node:path';

/**
 * Joins a repository URL and a package's relative path as Helm does: path elements are joined onto the URL's path
 * (a trailing slash or not gives the same result), and a query string stays at the end.
 */
export function joinRepoUrl(base: string, relative: string): string {
  if (!base) return relative;
  let url: URL | undefined;
  try {
    url = /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(base) ? new URL(base) : undefined;
  } catch {
    url = undefined;
  }
  if (!url) return path.posix.join(base, relative);
  url.pathname = path.posix.join(url.pathname || '/', relative);
  return url.toString();
}
