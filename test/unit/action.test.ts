import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import examples from '@octokit/webhooks-examples';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/action/main.js';
import { runAction } from '../helpers/action-runner.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'slipway-action-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function releaseEvent(action: string, tag: string): string {
  const all = (examples as unknown as { name: string; examples: { action: string; release: Record<string, unknown> }[] }[])
    .find((e) => e.name === 'release')!.examples;
  const body = structuredClone(all.find((e) => e.action === action)!);
  body.release.tag_name = tag;
  const file = path.join(tmp, `${action}-${tag}.json`);
  writeFileSync(file, JSON.stringify(body));
  return file;
}

const example = { 'working-directory': 'examples/platform' };

describe('the Action entry (driven like the runner drives it)', () => {
  it('plan: sets the version, prerelease, plan and the job matrices, and writes the job summary', async () => {
    const r = await runAction(run, { command: 'plan', version: '1.4.0', ...example });
    expect(r.failed).toBe(false);
    expect(r.outputs.version).toBe('1.4.0');
    expect(r.outputs.tag).toBe('v1.4.0');
    expect(r.outputs.prerelease).toBe('false');
    expect(JSON.parse(r.outputs.plan!).release.name).toBe('acme-platform');
    const images = JSON.parse(r.outputs.images!);
    expect(images.include.map((j: { id: string }) => j.id)).toEqual(['image-api-linux-amd64', 'image-api-linux-arm64', 'image-worker-linux-amd64']);
    expect(images.include[0].kind).toBe('image');
    expect(JSON.parse(r.outputs.installers!).include[0]).toMatchObject({ kind: 'installer', runner: 'windows-latest' });
    expect(JSON.parse(r.outputs.matrix!).include).toHaveLength(12);
    expect(r.outputs['has-images']).toBe('true');
    expect(JSON.parse(r.outputs.compatibility!).targets).toContain('kubernetes');
    expect(r.summary).toContain('## Release plan: acme-platform 1.4.0');
    expect(r.summary).toContain('| image | image api linux/arm64 | 1.4.0 | ubuntu-24.04-arm | ghcr.io/acme/api linux/arm64 |');
    expect(r.summary).toContain('## Compatibility: acme-platform');
  });

  it('plan on a release event: the version and prerelease flag come from the payload', async () => {
    const r = await runAction(run, { command: 'plan', ...example }, { GITHUB_EVENT_NAME: 'release', GITHUB_EVENT_PATH: releaseEvent('prereleased', 'v1.5.0-rc.2') });
    expect(r.log).not.toContain('::error');
    expect(r.failed).toBe(false);
    expect(r.outputs.version).toBe('1.5.0-rc.2');
    expect(r.outputs.tag).toBe('v1.5.0-rc.2');
    expect(r.outputs.prerelease).toBe('true');
    expect(JSON.parse(r.outputs.plan!).release.versionSource).toBe('release-event');
  });

  it('plan on a release whose tag is not a version fails the step with a clear message', async () => {
    const r = await runAction(run, { command: 'plan', ...example }, { GITHUB_EVENT_NAME: 'release', GITHUB_EVENT_PATH: releaseEvent('published', 'nightly') });
    expect(r.failed).toBe(true);
    expect(r.log).toContain('::error::the tag "nightly" is not a version (hint: release tags look like v1.2.3 or v1.2.3-rc.1 (release.tagPrefix is "v"))');
  });

  it('validate: each problem becomes an annotation on the file (relative to the repository), line and column', async () => {
    const r = await runAction(run, { command: 'validate', config: 'many-errors.yaml', 'working-directory': 'test/fixtures/compatibility/invalid' });
    expect(r.failed).toBe(true);
    const annotations = r.log.split('\n').filter((l) => l.startsWith('::error '));
    expect(annotations).toHaveLength(4);
    expect(annotations[2]).toBe(
      "::error title=slipway%3A unsatisfied,file=test/fixtures/compatibility/invalid/many-errors.yaml,line=16,col=14::llm-serve 0.4.0 does not satisfy core's requirement >=0.3.0 <0.4.0 (many-errors.yaml:12:18) (hint: change llm-serve's version or core's range)",
    );
    expect(r.log).toContain('::error::4 problems, see the annotations');
  });

  it('validate: a valid file passes and outputs the result', async () => {
    const r = await runAction(run, { command: 'validate', ...example });
    expect(r.failed).toBe(false);
    expect(JSON.parse(r.outputs.result!)).toMatchObject({ valid: true, components: 8 });
  });

  it('check: conflicts fail the step; installed versions may be given one per line', async () => {
    const r = await runAction(run, { command: 'check', installed: 'kubernetes=1.28\nhelm=3.15', ...example });
    expect(r.failed).toBe(true);
    expect(JSON.parse(r.outputs.result!).conflicts).toEqual([
      'gateway 0.9.2 requires kubernetes >=1.29.0 <1.32.0, but kubernetes 1.28.0 is installed (compatibility.yaml:45:19)',
    ]);
    const ok = await runAction(run, { command: 'check', installed: 'kubernetes=1.30 helm=3.15', ...example });
    expect(ok.failed).toBe(false);
  });

  it('matrix, list and show run the same commands as the CLI', async () => {
    const m = await runAction(run, { command: 'matrix', ...example });
    expect(m.summary).toContain('| gateway 0.9.2 | chart | ~1.4.0 | ~1.4.0 |');
    const l = await runAction(run, { command: 'list', ...example });
    expect(JSON.parse(l.outputs.result!).map((c: { name: string }) => c.name)).toEqual(['api', 'worker', 'gateway', 'stack', 'cloud', 'k8s-scripts', 'acmectl', 'stack-msi']);
    const s = await runAction(run, { command: 'show', component: 'cloud', ...example });
    expect(JSON.parse(s.outputs.result!)).toMatchObject({ name: 'cloud', kind: 'terraform', bundles: ['terraform'] });
  });

  it('refuses an unknown command and show without a component', async () => {
    const bad = await runAction(run, { command: 'deploy' });
    expect(bad.failed).toBe(true);
    expect(bad.log).toContain('::error::input "command" is "deploy", which is not one of: validate, plan, matrix, check, list, show');
    const show = await runAction(run, { command: 'show', ...example });
    expect(show.log).toContain('::error::command "show" needs the input "component"');
  });

  it('summary: false writes no job summary', async () => {
    const r = await runAction(run, { command: 'plan', version: '1.4.0', summary: 'false', ...example });
    expect(r.summary).toBe('');
  });
});
