import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import { fail, type SourceLocation } from '../errors/diagnostic.js';
import { GLOB_CHARS, globBase } from '../matrix/installer-check.js';
import type { Bundle, InstallerFiles, Matrix } from '../matrix/model.js';

/**
 * What named a file in compatibility.yaml. Its location is worked out only when an error needs it: that takes a
 * second, position-keeping parse of the file, which a valid file never pays for.
 */
export interface Origin {
  readonly location: SourceLocation;
}

/** A file to install: where it comes from, where it lands below the install folder (forward slashes), who named it. */
export interface SourceFile {
  source: string;
  installPath: string;
  origin: Origin;
}

function join(...parts: string[]): string {
  return parts.filter(Boolean).join('/');
}

/** Every regular file below a folder, as paths relative to it, sorted so that the installer's order is stable. */
async function walk(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const rel = join(prefix, e.name);
    if (e.isDirectory()) out.push(...(await walk(path.join(dir, e.name), rel)));
    else if (e.isFile()) out.push(rel);
    // Links, sockets and devices do not go into an installer: Windows Installer has no place for them.
  }
  return out;
}

/** A file, a folder (its whole tree) or a glob (relative to the project root), placed below `to`. */
async function fromPath(root: string, pattern: string, to: string, origin: Origin): Promise<SourceFile[]> {
  if (GLOB_CHARS.test(pattern)) {
    const base = globBase(pattern);
    const match = picomatch(pattern, { dot: true });
    const files = (await walk(path.join(root, base))).filter((rel) => match(join(base, rel)));
    if (files.length === 0) fail('msi-no-files', `files.from "${pattern}" matches no file`, { location: origin.location, hint: `looked below ${path.join(root, base)}` });
    return files.map((rel) => ({ source: path.join(root, base, rel), installPath: join(to, rel), origin }));
  }
  const full = path.join(root, pattern);
  const stat = await lstat(full).catch(() => undefined);
  if (!stat) fail('missing-path', `files.from "${pattern}" does not exist`, { location: origin.location, hint: `looked for ${full}` });
  if (stat.isDirectory()) return (await walk(full)).map((rel) => ({ source: path.join(full, rel), installPath: join(to, rel), origin }));
  return [{ source: full, installPath: join(to, path.basename(full)), origin }];
}

/**
 * A bundle's files laid out as the bundle builder lays them out (each component in a folder of its name, the extra
 * files at their `to`), so that an installed bundle looks like an extracted one. Windows Installer has no links: a
 * bundle that carries one cannot become an installer.
 */
export async function bundleFiles(matrix: Matrix, bundle: Bundle, to: string, origin: Origin): Promise<SourceFile[]> {
  const job = { id: `bundle-${bundle.name}`, name: `bundle ${bundle.name}`, bundle: bundle.name, version: '0.0.0', asset: bundle.name, components: bundle.components, runner: '' };
  // The bundle builder (and its archive libraries) is loaded only by installers that take a bundle.
  const { bundleSpecs, previewBundle } = await import('../bundle/build.js');
  const [spec] = bundleSpecs(matrix, [job]);
  const out: SourceFile[] = [];
  for (const entry of await previewBundle(spec!)) {
    if (entry.type === 'symlink') {
      fail('msi-link', `bundle "${bundle.name}" carries the link ${entry.path}, which an MSI cannot install`, { location: origin.location, hint: 'replace the link by the file it points to' });
    }
    if (entry.type === 'file') out.push({ source: entry.source, installPath: join(to, entry.path), origin });
  }
  return out;
}

/** Resolves the `files` of an installer to concrete files; two files landing on one path (Windows ignores case) fail. */
export async function collectFiles(matrix: Matrix, files: InstallerFiles[]): Promise<SourceFile[]> {
  const all: SourceFile[] = [];
  for (const f of files) {
    if (f.from !== undefined) all.push(...(await fromPath(matrix.root, f.from, f.to, f)));
    else if (f.bundle !== undefined) {
      const bundle = matrix.bundles.find((b) => b.name === f.bundle);
      if (!bundle) fail('unknown-reference', `no bundle "${f.bundle}"`, { location: f.location });
      all.push(...(await bundleFiles(matrix, bundle, f.to, f)));
    }
  }
  return dedupe(all);
}

export function dedupe(files: SourceFile[]): SourceFile[] {
  const seen = new Map<string, SourceFile>();
  for (const f of files) {
    const key = f.installPath.toLowerCase();
    const first = seen.get(key);
    if (first) {
      if (first.source === f.source) continue;
      fail('msi-duplicate', `two files would be installed as "${f.installPath}": ${first.source} and ${f.source}`, {
        location: f.origin.location,
        hint: 'Windows file names ignore case; give one of them another "to" folder',
      });
    }
    seen.set(key, f);
  }
  return [...seen.values()].sort((a, b) => (a.installPath < b.installPath ? -1 : a.installPath > b.installPath ? 1 : 0));
}
