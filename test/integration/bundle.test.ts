import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeProject } from '../helpers/bundle-project.js';
import { requireTool } from '../helpers/require-tool.js';
import { runCli } from '../helpers/run-cli.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'slipway-bundle-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const EPOCH = '1767225600';
const env = { SOURCE_DATE_EPOCH: EPOCH };
let n = 0;
const fresh = (name: string) => {
  const dir = path.join(tmp, `${name}-${++n}`);
  mkdirSync(dir, { recursive: true });
  return dir;
};
const bundleIn = (project: string, out: string, extra: string[] = [], e: NodeJS.ProcessEnv = env) =>
  runCli(['bundle', '--out', out, '--version', '2.1.0', ...extra], { cwd: project, env: e });

const K8S = 'demo-k8s-2.1.0.tar.gz';
const CLOUD = 'demo-cloud-2.1.0.tar.gz';

describe('slipway bundle', () => {
  it('builds byte-identical bundles from copies with other mtimes, umask and file order', () => {
    const a = writeProject(fresh('a'), { mtime: 1_000_000_000, umask: 0o022 });
    const b = writeProject(fresh('b'), { reverse: true, mtime: 1_700_000_000, umask: 0o077 });
    const outA = path.join(fresh('out'), 'release');
    const outB = path.join(fresh('out'), 'release');
    const ra = bundleIn(a, outA);
    const rb = bundleIn(b, outB);
    expect(ra.stderr).toBe('');
    expect(ra.code).toBe(0);
    expect(rb.code).toBe(0);
    expect(readdirSync(outA).sort()).toEqual(['SHA256SUMS', CLOUD, K8S, 'manifest.yaml'].sort());
    for (const f of readdirSync(outA)) expect(readFileSync(path.join(outB, f)).equals(readFileSync(path.join(outA, f))), f).toBe(true);
  });

  it('writes what GNU tar and sha256sum -c accept: one top folder, sorted, 0644/0755, root owner, fixed mtime', () => {
    requireTool('tar', 'tar');
    requireTool('sha256sum', 'coreutils');
    const project = writeProject(fresh('p'));
    const out = fresh('out');
    expect(bundleIn(project, out).code).toBe(0);
    const sums = spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: out, encoding: 'utf8' });
    expect(sums.status).toBe(0);
    expect(sums.stdout).toBe(`${CLOUD}: OK\n${K8S}: OK\nmanifest.yaml: OK\n`);
    const listing = spawnSync('tar', ['--numeric-owner', '-tvzf', K8S], { cwd: out, encoding: 'utf8' });
    expect(listing.status).toBe(0);
    const rows = listing.stdout.trim().split('\n').map((l) => l.split(/\s+/));
    // GNU tar shows directories named by a PAX record (paths too long for ustar) without their trailing slash.
    const names = rows.map((r) => r[5]!.replace(/\/$/, ''));
    const expected = [
      'demo-k8s-2.1.0/',
      'demo-k8s-2.1.0/NOTICE',
      'demo-k8s-2.1.0/app/',
      'demo-k8s-2.1.0/app/Chart.yaml',
      'demo-k8s-2.1.0/app/templates/',
      'demo-k8s-2.1.0/app/templates/deployment.yaml',
      'demo-k8s-2.1.0/app/values.yaml',
      'demo-k8s-2.1.0/app/very/',
      ...Array.from({ length: 8 }, (_, i) => `demo-k8s-2.1.0/app/very/${'deep-folder-name/'.repeat(i + 1)}`),
      `demo-k8s-2.1.0/app/very/${'deep-folder-name/'.repeat(8)}file-with-a-long-name.txt`,
      'demo-k8s-2.1.0/tools/',
      'demo-k8s-2.1.0/tools/README',
      'demo-k8s-2.1.0/tools/install.sh',
      'demo-k8s-2.1.0/bundle.yaml',
    ];
    expect(names).toEqual(expected.map((e) => e.replace(/\/$/, '')));
    rows.forEach((r, i) => {
      expect(r[1]).toBe('0/0');
      expect(`${r[3]} ${r[4]}`).toBe('2026-01-01 00:00');
      expect(r[0]).toBe(expected[i]!.endsWith('/') ? 'drwxr-xr-x' : expected[i]!.endsWith('install.sh') ? '-rwxr-xr-x' : '-rw-r--r--');
    });
    // The gzip header: deflate, no flags (no name), mtime 0, OS byte 255.
    const gz = readFileSync(path.join(out, K8S));
    expect([...gz.subarray(0, 10)]).toEqual([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);
    // GNU tar extracts it and the contents are the sources.
    const x = fresh('x');
    expect(spawnSync('tar', ['-xzf', path.join(out, K8S), '-C', x]).status).toBe(0);
    expect(readFileSync(path.join(x, 'demo-k8s-2.1.0/tools/install.sh'), 'utf8')).toBe('#!/bin/sh\necho install\n');
    const index = readFileSync(path.join(x, 'demo-k8s-2.1.0/bundle.yaml'), 'utf8');
    expect(index).toContain('  - path: tools/install.sh\n    mode: "0755"\n    size: 23\n    sha256: ');
  });

  it('writes a manifest a consumer can check compatibility from', () => {
    const project = writeProject(fresh('p'));
    const out = fresh('out');
    const r = bundleIn(project, out, ['--json']);
    expect(r.code).toBe(0);
    const data = JSON.parse(r.stdout);
    const manifest = readFileSync(path.join(out, 'manifest.yaml'), 'utf8');
    expect(manifest).toContain('release:\n  name: demo\n  version: 2.1.0\n  tag: v2.1.0\n');
    const k8s = data.bundles.find((b: { bundle: string }) => b.bundle === 'k8s');
    expect(manifest).toContain(`  - file: ${K8S}\n    kind: bundle\n    size: ${k8s.size}\n    sha256: ${k8s.sha256}\n    bundle:\n      name: k8s\n      format: tar.gz\n      top: demo-k8s-2.1.0\n      tarSha256: ${k8s.tarSha256}\n`);
    expect(manifest).toContain('      requires:\n        kubernetes: ">=1.30.0"\n');
  });

  it('changes nothing when run again, and refuses to replace a bundle built from other sources', () => {
    const project = writeProject(fresh('p'));
    const out = fresh('out');
    expect(bundleIn(project, out).code).toBe(0);
    const before = readFileSync(path.join(out, 'SHA256SUMS'), 'utf8');
    const again = bundleIn(project, out);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(`${K8S}  `);
    expect(again.stdout).toContain('(unchanged)');
    writeFileSync(path.join(project, 'tools/README'), 'changed\n');
    const changed = bundleIn(project, out);
    expect(changed.code).toBe(1);
    expect(changed.stderr).toContain(`${path.join(out, K8S)} already exists with other bytes`);
    expect(readFileSync(path.join(out, 'SHA256SUMS'), 'utf8')).toBe(before);
    expect(readdirSync(out).filter((f) => f.includes('partial'))).toEqual([]);
    const replaced = bundleIn(project, out, ['--replace']);
    expect(replaced.code).toBe(0);
    expect(readFileSync(path.join(out, 'SHA256SUMS'), 'utf8')).not.toBe(before);
  });

  it('prints the plan with --dry-run and writes nothing', () => {
    const project = writeProject(fresh('p'));
    const out = path.join(fresh('out'), 'release');
    const r = bundleIn(project, out, ['--dry-run']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`would build into ${out} (entries dated 2026-01-01T00:00:00.000Z):\n  ${K8S}  7 files\n  ${CLOUD}  1 files\n`);
    expect(() => readdirSync(out)).toThrow();
  });

  it('needs SOURCE_DATE_EPOCH or a git commit for the time stamp', () => {
    const project = writeProject(fresh('p'));
    const r = bundleIn(project, fresh('out'), [], { SOURCE_DATE_EPOCH: '' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no time stamp for the archive entries');
    expect(r.stderr).toContain('hint: export SOURCE_DATE_EPOCH=');
  });

  it('takes the commit time when the sources are in git', () => {
    requireTool('git', 'git');
    const project = writeProject(fresh('p'));
    const git = (...args: string[]) => spawnSync('git', args, { cwd: project, encoding: 'utf8', env: { ...process.env, GIT_COMMITTER_DATE: '@1700000000 +0000', GIT_AUTHOR_DATE: '@1700000000 +0000' } });
    git('init', '-q');
    git('add', '-A');
    git('-c', 'user.name=t', '-c', 'user.email=t@t.invalid', 'commit', '-qm', 'sources');
    const commit = git('rev-parse', 'HEAD').stdout.trim();
    const out = fresh('out');
    const r = bundleIn(project, out, ['--json'], { SOURCE_DATE_EPOCH: '' });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).mtime).toBe('2023-11-14T22:13:20.000Z');
    expect(readFileSync(path.join(out, 'manifest.yaml'), 'utf8')).toContain(`source:\n  commit: ${commit}\n`);
  });

  describe('refuses what would not travel safely', () => {
    const refuse = (prepare: (project: string) => void, code: string | RegExp, message: string) => {
      const project = writeProject(fresh('p'));
      prepare(project);
      const out = fresh('out');
      const r = bundleIn(project, out, ['--json']);
      expect(r.code).toBe(1);
      const errors = JSON.parse(r.stdout).errors;
      expect(errors[0].code).toMatch(code);
      expect(errors[0].message).toContain(message);
      expect(readdirSync(out)).toEqual([]);
    };

    it('a symlink that leaves the source tree', () => {
      refuse((p) => symlinkSync('../../NOTICE', path.join(p, 'tools/notice')), 'bundle-symlink-escape', `${'tools/notice'} is a link to "../../NOTICE"`);
    });
    it('an absolute symlink', () => {
      refuse((p) => symlinkSync('/etc/passwd', path.join(p, 'infra/passwd')), 'bundle-symlink-escape', 'infra/passwd is a link to "/etc/passwd"');
    });
    it('a named pipe', () => {
      refuse((p) => spawnSync('mkfifo', [path.join(p, 'tools/pipe')]), 'bundle-special-file', 'tools/pipe is a named pipe');
    });
    it('a socket', async () => {
      const project = writeProject(fresh('p'));
      const server = createServer();
      await new Promise<void>((resolve) => server.listen(path.join(project, 'infra/agent.sock'), resolve));
      try {
        const r = bundleIn(project, fresh('out'));
        expect(r.code).toBe(1);
        expect(r.stderr).toContain('infra/agent.sock is a socket, which cannot go into a bundle');
      } finally {
        await new Promise<void>((resolve) => server.close(() => resolve()));
      }
    });
    it('a device file', () => {
      refuse(
        (p) => {
          // A character device needs root (GitHub runners have password-less sudo).
          const args = ['mknod', path.join(p, 'tools/null'), 'c', '1', '3'];
          const made = process.getuid?.() === 0 ? spawnSync(args[0]!, args.slice(1)) : spawnSync('sudo', ['-n', ...args]);
          if (made.status !== 0) throw new Error(`mknod failed: ${made.stderr}`);
        },
        'bundle-special-file',
        'tools/null is a device file',
      );
    });
    it('two sources landing on one path', () => {
      refuse(
        (p) => writeFileSync(path.join(p, 'compatibility.yaml'), readFileSync(path.join(p, 'compatibility.yaml'), 'utf8').replace('      - from: NOTICE\n', '      - from: NOTICE\n        to: tools/README\n')),
        'bundle-duplicate',
        'two sources land on "tools/README" in the bundle',
      );
    });
    it('a destination that climbs out', () => {
      refuse(
        (p) => writeFileSync(path.join(p, 'compatibility.yaml'), readFileSync(path.join(p, 'compatibility.yaml'), 'utf8').replace('      - from: NOTICE\n', '      - from: NOTICE\n        to: ../NOTICE\n')),
        'path-escape',
        'files[0].to "../NOTICE" leaves the bundle',
      );
    });
    it('a source outside the repository', () => {
      refuse(
        (p) => writeFileSync(path.join(p, 'compatibility.yaml'), readFileSync(path.join(p, 'compatibility.yaml'), 'utf8').replace('      - from: NOTICE\n', '      - from: ../outside\n        to: outside\n')),
        'path-escape',
        '"../outside" is outside the project',
      );
    });
  });
});

describe('slipway verify', () => {
  const built = () => {
    const project = writeProject(fresh('p'));
    const out = fresh('out');
    expect(bundleIn(project, out).code).toBe(0);
    return out;
  };

  it('accepts a release folder as built', () => {
    const out = built();
    const r = runCli(['verify', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`demo 2.1.0: 3 files verified\n  ok        ${CLOUD}  (1 files inside)\n  ok        ${K8S}  (7 files inside)\n  ok        manifest.yaml\n`);
  });

  it('names a flipped byte and a missing file, with exit 1', () => {
    const out = built();
    const file = path.join(out, K8S);
    const bytes = readFileSync(file);
    bytes[bytes.length - 12]! ^= 0xff;
    writeFileSync(file, bytes);
    rmSync(path.join(out, CLOUD));
    const r = runCli(['verify', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${path.join(out, 'SHA256SUMS')}:1:1: ${CLOUD} is missing`);
    expect(r.stderr).toMatch(new RegExp(`SHA256SUMS:2:1: ${K8S.replaceAll('.', '\\.')}: sha256 [0-9a-f]{64}, expected [0-9a-f]{64}`));
  });

  it('finds a changed file inside a bundle even when the outer checksums were recomputed', () => {
    requireTool('tar', 'tar');
    const out = built();
    const x = fresh('x');
    spawnSync('tar', ['-xzf', path.join(out, K8S), '-C', x]);
    writeFileSync(path.join(x, 'demo-k8s-2.1.0/app/values.yaml'), 'replicas: 200\n');
    chmodSync(path.join(x, 'demo-k8s-2.1.0/app/values.yaml'), 0o644);
    expect(spawnSync('sh', ['-c', `tar --sort=name --owner=0 --group=0 --numeric-owner -cf - demo-k8s-2.1.0 | gzip -n > ${path.join(out, K8S)}`], { cwd: x }).status).toBe(0);
    const sum = spawnSync('sha256sum', [K8S], { cwd: out, encoding: 'utf8' }).stdout.split(' ')[0]!;
    const sums = readFileSync(path.join(out, 'SHA256SUMS'), 'utf8').replace(new RegExp(`^[0-9a-f]{64}(  ${K8S})$`, 'm'), `${sum}$1`);
    writeFileSync(path.join(out, 'SHA256SUMS'), sums);
    const r = runCli(['verify', out, '--json']);
    expect(r.code).toBe(1);
    const codes = JSON.parse(r.stdout).findings.map((f: { code: string; message: string }) => `${f.code} ${f.message}`);
    expect(codes).toContainEqual(expect.stringMatching(new RegExp(`^verify-bundle-mismatch ${K8S}: app/values.yaml has sha256 [0-9a-f]{64}, bundle.yaml says [0-9a-f]{64}$`)));
  });
  it('reads large bundles side by side on worker threads, and names the one that is damaged', () => {
    // Three bundles of 9 MiB that do not compress: past the size where verify hands a bundle to a worker.
    const project = fresh('large');
    const parts = [0, 1, 2];
    for (const i of parts) {
      mkdirSync(path.join(project, `part${i}`), { recursive: true });
      writeFileSync(path.join(project, `part${i}`, 'layer.bin'), randomBytes(9 * 1024 * 1024));
      writeFileSync(path.join(project, `part${i}`, 'README'), `part ${i}\n`);
    }
    writeFileSync(path.join(project, 'compatibility.yaml'), [
      'apiVersion: slipway/v1',
      'release: { name: large, version: 1.0.0 }',
      'components:',
      ...parts.map((i) => `  - { name: part${i}, kind: files, version: 1.0.0, source: part${i} }`),
      'bundles:',
      ...parts.map((i) => `  - { name: b${i}, components: [part${i}] }`),
      'targets: { assets: { name: "{bundle}-{version}" } }',
      '',
    ].join('\n'));
    const out = fresh('out');
    expect(runCli(['bundle', '--out', out, '--version', '1.0.0'], { cwd: project, env }).code).toBe(0);
    const ok = runCli(['verify', out]);
    expect(ok.stderr).toBe('');
    expect(ok.stdout).toBe(`large 1.0.0: 4 files verified\n${parts.map((i) => `  ok        b${i}-1.0.0.tar.gz  (2 files inside)\n`).join('')}  ok        manifest.yaml\n`);
    const last = path.join(out, 'b2-1.0.0.tar.gz');
    const bytes = readFileSync(last);
    bytes[Math.floor(bytes.length / 2)]! ^= 0xff;
    writeFileSync(last, bytes);
    const r = runCli(['verify', out, '--json']);
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.stdout).findings.map((f: { code: string; message: string }) => `${f.code} ${f.message.replace(out, 'OUT')}`);
    // The flipped byte lies in stored (uncompressed) deflate data: the file inside that holds it is named, and gunzip,
    // run once the bundle's sha256 is known to differ, says its CRC-32 fails.
    expect(findings).toEqual([
      'verify-damaged b2-1.0.0.tar.gz: its compressed data is damaged (gunzip: incorrect data check)',
      expect.stringMatching(/^verify-bundle-mismatch b2-1\.0\.0\.tar\.gz: part2\/layer\.bin has sha256 [0-9a-f]{64}, bundle\.yaml says [0-9a-f]{64}$/),
      expect.stringMatching(/^verify-mismatch b2-1\.0\.0\.tar\.gz: sha256 [0-9a-f]{64}, expected [0-9a-f]{64}$/),
    ]);
  });
});

describe('slipway extract', () => {
  it('unpacks a bundle into a new folder, and never into a folder that has files', () => {
    const project = writeProject(fresh('p'));
    const out = fresh('out');
    expect(bundleIn(project, out).code).toBe(0);
    const dest = path.join(fresh('x'), 'k8s');
    const r = runCli(['extract', path.join(out, K8S), '--dest', dest]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('8 files, 13 folders, 0 links');
    expect(readFileSync(path.join(dest, 'demo-k8s-2.1.0/NOTICE'), 'utf8')).toBe('Copyright the demo authors\n');
    const again = runCli(['extract', path.join(out, K8S), '--dest', dest]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('is not empty');
  });
});
