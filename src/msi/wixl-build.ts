import path from 'node:path';
import type { GeneratedInstaller } from './generate.js';
import { runTool } from './run-tool.js';
import { stampSourceDate } from './source-date-stamp.js';

const WIXL_HINT = 'install wixl (apt-get install wixl msitools), or run scripts/setup.sh';
const MSITOOLS_HINT = 'install msitools (apt-get install msitools wixl), or run scripts/setup.sh';

/**
 * wixl asks GIO for every source file's "standard::*" attributes, content type included, and GIO finds that by matching
 * the head of the file against every magic pattern of the shared-mime-info database: a third of wixl's time with small
 * files, for a value wixl never uses. With the XDG data folders pointing where no database can be, the guess is a
 * lookup; the MSI's tables and streams are the same.
 */
export const WITHOUT_MIME_DATABASE = { XDG_DATA_DIRS: '/dev/null', XDG_DATA_HOME: '/dev/null' };

/** Upgrade attribute bits (msidbUpgradeAttributes*). */
const MIGRATE_FEATURES = 0x1;
const INCLUDE_MAXIMUM = 0x200;

export interface WixlOptions {
  /** The time to stamp the MSI with; asked for once wixl runs. None leaves wixl's: the time of the build. */
  sourceDate?: () => Promise<Date | undefined>;
}

/**
 * Builds the MSI with wixl (Linux), then writes into its tables what wixl cannot express: the PATH entry (wixl has no
 * Environment element), non-advertised shortcut targets (wixl advertises every shortcut, ignoring Advertise="no"), and
 * same-version upgrades (wixl ignores AllowSameVersionUpgrades). With a source date, the MSI is then stamped with it,
 * so that the same sources give the same bytes.
 */
export async function buildWithWixl(g: GeneratedInstaller, output: string, options: WixlOptions = {}): Promise<void> {
  const wixl = runTool('wixl', ['-a', 'x64', '-o', output, path.basename(g.wixlWxs)], { cwd: g.dir, env: { ...process.env, ...WITHOUT_MIME_DATABASE }, install: WIXL_HINT });
  // Finding the date may take a git process: it runs beside wixl. Awaited below unless wixl fails first.
  const dating = options.sourceDate?.();
  dating?.catch(() => undefined);
  await wixl;
  const m = g.model;
  const queries: string[] = [];
  for (const s of m.shortcuts) queries.push(`UPDATE \`Shortcut\` SET \`Target\`='[#${s.fileId}]' WHERE \`Shortcut\`='${s.id}'`);
  // The row of MajorUpgrade that removes older versions, as WiX writes it with AllowSameVersionUpgrades: written whole
  // from the model rather than read back and patched, since Attributes is part of the table's key (an UPDATE cannot
  // change it). The table check that follows compares it with the model again.
  queries.push(
    "DELETE FROM `Upgrade` WHERE `ActionProperty`='WIX_UPGRADE_DETECTED'",
    'INSERT INTO `Upgrade` (`UpgradeCode`,`VersionMin`,`VersionMax`,`Language`,`Attributes`,`Remove`,`ActionProperty`) ' +
      `VALUES ('{${m.upgradeCode.toUpperCase()}}','','${sql(m.productVersion)}','',${MIGRATE_FEATURES | INCLUDE_MAXIMUM},'','WIX_UPGRADE_DETECTED')`,
  );
  if (m.pathDirectoryId) {
    queries.push(
      'CREATE TABLE `Environment` (`Environment` CHAR(72) NOT NULL, `Name` CHAR(255) NOT NULL LOCALIZABLE, ' +
        '`Value` CHAR(255) LOCALIZABLE, `Component_` CHAR(72) NOT NULL PRIMARY KEY `Environment`)',
    );
    // = set on install, - remove on uninstall, * system-wide; [~]; appends to the existing value.
    const name = `=-${m.scope === 'perMachine' ? '*' : ''}PATH`;
    queries.push(`INSERT INTO \`Environment\` (\`Environment\`,\`Name\`,\`Value\`,\`Component_\`) VALUES ('PathEntry','${name}','[~];[${m.pathDirectoryId}]','${m.productComponent.id}')`);
  }
  await runTool('msibuild', [output, ...queries.flatMap((q) => ['-q', q])], { install: MSITOOLS_HINT });
  const date = await dating;
  if (date) await stampSourceDate(output, date, m.upgradeCode);
}

function sql(value: string | undefined): string {
  return (value ?? '').replace(/'/g, "''");
}
