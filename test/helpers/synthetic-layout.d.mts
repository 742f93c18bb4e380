export function writeSyntheticLayout(
  dir: string,
  o: { layers: number[]; ref?: string },
): Promise<{ digest: string; blobs: { mediaType: string; digest: string; size: number }[] }>;
