import { describe, expect, it } from 'vitest';
import { isSlipwayError } from '../../src/errors/diagnostic.js';
import { parseOciTarget } from '../../src/helm/chart-push.js';
import { releaseAnnotations } from '../../src/oci/annotations.js';
import { parseChallenge, readTokenResponse } from '../../src/oci/auth.js';
import { parseReference } from '../../src/oci/reference.js';
import { classifyRegistryFailure, registryError, retryAfterFromText } from '../../src/oci/registry-error.js';
import { Redactor } from '../../src/util/redact.js';

describe('registry edges', () => {
  it('parses a bearer challenge with quoted commas', () => {
    expect(parseChallenge('Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:acme/api:pull,push"')).toEqual({
      scheme: 'bearer',
      params: { realm: 'https://ghcr.io/token', service: 'ghcr.io', scope: 'repository:acme/api:pull,push' },
    });
    expect(parseChallenge('Basic realm="registry"')).toEqual({ scheme: 'basic', params: { realm: 'registry' } });
    expect(parseChallenge('Negotiate')).toBeUndefined();
  });

  it('reads token and access_token answers', () => {
    expect(readTokenResponse({ token: 'abc', expires_in: 300 })).toEqual({ token: 'abc', expiresInSeconds: 300 });
    expect(readTokenResponse({ access_token: 'xyz' })).toEqual({ token: 'xyz', expiresInSeconds: 60 });
    expect(readTokenResponse({})).toBeUndefined();
  });

  it("reads GHCR's wait from the error body, and treats a secondary rate limit as a wait", () => {
    expect(retryAfterFromText('toomanyrequests: retry-after: 1.5s, allowed: 44000/minute')).toBe(1500);
    expect(retryAfterFromText('retry-after: 326.45µs')).toBe(1);
    expect(retryAfterFromText('retry-after: 2m3s')).toBe(123_000);
    expect(retryAfterFromText('retry-after: 300ms, allowed: 44000/minute')).toBe(300);
    const secondary = registryError(403, 'You have exceeded a secondary rate limit. retry-after: 2s', 'push', null);
    expect(classifyRegistryFailure(secondary)).toEqual({ retry: true, afterMs: 2000 });
    expect(classifyRegistryFailure(registryError(403, '{"errors":[{"code":"DENIED","message":"permission_denied"}]}', 'push', null))).toEqual({ retry: false });
    expect(classifyRegistryFailure(registryError(429, '', 'push', '3'))).toEqual({ retry: true, afterMs: 3000 });
    expect(classifyRegistryFailure(registryError(404, '', 'push', null))).toEqual({ retry: false });
    expect(classifyRegistryFailure(Object.assign(new Error('socket'), { code: 'UND_ERR_SOCKET' }))).toEqual({ retry: true });
  });

  it('checks references and names the lowercase one GHCR needs', () => {
    expect(parseReference('docker://ghcr.io/acme/api:1.2.3')).toEqual({ registry: 'ghcr.io', repository: 'acme/api', tag: '1.2.3' });
    expect(parseReference('127.0.0.1:5000/a/b@sha256:' + 'a'.repeat(64))).toEqual({ registry: '127.0.0.1:5000', repository: 'a/b', digest: `sha256:${'a'.repeat(64)}` });
    expect(() => parseReference('ghcr.io/Acme/API:1.0.0')).toThrow('use ghcr.io/acme/api:1.0.0');
    expect(() => parseReference('acme/api')).toThrow('the registry is missing');
  });

  it('redacts secrets, their basic-auth form, bearer headers and URL credentials', () => {
    const r = new Redactor();
    r.addBasic('ci', 'hunter2-password');
    const basic = Buffer.from('ci:hunter2-password').toString('base64');
    expect(r.redact(`failed with hunter2-password and Basic ${basic}`)).toBe('failed with *** and Basic ***');
    expect(r.redact('Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.e30.sig')).toBe('Authorization: Bearer ***');
    expect(r.redact('GET https://ci:hunter2@ghcr.io/v2/?token=abcdef&x=1')).toBe('GET https://***@ghcr.io/v2/?token=***&x=1');
  });

  it('dates an image from SOURCE_DATE_EPOCH only, and refuses a value that is not seconds', () => {
    expect(releaseAnnotations({ version: '1.0.0' }, { SOURCE_DATE_EPOCH: '1767225600' })).toEqual({
      'org.opencontainers.image.version': '1.0.0',
      'org.opencontainers.image.created': '2026-01-01T00:00:00Z',
    });
    expect(releaseAnnotations({}, {})).toEqual({});
    let thrown: unknown;
    try {
      releaseAnnotations({}, { SOURCE_DATE_EPOCH: '2026-01-01' });
    } catch (e) {
      thrown = e;
    }
    expect(isSlipwayError(thrown) && thrown.diagnostics.map((d) => `${d.code}: ${d.message}`)).toEqual(['source-date: SOURCE_DATE_EPOCH is "2026-01-01", not a number of seconds since 1970']);
  });

  it('checks a chart target\'s namespace by the same rule as image repositories', () => {
    expect(parseOciTarget('oci://ghcr.io/acme/charts/')).toEqual({ registry: 'ghcr.io', namespace: 'acme/charts' });
    expect(parseOciTarget('oci://127.0.0.1:5000')).toEqual({ registry: '127.0.0.1:5000', namespace: '' });
    for (const bad of ['oci://ghcr.io/Acme/charts', 'oci://ghcr.io/acme//charts', 'oci://ghcr.io/acme/-charts']) {
      let thrown: unknown;
      try {
        parseOciTarget(bad);
      } catch (e) {
        thrown = e;
      }
      expect(isSlipwayError(thrown) && thrown.diagnostics[0]!.message, bad).toBe(`"${bad.slice('oci://ghcr.io/'.length)}" is not a valid repository namespace`);
    }
  });
});
