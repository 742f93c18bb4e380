import { SlipwayError } from '../errors/diagnostic.js';
import type { Redactor } from '../util/redact.js';
import { RegistryError } from './registry-error.js';
import { causeCodes } from '../errors/cause-codes.js';

/**
 * Registry and network failures are the outside world answering "no", not bugs: they become one-line diagnostics
 * with a hint, and their text is scrubbed of every credential once more on the way out.
 */
export function registryDiagnostic(error: unknown, redactor: Redactor): unknown {
  if (error instanceof SlipwayError) return error;
  if (!(error instanceof Error)) return error;
  const code = errorCode(error);
  let message = redactor.redact(error.message);
  if (code && !message.includes(code)) message += ` (${code})`;
  let hint: string | undefined;
  if (error instanceof RegistryError) {
    if (error.status === 401) hint = 'set SLIPWAY_REGISTRY_USERNAME and SLIPWAY_REGISTRY_PASSWORD (on ghcr.io, GITHUB_TOKEN is enough)';
    else if (error.status === 403 && !error.rateLimited) hint = 'the credentials lack permission: on ghcr.io the workflow needs "permissions: packages: write"';
    else if (error.rateLimited) hint = 'the registry kept throttling; run again later';
  } else if (code && /CERT|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code)) {
    hint = "the registry's certificate is not trusted: add its CA with NODE_EXTRA_CA_CERTS, or pass --insecure";
  } else if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    hint = 'is the registry name right, and is it running?';
  }
  return new SlipwayError({ code: 'registry', message, ...(hint ? { hint } : {}) });
}

function errorCode(error: unknown): string | undefined {
  return causeCodes(error)[0];
}
