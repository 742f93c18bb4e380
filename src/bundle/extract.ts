import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { link, lstat, mkdir, readdir, realpath, rename, rm, rmdir, symlink, utimes } from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { ReadEntry } from 'tar';
import { fail } from '../errors/diagnostic.js';
import { readTarGz } from './tar-reader.js';
import { isInside } from './source-tree.js';

export interface ExtractResult {
  dest: string;
  files: number;
  directories: number;
  links: number;
}

/**
 * Unpacks a `.tar.gz` into `dest` (which must not exist, or be empty), or refuses it whole. Refused: absolute
 * paths, `..`, links (symbolic or hard) that point outside the destination, writing through a link, devices, FIFOs
 * and any other special entry. The archive is unpacked into a temporary folder beside `dest` and renamed into place
 * only when every entry has passed, so a refused archive leaves nothing behind.
 */
export async function extractArchive(archive: string, dest: string): Promise<ExtractResult> {
  const target = path.resolve(dest);
  await ensureEmptyOrAbsent(target);
  await mkdir(path.dirname(target), { recursive: true });
  const staging = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.partial`);
  await mkdir(staging);
  const result: ExtractResult = { dest: target, files: 0, directories: 0, links: 0 };
  const symlinks: { at: string; entry: string }[] = [];
  try {
    await readTarGz(archive, {
      onEntry: async (entry) => {
        const rel = safeRelative(entry.path, entry.path);
        if (rel === '') {
          entry.resume();
          return;
        }
        const at = path.join(staging, rel);
        await refuseWriteThroughLinks(staging, rel, entry.path);
        await mkdir(path.dirname(at), { recursive: true });
        const mtime = entry.mtime ?? new Date(0);
        switch (entry.type) {
          case 'Directory':
            entry.resume();
            await mkdir(at, { recursive: true, mode: 0o755 });
            result.directories++;
            break;
          case 'File':
          case 'OldFile':
          case 'ContiguousFile':
            await writeEntry(entry, at, (entry.mode ?? 0o644) & 0o755);
            await utimes(at, mtime, mtime);
            result.files++;
            break;
          case 'SymbolicLink': {
            entry.resume();
            const to = entry.linkpath ?? '';
            if (to === '' || path.isAbsolute(to) || /^[A-Za-z]:/.test(to) || !isInside(staging, path.resolve(path.dirname(at), to))) {
              fail('extract-link-escape', `${archive}: "${entry.path}" is a link to "${to}", outside the destination`, { hint: 'the archive is hostile or damaged: nothing was extracted' });
            }
            await symlink(to, at);
            symlinks.push({ at, entry: entry.path });
            result.links++;
            break;
          }
          case 'Link': {
            entry.resume();
            const to = safeRelative(entry.linkpath ?? '', entry.path);
            const source = path.join(staging, to);
            const info = await lstat(source).catch(() => undefined);
            if (!to || !info?.isFile()) {
              fail('extract-link-escape', `${archive}: "${entry.path}" is a hard link to "${entry.linkpath}", which is not a file extracted before it`, { hint: 'the archive is hostile or damaged: nothing was extracted' });
            }
            await link(source, at);
            result.links++;
            break;
          }
          default:
            entry.resume();
            fail('extract-special-file', `${archive}: "${entry.path}" is a ${entry.type} entry, which is never extracted`, { hint: 'bundles hold files, folders and links only: nothing was extracted' });
        }
      },
    });
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

async function writeEntry(entry: ReadEntry, at: string, mode: number): Promise<void> {
  const out = createWriteStream(at, { flags: 'wx', mode });
  entry.pipe(out);
  await once(out, 'close');
}

async function ensureEmptyOrAbsent(dir: string): Promise<void> {
  const names = await readdir(dir).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return [];
    if (e.code === 'ENOTDIR') fail('extract-dest', `${dir} is a file, not a folder`);
    throw e;
  });
  if (names.length) fail('extract-dest', `${dir} is not empty`, { hint: 'extract into a new folder: nothing is ever overwritten' });
}
