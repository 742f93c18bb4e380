import { describe, expect, it } from 'vitest';
import { toProductVersion } from '../../src/msi/product-version.js';

describe('SemVer to MSI ProductVersion', () => {
  it('keeps MAJOR.MINOR.PATCH of a release', () => {
    expect(toProductVersion('1.4.0')).toEqual({ ok: true, value: { productVersion: '1.4.0', semver: '1.4.0', prerelease: false } });
    expect(toProductVersion('255.255.65535')).toMatchObject({ ok: true, value: { productVersion: '255.255.65535' } });
    expect(toProductVersion('0.0.0')).toMatchObject({ ok: true, value: { productVersion: '0.0.0' } });
  });

  it('maps a prerelease to the version it precedes, so that rc -> final is an upgrade of the same ProductVersion', () => {
    expect(toProductVersion('1.5.0-rc.1')).toEqual({ ok: true, value: { productVersion: '1.5.0', semver: '1.5.0-rc.1', prerelease: true } });
    expect(toProductVersion('1.4.1-dev.3+g1a2b3c4')).toMatchObject({ ok: true, value: { productVersion: '1.4.1', prerelease: true } });
  });

  it('drops build metadata', () => {
    expect(toProductVersion('2.0.0+build.7')).toMatchObject({ ok: true, value: { productVersion: '2.0.0', prerelease: false } });
  });

  it('refuses a major or minor above 255 and a patch above 65535, naming the field', () => {
    const major = toProductVersion('256.0.0');
    expect(major.ok).toBe(false);
    if (!major.ok) {
      expect(major.errors[0]).toMatchObject({ code: 'msi-version', message: '256.0.0 cannot be an MSI ProductVersion: its major 256 is above 255' });
      expect(major.errors[0]!.hint).toContain('up to 255');
    }
    const minor = toProductVersion('1.300.0');
    expect(!minor.ok && minor.errors[0]!.message).toBe('1.300.0 cannot be an MSI ProductVersion: its minor 300 is above 255');
    const patch = toProductVersion('1.2.65536');
    expect(!patch.ok && patch.errors[0]!.message).toBe('1.2.65536 cannot be an MSI ProductVersion: its patch 65536 is above 65535');
  });

  it('refuses what is not SemVer', () => {
    const r = toProductVersion('1.4');
    expect(!r.ok && r.errors[0]!.code).toBe('bad-version');
  });
});
