/**
 * Where an artifact sits in a release folder: a file name, or a path below the folder (`charts/gateway-0.3.0.tgz`),
 * always with forward slashes, never absolute, never leaving the folder. SHA256SUMS, manifest.yaml and the layout
 * on disk all use this name, so `sha256sum -c SHA256SUMS` checks the folder as it is.
 */
export function isReleasePath(name: string): boolean {
  // Control characters would break a SHA256SUMS line; a backslash is a separator on Windows and an escape to sha256sum.
  if (name === '' || name.includes('\\') || /[\u0000-\u001f\u007f]/.test(name)) return false;
  return name.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}

/**
 * The name of an artifact as a GitHub release asset (and in the folder `publish --to` lays out): GitHub asset names
 * cannot hold a slash, so a nested artifact goes up under its own file name, and download puts it back at its path.
 */
export function assetName(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1);
}

