import { readFile, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { SlipwayError } from '../errors/diagnostic.js';
import { HelmIgnore, HelmIgnoreError } from './helmignore.js';

/**
 * The files of a chart folder that go into its package: every file not matched by .helmignore (Helm's rules, see
 * helmignore.ts), symbolic links followed as Helm follows them, in sorted order. Devices, sockets and pipes are refused.
 */
export interface ChartFile {
  /** Relative to the chart folder, `/`-separated. */
  path: string;
  /** Absolute path on disk (links resolved). */
  source: string;
  size: number;
}

export async function readHelmIgnore(dir: string, shown: string): Promise<HelmIgnore> {
  const file = path.join(dir, '.helmignore');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return HelmIgnore.parse('');
  }
  try {
    return HelmIgnore.parse(text);
  } catch (e) {
    if (e instanceof HelmIgnoreError) {
      throw new SlipwayError({ code: 'helmignore', message: e.message, location: { file: path.join(shown, '.helmignore'), line: e.line, col: 1 } });
    }
    throw e;
  }
}

export async function listChartFiles(dir: string, shown: string): Promise<ChartFile[]> {
  const rules = await readHelmIgnore(dir, shown);
  const files: ChartFile[] = [];
  const visiting = new Set<string>();

  const walk = async (abs: string, rel: string): Promise<void> => {
    const real = await realpath(abs);
    if (visiting.has(real)) throw new SlipwayError({ code: 'chart-files', message: `${path.join(shown, rel)}: a symbolic link loops back to a folder above it` });
    visiting.add(real);
    const names = (await readdir(abs)).sort();
    for (const name of names) {
      const childRel = rel ? `${rel}/${name}` : name;
      const childAbs = path.join(abs, name);
      let info;
      try {
        info = await stat(childAbs);
      } catch {
        // A broken link: ignored when .helmignore says so, an error otherwise (as in Helm).
        if (rules.ignores(childRel, false)) continue;
        throw new SlipwayError({ code: 'chart-files', message: `${path.join(shown, childRel)}: a symbolic link points to nothing` });
      }
      if (info.isDirectory()) {
        if (rules.ignores(childRel, true)) continue;
        await walk(childAbs, childRel);
        continue;
      }
      if (rules.ignores(childRel, false)) continue;
      if (!info.isFile()) {
        throw new SlipwayError({ code: 'chart-files', message: `cannot load irregular file ${path.join(shown, childRel)} as it has file mode type bits set` });
      }
      files.push({ path: childRel, source: await realpath(childAbs), size: info.size });
    }
    visiting.delete(real);
  };
  await walk(dir, '');
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
