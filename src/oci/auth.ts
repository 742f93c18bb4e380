/** Who we are to a registry: nobody, a username and password (or token), as GHCR takes a GITHUB_TOKEN. */
export interface Credentials {
  username: string;
  password: string;
}

export interface Challenge {
  scheme: 'basic' | 'bearer';
  params: Record<string, string>;
}

/**
 * Parses `WWW-Authenticate: Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:o/n:pull"`
 * (RFC 9110 auth-params: quoted strings may contain commas and escaped quotes).
 */
export function parseChallenge(header: string | null | undefined): Challenge | undefined {
  if (!header) return undefined;
  const m = /^\s*(\w+)\s*(.*)$/s.exec(header);
  if (!m) return undefined;
  const scheme = m[1]!.toLowerCase();
  if (scheme !== 'basic' && scheme !== 'bearer') return undefined;
  const params: Record<string, string> = {};
  const re = /([\w-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))\s*,?\s*/g;
  for (const p of (m[2] ?? '').matchAll(re)) params[p[1]!.toLowerCase()] = p[2] !== undefined ? p[2].replace(/\\(.)/g, '$1') : (p[3] ?? '');
  return { scheme, params };
}

/** `repository:NAME:pull,push`: what a token must allow. */
export function repositoryScope(repository: string, actions: ('pull' | 'push')[]): string {
  return `repository:${repository}:${actions.join(',')}`;
}

/**
 * One scope list out of several: the actions asked for each repository joined (`repository:a:pull` and
 * `repository:a:push` give `repository:a:pull,push`), other scopes kept once, in a stable order, so that the requests
 * of one command can share a token.
 */
export function mergeScopes(scopes: readonly string[]): string[] {
  const repositories = new Map<string, Set<string>>();
  const others = new Set<string>();
  for (const scope of scopes) {
    const m = /^repository:(.+):([a-z*,]+)$/.exec(scope);
    if (!m) {
      others.add(scope);
      continue;
    }
    const actions = repositories.get(m[1]!) ?? new Set<string>();
    for (const a of m[2]!.split(',')) if (a) actions.add(a);
    repositories.set(m[1]!, actions);
  }
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [
    ...[...repositories.entries()].sort(([a], [b]) => order(a, b)).map(([name, actions]) => `repository:${name}:${[...actions].sort(order).join(',')}`),
    ...[...others].sort(order),
  ];
}

export function basicHeader(c: Credentials): string {
  return `Basic ${Buffer.from(`${c.username}:${c.password}`).toString('base64')}`;
}

/** A token endpoint answers `{token}` (distribution) or `{access_token}` (OAuth2), and may say when it expires. */
export function readTokenResponse(body: unknown): { token: string; expiresInSeconds: number } | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { token, access_token: accessToken, expires_in: expiresIn } = body as Record<string, unknown>;
  const value = typeof token === 'string' && token ? token : typeof accessToken === 'string' && accessToken ? accessToken : undefined;
  if (!value) return undefined;
  // The token spec's default lifetime is 60 seconds when none is given.
  return { token: value, expiresInSeconds: typeof expiresIn === 'number' && expiresIn > 0 ? expiresIn : 60 };
}
