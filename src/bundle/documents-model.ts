/** The shapes of manifest.yaml and bundle.yaml (schema/release-manifest.schema.json, schema/bundle.schema.json). */

export type Requires = Record<string, string>;

export interface ComponentSummary {
  name: string;
  kind: string;
  version: string;
  requires: Requires;
}

export interface BundleDetails {
  name: string;
  format: 'tar.gz' | 'zip';
  /** The one top folder of the archive. */
  top: string;
  /** sha256 and size of the uncompressed tar, which stay the same whatever gzip implementation compressed it. */
  tarSha256?: string;
  tarSize?: number;
  /**
   * sha256 of the bundle's bundle.yaml, which lists every file with its sha256: the same for the .tar.gz and the .zip
   * of one bundle, whatever compressed them. A zip records this in place of the tar's sha256.
   */
  indexSha256?: string;
  /** Files and links in the bundle, bundle.yaml not counted. */
  files?: number;
  components: ComponentSummary[];
  /** What the bundle needs from outside itself: platforms and components it does not carry. */
  requires: Requires;
}

export interface ReleaseArtifact {
  /** The file name in the release folder (and the asset name on GitHub). */
  file: string;
  /** bundle, installer, chart, ...: who made it. */
  kind: string;
  size: number;
  sha256: string;
  bundle?: BundleDetails;
  details?: Record<string, unknown>;
}

export interface ReleaseManifest {
  schemaVersion: 1;
  release: { name: string; version: string; tag?: string };
  source?: { commit?: string; repository?: string };
  artifacts: ReleaseArtifact[];
}

export interface BundleFileRecord {
  path: string;
  /** Octal, e.g. "0644". */
  mode: string;
  size?: number;
  sha256?: string;
  /** For a symbolic link: where it points, relative. */
  link?: string;
}

export interface BundleIndex {
  schemaVersion: 1;
  bundle: string;
  release: { name: string; version: string };
  components: (ComponentSummary & { path?: string })[];
  files: BundleFileRecord[];
}

export const MANIFEST_FILE = 'manifest.yaml';
export const BUNDLE_INDEX_FILE = 'bundle.yaml';
