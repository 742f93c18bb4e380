import type { Stats } from 'node:fs';
import { lstat, readdir, readlink, realpath } from 'node:fs/promises';
import path from 'node:path';
import { fail, type SourceLocation } from '../errors/diagnostic.js';

/** One entry of a bundle, with its path inside the archive (forward slashes, relative to the top folder). */
export type TreeEntry =
  | { type: 'dir'; path: string; mode: 0o755 }
  | { type: 'file'; path: string; mode: 0o644 | 0o755; size: number; source: string }
  | { type: 'symlink'; path: string; mode: 0o777; target: string };

/** A folder or file to carry into a bundle, and where it goes (`to` is a relative archive path, `''` = the top). */
export interface TreeSource {
  from: string;
  to: string;
  /** Where the mapping is written, for messages. */
  location: SourceLocation;
  /** The tree a link may point into: links that leave it are refused. */
  root: string;
}

/**
 * Collects what goes into a bundle, refusing anything that would not travel safely or reproducibly: links that leave
 * the source tree, devices, sockets and FIFOs, two sources landing on one path, paths that climb out. Modes become
 * 0644 or 0755 (executable by anyone if executable by its owner), so the umask of the building machine never shows.
 * The result is sorted by path (byte order), which fixes the order of the archive.
 */
export async function collectTree(sources: TreeSource[]): Promise<TreeEntry[]> {
  const entries = new Map<string, { entry: TreeEntry; origin: string }>();
  const add = (entry: TreeEntry, origin: string, location: SourceLocation) => {
    const existing = entries.get(entry.path);
    if (existing) {
      if (existing.entry.type === 'dir' && entry.type === 'dir') return;
      fail('bundle-duplicate', `two sources land on "${entry.path}" in the bundle: ${existing.origin} and ${origin}`, {
        location,
        hint: 'give one of them another "to" path',
      });
    }
    entries.set(entry.path, { entry, origin });
  };
  const addParents = (archivePath: string, origin: string, location: SourceLocation) => {
    const parts = archivePath.split('/');
    for (let i = 1; i < parts.length; i++) add({ type: 'dir', path: parts.slice(0, i).join('/'), mode: 0o755 }, origin, location);
  };

  for (const s of sources) {
    const to = normaliseArchivePath(s.to, s.location);
    const stat = await lstatOrFail(s.from, s.location);
    if (!isInside(s.root, s.from)) {
      fail('bundle-path-escape', `${s.from} is outside ${s.root}`, { location: s.location, hint: 'bundle files must come from the repository of compatibility.yaml' });
    }
    if (stat.isDirectory()) {
      if (to) {
        addParents(to, s.from, s.location);
        add({ type: 'dir', path: to, mode: 0o755 }, s.from, s.location);
      }
      await walk(s.from, to, s, add, addParents);
    } else {
      if (!to) fail('bundle-path-escape', `${s.from} is a file and needs a "to" path in the bundle`, { location: s.location });
      addParents(to, s.from, s.location);
      await addEntry(s.from, to, stat, s, add);
    }
  }
  return [...entries.values()].map((e) => e.entry).sort((a, b) => compareBytes(a.path, b.path));
}

type Add = (entry: TreeEntry, origin: string, location: SourceLocation) => void;
type Stat = Stats;

async function walk(dir: string, prefix: string, s: TreeSource, add: Add, addParents: (p: string, o: string, l: SourceLocation) => void): Promise<void> {
  const names = (await readdir(dir)).sort(compareBytes);
  // All entries of a folder are looked at together: one at a time, thousands of small files cost seconds of waiting.
  const stats = await Promise.all(names.map((name) => lstat(path.join(dir, name))));
  for (const [i, name] of names.entries()) {
    const full = path.join(dir, name);
    const archivePath = prefix ? `${prefix}/${name}` : name;
    if (name.includes('\\')) fail('bundle-path', `${full}: a backslash in a file name does not survive on Windows`, { location: s.location });
    const stat = stats[i]!;
    if (stat.isDirectory()) {
      add({ type: 'dir', path: archivePath, mode: 0o755 }, full, s.location);
      await walk(full, archivePath, s, add, addParents);
    } else {
      await addEntry(full, archivePath, stat, s, add);
    }
  }
}

async function addEntry(full: string, archivePath: string, stat: Stat, s: TreeSource, add: Add): Promise<void> {
  if (stat.isFile()) {
    add({ type: 'file', path: archivePath, mode: stat.mode & 0o100 ? 0o755 : 0o644, size: stat.size, source: full }, full, s.location);
    return;
  }
  if (stat.isSymbolicLink()) {
    const target = await readlink(full);
    const resolved = path.resolve(path.dirname(full), target);
    const real = await realpath(full).catch(() => undefined);
    if (path.isAbsolute(target) || !isInside(s.root, resolved) || (real !== undefined && !isInside(await realpath(s.root), real))) {
      fail('bundle-symlink-escape', `${full} is a link to "${target}", outside the source tree ${s.root}`, {
        location: s.location,
        hint: 'copy the file into the source tree, or make the link relative and inside it',
      });
    }
    if (real === undefined) fail('bundle-symlink-dangling', `${full} is a link to "${target}", which does not exist`, { location: s.location });
    add({ type: 'symlink', path: archivePath, mode: 0o777, target: target.split(path.sep).join('/') }, full, s.location);
    return;
  }
  const what = stat.isSocket() ? 'a socket' : stat.isFIFO() ? 'a named pipe' : stat.isBlockDevice() || stat.isCharacterDevice() ? 'a device file' : 'not a regular file';
  fail('bundle-special-file', `${full} is ${what}, which cannot go into a bundle`, { location: s.location, hint: 'remove it from the source tree' });
}

async function lstatOrFail(file: string, location: SourceLocation): Promise<Stat> {
  try {
    return await lstat(file);
  } catch {
    return fail('bundle-missing-source', `${file} does not exist`, { location });
  }
}

/** A relative, forward-slash path without `.`/`..` segments; anything else would place a file outside the bundle. */
export function normaliseArchivePath(p: string, location: SourceLocation): string {
  const slashed = p.replaceAll('\\', '/');
  if (slashed.startsWith('/') || /^[A-Za-z]:/.test(slashed)) {
    fail('bundle-path-escape', `"${p}" is an absolute path; paths inside a bundle are relative`, { location });
  }
  const parts = slashed.split('/').filter((x) => x !== '' && x !== '.');
  if (parts.includes('..')) fail('bundle-path-escape', `"${p}" climbs out of the bundle with ".."`, { location });
  return parts.join('/');
}

export function isInside(root: string, candidate: string): boolean {
  const rel = path.relative(root, candidate);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** Byte order of the UTF-8 path: the same on every machine and locale (what `tar --sort=name` does). */
export function compareBytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}
