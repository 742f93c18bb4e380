import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { list } from 'tar';
import { afterAll, describe, expect, it } from 'vitest';
import { isSlipwayError, type SlipwayError } from '../../src/errors/diagnostic.js';
import { loadChart } from '../../src/helm/chart-load.js';
import { lintChart } from '../../src/helm/chart-lint.js';
import { packageChart } from '../../src/helm/chart-package.js';
import { HelmIgnore } from '../../src/helm/helmignore.js';
import { isChartVersion, isStrictSemver } from '../../src/helm/chart-version.js';
import { EXAMPLE } from '../helpers/example.js';
import { helmFixture } from '../helpers/helm-fixtures.js';
import { writeRawTarGz } from '../helpers/hostile-tar.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'slipway-helm-chart-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function failure(p: Promise<unknown>): Promise<SlipwayError> {
  try {
    await p;
  } catch (e) {
    if (isSlipwayError(e)) return e;
    throw e;
  }
  throw new Error('expected a failure');
}

function craftArchive(name: string, entries: { path: string; body?: string; type?: 'File' | 'Directory' }[]): string {
  const file = path.join(tmp, name);
  writeRawTarGz(file, entries.map((e) => ({ ...e, type: e.type ?? 'File' })));
  return file;
}

const CHART_YAML = 'apiVersion: v2\nname: evil\nversion: 1.0.0\n';

describe('chart archives from Helm test data', () => {
  it.each([
    ['pkg/repo/v1/testdata/repository/frobnitz-1.2.3.tgz', 'frobnitz', '1.2.3'],
    ['pkg/repo/v1/testdata/repository/sprocket-1.1.0.tgz', 'sprocket', '1.1.0'],
    ['pkg/repo/v1/testdata/repository/sprocket-1.2.0.tgz', 'sprocket', '1.2.0'],
    ['pkg/repo/v1/testdata/repository/universe/zarthal-1.0.0.tgz', 'zarthal', '1.0.0'],
    ['pkg/cmd/testdata/testcharts/compressedchart-0.1.0.tgz', 'compressedchart', '0.1.0'],
    ['pkg/cmd/testdata/testcharts/compressedchart-0.2.0.tgz', 'compressedchart', '0.2.0'],
    ['pkg/cmd/testdata/testcharts/compressedchart-0.3.0.tgz', 'compressedchart', '0.3.0'],
    ['pkg/cmd/testdata/testcharts/compressedchart-0.1.0.tar.gz', 'compressedchart', '0.1.0'],
    ['pkg/cmd/testdata/testcharts/compressedchart-with-hyphens-0.1.0.tgz', 'compressedchart-with-hyphens', '0.1.0'],
    ['pkg/cmd/testdata/testcharts/pre-release-chart-0.1.0-alpha.tgz', 'pre-release-chart', '0.1.0-alpha'],
    ['pkg/cmd/testdata/testcharts/reqtest-0.1.0.tgz', 'reqtest', '0.1.0'],
    ['pkg/cmd/testdata/testcharts/signtest-0.1.0.tgz', 'signtest', '0.1.0'],
    ['pkg/cmd/testdata/testcharts/oci-dependent-chart-0.1.0.tgz', 'oci-dependent-chart', '0.1.0'],
    ['pkg/cmd/testdata/testcharts/test-0.1.0.tgz', 'test', '0.1.0'],
    ['pkg/cmd/testdata/testcharts/test1-0.1.0.tgz', 'test1', '0.1.0'],
    ['pkg/action/testdata/charts/chart-with-compressed-dependencies-2.1.8.tgz', 'chart-with-compressed-dependencies', '2.1.8'],
    ['pkg/action/testdata/charts/chart-with-uncompressed-dependencies-2.1.8.tgz', 'chart-with-uncompressed-dependencies', '2.1.8'],
    ['pkg/chart/v2/loader/testdata/frobnitz-1.2.3.tgz', 'frobnitz', '1.2.3'],
    ['pkg/chart/v2/loader/testdata/frobnitz.v1.tgz', 'frobnitz', '1.2.3'],
    ['pkg/chart/v2/loader/testdata/frobnitz_backslash-1.2.3.tgz', 'frobnitz_backslash', '1.2.3'],
    ['pkg/chart/v2/loader/testdata/frobnitz_with_bom.tgz', 'frobnitz', '1.2.3'],
    ['pkg/provenance/testdata/hashtest-1.2.3.tgz', 'hashtest', '1.2.3'],
    ['pkg/repo/v1/repotest/testdata/examplechart-0.1.0.tgz', 'examplechart', '0.1.0'],
    ['chart-releaser/pkg/releaser/testdata/release-packages/test-chart-0.1.0.tgz', 'test-chart', '0.1.0'],
  ])('%s loads as %s %s', async (p, name, version) => {
    const chart = await loadChart(helmFixture(p), p);
    expect(chart.metadata).toMatchObject({ name, version });
    expect(chart.digest!.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('a chart without apiVersion is read as v1, as Helm 2 charts are', async () => {
    const chart = await loadChart(helmFixture('pkg/cmd/testdata/testcharts/pre-release-chart-0.1.0-alpha.tgz'));
    expect(chart.metadata.apiVersion).toBe('v1');
  });

  it('v1 charts get their dependencies from requirements.yaml', async () => {
    const chart = await loadChart(helmFixture('pkg/chart/v2/loader/testdata/frobnitz.v1.tgz'));
    expect((chart.metadata.dependencies as { name: string }[]).map((d) => d.name)).toEqual(['alpine', 'mariner']);
  });

  it('the digest is the sha256 of the file (what sha256sum prints)', async () => {
    const chart = await loadChart(helmFixture('pkg/repo/v1/testdata/repository/sprocket-1.1.0.tgz'));
    const { createHash } = await import('node:crypto');
    expect(chart.digest!.sha256).toBe(createHash('sha256').update(readFileSync(helmFixture('pkg/repo/v1/testdata/repository/sprocket-1.1.0.tgz'))).digest('hex'));
  });

  it('refuses the corrupt ones, with Helm-like messages', async () => {
    const zero = 'pkg/action/testdata/charts/corrupted-compressed-chart.tgz';
    expect((await failure(loadChart(helmFixture(zero), zero))).message).toBe(
      `${zero}:1:1: file '${zero}' does not appear to be a gzipped archive (hint: a chart archive is a .tgz made by \`slipway chart package\` or \`helm package\`)`,
    );
    const device = 'pkg/getter/testdata/empty-0.0.1.tgz';
    expect((await failure(loadChart(helmFixture(device), device))).message).toBe(`${device}:1:1: Chart.yaml file is missing (hint: the archive holds no chart)`);
    const values = 'pkg/chart/v2/lint/rules/testdata/goodone/values.yaml';
    expect((await failure(loadChart(helmFixture(values), values))).message).toBe(`${values}:1:1: file '${values}' seems to be a YAML file, but expected a gzipped archive`);
  });
});

describe('hostile archives are refused before anything is trusted', () => {
  it.each([
    ['traversal', [{ path: 'evil/Chart.yaml', body: CHART_YAML }, { path: 'evil/../../etc/cron.d/x', body: 'x' }], 'chart illegally references parent directory'],
    ['absolute path', [{ path: 'evil/Chart.yaml', body: CHART_YAML }, { path: 'evil//etc/passwd', body: 'x' }], 'chart illegally contains absolute paths'],
    ['drive letter', [{ path: 'evil/Chart.yaml', body: CHART_YAML }, { path: 'evil/c:/windows/x', body: 'x' }], 'chart contains illegally named files'],
    ['top-level Chart.yaml', [{ path: 'Chart.yaml', body: CHART_YAML }], 'chart illegally contains content outside the base directory: "Chart.yaml"'],
    ['a folder named Chart.yaml', [{ path: 'Chart.yaml/templates/x.yaml', body: 'x' }], 'chart yaml not in base directory'],
    ['a file beside the chart folder', [{ path: 'README', body: 'x' }], 'chart illegally contains content outside the base directory: "README"'],
    ['no files at all', [{ path: 'evil/', type: 'Directory' as const }], 'no files in chart archive'],
    ['no Chart.yaml', [{ path: 'evil/values.yaml', body: 'a: 1\n' }], 'Chart.yaml file is missing (hint: the archive holds no chart)'],
  ])('%s', async (label, entries, message) => {
    const file = craftArchive(`${label.replaceAll(' ', '-')}.tgz`, entries);
    expect((await failure(loadChart(file, 'evil.tgz'))).message).toBe(`evil.tgz:1:1: ${message}`);
  });

  it('Windows separators are read as Helm reads them', async () => {
    const file = craftArchive('backslash.tgz', [{ path: 'evil\\Chart.yaml', body: CHART_YAML }, { path: 'evil\\templates\\a.yaml', body: 'x' }]);
    expect((await loadChart(file)).metadata.name).toBe('evil');
  });
});

describe('Chart.yaml is validated as Helm does, at its line', () => {
  const lintFixture = (d: string) => helmFixture(`pkg/chart/v2/lint/rules/testdata/${d}`);
  it.each([
    ['badchartname', 'validation: chart.metadata.name "../badchartname" is invalid', 4],
    ['badchartfile', 'validation: chart.metadata.name is required', 1],
    ['anotherbadchartfile', 'validation: chart.metadata.version "72445e2" is invalid', 4],
    ['invalidchartfile', 'unable to parse YAML: duplicate key: "apiVersion" is already set in this mapping', 3],
  ])('%s', async (d, message, line) => {
    const e = await failure(loadChart(lintFixture(d), d));
    expect(e.diagnostics[0]).toMatchObject({ message, location: { file: path.join(d, 'Chart.yaml'), line } });
  });

  it('goodone loads, with its long prerelease and build metadata', async () => {
    expect((await loadChart(lintFixture('goodone'))).metadata.version).toBe('199.44.12345-Alpha.1+cafe009');
  });

  it('lint adds helm lint rules: name format, strict SemVer as a warning, a values.yaml that parses', async () => {
    const dir = path.join(tmp, 'Lint_Me');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'Chart.yaml'), 'apiVersion: v1\nname: Lint_Me\nversion: v1.2\ntype: application\nmaintainers:\n  - email: nobody\n');
    writeFileSync(path.join(dir, 'values.yaml'), 'a: [\n');
    const r = await lintChart(dir, 'Lint_Me');
    expect(r.errors.map((d) => `${d.location?.line}: ${d.message}`)).toEqual([
      '2: chart name "Lint_Me" is invalid; chart names must contain lowercase letters, numbers, and dashes, and must start and end with a lowercase letter or number',
      '5: each maintainer requires a name',
      "4: chart type is not valid in apiVersion 'v1'. It is valid in apiVersion 'v2'",
      expect.stringMatching(/^2: unable to parse YAML: /),
    ]);
    expect(r.warnings.map((d) => `${d.location?.line}: ${d.message}`)).toEqual(["3: warning: version 'v1.2' is not a valid SemVerV2"]);
  });

  it('dependencies must have distinct names or aliases, and aliases Helm allows', async () => {
    const dir = path.join(tmp, 'deps');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'Chart.yaml'), 'apiVersion: v2\nname: deps\nversion: 1.0.0\ndependencies:\n  - name: redis\n    repository: https://x\n  - name: redis\n    repository: https://x\n');
    expect((await failure(loadChart(dir, 'deps'))).diagnostics[0]).toMatchObject({
      message: 'validation: more than one dependency with name or alias "redis". Try using distinct aliases for dependencies with the same chart name.',
      location: { line: 4 },
    });
    writeFileSync(path.join(dir, 'Chart.yaml'), 'apiVersion: v2\nname: deps\nversion: 1.0.0\ndependencies:\n  - name: redis\n    alias: "bad alias"\n    repository: https://x\n');
    expect((await failure(loadChart(dir, 'deps'))).message).toContain('dependency "redis" has disallowed characters in the alias');
  });

  it('versions: what Helm accepts, and strict SemVer 2', () => {
    for (const v of ['1.2.3', 'v1.2', '1', '0.1.0-alpha', '199.44.12345-Alpha.1+cafe009']) expect(isChartVersion(v)).toBe(true);
    for (const v of ['0.0.0.0', '72445e2', '1.2.3-01', '']) expect(isChartVersion(v)).toBe(false);
    expect(isStrictSemver('1.2.3')).toBe(true);
    expect(isStrictSemver('v1.2.3')).toBe(false);
  });
});

describe('.helmignore with Helm semantics (pkg/ignore TestIgnore)', () => {
  const base = helmFixture('pkg/ignore/testdata');
  it.each([
    ['helm.txt', 'helm.txt', true], ['helm.*', 'helm.txt', true], ['helm.*', 'rudder.txt', false], ['*.txt', 'tiller.txt', true],
    ['*.txt', 'cargo/a.txt', true], ['cargo/*.txt', 'cargo/a.txt', true], ['cargo/*.*', 'cargo/a.txt', true], ['cargo/*.txt', 'mast/a.txt', false],
    ['ru[c-e]?er.txt', 'rudder.txt', true], ['templates/.?*', 'templates/.dotfile', true], ['.*', '.', false], ['.*', './', false],
    ['.*', '.joonix', true], ['.*', 'helm.txt', false], ['.*', '', false], ['cargo/', 'cargo', true], ['cargo/', 'cargo/', true],
    ['cargo/', 'mast/', false], ['helm.txt/', 'helm.txt', false], ['!helm.txt', 'helm.txt', false], ['!helm.txt', 'tiller.txt', true],
    ['!*.txt', 'cargo', true], ['!cargo/', 'mast/', true], ['/a.txt', 'a.txt', true], ['/a.txt', 'cargo/a.txt', false], ['/cargo/a.txt', 'cargo/a.txt', true],
  ] as const)('%s on %s is %s', (pattern, name, expected) => {
    const isDir = name === '' ? false : statSync(path.join(base, name)).isDirectory();
    expect(HelmIgnore.parse(pattern, false).ignores(name, isDir)).toBe(expected);
  });

  it('refuses ** and malformed globs; reads the fixture file (3 rules)', () => {
    expect(() => HelmIgnore.parse('foo/**/bar')).toThrow('double-star (**) syntax is not supported');
    expect(() => HelmIgnore.parse('[z-')).toThrow('syntax error in pattern "[z-"');
    expect(HelmIgnore.parse(readFileSync(path.join(base, '.helmignore'), 'utf8'), false).rules).toHaveLength(3);
  });
});

describe('reproducible packaging', () => {
  async function entriesOf(file: string) {
    const out: { path: string; mode: number; mtime: string; uid: number | undefined }[] = [];
    await list({ file, onReadEntry: (e) => out.push({ path: e.path, mode: e.mode ?? 0, mtime: e.mtime?.toISOString() ?? '', uid: e.uid }) });
    return out;
  }

  it('the same chart under different mtimes and modes gives the same bytes', async () => {
    const a = path.join(tmp, 'copy-a/gateway');
    const b = path.join(tmp, 'copy-b/gateway');
    cpSync(path.join(EXAMPLE, 'charts/gateway'), a, { recursive: true });
    cpSync(path.join(EXAMPLE, 'charts/gateway'), b, { recursive: true });
    utimesSync(path.join(a, 'values.yaml'), new Date('2001-01-01'), new Date('2001-01-01'));
    utimesSync(path.join(b, 'values.yaml'), new Date('2024-06-01'), new Date('2024-06-01'));
    chmodSync(path.join(b, 'values.yaml'), 0o600);
    chmodSync(path.join(b, 'templates/service.yaml'), 0o755);
    // Ignored by the chart's .helmignore: never packaged.
    writeFileSync(path.join(b, 'notes.bak'), 'scratch');
    const mtime = new Date(1767225600 * 1000);
    const pa = await packageChart(a, path.join(tmp, 'out-a'), { mtime });
    const pb = await packageChart(b, path.join(tmp, 'out-b'), { mtime });
    expect(path.basename(pa.file)).toBe('gateway-0.9.2.tgz');
    expect(readFileSync(pa.file).equals(readFileSync(pb.file))).toBe(true);
    expect(pa.sha256).toBe(pb.sha256);
    expect(await entriesOf(pa.file)).toEqual(
      ['.helmignore', 'Chart.yaml', 'templates/deployment.yaml', 'templates/service.yaml', 'values.yaml'].map((p) => ({ path: `gateway/${p}`, mode: 0o644, mtime: '2026-01-01T00:00:00.000Z', uid: undefined })),
    );
    // The package loads back as the chart it came from, with the digest it was written with.
    expect((await loadChart(pa.file)).digest).toEqual({ sha256: pa.sha256, size: pa.size });
  });
});
