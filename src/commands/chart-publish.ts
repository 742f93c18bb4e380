import { stat } from 'node:fs/promises';
import path from 'node:path';
import { fail, usageError } from '../errors/diagnostic.js';
import type { PagesRemote } from '../git/pages-branch.js';
import { createGitHubClient, githubToken, parseRepository, type GitHubClient } from '../github/client.js';
import { publishReleaseAssets } from '../github/release-assets.js';
import { planPublish, publishCharts, type ChartSource, type PublishItem, type PublishMode, type PublishResult, type ReleaseTarget } from '../helm/publish.js';
import { sourceDate, sourceRevision } from '../release/source-revision.js';
import { loadConfig } from './load-config.js';
import type { CommandContext, Outcome } from './outcome.js';

export interface ChartPublishOptions {
  config?: string;
  charts?: string[];
  mode?: PublishMode;
  remote?: string;
  branch?: string;
  path?: string;
  url?: string;
  releaseName?: string;
  out?: string;
  force?: boolean;
  dryRun?: boolean;
  /** Supplies the GitHub release side; the command builds the default one from the environment. */
  releases?: ReleaseTarget;
}

/** The token goes over HTTPS, or plain HTTP to this machine only (a local twin of the remote). */
function sendsTokenTo(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || (u.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname));
  } catch {
    return false;
  }
}

export async function chartPublish(ctx: CommandContext, options: ChartPublishOptions): Promise<Outcome<PublishResult>> {
  const matrix = await loadConfig(ctx, options.config);
  const mode = options.mode ?? 'releases';
  const charts = matrix.components.filter((c) => c.kind === 'chart' && c.source && (!options.charts?.length || options.charts.includes(c.name)));
  for (const name of options.charts ?? []) if (!charts.some((c) => c.name === name)) throw usageError(`no chart component "${name}" with a source in ${matrix.file}`);
  if (charts.length === 0) throw usageError(`${matrix.file} declares no chart component with a source`);

  const pages = matrix.targets.pages;
  const repository = matrix.targets.github?.repository ?? ctx.env.GITHUB_REPOSITORY;
  const server = ctx.env.GITHUB_SERVER_URL ?? 'https://github.com';
  const remoteUrl = options.remote ?? (repository ? `${server}/${repository}.git` : undefined);
  if (!remoteUrl) throw usageError('no remote for the Pages branch', 'pass --remote URL, or set targets.github.repository in compatibility.yaml');
  const pagesUrl = options.url ?? pages?.url ?? '';
  if (mode === 'packages-with-index' && !pagesUrl) throw usageError('packages-with-index needs the URL the Pages site serves', 'pass --url, or set targets.pages.url');
  const token = githubToken(ctx.env);
  const remote: PagesRemote = {
    url: path.isAbsolute(remoteUrl) || /^[a-z][a-z0-9+.-]*:/i.test(remoteUrl) ? remoteUrl : path.resolve(ctx.cwd, remoteUrl),
    branch: options.branch ?? pages?.branch ?? 'gh-pages',
    ...(token && sendsTokenTo(remoteUrl) ? { token } : {}),
  };
  const sources: ChartSource[] = charts.map((c) => ({
    dir: c.source!,
    shown: path.relative(ctx.cwd, c.source!) || '.',
    declared: { version: c.version, location: c.versionLocation },
  }));
  const settings = {
    mode,
    remote,
    indexPath: options.path ?? pages?.path ?? '.',
    pagesUrl,
    releaseName: options.releaseName ?? '{name}-{version}',
    outDir: path.resolve(ctx.cwd, options.out ?? '.slipway/charts'),
    mtime: sourceDate(ctx.env, await sourceRevision(matrix.root, ctx.env)),
    force: Boolean(options.force),
    now: new Date(),
    ...(options.releases ? { releases: options.releases } : mode === 'releases' && repository ? { releases: githubReleases(ctx, repository, token) } : {}),
  };
  const result: PublishResult = options.dryRun
    ? { ...(await planPublish(sources, settings)).plan, branchCreated: false, attempts: 0 }
    : await publishCharts(sources, settings);
  return render(result, Boolean(options.dryRun));
}

/**
 * Chart packages as assets of one GitHub release per chart version, through the release-asset publisher (draft
 * first, idempotent by digest, then published so that the download URL works for everyone). The index points at
 * the release download URL.
 */
function githubReleases(ctx: CommandContext, repository: string, token: string | undefined): ReleaseTarget {
  const target = parseRepository(repository);
  if (!target) throw usageError(`"${repository}" is not OWNER/NAME`, 'set targets.github.repository in compatibility.yaml');
  const { owner, repo } = target;
  const server = (ctx.env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/$/, '');
  let client: GitHubClient | undefined;
  return {
    async publish(asset) {
      if (!token) fail('github-token', 'no GitHub token to publish chart packages to releases with', { hint: 'set GITHUB_TOKEN (in a workflow: env: GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}, with permissions: contents: write)' });
      client ??= createGitHubClient({ token, baseUrl: ctx.env.GITHUB_API_URL ?? 'https://api.github.com' });
      const { size } = await stat(asset.file);
      const result = await publishReleaseAssets(
        client,
        { owner, repo, tag: asset.tag, name: asset.tag },
        [{ name: asset.name, path: asset.file, sha256: asset.sha256, size, contentType: 'application/gzip' }],
        { publish: true },
      );
      return {
        url: `${server}/${owner}/${repo}/releases/download/${encodeURIComponent(asset.tag)}/${encodeURIComponent(asset.name)}`,
        uploaded: result.steps.some((s) => s.action !== 'skip'),
      };
    },
  };
}

function render(result: PublishResult, dryRun: boolean): Outcome<PublishResult> {
  const verb = (i: PublishItem) => (i.action === 'skip' ? 'skipped' : dryRun ? (i.action === 'replace' ? 'would replace' : 'would publish') : i.action === 'replace' ? 'replaced' : 'published');
  const lines = result.items.map((i) => `${verb(i)} ${i.name} ${i.version} (${i.reason})${i.url && i.action !== 'skip' ? `: ${i.url}` : ''}`);
  if (result.commit) lines.push(`pushed ${result.commit.slice(0, 12)} to ${result.branch}${result.branchCreated ? ' (created)' : ''}${result.attempts > 1 ? ` after ${result.attempts} attempts` : ''}`);
  else if (!dryRun) lines.push(`${result.branch} unchanged`);
  const published = result.items.filter((i) => i.action !== 'skip');
  const skipped = result.items.filter((i) => i.action === 'skip');
  const markdown = [
    `### Helm charts ${dryRun ? '(dry run)' : ''}`.trim(),
    '',
    '| chart | version | result | package |',
    '|---|---|---|---|',
    ...result.items.map((i) => `| ${i.name} | ${i.version} | ${verb(i)} | ${i.url ? `[${path.basename(i.package)}](${i.url})` : path.basename(i.package)} |`),
    '',
    result.commit ? `Index updated on \`${result.branch}\` (${result.commit.slice(0, 12)}).` : `Index on \`${result.branch}\` unchanged.`,
    '',
  ].join('\n');
  return {
    data: result,
    text: lines.join('\n'),
    markdown,
    outputs: {
      published: JSON.stringify(published.map((i) => ({ name: i.name, version: i.version, url: i.url ?? '' }))),
      skipped: JSON.stringify(skipped.map((i) => ({ name: i.name, version: i.version }))),
      changed: String(Boolean(result.commit)),
      packages: JSON.stringify(result.items.map((i) => i.package)),
    },
    exitCode: 0,
  };
}
