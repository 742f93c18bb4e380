import { Redactor } from '../util/redact.js';

/** The environment variables whose values may reach a registry (or GitHub) as credentials. */
export const REGISTRY_SECRET_VARIABLES = ['SLIPWAY_REGISTRY_PASSWORD', 'SLIPWAY_SOURCE_REGISTRY_PASSWORD', 'GITHUB_TOKEN'] as const;

/** A redactor that knows those secrets before any request is made. */
export function registryRedactor(env: NodeJS.ProcessEnv): Redactor {
  const r = new Redactor();
  for (const name of REGISTRY_SECRET_VARIABLES) r.add(env[name]);
  return r;
}
