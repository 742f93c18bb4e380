import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  relativePosix
} from "./chunk-ZNNTXV7Y.js";
import {
  satisfies
} from "./chunk-MBOEK4S7.js";

// src/release/plan.ts
import path from "node:path";
var LINUX_RUNNERS = { amd64: "ubuntu-latest", arm64: "ubuntu-24.04-arm" }, JOB_KINDS = ["bundle", "image", "chart", "installer", "test"];
function buildPlan(matrix, version, base) {
  let rel = (p) => p ? relativePosix(base, p) : "", jobs = { bundle: [], image: [], chart: [], installer: [], test: [] };
  for (let b of matrix.bundles) {
    let asset = matrix.targets.assets.name.replaceAll("{release}", matrix.release.name).replaceAll("{bundle}", b.name).replaceAll("{version}", version.version);
    jobs.bundle.push({ id: `bundle-${b.name}`, name: `bundle ${b.name}`, bundle: b.name, version: version.version, asset, components: b.components, runner: "ubuntu-latest" });
  }
  let registry = matrix.targets.ghcr ? `${matrix.targets.ghcr.registry}/${matrix.targets.ghcr.owner}` : "";
  for (let c of matrix.components)
    switch (c.kind) {
      case "image":
        for (let platform of c.image?.platforms ?? matrix.defaults.image.platforms) {
          let [os = "linux", arch = "amd64"] = platform.split("/"), repository = c.image?.repository ?? c.name;
          jobs.image.push({
            id: `image-${c.name}-${platform.replaceAll("/", "-")}`,
            name: `image ${c.name} ${platform}`,
            component: c.name,
            version: c.version,
            platform,
            os,
            arch,
            runner: LINUX_RUNNERS[arch] ?? "ubuntu-latest",
            image: registry ? `${registry}/${repository}` : repository,
            context: rel(c.source),
            file: c.source ? rel(path.join(c.source, c.image?.file ?? "Containerfile")) : ""
          });
        }
        break;
      case "chart": {
        jobs.chart.push({ id: `chart-${c.name}`, name: `chart ${c.name}`, component: c.name, version: c.version, path: rel(c.source), runner: "ubuntu-latest" });
        let k8s = c.requires.find((r) => r.target === "kubernetes"), declared = matrix.platforms.find((p) => p.name === "kubernetes")?.versions ?? [];
        for (let pv of declared)
          k8s && !satisfies(pv.semver, k8s.range) || jobs.test.push({
            id: `test-${c.name}-kubernetes-${pv.version}`,
            name: `test ${c.name} on kubernetes ${pv.version}`,
            component: c.name,
            version: c.version,
            platform: "kubernetes",
            platformVersion: pv.version,
            runner: "ubuntu-latest"
          });
        break;
      }
      case "installer":
        jobs.installer.push({ id: `installer-${c.name}`, name: `installer ${c.name}`, component: c.name, version: version.version, path: rel(c.source), runner: "windows-latest", os: "windows" });
        break;
      default:
        break;
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
      versionSource: version.source
    },
    jobs
  };
}
function jobMatrix(plan, kind) {
  return { include: (kind ? [kind] : JOB_KINDS).flatMap((k) => plan.jobs[k].map((job) => ({ kind: k, ...job }))) };
}

export {
  JOB_KINDS,
  buildPlan,
  jobMatrix
};
