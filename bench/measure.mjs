// Timing of whole processes, the way a user experiences a command: median of several runs after a warm-up.
// GNU time also gives the CPU time (user + system) and the peak memory of each run: on a busy machine the CPU time
// is the steadier figure, and the memory goals of some benchmarks are read from it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const GNU_TIME = '/usr/bin/time';

export function measureCommand(command, args, { runs = 15, cwd, env } = {}) {
  const withTime = existsSync(GNU_TIME);
  const once = () => {
    const start = process.hrtime.bigint();
    const r = withTime
      ? spawnSync(GNU_TIME, ['-f', '@@time %U %S %M', command, ...args], { cwd, env: env ?? process.env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' })
      : spawnSync(command, args, { cwd, env: env ?? process.env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    const wall = Number(process.hrtime.bigint() - start) / 1e6;
    if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
    const m = /@@time ([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr ?? '');
    return { wall, cpu: m ? (Number(m[1]) + Number(m[2])) * 1000 : NaN, rssMB: m ? Number(m[3]) / 1024 : NaN };
  };
  once();
  const samples = Array.from({ length: runs }, once);
  const median = (key) => samples.map((s) => s[key]).sort((a, b) => a - b)[Math.floor(samples.length / 2)];
  return { wall: median('wall'), cpu: median('cpu'), rssMB: Math.max(...samples.map((s) => s.rssMB)) };
}

/** Median wall-clock milliseconds. */
export function timeCommand(command, args, options) {
  return measureCommand(command, args, options).wall;
}

export function report(name, rows) {
  console.log(`\n${name}`);
  for (const [label, value] of rows) console.log(`  ${label.padEnd(52)} ${value}`);
}

export const ms = (v) => `${v.toFixed(1)} ms`;
export const both = (m) => `${ms(m.wall)} wall, ${ms(m.cpu)} cpu`;
