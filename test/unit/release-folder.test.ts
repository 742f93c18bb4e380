import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatChecksums, parseChecksums } from '../../src/bundle/checksums.js';
import { addToRelease, describeArtifact } from '../../src/bundle/release-folder.js';
import { SlipwayError } from '../../src/errors/diagnostic.js';
import { sha256Hex } from '../../src/util/hash.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'slipway-release-folder-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let n = 0;
const folder = () => mkdtempSync(path.join(tmp, `r${++n}-`));
const release = { name: 'acme', version: '1.0.0', tag: 'v1.0.0' };

describe('addToRelease', () => {
  it('lists artifacts of any kind in manifest.yaml and SHA256SUMS, sorted, with manifest.yaml checksummed too', async () => {
    const dir = folder();
    writeFileSync(path.join(dir, 'b.msi'), 'installer');
    writeFileSync(path.join(dir, 'a-0.1.0.tgz'), 'chart');
    await addToRelease(dir, release, [await describeArtifact(dir, 'b.msi', 'installer', { details: { productCode: '{X}' } })]);
    await addToRelease(dir, release, [await describeArtifact(dir, 'a-0.1.0.tgz', 'chart')]);
    const manifest = readFileSync(path.join(dir, 'manifest.yaml'), 'utf8');
    expect(manifest).toBe(
      `# Slipway release manifest: every artifact with its sha256 (schema: release-manifest.schema.json).\nschemaVersion: 1\nrelease:\n  name: acme\n  version: 1.0.0\n  tag: v1.0.0\nartifacts:\n  - file: a-0.1.0.tgz\n    kind: chart\n    size: 5\n    sha256: ${sha256Hex('chart')}\n  - file: b.msi\n    kind: installer\n    size: 9\n    sha256: ${sha256Hex('installer')}\n    details:\n      productCode: "{X}"\n`,
    );
    expect(readFileSync(path.join(dir, 'SHA256SUMS'), 'utf8')).toBe(`${sha256Hex('chart')}  a-0.1.0.tgz\n${sha256Hex('installer')}  b.msi\n${sha256Hex(manifest)}  manifest.yaml\n`);
  });

  it('changes nothing for the same bytes, refuses other bytes unless replace', async () => {
    const dir = folder();
    writeFileSync(path.join(dir, 'x.tgz'), 'one');
    await addToRelease(dir, release, [await describeArtifact(dir, 'x.tgz', 'chart')]);
    const again = await addToRelease(dir, release, [await describeArtifact(dir, 'x.tgz', 'chart')]);
    expect(again.unchanged).toEqual(['x.tgz']);
    writeFileSync(path.join(dir, 'x.tgz'), 'two');
    const changed = await describeArtifact(dir, 'x.tgz', 'chart');
    await expect(addToRelease(dir, release, [changed])).rejects.toThrow(`x.tgz is already in the release with sha256 ${sha256Hex('one')}; the new one is ${sha256Hex('two')}`);
    const replaced = await addToRelease(dir, release, [changed], { replace: true });
    expect(replaced.replaced).toEqual(['x.tgz']);
  });

  it('serialises concurrent writers so that no artifact is lost', async () => {
    const dir = folder();
    const names = Array.from({ length: 12 }, (_, i) => `f${String(i).padStart(2, '0')}.bin`);
    for (const f of names) writeFileSync(path.join(dir, f), f);
    await Promise.all(names.map(async (f) => addToRelease(dir, release, [await describeArtifact(dir, f, 'file')])));
    expect(parseChecksums(readFileSync(path.join(dir, 'SHA256SUMS'), 'utf8'), 'SHA256SUMS').map((l) => l.name)).toEqual([...names, 'manifest.yaml']);
  });

  it('refuses another release in the same folder', async () => {
    const dir = folder();
    writeFileSync(path.join(dir, 'x'), 'x');
    await addToRelease(dir, release, [await describeArtifact(dir, 'x', 'file')]);
    await expect(addToRelease(dir, { name: 'acme', version: '2.0.0' }, [])).rejects.toBeInstanceOf(SlipwayError);
  });

  it('lists an artifact below the folder by its path, and refuses two that would be one release asset', async () => {
    const dir = folder();
    mkdirSync(path.join(dir, 'charts'));
    writeFileSync(path.join(dir, 'charts/gateway-0.3.0.tgz'), 'chart');
    writeFileSync(path.join(dir, 'gateway-0.3.0.tgz'), 'other');
    await addToRelease(dir, release, [await describeArtifact(dir, 'charts/gateway-0.3.0.tgz', 'chart')]);
    expect(readFileSync(path.join(dir, 'SHA256SUMS'), 'utf8')).toMatch(new RegExp(`^${sha256Hex('chart')}  charts/gateway-0\\.3\\.0\\.tgz\n`));
    await expect(addToRelease(dir, release, [await describeArtifact(dir, 'gateway-0.3.0.tgz', 'chart')])).rejects.toThrow(
      'gateway-0.3.0.tgz and charts/gateway-0.3.0.tgz would both be the release asset gateway-0.3.0.tgz',
    );
    for (const bad of ['../x.tgz', 'charts/../x.tgz', '/x.tgz', 'charts//x.tgz', 'charts\\x.tgz', 'charts/SHA256SUMS', 'charts/manifest.yaml', 'a\nb']) {
      await expect(addToRelease(dir, release, [{ file: bad, kind: 'chart', size: 0, sha256: sha256Hex('') }])).rejects.toThrow(`"${bad}" cannot be an artifact name of a release folder`);
    }
  });
});

describe('SHA256SUMS', () => {
  it('formats in coreutils text mode, sorted by bytes', () => {
    expect(formatChecksums([{ sha256: 'b'.repeat(64), name: 'b' }, { sha256: 'a'.repeat(64), name: 'B' }])).toBe(`${'a'.repeat(64)}  B\n${'b'.repeat(64)}  b\n`);
  });
  it('reads paths below the folder, refuses paths that leave it and malformed lines with their line number', () => {
    expect(parseChecksums(`${'a'.repeat(64)}  charts/gateway-0.3.0.tgz\n`, 'S')).toEqual([{ sha256: 'a'.repeat(64), name: 'charts/gateway-0.3.0.tgz', line: 1 }]);
    expect(() => parseChecksums(`${'a'.repeat(64)}  ok\n${'a'.repeat(64)}  ../etc/passwd\n`, 'S')).toThrow('"../etc/passwd" is not a file name of the release folder');
    for (const bad of ['/etc/passwd', 'charts/../../x', 'charts//x', 'charts\\x', './x']) {
      expect(() => parseChecksums(`${'a'.repeat(64)}  ${bad}\n`, 'S')).toThrow(`"${bad}" is not a file name of the release folder`);
    }
    try {
      parseChecksums('nonsense\n', 'S');
    } catch (e) {
      expect((e as SlipwayError).diagnostics[0]!.location).toEqual({ file: 'S', line: 1, col: 1 });
    }
  });
});
