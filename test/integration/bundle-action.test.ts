import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import examples from '@octokit/webhooks-examples';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/action/main.js';
import { runAction } from '../helpers/action-runner.js';
import { startGitHubFake, type GitHubFake } from '../helpers/github-fake/index.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'slipway-bundle-action-'));
let fake: GitHubFake;
beforeAll(async () => {
  fake = await startGitHubFake();
});
afterAll(async () => {
  await fake.stop();
  rmSync(tmp, { recursive: true, force: true });
});

/** A real `release` webhook payload (published), with the tag of the example's release. */
function releaseEvent(tag: string): string {
  const all = (examples as unknown as { name: string; examples: { action: string; release: Record<string, unknown> }[] }[]).find((e) => e.name === 'release')!.examples;
  const body = structuredClone(all.find((e) => e.action === 'published')!);
  body.release.tag_name = tag;
  const file = path.join(tmp, `event-${tag}.json`);
  writeFileSync(file, JSON.stringify(body));
  return file;
}

describe('actions/bundle and actions/verify steps (the Action entry, as the composite actions call it)', () => {
  it('builds on a release event, uploads to that release, then a consumer downloads and verifies it', async () => {
    const dir = path.join(tmp, 'release');
    const event = { GITHUB_EVENT_NAME: 'release', GITHUB_EVENT_PATH: releaseEvent('v1.4.0'), SOURCE_DATE_EPOCH: '1767225600', GITHUB_REPOSITORY: 'acme/platform', GITHUB_API_URL: fake.url };
    const built = await runAction(run, { command: 'bundle', 'working-directory': 'examples/platform', dir }, event);
    expect(built.failed).toBe(false);
    expect(built.outputs.manifest).toBe(path.join(dir, 'manifest.yaml'));
    expect(Object.keys(JSON.parse(built.outputs.digests!))).toEqual(['acme-platform-kubernetes-1.4.0.tar.gz', 'acme-platform-docker-1.4.0.tar.gz', 'acme-platform-terraform-1.4.0.tar.gz']);
    expect(built.summary).toContain('### Bundles of acme-platform 1.4.0');
    expect(built.summary).toMatch(/\| kubernetes \| `acme-platform-kubernetes-1\.4\.0\.tar\.gz` \| [\d.]+ KiB \| 7 \| `[0-9a-f]{64}` \|/);

    const published = await runAction(run, { command: 'publish', dir, token: fake.token }, event);
    expect(published.failed).toBe(false);
    expect(fake.release('acme/platform', 'v1.4.0')!.assets).toHaveLength(5);

    const consumer = path.join(tmp, 'consumer');
    const got = await runAction(run, { command: 'download', repo: 'acme/platform', tag: 'v1.4.0', dir: consumer, token: fake.token }, { GITHUB_API_URL: fake.url });
    expect(got.failed).toBe(false);
    expect(got.summary).toContain('### Downloaded acme-platform 1.4.0');
    const checked = await runAction(run, { command: 'verify', dir: consumer }, {});
    expect(checked.failed).toBe(false);
    expect(checked.outputs.ok).toBe('true');
    expect(checked.summary).toContain('### Verified acme-platform 1.4.0');
    fake.assertValid();
  });
});
