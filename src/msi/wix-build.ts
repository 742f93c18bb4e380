import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fail } from '../errors/diagnostic.js';
import type { GeneratedInstaller } from './generate.js';
import { runTool } from './run-tool.js';
import { eulaId, WIX_UI_EXTENSION, WIX_VERSION } from './wix-toolset.js';

const DOTNET_HINT = 'install the .NET SDK (windows runners have it; locally: https://dot.net)';

export interface WixOptions {
  /** The EULA id the user accepts (e.g. wix7), given explicitly; never assumed. */
  acceptEula?: string;
  version?: string;
}

/**
 * Finds the pinned wix in the runner's tool cache, or installs it there with `dotnet tool install --tool-path`, so
 * later jobs on the same runner (and self-hosted runners) skip the download.
 */
export async function ensureWix(version = WIX_VERSION): Promise<string> {
  const tc = await import('@actions/tool-cache');
  const exe = process.platform === 'win32' ? 'wix.exe' : 'wix';
  const cached = process.env.RUNNER_TOOL_CACHE ? tc.find('wix', version) : '';
  if (cached) return path.join(cached, exe);
  const dir = await mkdtemp(path.join(process.env.RUNNER_TEMP ?? os.tmpdir(), 'wix-'));
  await runTool('dotnet', ['tool', 'install', 'wix', '--version', version, '--tool-path', dir], { install: DOTNET_HINT });
  const home = process.env.RUNNER_TOOL_CACHE ? await tc.cacheDir(dir, 'wix', version) : dir;
  return path.join(home, exe);
}

/** Builds the WiX v4+ source with `wix build` (Windows). */
export async function buildWithWix(g: GeneratedInstaller, output: string, options: WixOptions): Promise<void> {
  const version = options.version ?? WIX_VERSION;
  const needed = eulaId(version);
  if (needed && options.acceptEula !== needed) {
    fail('wix-eula', `WiX ${version} builds only after its Open Source Maintenance Fee EULA is accepted, and Slipway does not accept it for you`, {
      hint: `read https://wixtoolset.org/osmf/; if you accept it, pass --accept-wix-eula ${needed} (the msi action: accept-wix-eula: ${needed})`,
    });
  }
  const wix = await ensureWix(version);
  const usesUi = g.model.license !== undefined;
  if (usesUi) await runTool(wix, ['extension', 'add', '-g', `${WIX_UI_EXTENSION}/${version}`], { cwd: g.dir, install: DOTNET_HINT });
  const args = ['build', '-arch', 'x64', ...(needed ? ['-acceptEula', needed] : []), ...(usesUi ? ['-ext', WIX_UI_EXTENSION] : []), '-o', output, path.basename(g.wxs)];
  await runTool(wix, args, { cwd: g.dir, install: DOTNET_HINT });
}
