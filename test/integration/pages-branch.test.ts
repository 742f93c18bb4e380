import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isSlipwayError } from '../../src/errors/diagnostic.js';
import { updateBranch } from '../../src/git/pages-branch.js';
import { requireTool } from '../helpers/require-tool.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'slipway-pages-branch-'));
beforeAll(() => requireTool('git', 'git'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const bare = (name: string) => {
  const dir = path.join(tmp, `${name}.git`);
  execFileSync('git', ['init', '-q', '--bare', dir]);
  return dir;
};

describe('updateBranch (a real bare repository)', () => {
  it('creates the branch as an orphan, then commits on top of it; no change, no commit', async () => {
    const remote = bare('plain');
    const write = (text: string) => async (dir: string) => {
      writeFileSync(path.join(dir, 'index.yaml'), text);
      return true;
    };
    const first = await updateBranch({ url: remote, branch: 'gh-pages' }, { message: 'one', apply: write('a\n') });
    expect(first).toMatchObject({ created: true, attempts: 1 });
    const second = await updateBranch({ url: remote, branch: 'gh-pages' }, { message: 'two', apply: write('b\n') });
    expect(second).toMatchObject({ created: false, attempts: 1 });
    const same = await updateBranch({ url: remote, branch: 'gh-pages' }, { message: 'three', apply: write('b\n') });
    expect(same.commit).toBeUndefined();
    expect(execFileSync('git', ['--git-dir', remote, 'log', '--format=%s', 'gh-pages'], { encoding: 'utf8' })).toBe('two\none\n');
    expect(execFileSync('git', ['--git-dir', remote, 'rev-list', '--max-parents=0', 'gh-pages'], { encoding: 'utf8' }).trim()).toBe(first.commit);
  });

  it('the change is applied to what the branch holds now, and a refused push is retried a bounded number of times', async () => {
    const remote = bare('refusing');
    await updateBranch({ url: remote, branch: 'gh-pages' }, { message: 'seed', apply: async (dir) => (writeFileSync(path.join(dir, 'n'), '1'), true) });
    // From now on every push is refused, as a branch that others keep moving would be.
    const hook = path.join(remote, 'hooks', 'pre-receive');
    writeFileSync(hook, '#!/bin/sh\necho "someone else pushed first" >&2\nexit 1\n');
    chmodSync(hook, 0o755);
    const seen: string[] = [];
    const waits: number[] = [];
    let failure: unknown;
    try {
      await updateBranch(
        { url: remote, branch: 'gh-pages' },
        { message: 'next', apply: async (dir) => (seen.push(readFileSync(path.join(dir, 'n'), 'utf8')), writeFileSync(path.join(dir, 'n'), '2'), true) },
        { attempts: 3, sleep: async (ms) => void waits.push(ms) },
      );
    } catch (e) {
      failure = e;
    }
    expect(seen).toEqual(['1', '1', '1']);
    expect(waits).toHaveLength(2);
    expect(isSlipwayError(failure) && failure.diagnostics[0]).toMatchObject({ code: 'pages-push-rejected', message: expect.stringMatching(/^could not push gh-pages after 3 attempts: others kept pushing first/) });
  });
});
