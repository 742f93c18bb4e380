import type { Readable } from 'node:stream';

/** Where a release's files come from when downloading: GitHub, or a folder copied to an air-gapped machine. */
export interface ReleaseSource {
  /** For messages: "acme/platform v1.4.0", "/media/usb/releases/v1.4.0". */
  label: string;
  /** The files of the release, by name. */
  list(): Promise<{ name: string; size: number }[]>;
  /**
   * The bytes of a file from `offset` on. A source that cannot start there says so with `from: 0`, and the caller
   * starts over.
   */
  open(name: string, offset: number): Promise<{ stream: Readable; from: number }>;
}
