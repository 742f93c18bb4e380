import path from 'node:path';
import { CHECKSUMS_FILE } from '../bundle/checksums.js';
import { MANIFEST_FILE } from '../bundle/documents-model.js';
import { publishToFolder } from '../bundle/local-release.js';
import { readManifestIfAny } from '../bundle/release-folder.js';
import { assetName } from '../bundle/release-path.js';
import { verifyRelease } from '../bundle/verify.js';
import { fail, SlipwayError, usageError } from '../errors/diagnostic.js';
import { createGitHubClient, githubToken, parseRepository } from '../github/client.js';
import { publishReleaseAssets, type AssetFile, type AssetStep, type ReleaseState } from '../github/release-assets.js';
import { formatBytes } from '../render/bytes.js';
import { markdownTable } from '../render/markdown-table.js';
import { hashFile } from '../util/hash.js';
import type { CommandContext, Outcome } from './outcome.js';

export interface PublishCommandOptions {
  dir: string;
  tag?: string;
  repo?: string;
  /** A local folder instead of GitHub. */
  to?: string;
  publish?: boolean;
  replace?: boolean;
  dryRun?: boolean;
  token?: string;
  /** For tests and GitHub Enterprise; else GITHUB_API_URL, else api.github.com. */
  apiUrl?: string;
  log?: (message: string) => void;
}

export interface PublishData {
  target: string;
  tag: string;
  dryRun: boolean;
  release?: ReleaseState;
  steps: AssetStep[];
}

/** Uploads a release folder (bundles and whatever else joined it, manifest.yaml, SHA256SUMS), after verifying it. */
export async function publish(ctx: CommandContext, options: PublishCommandOptions): Promise<Outcome<PublishData>> {
  const dir = path.resolve(ctx.cwd, options.dir);
  const manifest = await readManifestIfAny(dir);
  if (!manifest) fail('publish-no-manifest', `${dir} has no ${MANIFEST_FILE}`, { hint: 'build it first with slipway bundle --out DIR' });
  const tag = options.tag ?? manifest.release.tag;
  if (!tag) throw usageError('no tag to publish to', 'pass --tag');
  // Never upload what does not match its own checksums.
  const report = await verifyRelease(dir);
  if (report.findings.length) throw new SlipwayError(report.findings.map((f) => ({ ...f, hint: f.hint ?? 'rebuild the release folder before publishing' })));
  // A release on GitHub is flat: an artifact below the folder (charts/gateway-0.3.0.tgz) goes up under its file name,
  // and download puts it back at the path manifest.yaml gives (addToRelease keeps those names unique).
  const files: AssetFile[] = report.files.map((f) => ({ name: assetName(f.file), path: path.join(dir, f.file), sha256: f.sha256!, size: f.size! }));
  const names = new Set<string>();
  for (const f of files) {
    if (names.has(f.name)) fail('release-artifact-name', `${MANIFEST_FILE} lists two files that would both be the release asset ${f.name}`, { location: { file: path.join(dir, MANIFEST_FILE), line: 1, col: 1 }, hint: 'give one of them another file name' });
    names.add(f.name);
  }
  const sums = await hashFile(path.join(dir, CHECKSUMS_FILE));
  files.push({ name: CHECKSUMS_FILE, path: path.join(dir, CHECKSUMS_FILE), sha256: sums.sha256, size: sums.size });

  let data: PublishData;
  if (options.to) {
    const root = path.resolve(ctx.cwd, options.to);
    const local = await publishToFolder(root, tag, files, { replace: Boolean(options.replace), dryRun: Boolean(options.dryRun) });
    data = { target: local.dir, tag, dryRun: Boolean(options.dryRun), steps: local.steps };
  } else {
    const repository = options.repo ?? ctx.env.GITHUB_REPOSITORY ?? manifest.source?.repository;
    const target = parseRepository(repository);
    if (!target) throw usageError(repository ? `--repo "${repository}" is not OWNER/NAME` : 'no repository to publish to', 'pass --repo OWNER/NAME (in a workflow GITHUB_REPOSITORY is used)');
    const token = options.token ?? githubToken(ctx.env) ?? '';
    if (!token) fail('github-token', 'no GitHub token to publish with', { hint: 'set GITHUB_TOKEN (in a workflow: env: GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}, with permissions: contents: write)' });
    const client = createGitHubClient({
      token,
      baseUrl: options.apiUrl ?? ctx.env.GITHUB_API_URL ?? 'https://api.github.com',
      ...(options.log ? { log: options.log } : {}),
    });
    const result = await publishReleaseAssets(
      client,
      {
        owner: target.owner,
        repo: target.repo,
        tag,
        name: `${manifest.release.name} ${manifest.release.version}`,
        prerelease: manifest.release.version.includes('-'),
        ...(manifest.source?.commit ? { targetCommitish: manifest.source.commit } : {}),
      },
      files,
      { publish: Boolean(options.publish), replace: Boolean(options.replace), dryRun: Boolean(options.dryRun) },
    );
    data = { target: `${result.repository}@${tag}`, tag, dryRun: result.dryRun, release: result.release, steps: result.steps };
  }
  return publishOutcome(data);
}

function publishOutcome(data: PublishData): Outcome<PublishData> {
  const verb = { upload: data.dryRun ? 'would upload' : 'uploaded', replace: data.dryRun ? 'would replace' : 'replaced', skip: 'unchanged' } as const;
  const state = data.release ? (data.release.draft ? ' (draft)' : data.release.published ? ' (published now)' : ' (published)') : '';
  const text = [
    `${data.target}${state}: ${data.steps.filter((s) => s.action !== 'skip').length} to change, ${data.steps.filter((s) => s.action === 'skip').length} unchanged`,
    ...data.steps.map((s) => `  ${verb[s.action].padEnd(13)} ${s.name}  ${formatBytes(s.size)}  sha256:${s.sha256}`),
  ].join('\n');
  const markdown = `### Release assets: ${data.target}${state}\n\n${markdownTable(
    ['Asset', 'Size', 'sha256', ''],
    data.steps.map((s) => [`\`${s.name}\``, formatBytes(s.size), `\`${s.sha256}\``, verb[s.action]]),
  )}\n`;
  return {
    data,
    text,
    markdown,
    outputs: {
      target: data.target,
      ...(data.release?.url ? { 'release-url': data.release.url } : {}),
      ...(data.release?.id !== undefined ? { 'release-id': String(data.release.id) } : {}),
      digests: JSON.stringify(Object.fromEntries(data.steps.map((s) => [s.name, `sha256:${s.sha256}`]))),
    },
    exitCode: 0,
  };
}
