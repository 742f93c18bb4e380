/**
 * Credentials must never reach a log, an error message or a job summary. A Redactor knows the secrets of a run and
 * scrubs them (and the forms they travel in: basic-auth pairs in base64, user:password in URLs) from any text.
 */
const MASK = '***';

export class Redactor {
  private readonly secrets = new Set<string>();

  add(secret: string | undefined): void {
    // Very short values would blank out ordinary words; no service issues credentials that short.
    if (!secret || secret.length < 4) return;
    this.secrets.add(secret);
    this.secrets.add(encodeURIComponent(secret));
    this.secrets.add(Buffer.from(secret).toString('base64'));
  }

  /** A username and password also travel as base64("user:password") in a Basic header. */
  addBasic(username: string, password: string): void {
    this.add(password);
    this.add(Buffer.from(`${username}:${password}`).toString('base64'));
  }

  redact(text: string): string {
    let out = redactUrlCredentials(text);
    // Longest first, so that a secret containing another is masked whole.
    for (const s of [...this.secrets].sort((a, b) => b.length - a.length)) out = out.split(s).join(MASK);
    return out
      .replace(/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/g, `$1 ${MASK}`)
      // GitHub's own form, `Authorization: token ...`, in headers and in JSON dumps of requests.
      .replace(/(authorization["']?\s*[:=]\s*["']?token\s+)[^\s"',}]+/gi, `$1${MASK}`);
  }
}

/** Masks the given secrets (and the forms they travel in) and any credentials visible in the text itself. */
export function redactSecrets(text: string, secrets: readonly (string | undefined)[]): string {
  const redactor = new Redactor();
  for (const s of secrets) redactor.add(s);
  return redactor.redact(text);
}

/** `https://user:secret@host/x` -> `https://***@host/x`, and signed query strings (token=, signature=, ...) masked. */
export function redactUrlCredentials(text: string): string {
  return text
    .replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^/\s:@]+(?::[^/\s@]*)?@/gi, `$1${MASK}@`)
    .replace(/([?&](?:access_token|token|password|signature|sig|x-amz-signature|x-amz-credential|x-amz-security-token)=)[^&\s"']+/gi, `$1${MASK}`);
}
