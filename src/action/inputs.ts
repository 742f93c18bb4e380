import * as core from '@actions/core';
import { usageError } from '../errors/diagnostic.js';

export const ACTION_COMMANDS = ['validate', 'plan', 'matrix', 'check', 'list', 'show', 'bundle', 'verify', 'extract', 'publish', 'download', 'msi-generate', 'msi-build', 'chart-lint', 'chart-package', 'chart-index', 'chart-publish', 'chart-push', 'image-push', 'image-tags', 'image-promote'] as const;
export type ActionCommand = (typeof ACTION_COMMANDS)[number];

/** Every input of the action, read and checked in one place. */
export interface ActionInputs {
  command: ActionCommand;
  config: string;
  workingDirectory: string;
  version?: string;
  format: 'json' | 'markdown';
  installed: string[];
  component?: string;
  summary: boolean;
  /** bundle: the release folder to build into; verify: the folder to check. */
  dir: string;
  bundles: string[];
  /** bundle: the archive formats (tar.gz, zip or both). */
  bundleFormats: string[];
  replace: boolean;
  dryRun: boolean;
  /** extract: the archive and where to put it. */
  file?: string;
  dest?: string;
  /** download: a release folder instead of GitHub. */
  from?: string;
  /** publish: where to. */
  tag?: string;
  repo?: string;
  to?: string;
  publish: boolean;
  /** The GitHub token, already masked in the log. */
  token?: string;
  /** msi-build. */
  msi: MsiInputs;
  /** chart-*. */
  chart: ChartInputs;
  /** image-*. */
  image: ImageInputs;
}

export interface ImageInputs {
  /** image-push: the layout or archive; image-promote: the source image. */
  source?: string;
  /** Where images go: one REGISTRY/REPOSITORY[:TAG] per line (several only for image-promote). */
  to: string[];
  latest?: string;
  sha?: string;
  title?: string;
  licenses?: string;
  insecure: boolean;
}

export interface ChartInputs {
  /** chart-lint, chart-package, chart-push: charts or packages, separated by spaces or new lines. */
  paths: string[];
  /** chart-index: the folder of packages. */
  url?: string;
  merge?: string;
  prune?: string;
  /** chart-publish. */
  mode: 'releases' | 'packages-with-index';
  charts: string[];
  remote?: string;
  branch?: string;
  pagesPath?: string;
  releaseName?: string;
  /** chart-push: oci://REGISTRY/NAMESPACE. */
  oci?: string;
  /** chart-package: a release folder the packages join (they go to its charts/ folder). */
  release?: string;
  force: boolean;
  strict: boolean;
}

export interface MsiInputs {
  sources?: string;
  toolchain?: 'wixl' | 'wix';
  acceptWixEula?: string;
  /** A PFX as base64 (the usual form of a certificate kept in a secret), or a PFX file. */
  certificate?: string;
  certificateFile?: string;
  password?: string;
  timestampUrl?: string;
  signCa?: string;
}

export function readInputs(): ActionInputs {
  const command = core.getInput('command') || 'plan';
  if (!(ACTION_COMMANDS as readonly string[]).includes(command)) {
    throw usageError(`input "command" is "${command}", which is not one of: ${ACTION_COMMANDS.join(', ')}`);
  }
  const format = core.getInput('format') || 'json';
  if (format !== 'json' && format !== 'markdown') throw usageError(`input "format" must be json or markdown, not "${format}"`);
  const version = core.getInput('version');
  const component = core.getInput('component');
  const token = readToken();
  return {
    command: command as ActionCommand,
    config: core.getInput('config') || 'compatibility.yaml',
    // Composite actions set INPUT_WORKING_DIRECTORY: a dash cannot be written in a shell variable name.
    workingDirectory: core.getInput('working-directory') || core.getInput('working_directory') || '.',
    ...(version ? { version } : {}),
    format,
    // One name=version per line or separated by spaces: both read naturally in YAML.
    installed: core.getInput('installed').split(/\s+/).filter(Boolean),
    ...(component ? { component } : {}),
    summary: (core.getInput('summary') || 'true') === 'true',
    dir: core.getInput('dir') || 'out/release',
    bundles: core.getInput('bundles').split(/[\s,]+/).filter(Boolean),
    bundleFormats: [core.getInput('bundle-format') || core.getInput('bundle_format')].filter(Boolean),
    replace: booleanInput('replace'),
    dryRun: booleanInput('dry-run') || booleanInput('dry_run'),
    ...(core.getInput('file') ? { file: core.getInput('file') } : {}),
    ...(core.getInput('dest') ? { dest: core.getInput('dest') } : {}),
    ...(core.getInput('tag') ? { tag: core.getInput('tag') } : {}),
    ...(core.getInput('repo') ? { repo: core.getInput('repo') } : {}),
    ...(core.getInput('to') ? { to: core.getInput('to') } : {}),
    ...(core.getInput('from') ? { from: core.getInput('from') } : {}),
    publish: booleanInput('publish'),
    ...(token ? { token } : {}),
    msi: readMsiInputs(),
    chart: readChartInputs(),
    image: readImageInputs(),
  };
}

function readImageInputs(): ImageInputs {
  const pick = (name: string) => core.getInput(name);
  return {
    ...(pick('source') ? { source: pick('source') } : {}),
    to: pick('to').split(/\s+/).filter(Boolean),
    ...(pick('latest') ? { latest: pick('latest') } : {}),
    ...(pick('sha') ? { sha: pick('sha') } : {}),
    ...(pick('title') ? { title: pick('title') } : {}),
    ...(pick('licenses') ? { licenses: pick('licenses') } : {}),
    insecure: booleanInput('insecure'),
  };
}

function readChartInputs(): ChartInputs {
  const pick = (...names: string[]) => names.map((n) => core.getInput(n)).find(Boolean);
  const list = (name: string) => core.getInput(name).split(/\s+/).filter(Boolean);
  const mode = core.getInput('mode') || 'releases';
  if (mode !== 'releases' && mode !== 'packages-with-index') throw usageError(`input "mode" must be releases or packages-with-index, not "${mode}"`);
  const optional = { url: pick('url'), merge: pick('merge'), prune: pick('prune'), remote: pick('remote'), branch: pick('branch'), pagesPath: pick('pages-path', 'pages_path'), releaseName: pick('release-name', 'release_name'), oci: pick('oci'), release: pick('release') };
  return {
    paths: list('paths'),
    charts: list('charts'),
    mode,
    ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v)),
    force: booleanInput('force'),
    strict: booleanInput('strict'),
  };
}

function readMsiInputs(): MsiInputs {
  const toolchain = core.getInput('toolchain');
  if (toolchain && toolchain !== 'wixl' && toolchain !== 'wix') throw usageError(`input "toolchain" must be wixl or wix, not "${toolchain}"`);
  const certificate = core.getInput('certificate').replace(/\s+/g, '');
  const password = core.getInput('certificate-password') || core.getInput('certificate_password');
  // Masked before anything else runs: from here on the runner replaces them with *** in every log line.
  if (certificate) core.setSecret(certificate);
  if (password) core.setSecret(password);
  const pick = (...names: string[]) => names.map((n) => core.getInput(n)).find(Boolean);
  const sources = pick('sources');
  const acceptWixEula = pick('accept-wix-eula', 'accept_wix_eula');
  const certificateFile = pick('certificate-file', 'certificate_file');
  const timestampUrl = pick('timestamp-url', 'timestamp_url');
  const signCa = pick('sign-ca', 'sign_ca');
  return {
    ...(sources ? { sources } : {}),
    ...(toolchain ? { toolchain: toolchain as 'wixl' | 'wix' } : {}),
    ...(acceptWixEula ? { acceptWixEula } : {}),
    ...(certificate ? { certificate } : {}),
    ...(certificateFile ? { certificateFile } : {}),
    ...(password ? { password } : {}),
    ...(timestampUrl ? { timestampUrl } : {}),
    ...(signCa ? { signCa } : {}),
  };
}

/** "true" or "false" (or empty for false); anything else is a mistake worth stopping for. */
function booleanInput(name: string): boolean {
  const value = core.getInput(name).trim().toLowerCase();
  if (value === '' || value === 'false') return false;
  if (value === 'true') return true;
  throw usageError(`input "${name}" must be true or false, not "${value}"`);
}

/** The token input, else GITHUB_TOKEN; masked before anything can print it. */
function readToken(): string | undefined {
  const token = core.getInput('token') || process.env.GITHUB_TOKEN || '';
  if (!token) return undefined;
  core.setSecret(token);
  return token;
}
