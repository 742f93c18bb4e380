import path from 'node:path';
import { downloadRelease, type DownloadResult } from '../bundle/download.js';
import { folderSource } from '../bundle/folder-source.js';
import { parseBundleFormats } from '../bundle/formats.js';
import type { ReleaseSource } from '../bundle/release-source.js';
import { usageError } from '../errors/diagnostic.js';
import { gitHubSource } from '../github/asset-source.js';
import { createGitHubClient, githubToken, parseRepository } from '../github/client.js';
import { formatBytes } from '../render/bytes.js';
import { markdownTable } from '../render/markdown-table.js';
import type { CommandContext, Outcome } from './outcome.js';

export interface DownloadCommandOptions {
  dest: string;
  repo?: string;
  tag?: string;
  bundles?: string[];
  /** The archive formats of the bundles to fetch (tar.gz, zip, or both); default: every format the release has. */
  formats?: string[];
  /** A release folder instead of GitHub (air-gapped installs). */
  from?: string;
  token?: string;
  apiUrl?: string;
  log?: (message: string) => void;
}

export async function download(ctx: CommandContext, options: DownloadCommandOptions): Promise<Outcome<DownloadResult>> {
  const dest = path.resolve(ctx.cwd, options.dest);
  const formats = options.formats?.length ? parseBundleFormats(options.formats) : undefined;
  let source: ReleaseSource;
  let classify: ((e: unknown) => { retry: boolean; afterMs?: number }) | undefined;
  if (options.from) {
    source = await folderSource(path.resolve(ctx.cwd, options.from), options.tag);
  } else {
    if (!options.tag) throw usageError('--tag is required to download from GitHub', 'for example --tag v1.4.0');
    const repository = options.repo ?? ctx.env.GITHUB_REPOSITORY;
    const target = parseRepository(repository);
    if (!target) throw usageError(repository ? `--repo "${repository}" is not OWNER/NAME` : 'no repository to download from', 'pass --repo OWNER/NAME');
    const token = options.token ?? githubToken(ctx.env) ?? '';
    const client = createGitHubClient({ token, baseUrl: options.apiUrl ?? ctx.env.GITHUB_API_URL ?? 'https://api.github.com', ...(options.log ? { log: options.log } : {}) });
    source = await gitHubSource(client, target, options.tag, token);
    classify = client.classify;
  }
  const data = await downloadRelease(source, dest, {
    ...(options.bundles?.length ? { bundles: options.bundles } : {}),
    ...(formats ? { formats } : {}),
    ...(classify ? { classify } : {}),
    ...(options.log ? { log: options.log } : {}),
  });
  const text = [
    `${data.release.name} ${data.release.version} from ${data.source}: ${data.files.length} files verified in ${dest}`,
    ...data.files.map((f) => `  ${f.action.padEnd(10)}  ${f.file}  ${formatBytes(f.size ?? 0)}${f.inside !== undefined ? `  (${f.inside} files inside)` : ''}`),
  ].join('\n');
  const markdown = `### Downloaded ${data.release.name} ${data.release.version}\n\n${markdownTable(
    ['File', 'Size', 'sha256', ''],
    data.files.map((f) => [`\`${f.file}\``, formatBytes(f.size ?? 0), `\`${f.sha256}\``, f.action]),
  )}\n`;
  return {
    data,
    text,
    markdown,
    outputs: {
      dir: dest,
      manifest: path.join(dest, 'manifest.yaml'),
      digests: JSON.stringify(Object.fromEntries(data.files.map((f) => [f.file, `sha256:${f.sha256}`]))),
    },
    exitCode: 0,
  };
}
