import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { run } from '../../src/action/main.js';
import { runAction } from '../helpers/action-runner.js';
import { startGitHubFake } from '../helpers/github-fake/index.js';
import { writeProject } from '../helpers/bundle-project.js';
import { writeRawZip, type RawZipEntry } from '../helpers/hostile-zip.js';
import { requireTool } from '../helpers/require-tool.js';
import { ROOT, runCli, runCliAsync } from '../helpers/run-cli.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'slipway-bundle-zip-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const EPOCH = '1767225600';
let n = 0;
const fresh = (name: string) => {
  const dir = path.join(tmp, `${name}-${++n}`);
  mkdirSync(dir, { recursive: true });
  return dir;
};
const bundleIn = (project: string, out: string, extra: string[] = [], env: NodeJS.ProcessEnv = {}) =>
  runCli(['bundle', '--out', out, '--version', '2.1.0', ...extra], { cwd: project, env: { SOURCE_DATE_EPOCH: EPOCH, ...env } });

const K8S = 'demo-k8s-2.1.0';
const CLOUD = 'demo-cloud-2.1.0';

/** The test project, with a link inside the tree (links travel as links in both formats). */
function project(options: Parameters<typeof writeProject>[1] = {}): string {
  const dir = writeProject(fresh('p'), options);
  symlinkSync('install.sh', path.join(dir, 'tools/run.sh'));
  return dir;
}

describe('slipway bundle --format zip', () => {
  it('builds byte-identical zips from copies with other mtimes, umask, file order and time zone', () => {
    const a = project({ mtime: 1_000_000_000, umask: 0o022 });
    const b = project({ reverse: true, mtime: 1_700_000_000, umask: 0o077 });
    const outA = fresh('out');
    const outB = fresh('out');
    const ra = bundleIn(a, outA, ['--format', 'tar.gz,zip'], { TZ: 'UTC' });
    const rb = bundleIn(b, outB, ['--format', 'zip,tar.gz'], { TZ: 'America/New_York' });
    expect(ra.stderr).toBe('');
    expect(ra.code).toBe(0);
    expect(rb.code).toBe(0);
    expect(readdirSync(outA).sort()).toEqual(['SHA256SUMS', `${CLOUD}.tar.gz`, `${CLOUD}.zip`, `${K8S}.tar.gz`, `${K8S}.zip`, 'manifest.yaml']);
    for (const f of readdirSync(outA)) expect(readFileSync(path.join(outB, f)).equals(readFileSync(path.join(outA, f))), f).toBe(true);
    // Another zone east of UTC, building the zip alone: the same zip.
    const outC = fresh('out');
    expect(bundleIn(b, outC, ['--format', 'zip'], { TZ: 'Asia/Kolkata' }).code).toBe(0);
    expect(readFileSync(path.join(outC, `${K8S}.zip`)).equals(readFileSync(path.join(outA, `${K8S}.zip`)))).toBe(true);
  });

  it('writes what unzip, python zipfile and sha256sum -c accept: one top folder, same files and bundle.yaml as the tar.gz', () => {
    requireTool('unzip', 'unzip');
    requireTool('python3', 'python3');
    requireTool('sha256sum', 'coreutils');
    requireTool('tar', 'tar');
    const out = fresh('out');
    expect(bundleIn(project(), out, ['--format', 'tar.gz,zip']).code).toBe(0);
    const sums = spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: out, encoding: 'utf8' });
    expect(sums.stdout).toBe(`${CLOUD}.tar.gz: OK\n${CLOUD}.zip: OK\n${K8S}.tar.gz: OK\n${K8S}.zip: OK\nmanifest.yaml: OK\n`);
    expect(sums.status).toBe(0);
    const test = spawnSync('unzip', ['-t', `${K8S}.zip`], { cwd: out, encoding: 'utf8' });
    expect(test.status).toBe(0);
    expect(test.stdout).toContain(`No errors detected in compressed data of ${K8S}.zip.`);
    const py = spawnSync('python3', ['-m', 'zipfile', '-t', `${K8S}.zip`], { cwd: out, encoding: 'utf8' });
    expect(py.status).toBe(0);
    // zipinfo: Unix modes, made by Unix, deflated files, stored folders and link, the DOS time 2026-01-01 00:00 (UTC).
    const info = spawnSync('unzip', ['-Z', '-T', `${K8S}.zip`], { cwd: out, encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
    const rows = info.stdout.trim().split('\n').slice(2, -1).map((l) => l.split(/\s+/));
    const long = `very/${'deep-folder-name/'.repeat(8)}file-with-a-long-name.txt`;
    const expected: [string, string, string][] = [
      ['drwxr-xr-x', 'stor', `${K8S}/`],
      ['-rw-r--r--', 'defN', `${K8S}/NOTICE`],
      ['drwxr-xr-x', 'stor', `${K8S}/app/`],
      ['-rw-r--r--', 'defN', `${K8S}/app/Chart.yaml`],
      ['drwxr-xr-x', 'stor', `${K8S}/app/templates/`],
      ['-rw-r--r--', 'defN', `${K8S}/app/templates/deployment.yaml`],
      ['-rw-r--r--', 'defN', `${K8S}/app/values.yaml`],
      ['drwxr-xr-x', 'stor', `${K8S}/app/very/`],
      ...Array.from({ length: 8 }, (_, i): [string, string, string] => ['drwxr-xr-x', 'stor', `${K8S}/app/very/${'deep-folder-name/'.repeat(i + 1)}`]),
      ['-rw-r--r--', 'defN', `${K8S}/app/${long}`],
      ['drwxr-xr-x', 'stor', `${K8S}/tools/`],
      ['-rw-r--r--', 'defN', `${K8S}/tools/README`],
      ['-rwxr-xr-x', 'defN', `${K8S}/tools/install.sh`],
      ['lrwxrwxrwx', 'stor', `${K8S}/tools/run.sh`],
      ['-rw-r--r--', 'defN', `${K8S}/bundle.yaml`],
    ];
    expect(rows.map((r) => [r[0], r[5], r[7]])).toEqual(expected);
    for (const r of rows) {
      expect(`${r[1]} ${r[2]}`).toBe('6.3 unx');
      expect(r[6]).toBe('20260101.000000');
    }
    // The only extra field is Info-ZIP's UTC time stamp: no uid/gid, nothing of the building machine.
    const verbose = spawnSync('unzip', ['-Z', '-v', `${K8S}.zip`], { cwd: out, encoding: 'utf8' }).stdout;
    expect([...new Set(verbose.match(/subfield with ID 0x[0-9a-f]{4}/g))]).toEqual(['subfield with ID 0x5455']);
    // The same files and bundle.yaml as in the tar.gz.
    const fromZip = fresh('x');
    const fromTar = fresh('x');
    expect(spawnSync('unzip', ['-q', path.join(out, `${K8S}.zip`), '-d', fromZip]).status).toBe(0);
    expect(spawnSync('tar', ['-xzf', path.join(out, `${K8S}.tar.gz`), '-C', fromTar]).status).toBe(0);
    expect(spawnSync('diff', ['-r', '--no-dereference', fromZip, fromTar], { encoding: 'utf8' }).stdout).toBe('');
    expect(readlinkSync(path.join(fromZip, K8S, 'tools/run.sh'))).toBe('install.sh');
    expect(lstatSync(path.join(fromZip, K8S, 'tools/install.sh')).mode & 0o777).toBe(0o755);
  });

  it('records the sha256 of bundle.yaml for the zip in the manifest, the same as the tar.gz, and no tar digest', () => {
    const out = fresh('out');
    const r = bundleIn(project(), out, ['--format', 'tar.gz,zip', '--json']);
    expect(r.code).toBe(0);
    const data = JSON.parse(r.stdout);
    expect(data.bundles.map((b: { file: string; format: string }) => `${b.file} ${b.format}`)).toEqual([`${K8S}.tar.gz tar.gz`, `${K8S}.zip zip`, `${CLOUD}.tar.gz tar.gz`, `${CLOUD}.zip zip`]);
    const manifest = parse(readFileSync(path.join(out, 'manifest.yaml'), 'utf8'));
    const tar = manifest.artifacts.find((a: { file: string }) => a.file === `${K8S}.tar.gz`);
    const zip = manifest.artifacts.find((a: { file: string }) => a.file === `${K8S}.zip`);
    expect(Object.keys(zip.bundle)).toEqual(['name', 'format', 'top', 'indexSha256', 'files', 'components', 'requires']);
    expect(zip.bundle.format).toBe('zip');
    expect(zip.bundle.indexSha256).toBe(tar.bundle.indexSha256);
    expect(zip.bundle.files).toBe(8);
    expect(zip.bundle.components).toEqual(tar.bundle.components);
    expect(readFileSync(path.join(out, 'manifest.yaml'), 'utf8')).not.toMatch(/[&*]a\d/);
  });

  it('clamps the DOS time to 1980 and keeps the exact time in the UTC time stamp', () => {
    requireTool('python3', 'python3');
    const out = fresh('out');
    expect(bundleIn(project(), out, ['--format', 'zip', '--bundle', 'cloud'], { SOURCE_DATE_EPOCH: '0' }).code).toBe(0);
    const py = spawnSync('python3', ['-c', 'import sys,zipfile;z=zipfile.ZipFile(sys.argv[1]);print(sorted({i.date_time for i in z.infolist()}))', path.join(out, `${CLOUD}.zip`)], { encoding: 'utf8' });
    expect(py.stdout.trim()).toBe('[(1980, 1, 1, 0, 0, 0)]');
    // The central directory's UT field says 1970-01-01 00:00:00 UTC.
    const verbose = spawnSync('unzip', ['-Z', '-v', path.join(out, `${CLOUD}.zip`)], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } }).stdout;
    expect(verbose).toContain('file last modified on (UT extra field modtime): 1970 Jan 1 00:00:00 UTC');
  });

  it('refuses an unknown format with exit 2', () => {
    const r = bundleIn(project(), fresh('out'), ['--format', 'tar.xz']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--format must be tar.gz, zip or tar.gz,zip, not "tar.xz"');
  });
});

describe('slipway verify and extract on zip bundles', () => {
  const built = () => {
    const out = fresh('out');
    expect(bundleIn(project(), out, ['--format', 'zip']).code).toBe(0);
    return out;
  };

  it('accepts the release as built, checking the files inside each zip', () => {
    const r = runCli(['verify', built()]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`  ok        ${K8S}.zip  (8 files inside)\n`);
  });

  it('names the file inside the zip whose byte was flipped, and a missing zip', () => {
    requireTool('python3', 'python3');
    const out = built();
    const zip = path.join(out, `${K8S}.zip`);
    // The first byte of the deflated data of tools/README.
    const at = spawnSync('python3', ['-c', 'import sys,zipfile;z=zipfile.ZipFile(sys.argv[1]);i=z.getinfo(sys.argv[2]);print(i.header_offset+30+len(i.filename.encode()))', zip, `${K8S}/tools/README`], { encoding: 'utf8' });
    const bytes = readFileSync(zip);
    bytes[Number(at.stdout)]! ^= 0x01;
    writeFileSync(zip, bytes);
    unlinkSync(path.join(out, `${CLOUD}.zip`));
    const r = runCli(['verify', out, '--json']);
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.stdout).findings as { code: string; message: string }[];
    const inside = findings.filter((f) => f.message.includes('tools/README'));
    expect(inside.length).toBe(1);
    expect(inside[0]!.message).toMatch(new RegExp(`^${K8S}\\.zip: tools/README (is damaged: .+|has sha256 [0-9a-f]{64}, bundle\\.yaml says [0-9a-f]{64})$`));
    expect(findings.some((f) => f.code === 'verify-mismatch' && f.message.startsWith(`${K8S}.zip: sha256 `))).toBe(true);
    expect(findings.some((f) => f.code === 'verify-missing' && f.message === `${CLOUD}.zip is missing`)).toBe(true);
  });

  it('extracts a zip bundle into a new folder, links and modes included', () => {
    const out = built();
    const dest = path.join(fresh('x'), 'k8s');
    const r = runCli(['extract', path.join(out, `${K8S}.zip`), '--dest', dest, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ dest, files: 8, directories: 13, links: 1 });
    expect(readFileSync(path.join(dest, K8S, 'tools/install.sh'), 'utf8')).toBe('#!/bin/sh\necho install\n');
    expect(lstatSync(path.join(dest, K8S, 'tools/install.sh')).mode & 0o777).toBe(0o755);
    expect(readlinkSync(path.join(dest, K8S, 'tools/run.sh'))).toBe('install.sh');
    expect(lstatSync(path.join(dest, K8S, 'NOTICE')).mtime.toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });
});

describe('slipway extract refuses hostile zips whole', () => {
  const file = (name: string, body = 'x'): RawZipEntry => ({ name, body });
  const cases: [string, RawZipEntry[], string, string][] = [
    ['a path climbing out with ../', [file('top/ok.txt'), file('top/../../evil.txt')], 'extract-path-escape', '"top/../../evil.txt" climbs out of the destination'],
    ['an absolute path', [file('/tmp/evil-absolute.txt')], 'extract-absolute-path', '"/tmp/evil-absolute.txt" is an absolute path'],
    ['a drive letter', [file('C:/Windows/evil.txt')], 'extract-absolute-path', '"C:/Windows/evil.txt" is an absolute path'],
    ['a backslash', [file('top\\..\\..\\evil.txt')], 'extract-path-backslash', '"top\\..\\..\\evil.txt" has a backslash'],
    ['a symlink escaping the destination', [{ name: 'top/etc', type: 'symlink', body: '../../../etc' }], 'extract-link-escape', '"top/etc" is a link to "../../../etc", outside the destination'],
    ['an absolute symlink', [{ name: 'top/passwd', type: 'symlink', body: '/etc/passwd' }], 'extract-link-escape', 'is a link to "/etc/passwd"'],
    ['a write through a symlink', [{ name: 'top/here', type: 'symlink', body: '.' }, file('top/here/x.txt')], 'extract-link-escape', '"top/here/x.txt" would be written through the link top/here'],
    ['a duplicate entry', [file('top/a.txt', 'first'), file('top/a.txt', 'second')], 'extract-duplicate', '"top/a.txt" appears twice in the archive'],
    ['a device file', [file('top/ok.txt'), { name: 'top/null', type: 'chardev' }], 'extract-special-file', '"top/null" is a character device entry, which is never extracted'],
    ['a FIFO', [{ name: 'top/pipe', type: 'fifo' }], 'extract-special-file', '"top/pipe" is a FIFO entry'],
  ];
  for (const [name, entries, code, message] of cases) {
    it(name, () => {
      const dir = fresh('case');
      const archive = path.join(dir, 'hostile.zip');
      writeRawZip(archive, entries);
      const dest = path.join(dir, 'dest');
      const r = runCli(['extract', archive, '--dest', dest, '--json']);
      expect(r.code).toBe(1);
      const errors = JSON.parse(r.stdout).errors;
      expect(errors[0].code).toBe(code);
      expect(errors[0].message).toContain(message);
      expect(existsSync(dest)).toBe(false);
      expect(readdirSync(dir)).toEqual(['hostile.zip']);
      expect(existsSync(path.join(tmp, 'evil.txt'))).toBe(false);
    });
  }

  it('refuses a zip whose data does not match its CRC-32, naming the entry', () => {
    const dir = fresh('case');
    const archive = path.join(dir, 'damaged.zip');
    writeRawZip(archive, [file('top/a.txt', 'hello')]);
    const bytes = readFileSync(archive);
    bytes[30 + 'top/a.txt'.length]! ^= 0x01;
    writeFileSync(archive, bytes);
    const r = runCli(['extract', archive, '--dest', path.join(dir, 'dest')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${archive}: "top/a.txt" is damaged: its CRC-32 does not match`);
    expect(readdirSync(dir)).toEqual(['damaged.zip']);
  });
});

describe('zip release assets: publish, publish --to, download and the bundle action', () => {
  const example = path.join(ROOT, 'examples/platform');
  const ZIPS = ['acme-platform-docker-1.4.0.zip', 'acme-platform-kubernetes-1.4.0.zip', 'acme-platform-terraform-1.4.0.zip'];

  it('uploads zips to the GitHub fake as application/zip, skips them on a re-run, and downloads and verifies them', async () => {
    const out = fresh('release');
    const built = runCli(['bundle', '--out', out, '--version', '1.4.0', '--format', 'tar.gz,zip'], { cwd: example, env: { SOURCE_DATE_EPOCH: EPOCH } });
    expect(built.code).toBe(0);
    const fake = await startGitHubFake();
    try {
      const env = { GITHUB_TOKEN: fake.token, GITHUB_API_URL: fake.url };
      const first = await runCliAsync(['publish', out, '--repo', 'acme/platform', '--publish'], { env });
      expect(first.stderr).toBe('');
      expect(first.stdout.split('\n')[0]).toBe('acme/platform@v1.4.0 (published now): 8 to change, 0 unchanged');
      const assets = fake.release('acme/platform', 'v1.4.0')!.assets;
      for (const name of ZIPS) {
        const asset = assets.find((a) => a.name === name)!;
        expect(asset.contentType).toBe('application/zip');
        expect(asset.data.equals(readFileSync(path.join(out, name))), name).toBe(true);
      }
      const again = await runCliAsync(['publish', out, '--repo', 'acme/platform'], { env });
      expect(again.stdout.split('\n')[0]).toBe('acme/platform@v1.4.0 (published): 0 to change, 8 unchanged');
      const dest = fresh('download');
      const down = await runCliAsync(['download', '--repo', 'acme/platform', '--tag', 'v1.4.0', '--bundle', 'kubernetes', '--dest', dest], { env });
      expect(down.code).toBe(0);
      expect(down.stdout).toMatch(/ {2}downloaded {2}acme-platform-kubernetes-1\.4\.0\.zip {2}[\d.]+ KiB {2}\(7 files inside\)/);
      expect(readdirSync(dest).sort()).toEqual(['SHA256SUMS', 'acme-platform-kubernetes-1.4.0.tar.gz', 'acme-platform-kubernetes-1.4.0.zip', 'manifest.yaml']);
      fake.assertValid();
    } finally {
      await fake.stop();
    }
  });

  it('lays zips out with publish --to, and download --from refuses a zip whose contents were changed', () => {
    const out = fresh('release');
    expect(runCli(['bundle', '--out', out, '--version', '1.4.0', '--format', 'zip'], { cwd: example, env: { SOURCE_DATE_EPOCH: EPOCH } }).code).toBe(0);
    const site = fresh('site');
    const published = runCli(['publish', out, '--to', site]);
    expect(published.code).toBe(0);
    expect(readdirSync(path.join(site, 'v1.4.0')).sort()).toEqual(['SHA256SUMS', ...ZIPS, 'manifest.yaml'].sort());
    const dest = fresh('download');
    const ok = runCli(['download', '--from', site, '--tag', 'v1.4.0', '--dest', dest]);
    expect(ok.code).toBe(0);
    expect(runCli(['verify', dest]).code).toBe(0);
    // A damaged copy on the site: the download keeps nothing under the zip's name.
    const copy = path.join(site, 'v1.4.0', ZIPS[0]!);
    const bytes = readFileSync(copy);
    bytes[100]! ^= 0x01;
    writeFileSync(copy, bytes);
    const other = fresh('download');
    const bad = runCli(['download', '--from', site, '--tag', 'v1.4.0', '--bundle', 'docker', '--dest', other]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(ZIPS[0]);
    expect(readdirSync(other).sort()).toEqual(['SHA256SUMS', 'manifest.yaml']);
  });

  it('downloads only the formats asked for, and says so when a bundle is not there in them', () => {
    const out = fresh('release');
    expect(runCli(['bundle', '--out', out, '--version', '1.4.0', '--format', 'tar.gz,zip'], { cwd: example, env: { SOURCE_DATE_EPOCH: EPOCH } }).code).toBe(0);
    const site = fresh('site');
    expect(runCli(['publish', out, '--to', site]).code).toBe(0);
    const zipOnly = fresh('download');
    const r = runCli(['download', '--from', site, '--tag', 'v1.4.0', '--bundle', 'docker', '--format', 'zip', '--dest', zipOnly]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readdirSync(zipOnly).sort()).toEqual(['SHA256SUMS', 'acme-platform-docker-1.4.0.zip', 'manifest.yaml']);
    const tars = fresh('download');
    expect(runCli(['download', '--from', site, '--tag', 'v1.4.0', '--format', 'tar.gz', '--dest', tars]).code).toBe(0);
    expect(readdirSync(tars).filter((f) => f.endsWith('.zip'))).toEqual([]);
    expect(readdirSync(tars).filter((f) => f.endsWith('.tar.gz'))).toHaveLength(3);

    const zipSite = fresh('site');
    const zips = fresh('release');
    expect(runCli(['bundle', '--out', zips, '--version', '1.4.0', '--format', 'zip'], { cwd: example, env: { SOURCE_DATE_EPOCH: EPOCH } }).code).toBe(0);
    expect(runCli(['publish', zips, '--to', zipSite]).code).toBe(0);
    const refused = runCli(['download', '--from', zipSite, '--tag', 'v1.4.0', '--bundle', 'docker', '--format', 'tar.gz', '--dest', fresh('download')]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe('the release has bundle "docker" as zip only, not as tar.gz (hint: ask for --format zip, or leave --format out)\n');
    expect(runCli(['download', '--from', zipSite, '--tag', 'v1.4.0', '--format', 'rar', '--dest', fresh('download')]).code).toBe(2);
  });

  it('the bundle action builds the formats of its format input (INPUT_BUNDLE_FORMAT)', async () => {
    const dir = fresh('action');
    const r = await runAction(run, { command: 'bundle', working_directory: 'examples/platform', dir, version: '1.4.0', bundle_format: 'zip' }, { SOURCE_DATE_EPOCH: EPOCH });
    expect(r.failed).toBe(false);
    expect(Object.keys(JSON.parse(r.outputs.digests!))).toEqual(['acme-platform-kubernetes-1.4.0.zip', 'acme-platform-docker-1.4.0.zip', 'acme-platform-terraform-1.4.0.zip']);
    expect(r.summary).toMatch(/\| kubernetes \| `acme-platform-kubernetes-1\.4\.0\.zip` \| [\d.]+ KiB \| 7 \| `[0-9a-f]{64}` \|/);
    const wrong = await runAction(run, { command: 'bundle', working_directory: 'examples/platform', dir: fresh('action'), version: '1.4.0', bundle_format: 'rar' }, { SOURCE_DATE_EPOCH: EPOCH });
    expect(wrong.failed).toBe(true);
  });
});
