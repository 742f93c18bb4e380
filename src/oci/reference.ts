import { SlipwayError } from '../errors/diagnostic.js';

/** An image in a registry: `registry/repository[:tag][@digest]`. */
export interface ImageReference {
  registry: string;
  repository: string;
  tag?: string;
  digest?: string;
}

const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;

/** A repository path: components of lowercase letters and digits with separators, joined by "/". */
export function isRepositoryPath(path: string): boolean {
  return path !== '' && path.split('/').every((c) => COMPONENT.test(c));
}

export function isValidTag(tag: string): boolean {
  return TAG.test(tag);
}

export function isDigest(text: string): boolean {
  return DIGEST.test(text);
}

/**
 * Parses a reference as skopeo's `docker://` transport writes it (the prefix is optional). The registry must be named:
 * a release that silently lands on Docker Hub is a surprise nobody wants. Repository names must be lowercase (GHCR and
 * the distribution spec refuse anything else); the error names the corrected reference.
 */
export function parseReference(text: string, what = 'image reference'): ImageReference {
  const raw = text.startsWith('docker://') ? text.slice('docker://'.length) : text;
  const bad = (message: string, hint?: string): never => {
    throw new SlipwayError({ code: 'image-reference', message: `${what} "${text}": ${message}`, ...(hint ? { hint } : {}) }, 2);
  };
  let rest = raw;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) bad(`"${digest}" is not a sha256 digest`, 'a digest is sha256: followed by 64 lowercase hex digits');
  }
  const slash = rest.indexOf('/');
  const first = slash < 0 ? '' : rest.slice(0, slash);
  if (slash < 0 || !(first.includes('.') || first.includes(':') || first === 'localhost')) {
    bad('the registry is missing', `name it in full, e.g. ghcr.io/OWNER/${rest.split(':')[0] || 'NAME'}`);
  }
  const registry = first.toLowerCase();
  let path = rest.slice(slash + 1);
  let tag: string | undefined;
  const colon = path.lastIndexOf(':');
  if (colon >= 0) {
    tag = path.slice(colon + 1);
    path = path.slice(0, colon);
    if (!TAG.test(tag)) bad(`"${tag}" is not a valid tag`, 'a tag is up to 128 letters, digits, "_", "." and "-", not starting with "." or "-"');
  }
  if (!isRepositoryPath(path)) {
    const lowered = path.toLowerCase();
    if (lowered !== path && isRepositoryPath(lowered)) {
      const corrected = `${registry}/${lowered}${tag ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`;
      bad('repository names must be lowercase', `use ${corrected}`);
    }
    bad(`"${path}" is not a valid repository name`, 'lowercase letters and digits, separated by ".", "_", "__", "-" or "/"');
  }
  return { registry, repository: path, ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) };
}

export function formatReference(ref: ImageReference): string {
  return `${ref.registry}/${ref.repository}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}
