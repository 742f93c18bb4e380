/**
 * The WiX Toolset version that Slipway builds with on Windows, and its extensions, pinned: an installer built twice
 * from the same sources must not change because a new WiX came out in between.
 */
export const WIX_VERSION = '7.0.0';
export const WIX_UI_EXTENSION = 'WixToolset.UI.wixext';

/**
 * WiX v7 and later refuse to build until their Open Source Maintenance Fee EULA is accepted (error WIX7015). The
 * acceptance is the user's to give: Slipway passes it on only when asked to, and never answers it on its own.
 */
export function eulaId(wixVersion: string): string | undefined {
  const major = Number(wixVersion.split('.')[0]);
  return Number.isInteger(major) && major >= 7 ? `wix${major}` : undefined;
}
