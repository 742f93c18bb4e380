import { digest } from '../util/hash.js';

const namespaces = new Map<string, Buffer>();

/**
 * The namespace of every GUID Slipway derives. Fixed for ever: changing it would change every derived UpgradeCode and
 * component GUID, and Windows would then install new versions beside old ones instead of upgrading them.
 */
export const SLIPWAY_NAMESPACE = '6d1b5c8e-2f4a-5b7e-9c3d-0a1e2f3b4c5d';

/** A name-based UUID (RFC 9562 version 5): the same namespace and name give the same UUID on every machine. */
export function uuidV5(namespace: string, name: string): string {
  let ns = namespaces.get(namespace);
  if (!ns) {
    ns = Buffer.from(namespace.replace(/[{}-]/g, ''), 'hex');
    if (ns.length !== 16) throw new Error(`not a UUID: ${namespace}`);
    namespaces.set(namespace, ns);
  }
  const bytes = digest('sha1', Buffer.concat([ns, Buffer.from(name, 'utf8')])).subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The UpgradeCode of a product that does not pin one: derived from the release and component names. */
export function derivedUpgradeCode(release: string, component: string): string {
  return uuidV5(SLIPWAY_NAMESPACE, `upgrade-code:${release}/${component}`);
}

/**
 * A component's GUID follows the place it installs to (its key path), never the release: Windows counts references to
 * a component by GUID, so the same file in the same place must keep its GUID across versions.
 */
export function componentGuid(upgradeCode: string, scope: string, installPath: string): string {
  return uuidV5(upgradeCode, `component:${scope}:${installPath.toLowerCase()}`);
}

/** One ProductCode per product version: rebuilding a version keeps it, so Windows sees the same product. */
export function productCode(upgradeCode: string, version: string): string {
  return uuidV5(upgradeCode, `product-code:${version}`);
}

/**
 * A package's PackageCode (its summary information's revision number) from what the package holds: the same bytes give
 * the same code, different bytes a different one, which is what Windows Installer asks of it.
 */
export function packageCode(upgradeCode: string, contentSha256: string): string {
  return uuidV5(upgradeCode, `package-code:${contentSha256}`);
}

/** MSI identifiers: a letter or underscore, then letters, digits, underscores and dots; at most 72 characters. */
export function msiId(prefix: string, key: string): string {
  return `${prefix}_${msiIdHash(key)}`;
}

/** The part of an MSI identifier after its prefix: ids of different prefixes for one key share it. */
export function msiIdHash(key: string): string {
  return digest('sha256', key).toString('hex', 0, 12).toUpperCase();
}
