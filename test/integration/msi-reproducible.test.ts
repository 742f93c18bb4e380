import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireTool } from '../helpers/require-tool.js';
import { runCli } from '../helpers/run-cli.js';

/*
 * wixl stamps an MSI with the time of the build and a random PackageCode, and its cabinet with the files' modification
 * times. Slipway stamps it with the date of the sources instead, so that the same sources give the same MSI. The
 * payload has small files and a 96 KiB one, so that the cabinet is a stream of full sectors, not of the mini stream.
 */
let temp: string;
let project: string;

interface Built {
  sha256: string;
  path: string;
}

function build(out: string, env: NodeJS.ProcessEnv): Built {
  const r = runCli(['msi', 'build', '--config', path.join(project, 'compatibility.yaml'), '--out', path.join(temp, out), '--json'], { cwd: project, env: { GITHUB_SHA: '', ...env } });
  expect(r.code, r.stderr).toBe(0);
  return (JSON.parse(r.stdout) as { installers: Built[] }).installers[0]!;
}

function summary(msi: string): Record<string, string> {
  const text = execFileSync('msiinfo', ['suminfo', msi], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
  return Object.fromEntries(text.split('\n').filter((l) => l.includes(': ')).map((l) => [l.slice(0, l.indexOf(': ')), l.slice(l.indexOf(': ') + 2)]));
}

/** Gives every file of the payload another modification time, as a fresh checkout would. */
function touchPayload(seconds: number): void {
  for (const name of readdirSync(path.join(project, 'payload'))) utimesSync(path.join(project, 'payload', name), seconds, seconds);
}

beforeAll(async () => {
  for (const [tool, pkg] of [['wixl', 'wixl'], ['msiinfo', 'msitools'], ['git', 'git']] as const) requireTool(tool, pkg);
  temp = await mkdtemp(path.join(os.tmpdir(), 'slipway-msi-repro-'));
  project = path.join(temp, 'project');
  mkdirSync(path.join(project, 'payload'), { recursive: true });
  for (let i = 0; i < 5; i++) writeFileSync(path.join(project, 'payload', `note-${i}.txt`), `note ${i}\n`);
  writeFileSync(path.join(project, 'payload', 'tool.bin'), randomBytes(96 * 1024));
  writeFileSync(path.join(project, 'compatibility.yaml'), [
    'apiVersion: slipway/v1',
    'release: { name: repro, version: 2.1.0 }',
    'components:',
    '  - name: repro',
    '    kind: installer',
    '    version: 2.1.0',
    '    installer:',
    '      productName: Repro Tool',
    '      manufacturer: Acme',
    '      files: [{ from: payload }]',
    '',
  ].join('\n'));
});

afterAll(async () => {
  if (temp) await rm(temp, { recursive: true, force: true });
});

describe('msi build with a source date', () => {
  it('gives the same bytes from the same sources, whenever they were checked out and built', async () => {
    touchPayload(1_600_000_000);
    const first = build('first', { SOURCE_DATE_EPOCH: '1700000000' });
    touchPayload(1_650_000_000);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const second = build('second', { SOURCE_DATE_EPOCH: '1700000000' });
    expect(second.sha256).toBe(first.sha256);
    expect(readFileSync(second.path).equals(readFileSync(first.path))).toBe(true);

    const info = summary(first.path);
    expect(info.Created).toBe('Tue Nov 14 22:13:20 2023');
    expect(info['Last saved']).toBe('Tue Nov 14 22:13:20 2023');
    expect(info['Revision number (UUID)']).toMatch(/^\{[0-9A-F]{8}-[0-9A-F]{4}-5[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}\}$/);
  });

  it('gives another PackageCode and other bytes for another date or other content', () => {
    const base = build('base', { SOURCE_DATE_EPOCH: '1700000000' });
    const later = build('later', { SOURCE_DATE_EPOCH: '1700000100' });
    expect(later.sha256).not.toBe(base.sha256);
    expect(summary(later.path)['Revision number (UUID)']).not.toBe(summary(base.path)['Revision number (UUID)']);
    writeFileSync(path.join(project, 'payload', 'note-0.txt'), 'note 0, changed\n');
    const changed = build('changed', { SOURCE_DATE_EPOCH: '1700000000' });
    expect(summary(changed.path)['Revision number (UUID)']).not.toBe(summary(base.path)['Revision number (UUID)']);
  });

  it('takes the commit time of the sources when SOURCE_DATE_EPOCH is not set', () => {
    const git = (...args: string[]) => execFileSync('git', args, {
      cwd: project,
      env: { ...process.env, GIT_AUTHOR_DATE: '2024-03-01T12:00:00Z', GIT_COMMITTER_DATE: '2024-03-01T12:00:00Z' },
    });
    git('init', '-q');
    git('add', '.');
    git('-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', 'commit', '-q', '-m', 'sources');
    const built = build('from-git', { SOURCE_DATE_EPOCH: '' });
    expect(summary(built.path).Created).toBe('Fri Mar  1 12:00:00 2024');
  });

  it('stops before building when SOURCE_DATE_EPOCH is not a number of seconds', () => {
    const r = runCli(['msi', 'build', '--config', path.join(project, 'compatibility.yaml'), '--out', path.join(temp, 'bad')], { env: { SOURCE_DATE_EPOCH: 'yesterday' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('SOURCE_DATE_EPOCH is "yesterday", not a number of seconds since 1970');
    expect(readdirSync(temp)).not.toContain('bad');
  });
});
