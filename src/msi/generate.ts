import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { SlipwayError } from '../errors/diagnostic.js';
import { didYouMean } from '../matrix/did-you-mean.js';
import type { Component, Matrix } from '../matrix/model.js';
import { relativePosix, relativePosixFrom } from '../util/relative-path.js';
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
  /** Every file the sources name, absolute: what the build reads (inputs[i] is where model.files[i] comes from, the icon last). */
  inputs: string[];
  /** The same files relative to `dir`, with forward slashes, as the sources name them. */
  relativeInputs: string[];
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

/** The sources of an installer, in the groups they are written in: a build writes what its tool reads first. */
export type SourceKind = 'files' | 'wix' | 'wixl' | 'project';
export const ALL_SOURCES: readonly SourceKind[] = ['files', 'wix', 'wixl', 'project'];

/**
 * Where the sources of one installer go (`out/<component>/`: both dialects, a .wixproj and build.cmd, and the files
 * Slipway makes, the scripts of an infrastructure installer) and what they describe; nothing is written yet. The MSI is
 * to be built into `msiDir`.
 */
export async function planInstaller(matrix: Matrix, component: Component, version: string, out: string, msiDir = out): Promise<GeneratedInstaller> {
  const model = await installerModel(matrix, component, version);
  const dir = path.join(out, component.name);
  const generatedDir = path.join(dir, 'files');
  const inputs = [...model.files.map((f) => f.source ?? path.join(generatedDir, ...f.installPath.split('/'))), ...(model.icon ? [model.icon] : [])];
  return {
    model,
    dir,
    wxs: path.join(dir, `${component.name}.wxs`),
    wixlWxs: path.join(dir, `${component.name}.wixl.wxs`),
    wixproj: path.join(dir, `${component.name}.wixproj`),
    buildCmd: path.join(dir, 'build.cmd'),
    msi: path.join(msiDir, model.msiName),
    inputs,
    relativeInputs: inputs.map(relativePosixFrom(dir)),
  };
}

/**
 * Writes some of the sources. They name the repository's files by relative paths, so the folder builds on Windows from
 * the same checkout. Unchanged files are left as they are.
 */
export async function writeSources(g: GeneratedInstaller, kinds: readonly SourceKind[]): Promise<void> {
  const { model, dir } = g;
  const rel = (p: string | undefined) => (p ? relativePosix(dir, p) : undefined);
  const sources = new Map<InstallFile, string>(model.files.map((f, i) => [f, g.relativeInputs[i]!]));
  const sourceOf = (f: InstallFile) => sources.get(f)!;
  const usesUi = model.license !== undefined;
  const writes: Promise<void>[] = [];
  for (const kind of kinds) {
    if (kind === 'files') {
      model.files.forEach((f, i) => {
        if (f.content !== undefined) writes.push(writeIfChanged(g.inputs[i]!, f.content));
      });
    } else if (kind === 'wix') writes.push(writeIfChanged(g.wxs, renderWix(model, 'wix4', sourceOf, rel(model.icon), rel(model.license))));
    else if (kind === 'wixl') writes.push(writeIfChanged(g.wixlWxs, renderWix(model, 'wixl', sourceOf, rel(model.icon))));
    else {
      writes.push(writeIfChanged(g.wixproj, renderWixproj(model, path.basename(g.wxs), usesUi)));
      writes.push(writeIfChanged(g.buildCmd, renderBuildCmd(model, path.basename(g.wxs), usesUi, path.relative(dir, g.msi))));
    }
  }
  await Promise.all(writes);
}

/** Plans the sources of one installer and writes them all. */
export async function generateInstaller(matrix: Matrix, component: Component, version: string, out: string, msiDir = out): Promise<GeneratedInstaller> {
  const g = await planInstaller(matrix, component, version, out, msiDir);
  await writeSources(g, ALL_SOURCES);
  return g;
}

async function writeIfChanged(file: string, content: string): Promise<void> {
  const existing = await readFile(file, 'utf8').catch(() => undefined);
  if (existing !== content) await writeFileAtomic(file, content);
}
