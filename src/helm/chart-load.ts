import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { SlipwayError, type SourceLocation } from '../errors/diagnostic.js';
import { readChartArchive } from './chart-archive.js';
import { listChartFiles, type ChartFile } from './chart-directory.js';
import { parseChartYaml, validateMetadata, DEPENDENCY_SCHEMA, type ChartMetadata, type LoadedMetadata } from './chart-metadata.js';
import { Decoder } from './decode.js';
import { readWithLibrary } from './yaml-tree.js';

/** A chart read from a folder or an archive, checked as Helm checks a chart it loads. */
export interface LoadedChart {
  kind: 'directory' | 'archive';
  /** The path as given (for messages). */
  shown: string;
  /** Absolute path of the folder or the archive. */
  path: string;
  metadata: ChartMetadata & { name: string; version: string; apiVersion: string };
  loaded: LoadedMetadata;
  /** Where Chart.yaml's fields are reported. */
  chartYaml: string;
  /** Folder charts: the files that a package holds. */
  files?: ChartFile[];
  /** Archives: sha256 and size of the file. */
  digest?: { sha256: string; size: number };
}

export async function loadChart(target: string, shown = target): Promise<LoadedChart> {
  let info;
  try {
    info = await stat(target);
  } catch {
    throw new SlipwayError({ code: 'chart-missing', message: `${shown}: no such chart folder or archive` });
  }
  if (info.isDirectory()) return loadDirectory(target, shown);
  const archive = await readChartArchive(target, shown);
  const chartYaml = `${shown}#Chart.yaml`;
  const text = archive.files.get('Chart.yaml');
  if (text === undefined) throw new SlipwayError({ code: 'chart-archive', message: 'Chart.yaml file is missing', location: { file: shown, line: 1, col: 1 }, hint: 'the archive holds no chart' });
  const loaded = withRequirements(parseChartYaml(text, chartYaml), archive.files.get('requirements.yaml'), `${shown}#requirements.yaml`);
  return { kind: 'archive', shown, path: path.resolve(target), chartYaml, loaded, metadata: checked(loaded, chartYaml), digest: { sha256: archive.sha256, size: archive.bytes } };
}

async function loadDirectory(dir: string, shown: string): Promise<LoadedChart> {
  const chartYaml = path.join(shown, 'Chart.yaml');
  let text: string;
  try {
    text = await readFile(path.join(dir, 'Chart.yaml'), 'utf8');
  } catch {
    throw new SlipwayError({ code: 'chart-missing', message: `${shown}: Chart.yaml file is missing`, hint: 'a chart folder holds a Chart.yaml' });
  }
  let requirements: string | undefined;
  try {
    requirements = await readFile(path.join(dir, 'requirements.yaml'), 'utf8');
  } catch {
    requirements = undefined;
  }
  const loaded = withRequirements(parseChartYaml(text, chartYaml), requirements, path.join(shown, 'requirements.yaml'));
  const metadata = checked(loaded, chartYaml);
  const files = await listChartFiles(dir, shown);
  return { kind: 'directory', shown, path: path.resolve(dir), chartYaml, loaded, metadata, files };
}

/** Helm 2 charts (apiVersion v1) list their dependencies in requirements.yaml; Helm reads them into the metadata. */
function withRequirements(loaded: LoadedMetadata, text: string | undefined, file: string): LoadedMetadata {
  if (text === undefined || (loaded.metadata.apiVersion && loaded.metadata.apiVersion !== 'v1')) return loaded;
  const tree = readWithLibrary(text);
  if (!tree || tree.kind !== 'map') return loaded;
  const deps = tree.pairs.find((p) => p.key === 'dependencies');
  if (!deps) return loaded;
  const decoder = new Decoder(file, false);
  const value = decoder.field(deps.value, { list: DEPENDENCY_SCHEMA }, 'dependencies');
  if (decoder.errors.length > 0) throw new SlipwayError(decoder.errors);
  return { ...loaded, metadata: { ...loaded.metadata, dependencies: value } };
}

const FIELD_OF: [RegExp, string][] = [
  [/apiVersion/, 'apiVersion'],
  [/metadata\.name/, 'name'],
  [/metadata\.version/, 'version'],
  [/metadata\.type/, 'type'],
  [/maintainers/, 'maintainers'],
  [/depend/, 'dependencies'],
];

function checked(loaded: LoadedMetadata, chartYaml: string): LoadedChart['metadata'] {
  const md: ChartMetadata = { ...loaded.metadata, apiVersion: loaded.metadata.apiVersion || 'v1' };
  const problem = validateMetadata(md);
  if (problem) {
    const field = FIELD_OF.find(([re]) => re.test(problem))?.[1] ?? 'name';
    const where = loaded.where[field];
    const location: SourceLocation = { file: chartYaml, line: where?.line ?? 1, col: where?.col ?? 1 };
    throw new SlipwayError({ code: 'chart-invalid', message: `validation: ${problem}`, location });
  }
  return md as LoadedChart['metadata'];
}
