import { describe, expect, it } from 'vitest';
import { redactSecrets as redact } from '../../src/util/redact.js';

describe('redact', () => {
  const token = 'ghs_abcdefghijklmnop1234';
  it('removes a token wherever it appears, plain, URL-encoded or base64', () => {
    expect(redact(`bad ${token} and ${encodeURIComponent(token)} and ${Buffer.from(token).toString('base64')}`, [token])).toBe('bad *** and *** and ***');
  });
  it('blanks credentials in URLs and Authorization values even without knowing the token', () => {
    expect(redact('https://x-access-token:s3cr3t@github.com/acme/platform.git', [])).toBe('https://***@github.com/acme/platform.git');
    expect(redact('{"authorization":"token other-secret"}', [])).toBe('{"authorization":"token ***"}');
    expect(redact('GET https://objects.example/asset?sig=abcdef&x=1', [])).toBe('GET https://objects.example/asset?sig=***&x=1');
  });
});
