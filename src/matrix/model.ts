import type { SourceLocation } from '../errors/diagnostic.js';

export const COMPONENT_KINDS = ['chart', 'image', 'compose', 'terraform', 'files', 'installer'] as const;
export type ComponentKind = (typeof COMPONENT_KINDS)[number];

/** A `requires` entry: a SemVer range on a component or a platform, and where it is written. */
export interface Requirement {
  target: string;
  range: string;
  location: SourceLocation;
}

export interface ImageSettings {
  repository?: string;
  file?: string;
  platforms?: string[];
}

export type InstallerKind = 'application' | 'infrastructure';
export type InstallScope = 'perMachine' | 'perUser';

/** What an installer carries: files of the repository (`from`, a file, folder or glob) or a bundle's contents. */
export interface InstallerFiles {
  /** As written: relative to compatibility.yaml, forward slashes, may hold a glob. */
  from?: string;
  bundle?: string;
  /** A folder below the install folder ('' = the install folder). */
  to: string;
  location: SourceLocation;
}

export interface InstallerShortcut {
  name: string;
  /** An installed file, as its path below the install folder. */
  target: string;
  arguments?: string;
  description?: string;
  startMenu: boolean;
  desktop: boolean;
  location: SourceLocation;
}

export interface InstallerRegistryValue {
  root: 'HKLM' | 'HKCU' | 'HKMU';
  key: string;
  name: string;
  type: 'string' | 'integer';
  value: string;
  location: SourceLocation;
}

/** Add/Remove Programs properties. */
export interface InstallerArp {
  comments?: string;
  contact?: string;
  helpLink?: string;
  aboutLink?: string;
  updateLink?: string;
  helpTelephone?: string;
  noModify?: boolean;
  noRepair?: boolean;
  noRemove?: boolean;
}

export interface InstallerSettings {
  kind: InstallerKind;
  /** Both needed to build an MSI; checked when one is built, so that a file can declare an installer before it has them. */
  productName?: string;
  manufacturer?: string;
  /** Explicit UpgradeCode, lower case without braces; derived when absent. */
  upgradeCode?: string;
  scope: InstallScope;
  installDir: string;
  /** Empty when the file gives none: the component's source folder is installed then. */
  files: InstallerFiles[];
  /** An infrastructure installer's compose bundle. */
  bundle?: string;
  shortcuts: InstallerShortcut[];
  registry: InstallerRegistryValue[];
  /** A folder below the install folder to put on PATH ('' = the install folder itself). */
  path?: string;
  /** Absolute paths. */
  license?: string;
  icon?: string;
  arp: InstallerArp;
  location: SourceLocation;
}

export interface Component {
  name: string;
  kind: ComponentKind;
  version: string;
  description?: string;
  /** Absolute path of the sources, when given. */
  source?: string;
  requires: Requirement[];
  image?: ImageSettings;
  installer?: InstallerSettings;
  location: SourceLocation;
  versionLocation: SourceLocation;
}

export interface PlatformVersion {
  /** As written, e.g. "1.30". */
  version: string;
  /** Normalised for comparisons, e.g. "1.30.0". */
  semver: string;
  location: SourceLocation;
}

export interface Platform {
  name: string;
  versions: PlatformVersion[];
}

export interface BundleFile {
  from: string;
  to: string;
}

export interface Bundle {
  name: string;
  description?: string;
  components: string[];
  files: BundleFile[];
  location: SourceLocation;
}

export interface Targets {
  github?: { repository?: string };
  ghcr?: { registry: string; owner: string };
  pages?: { branch: string; url: string; path: string };
  assets: { name: string };
}

export interface ReleaseSettings {
  name: string;
  /** A SemVer version, or "tag" to resolve it from the event, the ref or git. */
  version: string;
  tagPrefix: string;
  description?: string;
  versionLocation: SourceLocation;
}

export interface Defaults {
  image: { platforms: string[] };
}

/** A validated compatibility.yaml. */
export interface Matrix {
  /** The file as the user named it, for messages. */
  file: string;
  /** The file's absolute path. */
  path: string;
  /** The folder that relative paths in the file are resolved against. */
  root: string;
  release: ReleaseSettings;
  platforms: Platform[];
  components: Component[];
  bundles: Bundle[];
  targets: Targets;
  defaults: Defaults;
}
