import { sourceDateEpoch } from '../release/source-date-epoch.js';

/** The OCI pre-defined annotation keys Slipway writes on what it pushes. */
const ANNOTATION = {
  source: 'org.opencontainers.image.source',
  revision: 'org.opencontainers.image.revision',
  version: 'org.opencontainers.image.version',
  created: 'org.opencontainers.image.created',
  licenses: 'org.opencontainers.image.licenses',
  title: 'org.opencontainers.image.title',
} as const;

export interface AnnotationInputs {
  source?: string;
  revision?: string;
  version?: string;
  licenses?: string;
  title?: string;
  extra?: Record<string, string>;
}

/**
 * The annotations of a release. `created` comes only from SOURCE_DATE_EPOCH: a wall-clock time would change the
 * manifest's digest on every run, and re-running a release must push nothing new. The workflow's repository and
 * commit fill source and revision when not given.
 */
export function releaseAnnotations(inputs: AnnotationInputs, env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  const source = inputs.source ?? (env.GITHUB_REPOSITORY ? `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}` : undefined);
  const revision = inputs.revision ?? env.GITHUB_SHA;
  const created = sourceDateEpoch(env);
  if (source) out[ANNOTATION.source] = source;
  if (revision) out[ANNOTATION.revision] = revision;
  if (inputs.version) out[ANNOTATION.version] = inputs.version;
  if (created) out[ANNOTATION.created] = created.toISOString().replace(/\.000Z$/, 'Z');
  if (inputs.licenses) out[ANNOTATION.licenses] = inputs.licenses;
  if (inputs.title) out[ANNOTATION.title] = inputs.title;
  return { ...out, ...inputs.extra };
}
