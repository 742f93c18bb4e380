import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/action/main.js';
import { runAction } from '../helpers/action-runner.js';
import { requireTool } from '../helpers/require-tool.js';
import { ROOT } from '../helpers/run-cli.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'slipway-helm-action-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface CompositeAction {
  inputs: Record<string, unknown>;
  runs: { using: string; steps: { run?: string; env?: Record<string, string>; if?: string }[] };
}

describe('actions/helm-pages', () => {
  const action = parse(readFileSync(path.join(ROOT, 'actions/helm-pages/action.yml'), 'utf8')) as CompositeAction;

  it('is a composite action whose scripts take inputs through env only, and run the bundled dist/', () => {
    expect(action.runs.using).toBe('composite');
    for (const step of action.runs.steps) {
      if (!step.run) continue;
      expect(step.run).not.toContain('${{');
      expect(step.run).toBe('node "$GITHUB_ACTION_PATH/../../dist/action.js"');
      for (const value of Object.values(step.env ?? {})) {
        const used = [...value.matchAll(/inputs\.([a-z-]+)/g)].map((m) => m[1]!);
        for (const name of used) expect(Object.keys(action.inputs)).toContain(name);
      }
    }
    expect(action.runs.steps.map((s) => s.env?.INPUT_COMMAND)).toEqual(['chart-publish', 'chart-push']);
  });

  it('the README recommends a concurrency group', () => {
    expect(readFileSync(path.join(ROOT, 'actions/helm-pages/README.md'), 'utf8')).toMatch(/concurrency:\n\s+group: /);
  });
});

describe('the Action entry runs chart-publish with a job summary of the charts published and skipped', () => {
  it('publishes, then skips on the next run', async () => {
    requireTool('git', 'git');
    const remote = path.join(tmp, 'pages.git');
    execFileSync('git', ['init', '-q', '--bare', remote]);
    const dir = path.join(tmp, 'project');
    mkdirSync(path.join(dir, 'charts', 'web'), { recursive: true });
    writeFileSync(path.join(dir, 'compatibility.yaml'), 'apiVersion: slipway/v1\nrelease:\n  name: web\n  version: 1.0.0\ncomponents:\n  - name: web\n    kind: chart\n    version: 3.1.0\n    source: charts/web\ntargets:\n  pages:\n    branch: gh-pages\n    url: https://example.test/\n    path: .\n');
    writeFileSync(path.join(dir, 'charts', 'web', 'Chart.yaml'), 'apiVersion: v2\nname: web\nversion: 3.1.0\n');
    const inputs = { command: 'chart-publish', 'working-directory': path.relative(ROOT, dir), mode: 'packages-with-index', remote, dir: '.slipway/charts' };
    const first = await runAction(run, inputs, { SOURCE_DATE_EPOCH: '1767225600' });
    expect(first.failed).toBe(false);
    expect(JSON.parse(first.outputs.published!)).toEqual([{ name: 'web', version: '3.1.0', url: 'https://example.test/web-3.1.0.tgz' }]);
    expect(first.outputs.changed).toBe('true');
    expect(first.summary).toContain('| web | 3.1.0 | published | [web-3.1.0.tgz](https://example.test/web-3.1.0.tgz) |');
    const second = await runAction(run, inputs, { SOURCE_DATE_EPOCH: '1767225600' });
    expect(second.failed).toBe(false);
    expect(second.outputs).toMatchObject({ published: '[]', skipped: '[{"name":"web","version":"3.1.0"}]', changed: 'false' });
    expect(second.summary).toContain('| web | 3.1.0 | skipped |');
    expect(second.summary).toContain('Index on `gh-pages` unchanged.');
  });

  it('a bad chart fails the step with an annotation on Chart.yaml', async () => {
    const dir = path.join(tmp, 'bad');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'Chart.yaml'), 'apiVersion: v2\nname: ../bad\nversion: 1.0.0\n');
    const r = await runAction(run, { command: 'chart-lint', paths: path.relative(ROOT, dir) });
    expect(r.failed).toBe(true);
    expect(r.log).toContain(`::error::1 chart(s) linted, 1 chart(s) failed`);
    expect(r.log).toContain(`::error title=slipway%3A chart-invalid,file=${path.relative(ROOT, dir)}/Chart.yaml,line=2,col=1::validation: chart.metadata.name "../bad" is invalid`);
  });
});
