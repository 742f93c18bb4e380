import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { SlipwayError } from '../errors/diagnostic.js';
import { didYouMean } from '../matrix/did-you-mean.js';
import type { Component, Matrix } from '../matrix/model.js';
import { writeFileAtomic } from '../util/safe-write.js';
import { installerModel, type InstallerModel, type InstallFile } from './installer-model.js';
import { renderBuildCmd, renderWixproj } from './render-project.js';
import { renderWix } from './render-wix.js';

/** The sources of one installer, written: where they are and what they will build. */
export interface GeneratedInstaller {
  model: InstallerModel;
  /** The folder of the sources. */
  dir: string;
  /** WiX v4+ source, for `wix build`. */
  wxs: string;
  /** The v3 dialect, for wixl. */
  wixlWxs: string;
  wixproj: string;
  buildCmd: string;
  /** Where the MSI is built. */
  msi: string;
  /** Every file the sources name, absolute: what the build reads. */
  inputs: string[];
}

/** The installer components to work on: all of them, or the one named (with a suggestion when the name is wrong). */
export function installerComponents(matrix: Matrix, name?: string): Component[] {
  const installers = matrix.components.filter((c) => c.kind === 'installer');
  if (name === undefined) return installers;
  const found = installers.find((c) => c.name === name);
  if (found) return [found];
  const guess = didYouMean(name, installers.map((c) => c.name));
  throw new SlipwayError({
    code: 'usage',
    message: `no installer component "${name}" in ${matrix.file}`,
    hint: guess ? `did you mean "${guess}"?` : installers.length ? `installers: ${installers.map((c) => c.name).join(', ')}` : 'declare one with kind: installer',
  }, 2);
}

const posix = (p: string) => p.split(path.sep).join('/');

/**
 * Writes the WiX sources of one installer into `out/<component>/`: both dialects, a .wixproj and build.cmd, and the
 * files Slipway makes (the scripts of an infrastructure installer). The MSI is to be built into `msiDir`. Sources name the repository's files by relative
 * paths, so the folder builds on Windows from the same checkout. Unchanged files are left as they are.
 */
export async function generateInstaller(matrix: Matrix, component: Component, version: string, out: string, msiDir = out): Promise<GeneratedInstaller> {
  const model = await installerModel(matrix, component, version);
  const dir = path.join(out, component.name);
  const msi = path.join(msiDir, model.msiName);
  const generatedDir = path.join(dir, 'files');
  const sourcePath = (f: InstallFile) => (f.source ?? path.join(generatedDir, ...f.installPath.split('/')));
  const sourceOf = (f: InstallFile) => posix(path.relative(dir, sourcePath(f)));
  const rel = (p: string | undefined) => (p ? posix(path.relative(dir, p)) : undefined);

  for (const f of model.files) if (f.content !== undefined) await writeIfChanged(sourcePath(f), f.content);
  const usesUi = model.license !== undefined;
  const wxs = path.join(dir, `${component.name}.wxs`);
  const wixlWxs = path.join(dir, `${component.name}.wixl.wxs`);
  const wixproj = path.join(dir, `${component.name}.wixproj`);
  const buildCmd = path.join(dir, 'build.cmd');
  await writeIfChanged(wxs, renderWix(model, 'wix4', sourceOf, rel(model.icon), rel(model.license)));
  await writeIfChanged(wixlWxs, renderWix(model, 'wixl', sourceOf, rel(model.icon)));
  await writeIfChanged(wixproj, renderWixproj(model, path.basename(wxs), usesUi));
  await writeIfChanged(buildCmd, renderBuildCmd(model, path.basename(wxs), usesUi, path.relative(dir, msi)));
  const inputs = [...model.files.map(sourcePath), ...(model.icon ? [model.icon] : [])];
  return { model, dir, wxs, wixlWxs, wixproj, buildCmd, msi, inputs };
}

async function writeIfChanged(file: string, content: string): Promise<void> {
  const existing = await readFile(file, 'utf8').catch(() => undefined);
  if (existing !== content) await writeFileAtomic(file, content);
}
