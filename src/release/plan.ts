import path from 'node:path';
import type { Matrix } from '../matrix/model.js';
import { satisfies } from '../matrix/versions.js';
import type { ReleaseVersion } from './version.js';
import { relativePosix } from '../util/relative-path.js';

/** Ubuntu runners by architecture; arm64 has its own hosted runner, so images build natively instead of under QEMU. */
const LINUX_RUNNERS: Record<string, string> = { amd64: 'ubuntu-latest', arm64: 'ubuntu-24.04-arm' };

export interface BundleJob {
  id: string;
  name: string;
  bundle: string;
  version: string;
  /** File name without extension: the asset name template applied. */
  asset: string;
  components: string[];
  runner: string;
}

export interface ImageJob {
  id: string;
  name: string;
  component: string;
  version: string;
  platform: string;
  os: string;
  arch: string;
  runner: string;
  image: string;
  context: string;
  file: string;
}

export interface ChartJob {
  id: string;
  name: string;
  component: string;
  version: string;
  path: string;
  runner: string;
}

export interface InstallerJob {
  id: string;
  name: string;
  component: string;
  version: string;
  path: string;
  runner: string;
  os: 'windows';
}

/** A chart tested on one declared Kubernetes version that its requirements accept. */
export interface TestJob {
  id: string;
  name: string;
  component: string;
  version: string;
  platform: string;
  platformVersion: string;
  runner: string;
}

export interface PlanJobs {
  bundle: BundleJob[];
  image: ImageJob[];
  chart: ChartJob[];
  installer: InstallerJob[];
  test: TestJob[];
}

export type JobKind = keyof PlanJobs;
export const JOB_KINDS: JobKind[] = ['bundle', 'image', 'chart', 'installer', 'test'];

export interface ReleasePlan {
  schemaVersion: 1;
  config: string;
  release: {
    name: string;
    version: string;
    tag: string;
    prerelease: boolean;
    draft: boolean;
    versionSource: ReleaseVersion['source'];
  };
  jobs: PlanJobs;
}

/**
 * Turns a validated matrix and a resolved version into the work of the release, as plain data. Paths are relative to
 * `base` (the repository root in a workflow) and use forward slashes, so workflow steps can use them on any runner.
 */
export function buildPlan(matrix: Matrix, version: ReleaseVersion, base: string): ReleasePlan {
  const rel = (p: string | undefined) => (p ? relativePosix(base, p) : '');
  const jobs: PlanJobs = { bundle: [], image: [], chart: [], installer: [], test: [] };

  for (const b of matrix.bundles) {
    const asset = matrix.targets.assets.name
      .replaceAll('{release}', matrix.release.name)
      .replaceAll('{bundle}', b.name)
      .replaceAll('{version}', version.version);
    jobs.bundle.push({ id: `bundle-${b.name}`, name: `bundle ${b.name}`, bundle: b.name, version: version.version, asset, components: b.components, runner: 'ubuntu-latest' });
  }

  const registry = matrix.targets.ghcr ? `${matrix.targets.ghcr.registry}/${matrix.targets.ghcr.owner}` : '';
  for (const c of matrix.components) {
    switch (c.kind) {
      case 'image':
        for (const platform of c.image?.platforms ?? matrix.defaults.image.platforms) {
          const [os = 'linux', arch = 'amd64'] = platform.split('/');
          const repository = c.image?.repository ?? c.name;
          jobs.image.push({
            id: `image-${c.name}-${platform.replaceAll('/', '-')}`,
            name: `image ${c.name} ${platform}`,
            component: c.name,
            version: c.version,
            platform,
            os,
            arch,
            runner: LINUX_RUNNERS[arch] ?? 'ubuntu-latest',
            image: registry ? `${registry}/${repository}` : repository,
            context: rel(c.source),
            file: c.source ? rel(path.join(c.source, c.image?.file ?? 'Containerfile')) : '',
          });
        }
        break;
      case 'chart': {
        jobs.chart.push({ id: `chart-${c.name}`, name: `chart ${c.name}`, component: c.name, version: c.version, path: rel(c.source), runner: 'ubuntu-latest' });
        const k8s = c.requires.find((r) => r.target === 'kubernetes');
        const declared = matrix.platforms.find((p) => p.name === 'kubernetes')?.versions ?? [];
        for (const pv of declared) {
          if (k8s && !satisfies(pv.semver, k8s.range)) continue;
          jobs.test.push({
            id: `test-${c.name}-kubernetes-${pv.version}`,
            name: `test ${c.name} on kubernetes ${pv.version}`,
            component: c.name,
            version: c.version,
            platform: 'kubernetes',
            platformVersion: pv.version,
            runner: 'ubuntu-latest',
          });
        }
        break;
      }
      case 'installer':
        jobs.installer.push({ id: `installer-${c.name}`, name: `installer ${c.name}`, component: c.name, version: version.version, path: rel(c.source), runner: 'windows-latest', os: 'windows' });
        break;
      default:
        // compose, terraform and files components travel inside bundles and need no job of their own.
        break;
    }
  }

  return {
    schemaVersion: 1,
    config: rel(matrix.path),
    release: {
      name: matrix.release.name,
      version: version.version,
      tag: version.tag,
      prerelease: version.prerelease,
      draft: version.draft,
      versionSource: version.source,
    },
    jobs,
  };
}

/** The `{ include: [...] }` object that `strategy.matrix: ${{ fromJSON(...) }}` expects. */
export function jobMatrix(plan: ReleasePlan, kind?: JobKind): { include: Record<string, unknown>[] } {
  const kinds = kind ? [kind] : JOB_KINDS;
  return { include: kinds.flatMap((k) => plan.jobs[k].map((job) => ({ kind: k, ...job }))) };
}
