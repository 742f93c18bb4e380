import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/action/main.js';
import { runAction } from '../helpers/action-runner.js';
import { startGitHubFake, type GitHubFake } from '../helpers/github-fake/index.js';
import { ROOT, runCli, runCliAsync } from '../helpers/run-cli.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'slipway-publish-cli-'));
const example = path.join(ROOT, 'examples/platform');
const out = path.join(tmp, 'release');
let fake: GitHubFake;

beforeAll(async () => {
  const built = runCli(['bundle', '--out', out, '--version', '1.4.0'], { cwd: example, env: { SOURCE_DATE_EPOCH: '1767225600' } });
  expect(built.code).toBe(0);
  fake = await startGitHubFake({ echoAuthorization: true });
});
afterAll(async () => {
  await fake.stop();
  rmSync(tmp, { recursive: true, force: true });
});

const SECRET = 'ghp_Secret0123456789abcdefSECRET';

describe('slipway publish (CLI and Action) against the GitHub fake', () => {
  it('never shows the token, even when the server echoes it back', async () => {
    const r = await runCliAsync(['publish', out, '--repo', 'acme/platform'], { env: { GITHUB_TOKEN: SECRET, GITHUB_API_URL: fake.url } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('listing the releases of acme/platform: HTTP 401: Bad credentials (got "token ***")');
    expect(r.stderr).toContain('hint: the token is missing, expired or wrong');
    expect(`${r.stdout}${r.stderr}`).not.toContain(SECRET);
    const json = await runCliAsync(['publish', out, '--repo', 'acme/platform', '--json'], { env: { GITHUB_TOKEN: SECRET, GITHUB_API_URL: fake.url } });
    expect(json.stdout).not.toContain(SECRET);
    expect(JSON.parse(json.stdout).ok).toBe(false);
  });

  it('uploads the release folder to a draft, then changes nothing when run again', async () => {
    const env = { GITHUB_TOKEN: fake.token, GITHUB_API_URL: fake.url };
    const first = await runCliAsync(['publish', out, '--repo', 'acme/platform'], { env });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout.split('\n')[0]).toBe('acme/platform@v1.4.0 (draft): 5 to change, 0 unchanged');
    expect(first.stdout).toMatch(/ {2}uploaded {6}acme-platform-kubernetes-1\.4\.0\.tar\.gz {2}[\d.]+ KiB {2}sha256:[0-9a-f]{64}\n/);
    const assets = fake.release('acme/platform', 'v1.4.0')!.assets.map((a) => a.name).sort();
    expect(assets).toEqual(['SHA256SUMS', 'acme-platform-docker-1.4.0.tar.gz', 'acme-platform-kubernetes-1.4.0.tar.gz', 'acme-platform-terraform-1.4.0.tar.gz', 'manifest.yaml']);
    const sums = readFileSync(path.join(out, 'SHA256SUMS'));
    expect(fake.release('acme/platform', 'v1.4.0')!.assets.find((a) => a.name === 'SHA256SUMS')!.data.equals(sums)).toBe(true);
    const again = await runCliAsync(['publish', out, '--repo', 'acme/platform', '--publish'], { env });
    expect(again.code).toBe(0);
    expect(again.stdout.split('\n')[0]).toBe('acme/platform@v1.4.0 (published now): 0 to change, 5 unchanged');
    fake.assertValid();
  });

  it('the Action masks the token and publishes with the same core', async () => {
    const other = await startGitHubFake();
    try {
      const r = await runAction(run, { command: 'publish', dir: out, repo: 'acme/other', token: other.token }, { GITHUB_API_URL: other.url });
      expect(r.failed).toBe(false);
      expect(r.log).toContain(`::add-mask::${other.token}`);
      expect(r.log.split(`::add-mask::${other.token}`).join('')).not.toContain(other.token);
      expect(JSON.parse(r.outputs.digests!)['SHA256SUMS']).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(r.summary).toContain('### Release assets: acme/other@v1.4.0 (draft)');
      other.assertValid();
    } finally {
      await other.stop();
    }
  });
});
