import { fail } from '../errors/diagnostic.js';

/** SOURCE_DATE_EPOCH when it is set; a value that is not a number of seconds stops the build rather than being ignored. */
export function sourceDateEpoch(env: NodeJS.ProcessEnv): Date | undefined {
  const value = env.SOURCE_DATE_EPOCH;
  if (value === undefined || value === '') return undefined;
  if (!/^\d+$/.test(value.trim())) fail('source-date', `SOURCE_DATE_EPOCH is "${value}", not a number of seconds since 1970`, { hint: 'for example SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)' });
  return new Date(Number(value.trim()) * 1000);
}
