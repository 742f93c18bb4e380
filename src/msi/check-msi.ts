import { fail } from '../errors/diagnostic.js';
import type { InstallerModel } from './installer-model.js';
import { MsiDatabase, type Row } from './msi-database.js';

const COMPONENT_64BIT = 0x100;
const INCLUDE_MAXIMUM = 0x200;
const ONLY_DETECT = 0x2;

export interface TableCounts {
  File: number;
  Component: number;
  Shortcut: number;
  Registry: number;
  Environment: number;
  Upgrade: number;
}

const guid = (s: string | undefined) => (s ?? '').replace(/[{}]/g, '').toLowerCase();

/**
 * Reads the built MSI back and compares its tables with the model. A build tool that drops something silently (a file
 * without an id, a missing cabinet, a 32-bit component in a 64-bit package) fails the build here, not on a user's PC.
 */
export function checkMsi(msi: string, m: InstallerModel): TableCounts {
  const problems: string[] = [];
  const db = MsiDatabase.open(msi);
  const present = new Set(db.tables());
  const table = (name: string): Row[] => (present.has(name) ? db.rows(name) : []);

  const props = Object.fromEntries(table('Property').map((r) => [r.Property!, r.Value ?? '']));
  const expect = (name: string, want: string, got: string | undefined, same = (a: string, b: string) => a === b) => {
    if (got === undefined || !same(want, got)) problems.push(`${name} is ${got === undefined ? 'missing' : `"${got}"`}, expected "${want}"`);
  };
  expect('ProductVersion', m.productVersion, props.ProductVersion);
  expect('ProductName', m.productName, props.ProductName);
  expect('Manufacturer', m.manufacturer, props.Manufacturer);
  expect('UpgradeCode', m.upgradeCode, props.UpgradeCode, (a, b) => guid(a) === guid(b));
  expect('ProductCode', m.productCode, props.ProductCode, (a, b) => guid(a) === guid(b));
  if (m.scope === 'perMachine') expect('ALLUSERS', '1', props.ALLUSERS);

  const files = table('File');
  const fileIds = new Set(files.map((r) => r.File));
  const missing = m.files.filter((f) => !fileIds.has(f.id));
  if (missing.length > 0 || files.length !== m.files.length) {
    problems.push(`the File table has ${files.length} rows for ${m.files.length} files${missing.length ? `; missing: ${missing.slice(0, 3).map((f) => f.installPath).join(', ')}` : ''}`);
  }
  const media = table('Media');
  if (!media.some((r) => (r.Cabinet ?? '').startsWith('#'))) problems.push('no embedded cabinet in the Media table: the MSI would install nothing');
  const components = table('Component');
  const narrow = components.filter((r) => (Number(r.Attributes) & COMPONENT_64BIT) === 0);
  if (narrow.length > 0) problems.push(`${narrow.length} components are not 64-bit (${narrow.slice(0, 3).map((r) => r.Component).join(', ')})`);

  const upgrade = table('Upgrade');
  const remove = upgrade.find((r) => r.ActionProperty === 'WIX_UPGRADE_DETECTED');
  const downgrade = upgrade.find((r) => r.ActionProperty === 'WIX_DOWNGRADE_DETECTED');
  if (!remove || remove.VersionMax !== m.productVersion || (Number(remove.Attributes) & INCLUDE_MAXIMUM) === 0) {
    problems.push('the Upgrade table does not remove older and same versions');
  }
  if (!downgrade || (Number(downgrade.Attributes) & ONLY_DETECT) === 0) problems.push('the Upgrade table does not detect newer versions (downgrades would pass)');
  // wixl refuses a downgrade with a launch condition; WiX may use an error action in the sequence instead.
  const launch = table('LaunchCondition');
  const sequence = table('InstallExecuteSequence');
  const refused = launch.some((r) => /WIX_DOWNGRADE_DETECTED/.test(r.Condition ?? '')) || sequence.some((r) => /WIX_DOWNGRADE_DETECTED/.test(r.Condition ?? ''));
  if (!refused) problems.push('nothing refuses a downgrade (no launch condition or action on WIX_DOWNGRADE_DETECTED)');

  const shortcuts = table('Shortcut');
  if (shortcuts.length !== m.shortcuts.length) problems.push(`the Shortcut table has ${shortcuts.length} rows for ${m.shortcuts.length} shortcuts`);
  const advertised = shortcuts.filter((r) => !(r.Target ?? '').startsWith('[#'));
  if (advertised.length > 0) problems.push(`${advertised.length} shortcuts are advertised instead of pointing at their file`);

  const registry = table('Registry');
  const registryIds = new Set(registry.map((r) => r.Registry));
  const lost = m.registry.filter((r) => !registryIds.has(r.id));
  if (lost.length > 0) problems.push(`registry values missing: ${lost.map((r) => `${r.key}\\${r.name}`).join(', ')}`);

  const environment = table('Environment');
  if (m.pathDirectoryId && !environment.some((r) => /PATH$/.test(r.Name ?? ''))) problems.push('the PATH entry is missing from the Environment table');

  if (problems.length > 0) {
    fail('msi-check', `the built MSI ${m.msiName} is not what was generated: ${problems.join('; ')}`, {
      hint: 'this is a bug of the build tool or of Slipway; please report it with the generated .wxs',
    });
  }
  return { File: files.length, Component: components.length, Shortcut: shortcuts.length, Registry: registry.length, Environment: environment.length, Upgrade: upgrade.length };
}
