import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXAMPLE } from '../helpers/example.js';
import { helmFixture } from '../helpers/helm-fixtures.js';
import { runCli } from '../helpers/run-cli.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'slipway-helm-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const env = { SOURCE_DATE_EPOCH: '1767225600' };
const inTmp = (...args: string[]) => runCli(args, { cwd: tmp, env });

describe('slipway chart', () => {
  it('--help lists the chart commands', () => {
    const r = runCli(['chart', '--help']);
    expect(r.code).toBe(0);
    for (const c of ['lint', 'package', 'index']) expect(r.stdout).toMatch(new RegExp(`^  ${c} `, 'm'));
  });

  it('lint passes the example chart and names the file and line of a bad one (exit 1)', () => {
    expect(runCli(['chart', 'lint', 'charts/gateway'], { cwd: EXAMPLE })).toEqual({
      code: 0,
      stdout: '1 chart(s) linted, 0 chart(s) failed\n==> Linting charts/gateway (gateway 0.9.2): 0 error(s), 0 warning(s)\n',
      stderr: '',
    });
    const bad = path.join(tmp, 'bad');
    mkdirSync(bad);
    writeFileSync(path.join(bad, 'Chart.yaml'), 'apiVersion: v2\nname: bad\nversion: 1.0\n');
    const r = inTmp('chart', 'lint', 'bad');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("bad/Chart.yaml:3:1: version should be of type string but it's of type number (hint: quote it: version: \"1.0\")\nbad/Chart.yaml:3:1: warning: version '1.0' is not a valid SemVerV2\n");
  });

  it('package writes <name>-<version>.tgz, the same bytes on every run', () => {
    const first = runCli(['chart', 'package', 'charts/gateway', '--out', path.join(tmp, 'p1'), '--json'], { cwd: EXAMPLE, env });
    const second = runCli(['chart', 'package', 'charts/gateway', '--out', path.join(tmp, 'p2'), '--json'], { cwd: EXAMPLE, env });
    expect(first.code).toBe(0);
    const [a] = JSON.parse(first.stdout) as { name: string; version: string; sha256: string; file: string }[];
    const [b] = JSON.parse(second.stdout) as { sha256: string }[];
    expect(a).toMatchObject({ name: 'gateway', version: '0.9.2' });
    expect(a!.sha256).toBe(b!.sha256);
    expect(readFileSync(path.join(tmp, 'p1/gateway-0.9.2.tgz')).equals(readFileSync(path.join(tmp, 'p2/gateway-0.9.2.tgz')))).toBe(true);
  });

  it('index: Helm test repository, then a re-run changes nothing and keeps created', () => {
    const repo = path.join(tmp, 'repo');
    cpSync(helmFixture('pkg/repo/v1/testdata/repository'), repo, { recursive: true });
    const r = inTmp('chart', 'index', 'repo', '--url', 'http://localhost:8080', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ added: [{ name: 'frobnitz' }, { name: 'sprocket', version: '1.1.0' }, { name: 'sprocket', version: '1.2.0' }, { name: 'zarthal' }] });
    const first = readFileSync(path.join(repo, 'index.yaml'), 'utf8');
    expect(first).toContain('- http://localhost:8080/universe/zarthal-1.0.0.tgz');
    expect(first.indexOf('version: 1.2.0')).toBeLessThan(first.indexOf('version: 1.1.0'));
    const again = inTmp('chart', 'index', 'repo', '--url', 'http://localhost:8080');
    expect(again).toMatchObject({ code: 0, stdout: 'wrote repo/index.yaml: 0 added, 4 unchanged, 0 replaced, 0 pruned\n' });
    expect(readFileSync(path.join(repo, 'index.yaml'), 'utf8')).toBe(first);
  });

  it('index refuses a changed package under a published version, naming the index line; --force replaces it', () => {
    const repo = path.join(tmp, 'immutable');
    mkdirSync(repo);
    cpSync(helmFixture('pkg/cmd/testdata/testcharts/compressedchart-0.1.0.tgz'), path.join(repo, 'compressedchart-0.1.0.tgz'));
    expect(inTmp('chart', 'index', 'immutable').code).toBe(0);
    // compressedchart 0.1.0 again, with other content.
    const src = path.join(tmp, 'compressedchart');
    mkdirSync(src);
    writeFileSync(path.join(src, 'Chart.yaml'), 'apiVersion: v1\nname: compressedchart\nversion: 0.1.0\ndescription: changed\n');
    expect(inTmp('chart', 'package', 'compressedchart', '--out', 'immutable').code).toBe(0);
    const r = inTmp('chart', 'index', 'immutable');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^immutable\/index\.yaml:4:5: compressedchart 0\.1\.0 is already in the index with digest [0-9a-f]{64}, and immutable\/compressedchart-0\.1\.0\.tgz has digest [0-9a-f]{64}: a published version is immutable \(hint: bump the chart version, or pass --force to replace the published package\)\n$/);
    expect(inTmp('chart', 'index', 'immutable', '--force')).toMatchObject({ code: 0, stdout: expect.stringContaining('1 replaced') });
  });

  it('index names the line of an existing index Helm could not load, and of a package that is not a chart', () => {
    const repo = path.join(tmp, 'broken');
    mkdirSync(repo);
    writeFileSync(path.join(repo, 'index.yaml'), 'apiVersion: v1\nentries:\n  a:\n  - name: a\n    version: 1.0.0\n    colour: red\n');
    expect(inTmp('chart', 'index', 'broken')).toEqual({
      code: 1,
      stdout: '',
      stderr: 'broken/index.yaml:6:5: unknown field "colour" in entries.a (hint: Helm refuses fields it does not know in an index)\n',
    });
    const junk = path.join(tmp, 'junk');
    mkdirSync(junk);
    writeFileSync(path.join(junk, 'x-1.0.0.tgz'), 'not gzip');
    expect(inTmp('chart', 'index', 'junk')).toMatchObject({ code: 1, stderr: expect.stringMatching(/^junk\/x-1\.0\.0\.tgz:1:1: file 'junk\/x-1\.0\.0\.tgz' does not appear to be a gzipped archive/) });
  });

  it('index --prune keeps the newest versions; a bad rule is a usage error (exit 2)', () => {
    const repo = path.join(tmp, 'prune');
    mkdirSync(repo);
    for (const v of ['0.1.0', '0.2.0', '0.3.0']) cpSync(helmFixture(`pkg/cmd/testdata/testcharts/compressedchart-${v}.tgz`), path.join(repo, `compressedchart-${v}.tgz`));
    expect(inTmp('chart', 'index', 'prune', '--prune', '2', '--json').stdout).toContain('"version": "0.1.0"');
    const index = readFileSync(path.join(repo, 'index.yaml'), 'utf8');
    expect(index).toContain('version: 0.3.0');
    expect(index).not.toContain('version: 0.1.0');
    expect(inTmp('chart', 'index', 'prune', '--prune', 'soon')).toMatchObject({ code: 2 });
  });
});
