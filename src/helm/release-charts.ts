import path from 'node:path';
import { MANIFEST_FILE, type ReleaseArtifact, type ReleaseManifest } from '../bundle/documents-model.js';
import { addToRelease, readManifestIfAny } from '../bundle/release-folder.js';
import { fail } from '../errors/diagnostic.js';
import { relativePosix } from '../util/relative-path.js';
import { packageChart, type PackagedChart } from './chart-package.js';

export interface ReleaseFolder {
  dir: string;
  manifest: ReleaseManifest;
}

/**
 * The release folder a chart package joins: one that `slipway bundle` (or `msi build`) started, whose manifest.yaml
 * names the release. The packages go to `out`, which must be that folder or below it.
 */
export async function openReleaseFolder(dir: string, out: string, shown: string): Promise<ReleaseFolder> {
  const manifest = await readManifestIfAny(dir);
  if (!manifest) {
    fail('chart-release-folder', `${shown} is not a release folder (it has no ${MANIFEST_FILE})`, { hint: 'build the release first with slipway bundle --out DIR, then package the charts with --release DIR' });
  }
  const rel = path.relative(dir, out);
  if (rel.startsWith('..') || path.isAbsolute(rel)) {
    fail('chart-release-folder', `${out} is outside the release folder ${shown}`, { hint: 'leave --out out: the packages then go to DIR/charts' });
  }
  return { dir, manifest };
}

export interface ReleasedChart extends PackagedChart {
  /** Its name in the release folder, SHA256SUMS and manifest.yaml (charts/gateway-0.3.0.tgz). */
  releasePath: string;
  /** added: new in the release; unchanged: the release already lists these very bytes. */
  action: 'added' | 'unchanged';
}

/**
 * Packages a chart into a release folder and lists it in its manifest.yaml and SHA256SUMS (kind `chart`). A version
 * is immutable there as everywhere: packaging again with the same bytes changes nothing, and other bytes under the
 * same name are refused before the listed package is touched.
 */
export async function packageIntoRelease(release: ReleaseFolder, chartDir: string, out: string, options: { shown: string; mtime: Date }): Promise<ReleasedChart> {
  const listedSha256 = (file: string) => release.manifest.artifacts.find((a) => a.file === relativePosix(release.dir, file))?.sha256;
  const packaged = await packageChart(chartDir, out, {
    shown: options.shown,
    mtime: options.mtime,
    guard: {
      promised: listedSha256,
      onConflict: (file, existing, written) => {
        const shownFile = relativePosix(release.dir, file);
        return fail('release-artifact-changed', `${shownFile} is already in the release with sha256 ${existing}; the chart now packages to ${written}`, {
          hint: 'a released chart version is immutable: bump the version in Chart.yaml, or package into a new release folder',
        });
      },
    },
  });
  const releasePath = relativePosix(release.dir, packaged.file);
  const artifact: ReleaseArtifact = {
    file: releasePath,
    kind: 'chart',
    size: packaged.size,
    sha256: packaged.sha256,
    details: { name: packaged.name, version: packaged.version, ...(packaged.chart.metadata.appVersion ? { appVersion: String(packaged.chart.metadata.appVersion) } : {}) },
  };
  const { name, version, tag } = release.manifest.release;
  const result = await addToRelease(release.dir, { name, version, ...(tag ? { tag } : {}) }, [artifact]);
  release.manifest = result.manifest;
  return { ...packaged, releasePath, action: result.added.length ? 'added' : 'unchanged' };
}
