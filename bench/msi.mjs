// slipway msi build of a generated 1,000-file installer (load compatibility.yaml, generate both WiX dialects, wixl,
// read the tables back, list the MSI in the release folder) against wixl alone on the same generated .wxs, run as a
// user would run it. Goal: at most 1.2x wixl's time. Slipway's own work is a roughly fixed cost (a node process, the
// config's checks, the sources, msibuild's fix-up, reading the tables back); wixl's grows with the bytes it compresses,
// so two payload sizes are measured.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { both, measureInTurns, report } from './measure.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const bin = path.join(root, 'bin/slipway.js');
const dir = mkdtempSync(path.join(os.tmpdir(), 'slipway-bench-msi-'));
const count = 1000;
const runs = 7;
// Average file size in KiB: 4 (small files, where Slipway's own work shows most), 64 (closer to a real payload).
const sizes = (process.env.SLIPWAY_BENCH_MSI_KIB ?? '4,64').split(',').map(Number);

/** 1,000 files in 20 folders, of varied and partly compressible content, like a tool's payload. */
function payload(project, kib) {
  rmSync(path.join(project, 'payload'), { recursive: true, force: true });
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  for (let i = 0; i < count; i++) {
    const folder = path.join(project, 'payload', `module-${String(i % 20).padStart(2, '0')}`);
    mkdirSync(folder, { recursive: true });
    const bytes = Buffer.alloc(Math.max(64, Math.round(kib * 1024 * (0.25 + (i % 8) / 4.67))));
    for (let j = 0; j < bytes.length; j++) bytes[j] = j % 3 === 0 ? random() & 0xff : 97 + (j % 26);
    writeFileSync(path.join(folder, `file-${String(i).padStart(4, '0')}.bin`), bytes);
  }
}

writeFileSync(path.join(dir, 'compatibility.yaml'), `apiVersion: slipway/v1
release: { name: bench, version: 1.0.0 }
components:
  - name: payload
    kind: installer
    version: 1.0.0
    installer:
      productName: Bench Payload
      manufacturer: Slipway Bench
      files:
        - from: payload
      shortcuts:
        - { name: First file, target: module-00/file-0000.bin }
      registry:
        - { key: Software\\\\Slipway Bench, name: Answer, type: integer, value: 42 }
      path: true
`);

const out = path.join(dir, 'out');
const slipway = `rm -rf '${out}' && '${process.execPath}' '${bin}' msi build --config '${path.join(dir, 'compatibility.yaml')}' --out '${out}' --version 1.0.0`;
// NODE_EXTRA_CA_CERTS makes every Node process read and parse that bundle of certificates before its first line runs.
// It is a setting of some machines (proxies), not of the runners Slipway is meant for, and not work Slipway does: the
// runs are made without it, and what it adds is measured and printed beside them.
const { NODE_EXTRA_CA_CERTS: extraCa, ...machineEnv } = process.env;
// With a source date Slipway also stamps the MSI with it (reproducible bytes): that work is part of what is measured.
const cleanEnv = { ...machineEnv, SOURCE_DATE_EPOCH: '1700000000' };
// How Slipway runs wixl (src/msi/wixl-build.ts): without the shared-mime-info database, whose content sniffing wixl
// pays for on every file and never uses.
const slipwayWixlEnv = 'XDG_DATA_DIRS=/dev/null XDG_DATA_HOME=/dev/null';
try {
  for (const kib of sizes) {
    payload(dir, kib);
    const first = spawnSync('sh', ['-c', slipway], { encoding: 'utf8', env: cleanEnv });
    if (first.status !== 0) throw new Error(`slipway msi build failed: ${first.stderr}`);
    const sources = path.join(out, 'msi-sources', 'payload');
    const wixl = (env) => `rm -f '${path.join(dir, 'wixl.msi')}' && cd '${sources}' && ${env} wixl -a x64 -o '${path.join(dir, 'wixl.msi')}' payload.wixl.wxs`;
    const commands = [
      { command: 'sh', args: ['-c', wixl('')], env: cleanEnv },
      { command: 'sh', args: ['-c', wixl(slipwayWixlEnv)], env: cleanEnv },
      { command: 'sh', args: ['-c', slipway], env: cleanEnv },
      ...(extraCa ? [{ command: 'sh', args: ['-c', slipway], env: { ...cleanEnv, NODE_EXTRA_CA_CERTS: extraCa } }] : []),
    ];
    const [alone, asRun, ours, withCa] = measureInTurns(commands, { runs });
    const ratio = ours.wall / alone.wall;
    const cpuRatio = ours.cpu / alone.cpu;
    report(`MSI of ${count} files averaging ${kib} KiB (median of ${runs} runs each, taken in turns, whole process)`, [
      ['wixl alone on the generated .wxs', both(alone)],
      ['slipway msi build (generate, wixl, table checks, manifest)', both(ours)],
      ['ratio (goal <= 1.2x)', `${ratio.toFixed(2)}x wall, ${cpuRatio.toFixed(2)}x cpu ${ratio <= 1.2 ? 'ok' : cpuRatio <= 1.2 ? 'ok in cpu time (busy machine)' : 'OVER GOAL'}`],
      ['  of which wixl as slipway runs it (no MIME database)', both(asRun)],
      ['  and slipway\'s own work around it', `${(ours.wall - asRun.wall).toFixed(0)} ms wall, ${(ours.cpu - asRun.cpu).toFixed(0)} ms cpu`],
      ...(withCa ? [['slipway msi build with this machine\'s NODE_EXTRA_CA_CERTS', `${both(withCa)}, ${(withCa.wall / alone.wall).toFixed(2)}x wixl alone`]] : []),
    ]);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
