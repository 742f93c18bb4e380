import { usageError } from '../errors/diagnostic.js';
import type { BundleFormat, BundleSpec } from './build.js';

const BUNDLE_FORMATS: readonly BundleFormat[] = ['tar.gz', 'zip'];

/**
 * `tar.gz`, `zip`, or both (`tar.gz,zip`, in any order, commas or spaces): the archive formats to build. Both come in
 * one fixed order whatever the order asked, so the plan and the outputs do not depend on how it was written.
 */
export function parseBundleFormats(values: readonly string[]): BundleFormat[] {
  const asked = values.flatMap((v) => v.split(/[\s,]+/)).filter(Boolean);
  for (const a of asked) {
    if (!(BUNDLE_FORMATS as readonly string[]).includes(a)) throw usageError(`--format must be tar.gz, zip or tar.gz,zip, not "${a}"`);
  }
  const chosen = BUNDLE_FORMATS.filter((f) => asked.includes(f));
  return chosen.length ? chosen : ['tar.gz'];
}

/** The spec of a bundle in one format: same sources, top folder and index; the file name says the format. */
export function inFormat(spec: BundleSpec, format: BundleFormat): BundleSpec {
  return { ...spec, format, file: `${spec.top}.${format}` };
}
