import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isSlipwayError, type Diagnostic } from '../errors/diagnostic.js';
import { loadChart } from './chart-load.js';
import { lintMetadata } from './chart-metadata.js';
import { readWithLibrary, YamlSyntaxError } from './yaml-tree.js';

/** `chart lint`: Helm's loader checks, then `helm lint`'s Chart.yaml rules and a readable values.yaml. */
export interface LintReport {
  path: string;
  name?: string;
  version?: string;
  errors: Diagnostic[];
  warnings: Diagnostic[];
}

export async function lintChart(target: string, shown: string): Promise<LintReport> {
  const report: LintReport = { path: shown, errors: [], warnings: [] };
  let chart;
  try {
    chart = await loadChart(target, shown);
  } catch (e) {
    if (isSlipwayError(e)) {
      report.errors.push(...e.diagnostics);
      return report;
    }
    throw e;
  }
  report.name = chart.metadata.name;
  report.version = chart.metadata.version;
  for (const d of lintMetadata(chart.loaded, chart.chartYaml)) (d.code === 'chart-lint-warning' ? report.warnings : report.errors).push(d);
  if (chart.kind === 'directory') {
    const values = path.join(target, 'values.yaml');
    let text: string | undefined;
    try {
      text = await readFile(values, 'utf8');
    } catch {
      text = undefined;
    }
    if (text !== undefined) {
      try {
        const tree = readWithLibrary(text);
        if (tree && tree.kind !== 'map') report.errors.push({ code: 'chart-values', message: 'values.yaml must be a mapping', location: { file: path.join(shown, 'values.yaml'), ...tree.pos } });
      } catch (e) {
        if (!(e instanceof YamlSyntaxError)) throw e;
        report.errors.push({ code: 'chart-values', message: `unable to parse YAML: ${e.message}`, location: { file: path.join(shown, 'values.yaml'), ...e.pos } });
      }
    }
  }
  return report;
}
