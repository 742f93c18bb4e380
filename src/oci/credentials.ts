import { usageError } from '../errors/diagnostic.js';
import type { Credentials } from './auth.js';

/**
 * Credentials come from the environment only, never from arguments (which end up in shell histories and process
 * lists). SLIPWAY_REGISTRY_USERNAME/PASSWORD are for the destination registry; SLIPWAY_SOURCE_REGISTRY_USERNAME/PASSWORD
 * for a promotion's source on another registry. On ghcr.io a GITHUB_TOKEN is enough.
 */
export function registryCredentials(registry: string, env: NodeJS.ProcessEnv, role: 'target' | 'source'): Credentials | undefined {
  const prefix = role === 'source' ? 'SLIPWAY_SOURCE_REGISTRY' : 'SLIPWAY_REGISTRY';
  const username = env[`${prefix}_USERNAME`];
  const password = env[`${prefix}_PASSWORD`];
  if (password && !username) throw usageError(`${prefix}_PASSWORD is set without ${prefix}_USERNAME`);
  if (username && password) return { username, password };
  if (registry === 'ghcr.io' && env.GITHUB_TOKEN) return { username: env.GITHUB_ACTOR || 'x-access-token', password: env.GITHUB_TOKEN };
  return undefined;
}
