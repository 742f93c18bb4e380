/**
 * Secrets never reach a log: every message built from a request, a response or an error goes through here. Tokens
 * are replaced wherever they appear (also URL-encoded), credentials in URLs (`https://user:token@host`) and
 * `Authorization` values are blanked even when the token itself is not known.
 */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) {
    if (!s || s.length < 4) continue;
    for (const form of new Set([s, encodeURIComponent(s), Buffer.from(s).toString('base64')])) out = out.split(form).join('***');
  }
  return out
    .replace(/(\w+:\/\/)[^/\s:@]+:[^/\s@]+@/g, '$1***@')
    .replace(/(authorization["']?\s*[:=]\s*["']?)(bearer |token |basic )?[^\s"',}]+/gi, '$1$2***')
    .replace(/([?&](?:access_token|token|sig|signature)=)[^&\s"']+/gi, '$1***');
}
