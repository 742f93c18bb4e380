import { execFileSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SlipwayError } from '../../src/errors/diagnostic.js';
import { loadMatrix } from '../../src/matrix/load.js';
import { checkMsi } from '../../src/msi/check-msi.js';
import { generateInstaller, installerComponents, type GeneratedInstaller } from '../../src/msi/generate.js';
import { CompoundFile } from '../../src/msi/compound-file.js';
import { decodeStreamName, MsiDatabase } from '../../src/msi/msi-database.js';
import { buildWithWixl, WITHOUT_MIME_DATABASE } from '../../src/msi/wixl-build.js';
import { requireTool } from '../helpers/require-tool.js';
import { ROOT } from '../helpers/run-cli.js';

/*
 * The check after the build is what catches a build tool's silent omissions. Each case damages a good MSI the way a
 * tool could (with msibuild, on a copy) and expects the check to refuse it and say what is wrong.
 */
let temp: string;
let g: GeneratedInstaller;
let good: string;

beforeAll(async () => {
  for (const [tool, pkg] of [['wixl', 'wixl'], ['msibuild', 'msitools']] as const) requireTool(tool, pkg);
  temp = await mkdtemp(path.join(os.tmpdir(), 'slipway-msi-check-'));
  const r = await loadMatrix(path.join(ROOT, 'examples/platform/compatibility.yaml'));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  const [acmectl] = installerComponents(r.value, 'acmectl');
  g = await generateInstaller(r.value, acmectl!, '1.4.0', temp);
  good = path.join(temp, 'good.msi');
  await buildWithWixl(g, good);
}, 60_000);

afterAll(async () => {
  if (temp) await rm(temp, { recursive: true, force: true });
});

function damaged(name: string, ...queries: string[]): string {
  const msi = path.join(temp, `${name}.msi`);
  copyFileSync(good, msi);
  execFileSync('msibuild', [msi, ...queries.flatMap((q) => ['-q', q])]);
  return msi;
}

function problem(msi: string): string {
  try {
    checkMsi(msi, g.model);
  } catch (e) {
    if (e instanceof SlipwayError) return e.diagnostics[0]!.message;
    throw e;
  }
  return 'no problem';
}

describe('the check of a built MSI', () => {
  it('passes what was built from the sources and counts its rows', () => {
    expect(checkMsi(good, g.model)).toEqual({ File: 3, Component: 5, Shortcut: 3, Registry: 5, Environment: 1, Upgrade: 2 });
  });

  it('refuses a wrong ProductVersion, a lost file, 32-bit components and a missing PATH entry', () => {
    const fileId = g.model.files[0]!.id;
    expect(problem(damaged('version', "UPDATE `Property` SET `Value`='9.9.9' WHERE `Property`='ProductVersion'"))).toContain('ProductVersion is "9.9.9", expected "1.4.0"');
    expect(problem(damaged('file', `DELETE FROM \`File\` WHERE \`File\`='${fileId}'`))).toContain(`the File table has 2 rows for 3 files; missing: ${g.model.files[0]!.installPath}`);
    expect(problem(damaged('narrow', 'UPDATE `Component` SET `Attributes`=0'))).toMatch(/5 components are not 64-bit/);
    expect(problem(damaged('path', "DELETE FROM `Environment` WHERE `Environment`='PathEntry'"))).toContain('the PATH entry is missing from the Environment table');
  });

  it('refuses an MSI without an embedded cabinet, or one that lets a downgrade through', () => {
    expect(problem(damaged('cab', "UPDATE `Media` SET `Cabinet`='product.cab'"))).toContain('no embedded cabinet');
    expect(problem(damaged('downgrade', "DELETE FROM `LaunchCondition` WHERE `Condition`='NOT WIX_DOWNGRADE_DETECTED'"))).toContain('nothing refuses a downgrade');
  });

  it('refuses a file that is not an MSI at all', () => {
    expect(problem(g.wixlWxs)).toBe(`${g.wixlWxs} is not a Windows Installer database (no compound file header)`);
  });
});

/** Every table's rows and every other stream's bytes, but the summary information (its dates and package code). */
function contents(msi: string): Record<string, unknown> {
  const db = MsiDatabase.open(msi);
  const out: Record<string, unknown> = Object.fromEntries(db.tables().map((t) => [`table ${t}`, db.rows(t)]));
  const cf = CompoundFile.open(msi);
  try {
    for (const s of cf.streams()) {
      // Table streams (names starting with U+4840) are compared as rows above.
      if (s.name.charCodeAt(0) !== 0x4840 && !s.name.endsWith('SummaryInformation')) out[`stream ${decodeStreamName(s.name)}`] = cf.read(s).toString('base64');
    }
  } finally {
    cf.close();
  }
  return out;
}

describe('wixl without the shared-mime-info database', () => {
  it('writes the same tables and the same cabinet as with it', () => {
    const run = (name: string, env: NodeJS.ProcessEnv) => {
      const msi = path.join(temp, name);
      execFileSync('wixl', ['-a', 'x64', '-o', msi, path.basename(g.wixlWxs)], { cwd: g.dir, env, stdio: 'ignore' });
      return contents(msi);
    };
    const withDatabase = run('mime.msi', process.env);
    expect(Object.keys(withDatabase)).toEqual(expect.arrayContaining(['table File', 'table Component', 'table Media', 'stream product.cab']));
    expect(run('no-mime.msi', { ...process.env, ...WITHOUT_MIME_DATABASE })).toEqual(withDatabase);
  });
});
