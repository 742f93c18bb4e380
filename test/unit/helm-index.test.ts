import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isSlipwayError, SlipwayError } from '../../src/errors/diagnostic.js';
import { readYaml } from '../../src/helm/fast-yaml.js';
import { compareKeys, writeHelmYaml } from '../../src/helm/helm-yaml.js';
import { helmTime, parseIndex, serializeIndex, type IndexFile } from '../../src/helm/index-file.js';
import { addPackages, prune } from '../../src/helm/index-update.js';
import { joinRepoUrl } from '../../src/helm/repo-url.js';
import { readWithLibrary, toPlain } from '../../src/helm/yaml-tree.js';
import { sortNewestFirst } from '../../src/helm/chart-version.js';
import { helmFixture } from '../helpers/helm-fixtures.js';

const load = (p: string) => parseIndex(readFileSync(helmFixture(p), 'utf8'), p);
const versions = (index: IndexFile) => Object.fromEntries([...index.entries].map(([name, list]) => [name, list.map((e) => e.version)]));

function failure(fn: () => unknown): SlipwayError {
  try {
    fn();
  } catch (e) {
    if (isSlipwayError(e)) return e;
    throw e;
  }
  throw new Error('expected a failure');
}

/** Helm's verifyLocalIndex: the same three charts, in the same order, with the same fields. */
function verifyLocalIndex(index: IndexFile) {
  expect(versions(index)).toEqual({ nginx: ['0.2.0', '0.1.0'], alpine: ['1.0.0'], chartWithNoURL: ['1.0.0'] });
  const alpine = index.entries.get('alpine')![0]!;
  expect(alpine).toMatchObject({
    apiVersion: 'v2',
    name: 'alpine',
    description: 'string',
    version: '1.0.0',
    keywords: ['linux', 'alpine', 'small', 'sumtin'],
    home: 'https://github.com/something',
    urls: ['https://charts.helm.sh/stable/alpine-1.0.0.tgz', 'http://storage2.googleapis.com/kubernetes-charts/alpine-1.0.0.tgz'],
    digest: 'sha256:1234567890abcdef',
  });
  const [n2, n1] = index.entries.get('nginx')!;
  expect(n2).toMatchObject({ version: '0.2.0', home: 'https://github.com/something/else', urls: ['https://charts.helm.sh/stable/nginx-0.2.0.tgz'], keywords: ['popular', 'web server', 'proxy'] });
  expect(n1).toMatchObject({ version: '0.1.0', home: 'https://github.com/something', urls: ['https://charts.helm.sh/stable/nginx-0.1.0.tgz'] });
  expect(index.entries.get('chartWithNoURL')![0]!.urls).toBeUndefined();
}

describe('index files Helm loads, Slipway loads with the same entries and order', () => {
  it.each([
    'pkg/repo/v1/testdata/local-index.yaml',
    'pkg/repo/v1/testdata/local-index-unordered.yaml',
    'pkg/repo/v1/testdata/chartmuseum-index.yaml',
    'pkg/repo/v1/testdata/local-index.json',
    'pkg/repo/v1/testdata/local-index-annotations.yaml',
  ])('%s is verifyLocalIndex', (p) => {
    const { index, warnings } = load(p);
    expect(warnings).toEqual([]);
    verifyLocalIndex(index);
  });

  it('keeps top-level annotations and chartmuseum serverInfo', () => {
    expect(load('pkg/repo/v1/testdata/local-index-annotations.yaml').index.annotations).toEqual({ 'helm.sh/test': 'foo bar' });
    expect(load('pkg/repo/v1/testdata/chartmuseum-index.yaml').index.serverInfo).toEqual({ contextPath: '/v1/helm' });
  });

  it.each([
    ['pkg/repo/v1/testdata/server/index.yaml', { nginx: ['0.2.0', '0.1.0'], alpine: ['1.0.0'] }],
    ['pkg/downloader/testdata/repository/testing-index.yaml', undefined],
    ['pkg/downloader/testdata/repository/malformed-index.yaml', { alpine: ['1.2.3'] }],
    ['pkg/downloader/testdata/repository/testing-relative-index.yaml', undefined],
    ['pkg/downloader/testdata/repository/testing-relative-trailing-slash-index.yaml', undefined],
    ['pkg/downloader/testdata/repository/encoded-url-index.yaml', undefined],
    ['pkg/downloader/testdata/repository/testing-querystring-index.yaml', undefined],
    ['pkg/downloader/testdata/repository/kubernetes-charts-index.yaml', undefined],
    ['pkg/downloader/testdata/repository/testing-basicauth-index.yaml', undefined],
    ['pkg/downloader/testdata/repository/testing-ca-file-index.yaml', undefined],
    ['pkg/downloader/testdata/repository/testing-https-index.yaml', undefined],
    ['pkg/downloader/testdata/repository/testing-https-insecureskip-tls-verify-index.yaml', undefined],
    ['internal/resolver/testdata/repository/kubernetes-charts-index.yaml', undefined],
    ['pkg/cmd/testdata/helmhome/helm/repository/testing-index.yaml', undefined],
    ['pkg/cmd/testdata/testserver/index.yaml', {}],
    ['pkg/getter/testdata/repository/local/index.yaml', {}],
    ['chart-releaser/pkg/releaser/testdata/repo/index.yaml', undefined],
    ['chart-releaser/pkg/releaser/testdata/index/index.yaml', { 'test-chart': ['0.1.0'] }],
    ['chart-releaser/pkg/releaser/testdata/empty-repo/index.yaml', { 'some-other-chart': ['0.0.1'] }],
  ])('%s loads', (p, expected) => {
    const { index } = load(p);
    expect(index.apiVersion).toBe('v1');
    if (expected) expect(versions(index)).toEqual(expected);
    // Whatever the order in the file, each chart's versions come out newest first.
    for (const list of index.entries.values()) expect(list.map((e) => e.version)).toEqual(sortNewestFirst([...list], (e) => e.version).map((e) => e.version));
  });

  it('reads the legacy fields of Helm 2 indexes (checksum, url, deprecated, a prerelease)', () => {
    const { index } = load('pkg/cmd/testdata/helmhome/helm/repository/testing-index.yaml');
    const all = [...index.entries.values()].flat();
    expect(all.some((e) => e.url !== undefined || e.checksum !== undefined || e.deprecated === true)).toBe(true);
    expect(all.some((e) => e.version.includes('-rc'))).toBe(true);
  });

  it('an entry whose key differs from its name stays under its key, as in Helm', () => {
    const { index } = load('chart-releaser/pkg/releaser/testdata/empty-repo/index.yaml');
    expect(index.entries.get('some-other-chart')![0]!.name).toBe('other-chart');
  });

  it('skips invalid and empty entries with a warning each, and loads the rest (indexWithEmptyEntry)', () => {
    const { index, warnings } = load('inline-cases-from-pkg-repo-v1-index_test/indexWithEmptyEntry.yaml');
    expect(versions(index)).toEqual({ grafana: [], foo: [], bar: [] });
    expect(warnings.map((w) => `${w.location?.line}: ${w.message}`)).toEqual([
      '4: skipping loading invalid entry for chart "grafana": version "": validation: chart.metadata.version is required',
      '6: skipping loading invalid entry for chart "grafana": empty entry',
      '8: skipping loading invalid entry for chart "foo": empty entry',
      '10: skipping loading invalid entry for chart "bar": version "": validation: chart.metadata.name is required',
    ]);
  });

  it.each(['indexWithDuplicatesInChartDeps.yaml', 'indexWithDuplicatesInLastChartDeps.yaml'])('%s: the entry without a version is dropped, the rest kept', (f) => {
    const { index } = load(`inline-cases-from-pkg-repo-v1-index_test/${f}`);
    expect(versions(index)).toEqual({ nginx: ['0.2.0'] });
  });
});

describe('index files Helm rejects are rejected, with their line', () => {
  it('a duplicate chart key (TestLoadIndex_Duplicates)', () => {
    const e = failure(() => load('inline-cases-from-pkg-repo-v1-index_test/indexWithDuplicates.yaml'));
    expect(e.diagnostics).toEqual([
      {
        code: 'helm-index',
        message: 'the index is not valid YAML: duplicate key: "nginx" is already set in this mapping',
        location: { file: 'inline-cases-from-pkg-repo-v1-index_test/indexWithDuplicates.yaml', line: 11, col: 3 },
        hint: 'Helm cannot load this file either',
      },
    ]);
  });

  it('an empty file, and a file without apiVersion', () => {
    expect(failure(() => parseIndex('', 'index.yaml')).message).toBe('index.yaml:1:1: empty index.yaml file');
    expect(failure(() => parseIndex('entries: {}\n', 'index.yaml')).message).toBe('index.yaml:1:1: no API version specified (hint: an index starts with "apiVersion: v1")');
  });

  it('unknown fields, at every level, each at its line', () => {
    const text = 'apiVersion: v1\nfoo: 1\nentries:\n  a:\n  - name: a\n    version: 1.0.0\n    colour: blue\n    maintainers:\n    - name: x\n      phone: 123\n';
    expect(failure(() => parseIndex(text, 'index.yaml')).message.split('\n')).toEqual([
      'index.yaml:2:1: unknown field "foo" in the index (hint: Helm refuses fields it does not know in an index)',
      'index.yaml:7:5: unknown field "colour" in entries.a (hint: Helm refuses fields it does not know in an index)',
      'index.yaml:10:7: unknown field "phone" in entries.a.maintainers[0] (hint: Helm refuses fields it does not know in an index)',
    ]);
  });

  it('wrong types and times that are not times', () => {
    const text = 'apiVersion: v1\nentries:\n  a:\n  - name: a\n    version: 1.0.0\n    urls: https://x/a.tgz\n    created: yesterday\n';
    expect(failure(() => parseIndex(text, 'index.yaml')).message.split('\n')).toEqual([
      'index.yaml:6:11: entries.a.urls must be a list of strings, not "https://x/a.tgz"',
      'index.yaml:7:5: created "yesterday" is not a time (RFC 3339)',
    ]);
  });

  it('YAML syntax errors from constructs outside the fast subset are reported by the general parser, with the line', () => {
    const e = failure(() => parseIndex('apiVersion: v1\nentries:\n  a:\n  - name: x\n    version: 1.0.0\n   bad: indent\n', 'index.yaml'));
    expect(e.diagnostics[0]!.location).toMatchObject({ file: 'index.yaml', line: 6 });
  });
});

describe('the fast reader reads what the yaml library reads', () => {
  it.each([
    'pkg/repo/v1/testdata/local-index.yaml',
    'pkg/cmd/testdata/helmhome/helm/repository/testing-index.yaml',
    'pkg/downloader/testdata/repository/kubernetes-charts-index.yaml',
    'chart-releaser/pkg/releaser/testdata/repo/index.yaml',
    'pkg/repo/v1/testdata/chartmuseum-index.yaml',
  ])('%s', (p) => {
    const text = readFileSync(helmFixture(p), 'utf8');
    expect(toPlain(readYaml(text)!)).toEqual(toPlain(readWithLibrary(text)!));
  });

  it('falls back for block scalars, anchors and folded plain scalars', () => {
    const text = 'a: |\n  two\n  lines\nb: &x hello\nc: *x\nd: long\n  folded\ne: "x # not a comment"\nf: z # comment\ng: [1, "two", three]\n';
    expect(toPlain(readYaml(text)!)).toEqual({ a: 'two\nlines\n', b: 'hello', c: 'hello', d: 'long folded', e: 'x # not a comment', f: 'z', g: [1, 'two', 'three'] });
  });
});

describe('writing in Helm layout', () => {
  it('writes an index Helm wrote byte for byte the same (chart-releaser fixture)', () => {
    for (const p of ['chart-releaser/pkg/releaser/testdata/index/index.yaml', 'chart-releaser/pkg/releaser/testdata/repo/index.yaml']) {
      const text = readFileSync(helmFixture(p), 'utf8');
      expect(serializeIndex(parseIndex(text, p).index)).toBe(text);
    }
  });

  it('round-trips every fixture: what it writes loads to the same entries', () => {
    for (const p of ['pkg/repo/v1/testdata/local-index.yaml', 'pkg/cmd/testdata/helmhome/helm/repository/testing-index.yaml', 'pkg/repo/v1/testdata/local-index-annotations.yaml']) {
      const first = load(p).index;
      const again = parseIndex(serializeIndex(first), 'again.yaml').index;
      expect(again).toEqual(first);
    }
  });

  it('quotes like yaml.v2: double quotes for what would read as another type, single quotes for indicators', () => {
    const out = writeHelmYaml({
      a: '1.0', b: '0.1.0', c: 'true', d: 'yes', e: '', f: '2019-03-29T22:50:44.754424+01:00', g: '>=1.29.0-0', h: 'x: y', i: '- x', j: "it's", k: '0x1F', l: '1e3',
      m: 'plain text', n: '~', o: 'line\nbreak', p: '#x', q: ' lead', r: '12:30', s: 'v1',
    });
    expect(out).toBe(
      'a: "1.0"\nb: 0.1.0\nc: "true"\nd: "yes"\ne: ""\nf: "2019-03-29T22:50:44.754424+01:00"\ng: \'>=1.29.0-0\'\nh: \'x: y\'\ni: \'- x\'\nj: it\'s\n' +
        'k: "0x1F"\nl: "1e3"\nm: plain text\n"n": "~"\no: "line\\nbreak"\np: \'#x\'\nq: \' lead\'\nr: "12:30"\ns: v1\n',
    );
  });

  it('folds long plain strings after column 80, as Helm indexes show', () => {
    const description = 'Apache Airflow is a tool to express and execute workflows as directed acyclic graphs (DAGs). It includes utilities.';
    expect(writeHelmYaml({ e: [{ description }] })).toBe(
      'e:\n- description: Apache Airflow is a tool to express and execute workflows as directed\n    acyclic graphs (DAGs). It includes utilities.\n',
    );
  });

  it('orders keys as yaml.v2 does: numbers by value, symbols before letters', () => {
    expect(['b', 'a10', 'a9', 'A', 'a-b', 'ab', 'a_b'].sort(compareKeys)).toEqual(['A', 'a-b', 'a_b', 'a9', 'a10', 'ab', 'b']);
  });

  it('writes times as Go does', () => {
    expect(helmTime(new Date('2026-01-01T00:00:00Z'))).toBe('2026-01-01T00:00:00Z');
    expect(helmTime(new Date('2026-01-01T00:00:00.120Z'))).toBe('2026-01-01T00:00:00.12Z');
  });
});

describe('adding packages', () => {
  const pkg = (name: string, version: string, sha256: string) => ({ metadata: { apiVersion: 'v2', name, version }, sha256, url: `https://x/${name}-${version}.tgz`, file: `${name}-${version}.tgz` });

  it('sorts newest first by SemVer (Helm TestIndexFile), build metadata kept in the order given', () => {
    const index: IndexFile = { apiVersion: 'v1', entries: new Map() };
    addPackages(index, [pkg('cutter', '0.1.1', 'a'), pkg('cutter', '0.1.0', 'b'), pkg('cutter', '0.2.0', 'c'), pkg('setter', '0.1.9+alpha', 'd'), pkg('setter', '0.1.9+beta', 'e'), pkg('setter', '0.1.8', 'f'), pkg('setter', '0.1.8+beta', 'g')], { now: new Date(0) });
    expect(versions(index)).toEqual({ cutter: ['0.2.0', '0.1.1', '0.1.0'], setter: ['0.1.9+alpha', '0.1.9+beta', '0.1.8', '0.1.8+beta'] });
  });

  it('keeps created, changes nothing for the same digest, refuses a different one unless forced', () => {
    const index = parseIndex('apiVersion: v1\nentries:\n  a:\n  - name: a\n    version: 1.0.0\n    digest: d1\n    created: "2020-01-01T00:00:00Z"\n    urls: [u]\n', 'index.yaml');
    const same = addPackages(index.index, [pkg('a', '1.0.0', 'd1')], { now: new Date('2026-01-01T00:00:00Z') });
    expect(same).toMatchObject({ added: [], unchanged: [{ created: '2020-01-01T00:00:00Z' }], conflicts: [] });
    const where = (e: object) => ({ file: 'index.yaml', ...index.where.get(e as never)! });
    const changed = addPackages(index.index, [pkg('a', '1.0.0', 'd2')], { now: new Date('2026-01-01T00:00:00Z'), where });
    expect(changed.conflicts).toEqual([
      {
        code: 'chart-version-published',
        message: 'a 1.0.0 is already in the index with digest d1, and a-1.0.0.tgz has digest d2: a published version is immutable',
        hint: 'bump the chart version, or pass --force to replace the published package',
        location: { file: 'index.yaml', line: 4, col: 5 },
      },
    ]);
    const forced = addPackages(index.index, [pkg('a', '1.0.0', 'd2'), pkg('a', '1.1.0', 'd3')], { now: new Date('2026-01-01T00:00:00Z'), force: true });
    expect(forced.replaced.map((e) => e.digest)).toEqual(['d2']);
    expect(versions(index.index)).toEqual({ a: ['1.1.0', '1.0.0'] });
  });

  it('prunes to N versions, or by date, never removing the newest of a chart', () => {
    const index: IndexFile = { apiVersion: 'v1', entries: new Map() };
    addPackages(index, ['1.0.0', '1.1.0', '1.2.0', '2.0.0'].map((v, i) => pkg('a', v, String(i))), { now: new Date('2020-01-01T00:00:00Z') });
    addPackages(index, [pkg('b', '0.1.0', 'x')], { now: new Date('2020-01-01T00:00:00Z') });
    expect(prune(index, { keep: 2 }).map((e) => e.version)).toEqual(['1.1.0', '1.0.0']);
    expect(versions(index)).toEqual({ a: ['2.0.0', '1.2.0'], b: ['0.1.0'] });
    expect(prune(index, { before: new Date('2021-01-01') }).map((e) => e.version)).toEqual(['1.2.0']);
    expect(versions(index)).toEqual({ a: ['2.0.0'], b: ['0.1.0'] });
  });

  it('joins URLs as Helm does (TestIndexAdd and the downloader fixtures)', () => {
    expect(joinRepoUrl('http://example.com/charts', 'clipper-0.1.0.tgz')).toBe('http://example.com/charts/clipper-0.1.0.tgz');
    expect(joinRepoUrl('http://example.com/charts/', 'deis-0.1.0.tgz')).toBe('http://example.com/charts/deis-0.1.0.tgz');
    expect(joinRepoUrl('http://localhost:8080', 'universe/zarthal-1.0.0.tgz')).toBe('http://localhost:8080/universe/zarthal-1.0.0.tgz');
    expect(joinRepoUrl('http://example.com/with%2Fslash', 'charts/foobar-4.2.1.tgz')).toBe('http://example.com/with%2Fslash/charts/foobar-4.2.1.tgz');
    expect(joinRepoUrl('http://example.com/?key=value', 'foo-1.2.3.tgz')).toBe('http://example.com/foo-1.2.3.tgz?key=value');
    expect(joinRepoUrl('', 'a-1.0.0.tgz')).toBe('a-1.0.0.tgz');
  });
});

describe('the fast reader and folded descriptions', () => {
  it('reads plain scalars that Helm folds over several lines, as the yaml library does', () => {
    const description = 'A description long enough to be folded by the index writer as Helm does, at a space past column eighty.';
    const text = writeHelmYaml({ apiVersion: 'v1', entries: { a: [{ name: 'a', version: '1.0.0', description }] } });
    expect(text).toContain('\n      ');
    expect(toPlain(readYaml(text)!)).toEqual(toPlain(readWithLibrary(text)!));
    expect(parseIndex(text, 'index.yaml').index.entries.get('a')![0]!.description).toBe(description);
  });
});
