import { chmodSync, mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A small project with two bundles, written file by file so that tests control order, times and modes. */
export const PROJECT_CONFIG = `apiVersion: slipway/v1
release:
  name: demo
  version: 2.1.0
platforms:
  kubernetes: ["1.30"]
components:
  - name: app
    kind: chart
    version: 2.1.0
    source: charts/app
    requires:
      kubernetes: ">=1.30.0"
  - name: tools
    kind: files
    version: 2.1.0
    source: tools
  - name: infra
    kind: terraform
    version: 0.3.0
    source: infra
bundles:
  - name: k8s
    components: [app, tools]
    files:
      - from: NOTICE
  - name: cloud
    components: [infra]
targets:
  assets:
    name: "{release}-{bundle}-{version}"
`;

const LONG = `very/${'deep-folder-name/'.repeat(8)}file-with-a-long-name.txt`;

export const PROJECT_FILES: Record<string, { text: string; exec?: boolean }> = {
  'compatibility.yaml': { text: PROJECT_CONFIG },
  NOTICE: { text: 'Copyright the demo authors\n' },
  'charts/app/Chart.yaml': { text: 'apiVersion: v2\nname: app\nversion: 2.1.0\n' },
  'charts/app/values.yaml': { text: 'replicas: 2\n' },
  'charts/app/templates/deployment.yaml': { text: 'kind: Deployment\n' },
  [`charts/app/${LONG}`]: { text: 'long paths need PAX records\n' },
  'tools/install.sh': { text: '#!/bin/sh\necho install\n', exec: true },
  'tools/README': { text: 'tools\n' },
  'infra/main.tf': { text: 'resource "null_resource" "x" {}\n' },
};

export interface WriteOptions {
  reverse?: boolean;
  /** Seconds since the epoch for every file's mtime. */
  mtime?: number;
  /** Apply as if under this umask: 0o077 makes files 0600/0700. */
  umask?: number;
}

export function writeProject(dir: string, options: WriteOptions = {}): string {
  const names = Object.keys(PROJECT_FILES).sort();
  if (options.reverse) names.reverse();
  const umask = options.umask ?? 0o022;
  for (const name of names) {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    const spec = PROJECT_FILES[name]!;
    writeFileSync(file, spec.text);
    chmodSync(file, (spec.exec ? 0o777 : 0o666) & ~umask);
    if (options.mtime !== undefined) utimesSync(file, options.mtime, options.mtime);
  }
  return dir;
}
