import { SlipwayError, type Diagnostic, type SourceLocation } from '../errors/diagnostic.js';
import { isChartVersion, isStrictSemver, parseChartVersion } from './chart-version.js';
import { Decoder, type FieldSchema, type Record_ } from './decode.js';
import { readYaml } from './fast-yaml.js';
import { YamlSyntaxError, type Position } from './yaml-tree.js';

/** The fields of Chart.yaml (Helm's chart.Metadata), by their YAML names. */
export const MAINTAINER_SCHEMA: FieldSchema = { name: 'string', email: 'string', url: 'string' };
export const DEPENDENCY_SCHEMA: FieldSchema = {
  name: 'string',
  version: 'string',
  repository: 'string',
  condition: 'string',
  tags: 'strings',
  enabled: 'bool',
  'import-values': 'any',
  alias: 'string',
  'depends-on': 'strings',
};
export const METADATA_SCHEMA: FieldSchema = {
  name: 'string',
  home: 'string',
  sources: 'strings',
  version: 'string',
  description: 'string',
  keywords: 'strings',
  maintainers: { list: MAINTAINER_SCHEMA },
  icon: 'string',
  apiVersion: 'string',
  condition: 'string',
  tags: 'string',
  appVersion: 'string',
  deprecated: 'bool',
  annotations: 'stringMap',
  kubeVersion: 'string',
  dependencies: { list: DEPENDENCY_SCHEMA },
  type: 'string',
};

export interface ChartMetadata extends Record_ {
  name?: string;
  version?: string;
  apiVersion?: string;
  appVersion?: string;
  description?: string;
  type?: string;
}

export interface LoadedMetadata {
  metadata: ChartMetadata;
  where: Record<string, Position>;
  /** Fields whose YAML value was not a string where Helm wants one (a version written as 1.10 reads as a number). */
  nonStrings: string[];
}

const ALIAS = /^[a-zA-Z0-9_-]+$/;
const LINT_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** Parses Chart.yaml text. Problems of form (YAML syntax, duplicate keys, wrong types) are thrown, each at its line. */
export function parseChartYaml(text: string, file: string): LoadedMetadata {
  let tree;
  try {
    tree = readYaml(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    if (e instanceof YamlSyntaxError) throw new SlipwayError({ code: 'chart-yaml', message: `unable to parse YAML: ${e.message}`, location: { file, ...e.pos } });
    throw e;
  }
  if (!tree || tree.kind !== 'map') {
    throw new SlipwayError({ code: 'chart-yaml', message: 'Chart.yaml must be a mapping of chart metadata', location: { file, line: tree?.pos.line ?? 1, col: tree?.pos.col ?? 1 } });
  }
  const decoder = new Decoder(file, false);
  const { value, where } = decoder.object(tree, METADATA_SCHEMA, 'chart.metadata');
  if (decoder.errors.length > 0) throw new SlipwayError(decoder.errors);
  const nonStrings = tree.pairs.filter((p) => (p.key === 'version' || p.key === 'appVersion') && p.value.kind === 'scalar' && p.value.plain && /^[-+]?(\d+|\d*\.\d+([eE][-+]?\d+)?)$/.test(p.value.text)).map((p) => p.key);
  return { metadata: value as ChartMetadata, where, nonStrings };
}

/**
 * Helm's own checks when it loads a chart or an index entry (chart.Metadata.Validate): a missing apiVersion counts as
 * v1, as Helm 2 charts omit it. Returns the first problem, as Helm does, with Helm's wording.
 */
export function validateMetadata(md: ChartMetadata): string | undefined {
  if (!md.apiVersion) return 'chart.metadata.apiVersion is required';
  if (!md.name) return 'chart.metadata.name is required';
  if (md.name !== baseName(md.name)) return `chart.metadata.name "${md.name}" is invalid`;
  if (!md.version) return 'chart.metadata.version is required';
  if (!isChartVersion(md.version)) return `chart.metadata.version "${md.version}" is invalid`;
  if (md.type !== undefined && md.type !== '' && md.type !== 'application' && md.type !== 'library') return 'chart.metadata.type must be application or library';
  const maintainers = md.maintainers;
  if (Array.isArray(maintainers) && maintainers.some((m) => m === null)) return 'maintainers must not contain empty or null nodes';
  const seen = new Set<string>();
  const dependencies = Array.isArray(md.dependencies) ? md.dependencies : [];
  for (const d of dependencies) {
    if (d === null || typeof d !== 'object' || Array.isArray(d)) return 'dependencies must not contain empty or null nodes';
    const name = String(d.name ?? '');
    const alias = typeof d.alias === 'string' ? d.alias : '';
    if (alias && !ALIAS.test(alias)) return `dependency "${name}" has disallowed characters in the alias`;
    const key = alias || name;
    if (seen.has(key)) return `more than one dependency with name or alias "${key}". Try using distinct aliases for dependencies with the same chart name.`;
    seen.add(key);
  }
  return undefined;
}

/** Like Go's filepath.Base on a slash path: the last element, so "../x" and "a/b" are not names. */
function baseName(p: string): string {
  const trimmed = p.replace(/\/+$/, '');
  if (trimmed === '') return p === '' ? '.' : '/';
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

/** The checks of `helm lint` on Chart.yaml, beyond the loader's; errors and warnings with their line. */
export function lintMetadata(loaded: LoadedMetadata, file: string): Diagnostic[] {
  const { metadata: md, where } = loaded;
  const out: Diagnostic[] = [];
  const loc = (field: string): SourceLocation => ({ file, line: where[field]?.line ?? 1, col: where[field]?.col ?? 1 });
  const error = (field: string, message: string, hint?: string) => out.push({ code: 'chart-lint', message, location: loc(field), ...(hint ? { hint } : {}) });
  const warning = (field: string, message: string, hint?: string) => out.push({ code: 'chart-lint-warning', message: `warning: ${message}`, location: loc(field), ...(hint ? { hint } : {}) });

  if (!md.name) error('name', 'name is required');
  else if (md.name !== baseName(md.name)) error('name', `chart name "${md.name}" is invalid`);
  else if (!LINT_NAME.test(md.name)) error('name', `chart name "${md.name}" is invalid; chart names must contain lowercase letters, numbers, and dashes, and must start and end with a lowercase letter or number`);

  if (!md.apiVersion) error('name', 'apiVersion is required. The value must be either "v1" or "v2"');
  else if (md.apiVersion !== 'v1' && md.apiVersion !== 'v2') error('apiVersion', `apiVersion '${md.apiVersion}' is not valid. The value must be either "v1" or "v2"`);

  for (const field of loaded.nonStrings) error(field, `${field} should be of type string but it's of type number`, `quote it: ${field}: "${md[field] as string}"`);

  if (!md.version) error('name', 'version is required');
  else {
    const parts = parseChartVersion(md.version);
    if (!parts) error('version', `version '${md.version}' is not a valid SemVer`, 'use MAJOR.MINOR.PATCH, e.g. 1.2.3');
    else {
      if (parts.major === 0n && parts.minor === 0n && parts.patch === 0n && parts.prerelease.length === 0) error('version', `version 0.0.0 is less than or equal to 0.0.0-0`);
      if (!isStrictSemver(md.version)) warning('version', `version '${md.version}' is not a valid SemVerV2`);
    }
  }

  const maintainers = Array.isArray(md.maintainers) ? md.maintainers : [];
  for (const m of maintainers) {
    if (m === null || typeof m !== 'object' || Array.isArray(m)) error('maintainers', 'a maintainer entry is empty');
    else if (!m.name) error('maintainers', 'each maintainer requires a name');
    else if (typeof m.email === 'string' && m.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(m.email)) error('maintainers', `invalid email '${m.email}' for maintainer '${String(m.name)}'`);
    else if (typeof m.url === 'string' && m.url && !isUrl(m.url)) error('maintainers', `invalid url '${m.url}' for maintainer '${String(m.name)}'`);
  }
  for (const s of Array.isArray(md.sources) ? md.sources : []) if (typeof s !== 'string' || !isUrl(s)) error('sources', `invalid source URL '${String(s)}'`);
  if (typeof md.icon === 'string' && md.icon && !isUrl(md.icon)) error('icon', `invalid icon URL '${md.icon}'`);
  if (md.type && md.apiVersion !== 'v2') error('type', `chart type is not valid in apiVersion '${md.apiVersion ?? ''}'. It is valid in apiVersion 'v2'`);
  if (Array.isArray(md.dependencies) && md.dependencies.length > 0 && md.apiVersion !== 'v2') {
    error('dependencies', `dependencies are not valid in the Chart file with apiVersion '${md.apiVersion ?? ''}'. They are valid in apiVersion 'v2'`);
  }
  const helmError = validateMetadata({ ...md, apiVersion: md.apiVersion || 'v1' });
  if (helmError && (helmError.startsWith('dependency') || helmError.startsWith('more than one') || helmError.startsWith('chart.metadata.type') || helmError.startsWith('dependencies'))) {
    error(helmError.startsWith('chart.metadata.type') ? 'type' : 'dependencies', helmError);
  }
  return out;
}

function isUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'ftp:' || u.protocol === 'oci:' || u.protocol === 'git:' || u.protocol === 'ssh:';
  } catch {
    return false;
  }
}
