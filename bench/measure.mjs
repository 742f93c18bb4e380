// Timing of whole processes, the way a user experiences a command: median of several runs after a warm-up.
// GNU time also gives the CPU time (user + system) and the peak memory of each run: on a busy machine the CPU time
// is the steadier figure, and the memory goals of some benchmarks are read from it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const GNU_TIME = '/usr/bin/time';
const withTime = existsSync(GNU_TIME);

function runOnce(command, args, { cwd, env } = {}) {
  const start = process.hrtime.bigint();
  const r = withTime
    ? spawnSync(GNU_TIME, ['-f', '@@time %U %S %M', command, ...args], { cwd, env: env ?? process.env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' })
    : spawnSync(command, args, { cwd, env: env ?? process.env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  const m = /@@time ([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr ?? '');
  return { wall, cpu: m ? (Number(m[1]) + Number(m[2])) * 1000 : NaN, rssMB: m ? Number(m[3]) / 1024 : NaN };
}

function summarise(samples) {
  const median = (key) => samples.map((s) => s[key]).sort((a, b) => a - b)[Math.floor(samples.length / 2)];
  return { wall: median('wall'), cpu: median('cpu'), rssMB: Math.max(...samples.map((s) => s.rssMB)) };
}

export function measureCommand(command, args, { runs = 15, cwd, env } = {}) {
  return measureInTurns([{ command, args, cwd, env }], { runs })[0];
}

/**
 * Several commands measured in turns (a, b, a, b, ...) after one warm-up each: on a shared machine the load drifts,
 * and taking each side's runs side by side makes both meet the same drift.
 */
export function measureInTurns(commands, { runs = 15 } = {}) {
  for (const c of commands) runOnce(c.command, c.args, c);
  const samples = commands.map(() => []);
  for (let i = 0; i < runs; i++) commands.forEach((c, k) => samples[k].push(runOnce(c.command, c.args, c)));
  return samples.map(summarise);
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
