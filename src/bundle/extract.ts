import { createWriteStream } from 'node:fs';
import { link, lstat, mkdir, readdir, realpath, rename, rm, rmdir, symlink, utimes } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { randomBytes } from 'node:crypto';
import type { ReadEntry } from 'tar';
import { fail } from '../errors/diagnostic.js';
import { readTarGz } from './tar-reader.js';
import { isInside } from './source-tree.js';
import { looksLikeZip, readZip } from './zip-reader.js';

export interface ExtractResult {
  dest: string;
  files: number;
  directories: number;
  links: number;
}

/** An archive entry, whatever the format: what the checks below look at. */
interface Item {
  /** As written in the archive. */
  path: string;
  type: 'dir' | 'file' | 'symlink' | 'hardlink' | 'special';
  /** For a special entry: what it is. */
  special?: string;
  mode: number;
  mtime: Date;
  /** A link's target. */
  link?: string;
  contents(): Promise<AsyncIterable<Buffer>>;
  skip(): void;
}

/**
 * Unpacks a `.tar.gz` or a `.zip` into `dest` (which must not exist, or be empty), or refuses it whole. Refused:
 * absolute paths (drive letters too), `..`, backslashes in zip names, an entry twice, links (symbolic or hard) that
 * point outside the destination, writing through a link, devices, FIFOs and any other special entry. The archive is
 * unpacked into a temporary folder beside `dest` and renamed into place only when every entry has passed, so a
 * refused archive leaves nothing behind.
 */
export async function extractArchive(archive: string, dest: string): Promise<ExtractResult> {
  const target = path.resolve(dest);
  const zip = await looksLikeZip(archive).catch(() => false);
  await ensureEmptyOrAbsent(target);
  await mkdir(path.dirname(target), { recursive: true });
  const staging = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.partial`);
  await mkdir(staging);
  const result: ExtractResult = { dest: target, files: 0, directories: 0, links: 0 };
  const symlinks: { at: string; entry: string }[] = [];
  const seen = new Map<string, Item['type']>();
  const hostile = { hint: 'the archive is hostile or damaged: nothing was extracted' };

  const place = async (item: Item) => {
    if (zip && item.path.includes('\\')) {
      item.skip();
      fail('extract-path-backslash', `${archive}: "${item.path}" has a backslash, which Windows reads as a folder separator`, hostile);
    }
    const rel = safeRelative(item.path, item.path);
    if (rel === '') {
      item.skip();
      return;
    }
    const before = seen.get(rel);
    if (before !== undefined && !(before === 'dir' && item.type === 'dir')) {
      item.skip();
      fail('extract-duplicate', `"${item.path}" appears twice in the archive`, { hint: 'the archive is damaged: nothing was extracted' });
    }
    seen.set(rel, item.type);
    const at = path.join(staging, rel);
    await refuseWriteThroughLinks(staging, rel, item.path);
    await mkdir(path.dirname(at), { recursive: true });
    switch (item.type) {
      case 'dir':
        item.skip();
        await mkdir(at, { recursive: true, mode: 0o755 });
        result.directories++;
        break;
      case 'file':
        await writeEntry(await item.contents(), at, item.mode & 0o755);
        await utimes(at, item.mtime, item.mtime);
        result.files++;
        break;
      case 'symlink': {
        item.skip();
        const to = item.link ?? '';
        if (to === '' || path.isAbsolute(to) || /^[A-Za-z]:/.test(to) || to.includes('\\') || !isInside(staging, path.resolve(path.dirname(at), to))) {
          fail('extract-link-escape', `${archive}: "${item.path}" is a link to "${to}", outside the destination`, hostile);
        }
        await symlink(to, at);
        symlinks.push({ at, entry: item.path });
        result.links++;
        break;
      }
      case 'hardlink': {
        item.skip();
        const to = safeRelative(item.link ?? '', item.path);
        const source = path.join(staging, to);
        const info = await lstat(source).catch(() => undefined);
        if (!to || !info?.isFile()) {
          fail('extract-link-escape', `${archive}: "${item.path}" is a hard link to "${item.link}", which is not a file extracted before it`, hostile);
        }
        await link(source, at);
        result.links++;
        break;
      }
      default:
        item.skip();
        fail('extract-special-file', `${archive}: "${item.path}" is a ${item.special} entry, which is never extracted`, { hint: 'bundles hold files, folders and links only: nothing was extracted' });
    }
  };

  try {
    if (zip) {
      await readZip(archive, (z) => place({ path: z.name, type: z.type, ...(z.special ? { special: z.special } : {}), mode: z.mode, mtime: z.mtime, ...(z.link !== undefined ? { link: z.link } : {}), contents: z.open, skip: () => undefined }));
    } else {
      await readTarGz(archive, { onEntry: (entry) => place(fromTar(entry)) });
    }
    // A link may be harmless written down and still lead out once the links it passes through exist.
    for (const s of symlinks) {
      const real = await realpath(s.at).catch(() => undefined);
      if (real !== undefined && !isInside(await realpath(staging), real)) {
        fail('extract-link-escape', `${archive}: "${s.entry}" leads outside the destination through other links`, { hint: 'the archive is hostile: nothing was extracted' });
      }
    }
    await rmdir(target).catch(() => undefined);
    await rename(staging, target);
    return result;
  } catch (e) {
    await rm(staging, { recursive: true, force: true });
    throw e;
  }
}

function fromTar(entry: ReadEntry): Item {
  const kinds: Record<string, Item['type']> = { Directory: 'dir', File: 'file', OldFile: 'file', ContiguousFile: 'file', SymbolicLink: 'symlink', Link: 'hardlink' };
  const type = kinds[entry.type] ?? 'special';
  return {
    path: entry.path,
    type,
    ...(type === 'special' ? { special: entry.type } : {}),
    mode: entry.mode ?? (type === 'dir' ? 0o755 : 0o644),
    mtime: entry.mtime ?? new Date(0),
    ...(entry.linkpath !== undefined ? { link: entry.linkpath } : {}),
    contents: async () => entry,
    skip: () => entry.resume(),
  };
}

/** The entry's path as a safe relative path, or a refusal naming it. */
function safeRelative(p: string, shown: string): string {
  if (p.startsWith('/') || p.startsWith('\\') || /^[A-Za-z]:/.test(p)) {
    fail('extract-absolute-path', `"${shown}" is an absolute path`, { hint: 'the archive is hostile or damaged: nothing was extracted' });
  }
  const parts = p.split(/[\\/]+/).filter((x) => x !== '' && x !== '.');
  if (parts.includes('..')) fail('extract-path-escape', `"${shown}" climbs out of the destination with ".."`, { hint: 'the archive is hostile or damaged: nothing was extracted' });
  return parts.join(path.sep);
}

async function refuseWriteThroughLinks(root: string, rel: string, shown: string): Promise<void> {
  const parts = rel.split(path.sep);
  let at = root;
  for (const part of parts) {
    at = path.join(at, part);
    const info = await lstat(at).catch(() => undefined);
    if (!info) return;
    if (info.isSymbolicLink()) fail('extract-link-escape', `"${shown}" would be written through the link ${path.relative(root, at)}`, { hint: 'the archive is hostile: nothing was extracted' });
    if (at !== path.join(root, rel) && !info.isDirectory()) fail('extract-path-conflict', `"${shown}" needs ${path.relative(root, at)} to be a folder`);
    if (at === path.join(root, rel) && !info.isDirectory()) fail('extract-duplicate', `"${shown}" appears twice in the archive`, { hint: 'the archive is damaged: nothing was extracted' });
  }
}

async function writeEntry(contents: AsyncIterable<Buffer>, at: string, mode: number): Promise<void> {
  await pipeline(contents, createWriteStream(at, { flags: 'wx', mode }));
}

async function ensureEmptyOrAbsent(dir: string): Promise<void> {
  const names = await readdir(dir).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return [];
    if (e.code === 'ENOTDIR') fail('extract-dest', `${dir} is a file, not a folder`);
    throw e;
  });
  if (names.length) fail('extract-dest', `${dir} is not empty`, { hint: 'extract into a new folder: nothing is ever overwritten' });
}
